#pragma once

#include "httpreplyparser.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QAbstractSocket;

// Where a connection goes: requests to the same origin share a pool of connections.
struct HttpOrigin
{
    QString host;      // as it goes on the wire (IDNs already in ASCII form)
    quint16 port = 0;
    bool tls = false;

    QString key() const;
    QByteArray hostHeader() const;   // "host" or "host:port" when the port is not the default
};

// One keep-alive HTTP/1.1 connection (plain TCP or TLS) carrying one exchange at a time.
// The client hands it the request bytes; it reports the parsed reply or why there is none.
// TLS certificate errors are never ignored: the handshake fails and the exchange with it.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    explicit HttpConnection(const HttpOrigin &origin, QObject *parent = nullptr);
    ~HttpConnection() override;

    const HttpOrigin &origin() const { return m_origin; }
    // Starts an exchange; connects first if needed. Only when idle.
    void send(const QByteArray &requestBytes, bool replyToHead);
    // Drops the connection without reporting anything.
    void abort();

    bool isBusy() const { return m_busy; }
    // Whether another request may follow on this connection.
    bool isReusable() const { return m_reusable && !m_busy; }
    int completedExchanges() const { return m_completed; }
    qint64 idleSinceMs() const { return m_idleSinceMs; }

signals:
    // The exchange ended. closedBeforeReply: the server closed a connection that had already
    // served a request before sending a byte of reply, i.e. it had timed the connection out;
    // the request may be resent on a fresh connection.
    void exchangeFinished(const HttpReply &reply, bool closedBeforeReply);
    // An idle connection was closed by the server or broke.
    void closed();

private:
    void onConnected();
    void onReadyRead();
    void onClosed();
    void onError();
    void finish(HttpReply reply, bool closedBeforeReply = false);
    HttpReply failure(HttpReply::Failure kind, const QString &text) const;

    HttpOrigin m_origin;
    std::unique_ptr<QAbstractSocket> m_socket;
    bool m_connected = false;
    bool m_busy = false;
    bool m_reusable = true;
    int m_completed = 0;
    qint64 m_idleSinceMs = 0;
    QByteArray m_pendingWrite;   // the request, until the connection (and TLS) is up
    QByteArray m_buffer;
    HttpReplyParser m_parser;
    QStringList m_tlsErrors;
};
