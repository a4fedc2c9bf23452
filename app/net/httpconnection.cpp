#include "httpconnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace {
struct HttpConnectionTr
{
    Q_DECLARE_TR_FUNCTIONS(HttpConnection)
};

qint64 monotonicMs()
{
    return QDeadlineTimer::current(Qt::CoarseTimer).deadline();
}
} // namespace

QString HttpOrigin::key() const
{
    return (tls ? QLatin1String("https://") : QLatin1String("http://")) + host + QLatin1Char(':') + QString::number(port);
}

QByteArray HttpOrigin::hostHeader() const
{
    QByteArray header = host.contains(QLatin1Char(':')) ? '[' + host.toLatin1() + ']' : host.toLatin1();
    if (port != (tls ? 443 : 80))
        header += ':' + QByteArray::number(port);
    return header;
}

HttpConnection::HttpConnection(const HttpOrigin &origin, QObject *parent) : QObject(parent), m_origin(origin)
{
    if (origin.tls) {
        auto *socket = new QSslSocket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        // This client speaks HTTP/1.1 only; say so, so an HTTP/2 server does not switch.
        config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket->setSslConfiguration(config);
        socket->setPeerVerifyName(origin.host);
        connect(socket, &QSslSocket::encrypted, this, &HttpConnection::onConnected);
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Recorded for the message, never ignored: the handshake then fails.
            for (const QSslError &error : errors)
                m_tlsErrors << error.errorString();
        });
        m_socket.reset(socket);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QAbstractSocket::connected, this, &HttpConnection::onConnected);
    }
    connect(m_socket.get(), &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket.get(), &QAbstractSocket::disconnected, this, &HttpConnection::onClosed);
    connect(m_socket.get(), &QAbstractSocket::errorOccurred, this, &HttpConnection::onError);
}

HttpConnection::~HttpConnection()
{
    abort();
}

void HttpConnection::send(const QByteArray &requestBytes, bool replyToHead)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_parser = HttpReplyParser(replyToHead);
    m_buffer.clear();
    if (m_connected) {
        m_socket->write(requestBytes);
        return;
    }
    m_pendingWrite = requestBytes;
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        return;
    if (m_origin.tls) {
        if (!QSslSocket::supportsSsl()) {
            // Reported from the event loop like every other outcome.
            QMetaObject::invokeMethod(this, [this] {
                if (m_busy)
                    finish(failure(HttpReply::Failure::Tls, HttpConnectionTr::tr("TLS is not available on this system (no TLS backend)")));
            }, Qt::QueuedConnection);
            return;
        }
        static_cast<QSslSocket *>(m_socket.get())->connectToHostEncrypted(m_origin.host, m_origin.port);
    } else {
        m_socket->connectToHost(m_origin.host, m_origin.port);
    }
}

void HttpConnection::abort()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_busy = false;
    m_reusable = false;
    m_connected = false;
}

void HttpConnection::onConnected()
{
    m_connected = true;
    // Purge requests are small: send each at once rather than waiting for more to coalesce.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_pendingWrite.isEmpty())
        m_socket->write(std::exchange(m_pendingWrite, {}));
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (!m_busy) {
        // Bytes nobody asked for: the connection is out of step and cannot be trusted again.
        abort();
        emit closed();
        return;
    }
    const HttpReplyParser::Progress progress = m_parser.feed(m_buffer);
    if (progress == HttpReplyParser::Progress::NeedMore)
        return;
    if (progress == HttpReplyParser::Progress::Malformed) {
        m_reusable = false;
        finish(failure(HttpReply::Failure::Connection, HttpConnectionTr::tr("malformed reply: %1").arg(m_parser.error())));
        return;
    }
    HttpReply reply;
    reply.status = m_parser.status();
    reply.headers = m_parser.headers();
    reply.body = m_parser.takeBody();
    // Left-over bytes after a complete reply mean the framing is not what it claimed to be.
    m_reusable = m_parser.keepAlive() && m_buffer.isEmpty();
    finish(std::move(reply));
}

void HttpConnection::onClosed()
{
    m_connected = false;
    m_reusable = false;
    if (!m_busy) {
        emit closed();
        return;
    }
    m_buffer += m_socket->readAll();
    HttpReplyParser::Progress progress = m_parser.feed(m_buffer);
    if (progress == HttpReplyParser::Progress::NeedMore)
        progress = m_parser.closed();
    if (progress == HttpReplyParser::Progress::Complete) {
        HttpReply reply;
        reply.status = m_parser.status();
        reply.headers = m_parser.headers();
        reply.body = m_parser.takeBody();
        finish(std::move(reply));
        return;
    }
    const bool closedBeforeReply = !m_parser.started() && m_completed > 0;
    finish(failure(HttpReply::Failure::Connection, m_parser.error()), closedBeforeReply);
}

void HttpConnection::onError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    m_connected = false;
    m_reusable = false;
    if (!m_busy) {
        abort();
        emit closed();
        return;
    }
    if (!m_tlsErrors.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError
        || error == QAbstractSocket::SslInternalError || error == QAbstractSocket::SslInvalidUserDataError) {
        const QString text = m_tlsErrors.isEmpty() ? m_socket->errorString() : m_tlsErrors.join(QLatin1String("; "));
        finish(failure(HttpReply::Failure::Tls, text));
        return;
    }
    // A reset on a connection that already served requests, before any reply: the server
    // dropped it while idle; the request may go again on a fresh connection.
    const bool closedBeforeReply = !m_parser.started() && m_completed > 0;
    finish(failure(HttpReply::Failure::Connection, m_socket->errorString()), closedBeforeReply);
}

void HttpConnection::finish(HttpReply reply, bool closedBeforeReply)
{
    m_busy = false;
    if (reply.isHttp())
        ++m_completed;
    m_idleSinceMs = monotonicMs();
    if (!m_reusable && m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit exchangeFinished(reply, closedBeforeReply);
}

HttpReply HttpConnection::failure(HttpReply::Failure kind, const QString &text) const
{
    HttpReply reply;
    reply.failure = kind;
    reply.errorText = HttpConnectionTr::tr("%1:%2: %3").arg(m_origin.host).arg(m_origin.port).arg(text);
    return reply;
}
