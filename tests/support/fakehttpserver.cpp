#include "fakehttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString RecordedRequest::pathAndQuery() const
{
    return url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
}

ScriptedReply ScriptedReply::json(int status, const QByteArray &body)
{
    ScriptedReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return reply;
}

ScriptedReply ScriptedReply::closed()
{
    ScriptedReply reply;
    reply.closeConnection = true;
    return reply;
}

ScriptedReply ScriptedReply::slow(int delayMs, int status, const QByteArray &body)
{
    ScriptedReply reply = json(status, body);
    reply.delayMs = delayMs;
    return reply;
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QAbstractHttpServer(parent)
{
    m_handler = [](const RecordedRequest &) { return ScriptedReply::json(200, "{}"); };
}

QUrl FakeHttpServer::start()
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return m_base;
}

static QByteArray methodName(QHttpServerRequest::Method method)
{
    const QMetaEnum meta = QMetaEnum::fromType<QHttpServerRequest::Method>();
    return QByteArray(meta.valueToKey(int(method))).toUpper();
}

bool FakeHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.url = request.url();
    for (const auto &header : request.headers())
        recorded.headers.append({header.first, header.second});
    recorded.body = request.body();
    m_requests.append(recorded);

    const ScriptedReply reply = m_queue.isEmpty() ? m_handler(recorded) : m_queue.takeFirst();
    if (reply.closeConnection) {
        socket->abort();
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto answer = [responder, reply] {
        responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        for (const auto &[name, value] : reply.headers)
            responder->writeHeader(name, value);
        responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder->writeBody(reply.body);
    };
    if (reply.delayMs > 0) {
        QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(reply.delayMs, this, [alive, answer] {
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                answer();
        });
    } else {
        answer();
    }
    return true;
}

void FakeHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->abort();
}
