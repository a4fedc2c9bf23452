#pragma once

#include "fakehttpserver.h"   // ScriptedReply

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>
#include <functional>
#include <utility>

class QTcpSocket;

// A minimal HTTP/1.1 server on 127.0.0.1 for requests QHttpServer cannot take: Qt 6.4's
// QHttpServer (http_parser underneath) rejects the BAN method outright and reports PURGE as
// "Unknown", and it hands over an already normalised QUrl. Cache purges live on exactly those
// methods and on the byte-exact request target, so this server parses the request line itself
// and records method, target, headers and body as they arrived on the wire.
//
// It answers with the same ScriptedReply values as FakeHttpServer (status, headers, body,
// delay, or closing the connection without an answer). Keep-alive is honoured, since
// HttpClient reuses connections; chunked request bodies are not supported
// (nothing in the project sends them).
struct RawRequest
{
    QByteArray method;    // exactly as sent: "PURGE", "BAN", "GET", ...
    QByteArray target;    // the request-target, byte for byte: "/img/a%20b.png?x=1"
    QByteArray version;   // "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers;   // in arrival order, names as sent
    QByteArray body;

    QByteArray header(const QByteArray &name) const;   // case-insensitive; empty when absent
    int headerCount(const QByteArray &name) const;
};

class RawHttpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpServer)
public:
    using Handler = std::function<ScriptedReply(const RawRequest &)>;

    explicit RawHttpServer(QObject *parent = nullptr);
    ~RawHttpServer() override;

    // Listens on 127.0.0.1 with a free port; returns the base URL ("http://127.0.0.1:PORT").
    QUrl start();
    QUrl baseUrl() const { return m_base; }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Replies answered in order; when the queue is empty the handler (default 200, empty) answers.
    void enqueue(const ScriptedReply &reply) { m_queue.append(reply); }

    const QList<RawRequest> &requests() const { return m_requests; }

    // Takes one complete request off the front of buffer; false while it is incomplete.
    // Sets bad when the bytes are not HTTP.
    static bool takeRequest(QByteArray &buffer, RawRequest &request, bool &bad);
    void clear() { m_requests.clear(); }

signals:
    void requestReceived();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const RawRequest &request, const ScriptedReply &reply);

    QList<RawRequest> m_requests;
    QList<ScriptedReply> m_queue;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    Handler m_handler;
    QUrl m_base;
};
