#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QUrl>
#include <functional>
#include <utility>

// A provider stand-in on 127.0.0.1: records every request exactly as it arrived and answers
// as a test scripts it, including the misbehaviours real APIs have (slow replies, closed
// connections, garbage bodies).
struct RecordedRequest
{
    QByteArray method;   // "GET", "POST", ... (QHttpServer 6.4 cannot parse PURGE/BAN: see RawHttpServer)
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QString pathAndQuery() const;
};

struct ScriptedReply
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;            // answer only after this long (for timeouts)
    bool closeConnection = false; // drop the connection without answering

    static ScriptedReply json(int status, const QByteArray &body);
    static ScriptedReply closed();
    static ScriptedReply slow(int delayMs, int status = 200, const QByteArray &body = {});
    ScriptedReply &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(std::pair<QByteArray, QByteArray>(name, value));
        return *this;
    }
};

class FakeHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<ScriptedReply(const RecordedRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    // Listens on 127.0.0.1 with a free port; returns the base URL ("http://127.0.0.1:PORT").
    QUrl start();
    QUrl baseUrl() const { return m_base; }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Queue replies answered in order; when the queue is empty the handler (default 200 {}) answers.
    void enqueue(const ScriptedReply &reply) { m_queue.append(reply); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QList<RecordedRequest> m_requests;
    QList<ScriptedReply> m_queue;
    Handler m_handler;
    QUrl m_base;
};
