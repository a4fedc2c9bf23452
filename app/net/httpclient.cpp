#include "httpclient.h"

#include "curlmulti.h"
#include "curltransfer.h"
#include "httptransport.h"

#include <QCoreApplication>

namespace {
struct HttpClientTr
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

// curl_global_init is not to be called while other threads run; static initialisation happens
// before main() starts any. The process keeps libcurl until it exits.
const CURLcode curlGlobalInit = curl_global_init(CURL_GLOBAL_DEFAULT);

bool hasLineBreak(const QByteArray &bytes)
{
    return bytes.contains('\r') || bytes.contains('\n');
}

bool isCleartextRequest(const HttpRequestSpec &request)
{
    return request.url.scheme() == QLatin1String("http");
}

// The route a request takes. Credentials over plain http:// (to loopback, by the policy) never
// take an environment proxy elsewhere: it would see them in clear, and could not reach this
// machine's loopback anyway.
ProxyRoute routeFor(const HttpRequestSpec &request)
{
    const ProxyRoute route = ProxyRoute::forRequest(request.url, request.transport);
    if (route.origin() == ProxyRoute::Origin::Environment && request.carriesCredentials() &&
        isCleartextRequest(request) && !route.isLoopback())
        return {};
    return route;
}

QString proxyViolation(const HttpRequestSpec &request)
{
    const QString &proxy = request.transport.proxy;
    if (proxy.isEmpty() || request.transport.bypassesProxy())
        return {};
    const QUrl url(proxy, QUrl::StrictMode);
    static const QStringList schemes{QStringLiteral("http"), QStringLiteral("https"),
                                     QStringLiteral("socks5"), QStringLiteral("socks5h")};
    if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme()))
        return HttpClientTr::tr("proxy \"%1\" is not an http://, https://, socks5:// or socks5h:// URL")
            .arg(request.transport.redactedProxy());
    const ProxyRoute route = routeFor(request);
    if (route.origin() != ProxyRoute::Origin::Setting || !route.isCleartext() || route.isLoopback())
        return {};
    if (route.carriesCredentials())
        return HttpClientTr::
            tr("the proxy's user name and password are never sent in clear (to %1); use an https:// proxy")
                .arg(url.host());
    if (request.carriesCredentials() && isCleartextRequest(request))
        return HttpClientTr::tr("credentials are never sent over plain http:// through %1; use https://")
            .arg(route.describe());
    return {};
}
} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent), m_handles(std::make_unique<CurlHandlePool>()),
      m_multi(std::make_unique<CurlMulti>([this](CURL *easy, CURLcode result) {
          char *id = nullptr;
          curl_easy_getinfo(easy, CURLINFO_PRIVATE, &id);
          onTransferDone(quint64(reinterpret_cast<quintptr>(id)), int(result));
      }))
{
}

// Outstanding handlers are dropped, not called: their owners are going away too.
HttpClient::~HttpClient()
{
    for (auto &[id, pending] : m_pending)
        if (pending.transfer && !pending.cancelled)
            m_multi->remove(pending.transfer->handle());
    m_pending.clear(); // the easy handles go before the multi handle
    m_handles.reset();
    m_multi.reset();
}

QString HttpClient::policyViolation(const HttpRequestSpec &request)
{
    if (!request.isValid() || request.url.host().isEmpty())
        return HttpClientTr::tr("invalid request URL \"%1\"").arg(request.url.toString());
    const QString scheme = request.url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return HttpClientTr::tr("unsupported URL scheme \"%1\" in %2").arg(scheme, request.url.toString());
    if (request.carriesCredentials() && scheme == QLatin1String("http") &&
        !isLoopbackHost(request.url.host()))
        return HttpClientTr::tr("credentials are never sent over plain http:// (to %1); use https://")
            .arg(request.url.host());
    for (const auto &[name, value] : request.headers)
        if (name.isEmpty() || hasLineBreak(name) || hasLineBreak(value) || name.contains(':'))
            return HttpClientTr::tr("header \"%1\" contains a line break or is malformed")
                .arg(QString::fromLatin1(name.left(40)));
    for (char c : request.method)
        if (c <= ' ' || c >= 127)
            return HttpClientTr::tr("invalid HTTP method \"%1\"")
                .arg(QString::fromLatin1(request.method.left(20)));
    return proxyViolation(request);
}

quint64 HttpClient::send(const HttpRequestSpec &spec, int timeoutMs, Handler handler)
{
    const quint64 id = m_nextId++;
    Pending &pending = m_pending[id];
    pending.handler = std::move(handler);
    if (curlGlobalInit != CURLE_OK) {
        deliverLater(id, HttpReply::Failure::Refused, HttpClientTr::tr("libcurl could not be initialised"));
        return id;
    }
    if (const QString violation = policyViolation(spec); !violation.isEmpty()) {
        deliverLater(id, HttpReply::Failure::Refused, violation);
        return id;
    }
    auto transfer = std::make_unique<CurlTransfer>(*m_handles, spec, routeFor(spec), timeoutMs);
    if (!transfer->setupError().isEmpty()) {
        deliverLater(id, HttpReply::Failure::Refused, transfer->setupError());
        return id;
    }
    curl_easy_setopt(transfer->handle(), CURLOPT_PRIVATE, reinterpret_cast<char *>(quintptr(id)));
    if (!m_multi->add(transfer->handle())) {
        deliverLater(id, HttpReply::Failure::Refused, HttpClientTr::tr("libcurl did not take the transfer"));
        return id;
    }
    pending.transfer = std::move(transfer);
    return id;
}

void HttpClient::cancel(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->second.cancelled)
        return;
    // Stopped at once, so nothing more goes out or comes in for it; reported from the event loop.
    if (it->second.transfer)
        m_multi->remove(it->second.transfer->handle());
    it->second.cancelled = true;
    deliverLater(id, HttpReply::Failure::Cancelled, HttpClientTr::tr("cancelled"));
}

void HttpClient::onTransferDone(quint64 id, int result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->second.cancelled || !it->second.transfer)
        return;
    const HttpReply reply = it->second.transfer->finish(CURLcode(result));
    deliver(id, reply);
}

void HttpClient::deliverLater(quint64 id, HttpReply::Failure kind, const QString &text)
{
    QMetaObject::invokeMethod(
        this,
        [this, id, kind, text] {
            HttpReply reply;
            reply.failure = kind;
            reply.errorText = text;
            deliver(id, reply);
        },
        Qt::QueuedConnection);
}

void HttpClient::deliver(quint64 id, const HttpReply &reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Handler handler = std::move(it->second.handler);
    m_pending.erase(it); // the transfer's handle is out of the multi handle already
    if (handler)
        handler(reply);
}
