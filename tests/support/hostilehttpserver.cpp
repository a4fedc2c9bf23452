#include "hostilehttpserver.h"

#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace {
// The length of one request (head and body) at the front of buffer, or -1 while it is incomplete.
qsizetype requestLength(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qsizetype bodyLength = 0;
    for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            bodyLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + bodyLength;
    return buffer.size() >= total ? total : -1;
}
} // namespace

HostileHttpServer::HostileHttpServer(QObject *parent) : QTcpServer(parent)
{
    setScript({});
}

HostileHttpServer::~HostileHttpServer()
{
    close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

QUrl HostileHttpServer::start(const QString &scheme)
{
    if (!listen(QHostAddress::LocalHost, 0))
        return {};
    return QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(serverPort()));
}

void HostileHttpServer::setScript(const Script &script)
{
    m_director = [script](int) { return script; };
}

void HostileHttpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const int index = m_connectionCount++;
    m_connections.insert(socket, Connection{});
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_connections.remove(socket);
        socket->deleteLater();
    });
    const Script first = m_director(index);
    if (first.silent)
        return; // not even read: the client's first bytes (a TLS ClientHello) stay unanswered
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket, false); });
}

void HostileHttpServer::readFrom(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    // One request at a time: the next is looked at once this one's script is over.
    for (auto c = it; c != m_connections.end() && !c->answering; c = m_connections.find(socket)) {
        const qsizetype length = requestLength(c->buffer);
        if (length < 0)
            return;
        c->buffer.remove(0, length);
        answer(socket, m_director(m_requests++)); // may end the connection
    }
}

void HostileHttpServer::answer(QTcpSocket *socket, const Script &script)
{
    Connection &c = m_connections[socket];
    c.script = script;
    c.answering = true;
    c.repeated = 0;
    send(socket, script.head);
    if (script.intervalMs > 0 && !script.repeat.isEmpty()) {
        if (!c.drip) {
            c.drip = new QTimer(socket);
            c.drip->setTimerType(Qt::PreciseTimer);
            connect(c.drip, &QTimer::timeout, this, [this, socket] { pump(socket, true); });
        }
        c.drip->start(script.intervalMs);
        return;
    }
    pump(socket, false);
}

void HostileHttpServer::pump(QTcpSocket *socket, bool dripTick)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || !it->answering)
        return;
    Connection &c = *it;
    const Script &s = c.script;
    const auto more = [&] { return s.repeatBytes < 0 || c.repeated < s.repeatBytes; };
    const auto piece = [&] {
        const qint64 size =
            s.repeatBytes < 0 ? s.repeat.size() : qMin<qint64>(s.repeat.size(), s.repeatBytes - c.repeated);
        c.repeated += size;
        send(socket, s.repeat.left(size));
    };
    if (!s.repeat.isEmpty() && more()) {
        if (s.intervalMs > 0) {
            // Called by the drip timer and by bytesWritten alike: only the timer sets the pace.
            if (dripTick && socket->bytesToWrite() < kMaxQueuedBytes)
                piece();
        } else {
            while (more() && socket->bytesToWrite() < kMaxQueuedBytes &&
                   socket->state() == QAbstractSocket::ConnectedState)
                piece();
        }
        if (more())
            return;
    }
    end(socket, c);
}

void HostileHttpServer::end(QTcpSocket *socket, Connection &c)
{
    c.answering = false;
    if (c.drip)
        c.drip->stop();
    send(socket, c.script.tail);
    switch (c.script.ending) {
    case Ending::KeepOpen:
        // A reply that is complete (repeat is finite) leaves the connection ready for the next.
        if (!c.buffer.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, socket] { readFrom(socket); }, Qt::QueuedConnection);
        return;
    case Ending::Close:
        socket->disconnectFromHost();
        return;
    case Ending::Reset: {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const linger reset{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        socket->abort();
        return;
    }
    }
}

void HostileHttpServer::send(QTcpSocket *socket, const QByteArray &bytes)
{
    if (bytes.isEmpty() || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(bytes);
    m_bytesSent += bytes.size();
}
