#pragma once

#include "core/httpexchange.h"

#include <QString>
#include <QUrl>

struct SourceConfig;

// A source's transport options from its settings proxy, ca_file, client_cert, client_key and
// pinned_key. The key's passphrase is a secret and never a setting: the caller adds it.
HttpTransport transportFromSettings(const SourceConfig &source);

// The proxy one request goes through, or none. HttpClient decides this itself, by the rules curl
// applies to the same environment variables, and hands curl the answer: a failure can then say
// that it was the proxy, and the credential policy sees every hop a secret would take.
class ProxyRoute
{
public:
    enum class Origin { Direct, Setting, Environment };

    // transport.proxy, else http_proxy (http://, lower case only, as curl does), https_proxy or
    // HTTPS_PROXY (https://), then all_proxy or ALL_PROXY; none when no_proxy (or NO_PROXY) names
    // the target's host, for a configured proxy as well.
    static ProxyRoute forRequest(const QUrl &target, const HttpTransport &transport);
    // Whether a no_proxy list names host: "*"; a name that equals host or is a domain it is in
    // (".example.com" and "example.com" both cover "cdn.example.com"); an IP address, optionally
    // with /bits, that covers an IP address host.
    static bool noProxyCovers(const QString &noProxy, const QString &host);

    bool isDirect() const { return m_origin == Origin::Direct; }
    Origin origin() const { return m_origin; }
    // The URL curl is given: always with a scheme (a bare "host:port" from the environment is http).
    const QString &url() const { return m_url; }
    QUrl parsed() const { return QUrl(m_url); }
    // For messages: the URL without user name or password, and where it came from.
    QString describe() const;
    bool isLoopback() const;
    bool carriesCredentials() const;
    // http:// and SOCKS proxies see what goes to them in clear; an https:// proxy does not.
    bool isCleartext() const;

private:
    Origin m_origin = Origin::Direct;
    QString m_url;
    QString m_variable; // the environment variable it came from
};

// Whether host (as in a URL: "localhost", "127.0.0.1", "::1") is this machine's loopback.
bool isLoopbackHost(const QString &host);
