#include "httpexchange.h"

#include "credentials/redactor.h"

#include <QCoreApplication>

static QByteArray findHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool HttpTransport::isDefault() const
{
    return proxy.isEmpty() && caFile.isEmpty() && clientCert.isEmpty() && clientKey.isEmpty() &&
           keyPassword.isEmpty() && pinnedKey.isEmpty();
}

QString HttpTransport::redactProxy(const QString &proxy)
{
    // By hand rather than through QUrl: whatever the text is, nothing before its last '@' (after the
    // scheme) is shown, even when it does not parse as a URL.
    const qsizetype at = proxy.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return proxy;
    const qsizetype schemeEnd = proxy.indexOf(QLatin1String("://"));
    const qsizetype userInfo = schemeEnd >= 0 && schemeEnd < at ? schemeEnd + 3 : 0;
    return proxy.left(userInfo) + QLatin1String("[redacted]") + proxy.mid(at);
}

QByteArray HttpRequestSpec::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

void HttpRequestSpec::setHeader(const QByteArray &name, const QByteArray &value, bool secret)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
    if (secret && !secretHeaders.contains(name))
        secretHeaders.append(name);
}

// One implementation of request redaction, the Redactor's, for every face.
QByteArray HttpRequestSpec::redactedHeaderValue(const QByteArray &name) const
{
    return Redactor::headerValue(*this, name);
}

QString HttpRequestSpec::redactedUrl() const
{
    return Redactor::url(*this);
}

QString HttpRequestSpec::redactedText() const
{
    QString text = Redactor::requestText(*this);
    if (!transport.proxy.isEmpty())
        text += QCoreApplication::translate("HttpRequestSpec", "(proxy: %1)").arg(transport.redactedProxy()) +
                QLatin1Char('\n');
    if (!transport.caFile.isEmpty())
        text += QCoreApplication::translate("HttpRequestSpec", "(trusted CA certificates: %1)")
                    .arg(transport.caFile) +
                QLatin1Char('\n');
    if (!transport.clientCert.isEmpty())
        text += QCoreApplication::translate("HttpRequestSpec", "(client certificate: %1)")
                    .arg(transport.clientCert) +
                QLatin1Char('\n');
    if (!transport.pinnedKey.isEmpty())
        text += QCoreApplication::translate("HttpRequestSpec", "(pinned server key: %1)")
                    .arg(transport.pinnedKey) +
                QLatin1Char('\n');
    return text;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

QString HttpReply::describe() const
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("HTTP %1").arg(status);
    case Failure::Timeout:
        return QCoreApplication::translate("HttpReply", "timeout: %1").arg(errorText);
    case Failure::Connection:
        return QCoreApplication::translate("HttpReply", "network error: %1").arg(errorText);
    case Failure::Tls:
        return QCoreApplication::translate("HttpReply", "TLS error: %1").arg(errorText);
    case Failure::Refused:
        return QCoreApplication::translate("HttpReply", "not sent: %1").arg(errorText);
    case Failure::Cancelled:
        return QCoreApplication::translate("HttpReply", "cancelled");
    case Failure::Protocol:
        return QCoreApplication::translate("HttpReply", "the server's reply was malformed: %1")
            .arg(errorText);
    }
    return errorText;
}

Outcome Outcome::succeeded(const QString &providerId, const QString &message)
{
    Outcome o;
    o.kind = Kind::Succeeded;
    o.providerId = providerId;
    o.message = message;
    return o;
}

Outcome Outcome::pending(const QString &statusRef, int progress, const QString &message)
{
    Outcome o;
    o.kind = Kind::Pending;
    o.statusRef = statusRef;
    o.progressPercent = progress;
    o.message = message;
    return o;
}

Outcome Outcome::retry(const QString &message, qint64 retryAfterMs)
{
    Outcome o;
    o.kind = Kind::Retry;
    o.message = message;
    o.retryAfterMs = retryAfterMs;
    return o;
}

Outcome Outcome::throttle(const QString &message, qint64 retryAfterMs)
{
    Outcome o = retry(message, retryAfterMs);
    o.throttled = true;
    return o;
}

Outcome Outcome::failed(const QString &message)
{
    Outcome o;
    o.kind = Kind::Failed;
    o.message = message;
    return o;
}

Outcome Outcome::split(const QString &message)
{
    Outcome o;
    o.kind = Kind::Split;
    o.message = message;
    return o;
}
