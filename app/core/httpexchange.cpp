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
    return Redactor::requestText(*this);
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
