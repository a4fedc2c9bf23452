#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;
class QTimer;

// A server on 127.0.0.1 that answers every request with a script of raw bytes: broken status
// lines, endless headers, a drip of one byte at a time, bodies of any size, bad framing, a reset
// instead of an answer, or silence (accepted, never read: a TLS handshake that stalls). Bytes go
// out only as fast as the client reads them, so a reply of 100 MB never sits in this process's
// memory, and a test that measures the client's memory measures the client.
class HostileHttpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileHttpServer)
public:
    enum class Ending {
        KeepOpen, // the connection stays as it is: a reply that never ends, or one kept alive
        Close,    // a graceful close (FIN) after everything written
        Reset     // a reset (RST), dropping anything not yet sent
    };
    struct Script
    {
        QByteArray head;         // written as soon as the request's head has arrived
        QByteArray repeat;       // then written again and again...
        int intervalMs = 0;      // ...one piece every intervalMs, or (0) as fast as it is read
        qint64 repeatBytes = -1; // ...until this many bytes of it went out (-1: never stops)
        QByteArray tail;         // written after the last repeated byte
        Ending ending = Ending::KeepOpen;
        bool silent = false; // accepts the connection and never reads or writes anything
    };
    // The script for the n-th request (from 0); for silent scripts, the n-th connection.
    using Director = std::function<Script(int n)>;

    // At most this much waits in a socket's write buffer; the rest is made as the client reads.
    static constexpr qint64 kMaxQueuedBytes = 1 << 20;

    explicit HostileHttpServer(QObject *parent = nullptr);
    ~HostileHttpServer() override;

    // Listens on 127.0.0.1 with a free port; returns "SCHEME://127.0.0.1:PORT" (empty on failure).
    QUrl start(const QString &scheme = QStringLiteral("http"));
    void setScript(const Script &script);
    void setDirector(Director director) { m_director = std::move(director); }

    int requestCount() const { return m_requests; }
    int connectionCount() const { return m_connectionCount; }
    qint64 bytesSent() const { return m_bytesSent; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        QByteArray buffer;
        Script script;
        bool answering = false;
        qint64 repeated = 0;
        QTimer *drip = nullptr;
    };

    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Script &script);
    void pump(QTcpSocket *socket, bool dripTick);
    void end(QTcpSocket *socket, Connection &c);
    void send(QTcpSocket *socket, const QByteArray &bytes);

    QHash<QTcpSocket *, Connection> m_connections;
    Director m_director;
    int m_requests = 0;
    int m_connectionCount = 0;
    qint64 m_bytesSent = 0;
};
