#include "httpclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTimerEvent>

namespace {
struct HttpClientTr
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

HttpOrigin originOf(const QUrl &url)
{
    HttpOrigin origin;
    origin.tls = url.scheme() == QLatin1String("https");
    origin.host = url.host(QUrl::FullyEncoded);
    origin.port = quint16(url.port(origin.tls ? 443 : 80));
    return origin;
}

bool hasLineBreak(const QByteArray &bytes)
{
    return bytes.contains('\r') || bytes.contains('\n');
}
} // namespace

HttpClient::HttpClient(QObject *parent) : QObject(parent)
{
}

// Outstanding handlers are dropped, not called: their owners are going away too. The
// connections are children and close without reporting anything.
HttpClient::~HttpClient() = default;

QString HttpClient::policyViolation(const HttpRequestSpec &request)
{
    if (!request.isValid() || request.url.host().isEmpty())
        return HttpClientTr::tr("invalid request URL \"%1\"").arg(request.url.toString());
    const QString scheme = request.url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return HttpClientTr::tr("unsupported URL scheme \"%1\" in %2").arg(scheme, request.url.toString());
    if (request.carriesCredentials() && scheme == QLatin1String("http") && !isLoopbackHost(request.url.host()))
        return HttpClientTr::tr("credentials are never sent over plain http:// (to %1); use https://").arg(request.url.host());
    for (const auto &[name, value] : request.headers)
        if (name.isEmpty() || hasLineBreak(name) || hasLineBreak(value) || name.contains(':'))
            return HttpClientTr::tr("header \"%1\" contains a line break or is malformed").arg(QString::fromLatin1(name.left(40)));
    for (char c : request.method)
        if (c <= ' ' || c >= 127)
            return HttpClientTr::tr("invalid HTTP method \"%1\"").arg(QString::fromLatin1(request.method.left(20)));
    return {};
}

QByteArray HttpClient::serialize(const HttpRequestSpec &request, const HttpOrigin &origin)
{
    QByteArray target = request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray wire;
    wire.reserve(256 + target.size() + request.body.size());
    wire += request.method + ' ' + target + " HTTP/1.1\r\n";
    bool hasHost = false, hasLength = false, hasAgent = false;
    for (const auto &[name, value] : request.headers) {
        hasHost |= name.compare("Host", Qt::CaseInsensitive) == 0;
        hasLength |= name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        hasAgent |= name.compare("User-Agent", Qt::CaseInsensitive) == 0;
    }
    if (!hasHost)
        wire += "Host: " + origin.hostHeader() + "\r\n";
    for (const auto &[name, value] : request.headers)
        wire += name + ": " + value + "\r\n";
    if (!hasAgent)
        wire += "User-Agent: Purgeline/" PURGELINE_VERSION "\r\n";
    const bool bodyExpected = request.method == "POST" || request.method == "PUT" || request.method == "PATCH";
    if (!hasLength && (!request.body.isEmpty() || bodyExpected))
        wire += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    wire += "\r\n";
    wire += request.body;
    return wire;
}

quint64 HttpClient::send(const HttpRequestSpec &spec, int timeoutMs, Handler handler)
{
    const quint64 id = m_nextId++;
    Pending pending;
    pending.handler = std::move(handler);
    pending.timeoutMs = timeoutMs;
    if (const QString violation = policyViolation(spec); !violation.isEmpty()) {
        m_pending.insert(id, std::move(pending));
        QMetaObject::invokeMethod(this, [this, id, violation] { fail(id, HttpReply::Failure::Refused, violation); },
                                  Qt::QueuedConnection);
        return id;
    }
    pending.origin = originOf(spec.url);
    pending.wire = serialize(spec, pending.origin);
    pending.replyToHead = spec.method == "HEAD";
    pending.timerId = startTimer(qMax(1, timeoutMs), Qt::PreciseTimer);
    m_timers.insert(pending.timerId, id);
    m_pending.insert(id, std::move(pending));
    dispatch(id);
    return id;
}

void HttpClient::dispatch(quint64 id)
{
    Pending &pending = m_pending[id];
    const QString key = pending.origin.key();
    OriginPool &pool = m_pools[key];
    HttpConnection *connection = takeIdleConnection(pool);
    if (!connection) {
        if (pool.open >= kMaxConnectionsPerOrigin) {
            pool.waiting.push_back(id);
            return;
        }
        connection = new HttpConnection(pending.origin, this);
        ++pool.open;
        connect(connection, &HttpConnection::exchangeFinished, this,
                [this, connection](const HttpReply &reply, bool closedBeforeReply) {
                    onExchangeFinished(connection, reply, closedBeforeReply);
                });
        connect(connection, &HttpConnection::closed, this, [this, connection] { retire(connection); });
    }
    pending.connection = connection;
    m_active.insert(connection, id);
    ++m_dispatchDepth;
    connection->send(pending.wire, pending.replyToHead);
    --m_dispatchDepth;
}

