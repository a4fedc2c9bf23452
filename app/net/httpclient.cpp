#include "httpclient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {
struct HttpClientTr
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};
} // namespace

static bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

static constexpr int kManagerCount = 6;   // 6 x 6 connections per host covers concurrency up to 36

HttpClient::HttpClient(QObject *parent) : QObject(parent)
{
    for (int i = 0; i < kManagerCount; ++i) {
        auto *manager = new QNetworkAccessManager(this);
        // Redirects are the provider's business: a 303 can carry meaning (Instart), and following
        // one to another host would hand it the credentials.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.append(manager);
    }
}

QNetworkAccessManager *HttpClient::managerFor(const QUrl &url)
{
    // Fill one manager's connections to a host before opening the next manager's, so a
    // handful of requests still reuse a single connection.
    int perManager[kManagerCount] = {};
    for (const Pending &pending : std::as_const(m_pending))
        if (pending.reply && pending.reply->url().host() == url.host() && pending.reply->url().port() == url.port())
            ++perManager[m_managers.indexOf(pending.reply->manager())];
    for (int i = 0; i < kManagerCount; ++i)
        if (perManager[i] < 6)
            return m_managers.at(i);
    return m_managers.at(int(m_nextId % kManagerCount));
}

HttpClient::~HttpClient()
{
    const auto ids = m_pending.keys();
    for (quint64 id : ids) {
        Pending pending = m_pending.take(id);
        if (pending.reply) {
            pending.reply->disconnect(this);
            pending.reply->abort();
            pending.reply->deleteLater();
        }
    }
}

QString HttpClient::policyViolation(const HttpRequestSpec &request)
{
    if (!request.isValid())
        return HttpClientTr::tr("invalid request URL \"%1\"").arg(request.url.toString());
    const QString scheme = request.url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return HttpClientTr::tr("unsupported URL scheme \"%1\" in %2").arg(scheme, request.url.toString());
    if (request.carriesCredentials() && scheme == QLatin1String("http") && !isLoopbackHost(request.url.host()))
        return HttpClientTr::tr("credentials are never sent over plain http:// (to %1); use https://").arg(request.url.host());
    return {};
}

void HttpClient::deliverLater(const HttpReply &reply, Handler handler)
{
    QMetaObject::invokeMethod(this, [reply, handler = std::move(handler)] { handler(reply); }, Qt::QueuedConnection);
}

quint64 HttpClient::send(const HttpRequestSpec &spec, int timeoutMs, Handler handler)
{
    const quint64 id = m_nextId++;
    if (const QString violation = policyViolation(spec); !violation.isEmpty()) {
        HttpReply refused;
        refused.failure = HttpReply::Failure::Refused;
        refused.errorText = violation;
        deliverLater(refused, std::move(handler));
        return id;
    }

    QNetworkRequest request(spec.url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    for (const auto &[name, value] : spec.headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = managerFor(spec.url)->sendCustomRequest(request, spec.method, spec.body);
    Pending pending;
    pending.reply = reply;
    pending.handler = std::move(handler);
    pending.timeoutMs = timeoutMs;
    pending.timer = new QTimer(reply);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, id] {
        auto it = m_pending.find(id);
        if (it == m_pending.end() || !it->reply)
            return;
        it->timedOut = true;
        it->reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id); });
    pending.timer->start(timeoutMs);
    m_pending.insert(id, std::move(pending));
    return id;
}

void HttpClient::cancel(quint64 id)
{
    auto it = m_pending.find(id);
    if (it != m_pending.end() && it->reply)
        it->reply->abort();
}

void HttpClient::finish(quint64 id)
{
    Pending pending = m_pending.take(id);
    QNetworkReply *reply = pending.reply;
    if (!reply)
        return;
    reply->deleteLater();

    HttpReply result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    if (pending.timedOut) {
        result.failure = HttpReply::Failure::Timeout;
        result.errorText = HttpClientTr::tr("no complete reply within %1 ms").arg(pending.timeoutMs);
    } else if (status.isValid() && error != QNetworkReply::RemoteHostClosedError) {
        // HTTP errors (4xx/5xx) are replies, not failures: the provider reads them.
        result.status = status.toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.append({pair.first, pair.second});
        result.body = reply->readAll();
    } else if (error == QNetworkReply::OperationCanceledError) {
        result.failure = HttpReply::Failure::Cancelled;
        result.errorText = reply->errorString();
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        result.failure = HttpReply::Failure::Tls;
        result.errorText = reply->errorString();
    } else {
        result.failure = HttpReply::Failure::Connection;
        result.errorText = reply->errorString();
    }
    if (pending.handler)
        pending.handler(result);
}
