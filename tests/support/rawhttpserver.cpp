#include "rawhttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

QByteArray RawRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

int RawRequest::headerCount(const QByteArray &name) const
{
    int count = 0;
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    return count;
}

RawHttpServer::RawHttpServer(QObject *parent) : QTcpServer(parent)
{
    m_handler = [](const RawRequest &) { return ScriptedReply(); };
}

RawHttpServer::~RawHttpServer()
{
    close();
}

QUrl RawHttpServer::start()
{
    if (!listen(QHostAddress::LocalHost, 0))
        return {};
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
    return m_base;
}

void RawHttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    m_buffers.insert(socket, {});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

bool RawHttpServer::takeRequest(QByteArray &buffer, RawRequest &request, bool &bad)
{
    bad = false;
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/")) {
        bad = true;
        return false;
    }
    RawRequest parsed;
    parsed.method = requestLine.at(0);
    parsed.target = requestLine.at(1);
    parsed.version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            bad = true;
            return false;
        }
        parsed.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    bool ok = true;
    const QByteArray lengthText = parsed.header("Content-Length");
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0) {
        bad = true;
        return false;
    }
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() < bodyStart + length)
        return false;
    parsed.body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);
    request = parsed;
    return true;
}

void RawHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    RawRequest request;
    bool bad = false;
    while (takeRequest(buffer, request, bad)) {
        m_requests.append(request);
        emit requestReceived();
        const ScriptedReply reply = m_queue.isEmpty() ? m_handler(request) : m_queue.takeFirst();
        if (reply.closeConnection) {
            socket->abort();
            return;
        }
        if (reply.delayMs > 0) {
            QPointer<QTcpSocket> alive(socket);
            QTimer::singleShot(reply.delayMs, this, [this, alive, request, reply] {
                if (alive && alive->state() == QAbstractSocket::ConnectedState)
                    answer(alive, request, reply);
            });
        } else {
            answer(socket, request, reply);
        }
    }
    if (bad) {
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }
}

static QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

void RawHttpServer::answer(QTcpSocket *socket, const RawRequest &request, const ScriptedReply &reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    // A HEAD reply carries the length of the body it does not send.
    if (request.method != "HEAD")
        out += reply.body;
    socket->write(out);
}
