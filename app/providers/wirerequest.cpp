#include "wirerequest.h"

#include <algorithm>

QByteArray hostHeaderFor(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded);
    QByteArray header = host.contains(QLatin1Char(':')) ? '[' + host.toLatin1() + ']' : host.toLatin1();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        header += ':' + QByteArray::number(url.port());
    return header;
}

WireRequest WireRequest::fromSpec(const HttpRequestSpec &spec)
{
    WireRequest wire;
    wire.method = spec.method;
    wire.scheme = spec.url.scheme().toLatin1();
    // The same expression as HttpClient::serialize, so the signed target is the sent one.
    wire.target = spec.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!wire.target.startsWith('/'))
        wire.target.prepend('/');
    wire.headers = spec.headers;
    const bool hasHost = std::any_of(spec.headers.cbegin(), spec.headers.cend(), [](const auto &header) {
        return header.first.compare("Host", Qt::CaseInsensitive) == 0;
    });
    if (!hasHost)
        wire.headers.prepend({QByteArrayLiteral("Host"), hostHeaderFor(spec.url)});
    wire.body = spec.body;
    return wire;
}

QByteArray WireRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QList<QByteArray> WireRequest::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    return values;
}

QByteArray WireRequest::path() const
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? target : target.left(mark);
}

QByteArray WireRequest::query() const
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? QByteArray() : target.mid(mark + 1);
}
