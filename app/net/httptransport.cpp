#include "httptransport.h"

#include "core/sourceconfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

namespace {
struct HttpClientTr
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

QString environment(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

// curl reads the lower-case name first; for http_proxy only the lower-case one, since a CGI
// program gets an HTTP_PROXY variable from any client's "Proxy:" request header.
std::pair<QString, const char *> environmentProxy(const QString &scheme)
{
    const auto first = [](std::initializer_list<const char *> names) -> std::pair<QString, const char *> {
        for (const char *name : names)
            if (const QString value = environment(name); !value.isEmpty())
                return {value, name};
        return {};
    };
    auto found =
        scheme == QLatin1String("https") ? first({"https_proxy", "HTTPS_PROXY"}) : first({"http_proxy"});
    if (found.first.isEmpty())
        found = first({"all_proxy", "ALL_PROXY"});
    return found;
}

QString withScheme(const QString &proxy)
{
    return proxy.contains(QLatin1String("://")) ? proxy : QLatin1String("http://") + proxy;
}
} // namespace

HttpTransport transportFromSettings(const SourceConfig &source)
{
    HttpTransport transport;
    transport.proxy = source.setting(QStringLiteral("proxy")).trimmed();
    // The proxy's password is never stored: the profile names the environment variable that holds
    // it, read here, when a request goes out.
    if (const QString variable = source.setting(QStringLiteral("proxy_password_env")).trimmed();
        !variable.isEmpty() && !transport.proxy.isEmpty() && transport.proxy != QLatin1String("none")) {
        QUrl proxy(transport.proxy);
        proxy.setPassword(qEnvironmentVariable(qPrintable(variable)), QUrl::DecodedMode);
        transport.proxy = proxy.toString(QUrl::FullyEncoded);
    }
    transport.caFile = source.setting(QStringLiteral("ca_file")).trimmed();
    transport.clientCert = source.setting(QStringLiteral("client_cert")).trimmed();
    transport.clientKey = source.setting(QStringLiteral("client_key")).trimmed();
    // Like the proxy's password, an encrypted key's passphrase is read from the environment
    // variable the profile names, never stored (the Redactor learns it with the request).
    if (const QString variable = source.setting(QStringLiteral("client_key_password_env")).trimmed();
        !variable.isEmpty())
        transport.keyPassword = qEnvironmentVariable(qPrintable(variable));
    transport.pinnedKey = source.setting(QStringLiteral("pinned_key")).trimmed();
    return transport;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

ProxyRoute ProxyRoute::forRequest(const QUrl &target, const HttpTransport &transport)
{
    ProxyRoute route;
    if (transport.bypassesProxy())
        return route;
    QString proxy = transport.proxy;
    const char *variable = nullptr;
    if (proxy.isEmpty())
        std::tie(proxy, variable) = environmentProxy(target.scheme());
    if (proxy.isEmpty())
        return route;
    QString noProxy = environment("no_proxy");
    if (noProxy.isEmpty())
        noProxy = environment("NO_PROXY");
    if (noProxyCovers(noProxy, target.host()))
        return route;
    route.m_origin = variable ? Origin::Environment : Origin::Setting;
    route.m_url = withScheme(proxy);
    route.m_variable = variable ? QString::fromLatin1(variable) : QString();
    return route;
}

bool ProxyRoute::noProxyCovers(const QString &noProxy, const QString &host)
{
    if (noProxy.isEmpty() || host.isEmpty())
        return false;
    QString name = host.toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QHostAddress address(name);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList entries = noProxy.toLower().split(separators, Qt::SkipEmptyParts);
    for (QString entry : entries) {
        if (entry == QLatin1Char('*'))
            return true;
        if (!address.isNull()) {
            if (entry.startsWith(QLatin1Char('[')) && entry.contains(QLatin1Char(']')))
                entry.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            const auto subnet = QHostAddress::parseSubnet(entry.contains(QLatin1Char('/'))
                                                              ? entry
                                                              : entry + (entry.contains(QLatin1Char(':'))
                                                                             ? QLatin1String("/128")
                                                                             : QLatin1String("/32")));
            if (!subnet.first.isNull() && address.isInSubnet(subnet))
                return true;
            continue;
        }
        while (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        while (entry.endsWith(QLatin1Char('.')))
            entry.chop(1);
        if (entry.isEmpty())
            continue;
        if (name == entry ||
            (name.endsWith(entry) && name.at(name.size() - entry.size() - 1) == QLatin1Char('.')))
            return true;
    }
    return false;
}

QString ProxyRoute::describe() const
{
    const QString shown = HttpTransport::redactProxy(m_url);
    if (m_origin == Origin::Environment)
        return HttpClientTr::tr("proxy %1 (from %2)").arg(shown, m_variable);
    return HttpClientTr::tr("proxy %1").arg(shown);
}

bool ProxyRoute::isLoopback() const
{
    return !isDirect() && isLoopbackHost(parsed().host());
}

bool ProxyRoute::carriesCredentials() const
{
    const QUrl url = parsed();
    return !isDirect() && (!url.userName().isEmpty() || !url.password().isEmpty());
}

bool ProxyRoute::isCleartext() const
{
    return !isDirect() && parsed().scheme() != QLatin1String("https");
}