HttpConnection *HttpClient::takeIdleConnection(OriginPool &pool)
{
    const qint64 now = QDeadlineTimer::current(Qt::CoarseTimer).deadline();
    while (!pool.idle.isEmpty()) {
        HttpConnection *connection = pool.idle.takeLast();   // the most recently used is the least likely to be stale
        if (connection->isReusable() && now - connection->idleSinceMs() < kMaxIdleMs)
            return connection;
        --pool.open;
        connection->abort();
        connection->deleteLater();
    }
    return nullptr;
}

void HttpClient::onExchangeFinished(HttpConnection *connection, const HttpReply &reply, bool closedBeforeReply)
{
    const quint64 id = m_active.take(connection);
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        retire(connection);
        return;
    }
    it->connection = nullptr;
    if (closedBeforeReply && !it->resent) {
        // The server had dropped the idle connection; the request never reached it.
        it->resent = true;
        retire(connection);
        dispatch(id);
        return;
    }
    if (connection->isReusable())
        release(connection);
    else
        retire(connection);
    complete(id, reply);
}

void HttpClient::release(HttpConnection *connection)
{
    const QString key = connection->origin().key();
    OriginPool &pool = m_pools[key];
    pool.idle.append(connection);
    serveWaiting(key);
}

void HttpClient::retire(HttpConnection *connection)
{
    const QString key = connection->origin().key();
    // Callers have already taken the connection's exchange, if it had one, out of m_active.
    OriginPool &pool = m_pools[key];
    pool.idle.removeOne(connection);
    --pool.open;
    connection->disconnect(this);
    connection->abort();
    connection->deleteLater();
    serveWaiting(key);
}

void HttpClient::serveWaiting(const QString &originKey)
{
    auto it = m_pools.find(originKey);
    if (it == m_pools.end())
        return;
    while (!it->waiting.empty() && (!it->idle.isEmpty() || it->open < kMaxConnectionsPerOrigin)) {
        const quint64 id = it->waiting.front();
        it->waiting.pop_front();
        if (m_pending.contains(id))
            dispatch(id);
        it = m_pools.find(originKey);   // dispatch may have rehashed
    }
}

void HttpClient::timerEvent(QTimerEvent *event)
{
    const auto timer = m_timers.constFind(event->timerId());
    if (timer == m_timers.cend()) {
        QObject::timerEvent(event);
        return;
    }
    const quint64 id = timer.value();
    const int timeoutMs = m_pending.value(id).timeoutMs;
    fail(id, HttpReply::Failure::Timeout, HttpClientTr::tr("no complete reply within %1 ms").arg(timeoutMs));
}

void HttpClient::cancel(quint64 id)
{
    if (!m_pending.contains(id))
        return;
    QMetaObject::invokeMethod(this, [this, id] { fail(id, HttpReply::Failure::Cancelled, HttpClientTr::tr("cancelled")); },
                              Qt::QueuedConnection);
}

void HttpClient::fail(quint64 id, HttpReply::Failure kind, const QString &text)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    if (HttpConnection *connection = it->connection) {
        // A connection in the middle of an exchange cannot carry another one.
        it->connection = nullptr;
        m_active.remove(connection);
        retire(connection);
    } else if (auto pool = m_pools.find(it->origin.key()); pool != m_pools.end()) {
        std::erase(pool->waiting, id);
    }
    HttpReply reply;
    reply.failure = kind;
    reply.errorText = text;
    complete(id, reply);
}

void HttpClient::complete(quint64 id, const HttpReply &reply)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    if (pending.timerId) {
        killTimer(pending.timerId);
        m_timers.remove(pending.timerId);
    }
    if (!pending.handler)
        return;
    if (m_dispatchDepth > 0) {
        // A socket reported a failure synchronously while a request was being handed to it,
        // possibly inside send(): handlers only ever run from the event loop.
        QMetaObject::invokeMethod(this, [handler = std::move(pending.handler), reply] { handler(reply); },
                                  Qt::QueuedConnection);
        return;
    }
    pending.handler(reply);
}
