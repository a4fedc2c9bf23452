#pragma once

#include "core/httpexchange.h"

#include <QSet>
#include <QString>

// The one place that hides secrets in text meant for people: logs, history, --json, --dry-run,
// previews, "copy as curl", check results and error messages. It learns every wire form a
// secret took (the value, trimmed, base64, percent-encoded, each secret header value and the
// credential part of "Basic xyz", each secret query value) and replaces them, longest first, with
// "[redacted]"; credentials after an auth scheme word are hidden even when it never saw them
// (a reply that echoes a header the request did not have).
class Redactor final
{
public:
    static constexpr QLatin1StringView kMark{"[redacted]"};

    void addSecret(const QString &secret);
    // The secret header values and secret query values of a request as it was sent.
    void addRequest(const HttpRequestSpec &request);
    bool isEmpty() const { return m_forms.isEmpty(); }

    QString redact(const QString &text) const;
    QStringList redact(const QStringList &texts) const;

    // Any "Basic|Bearer|Digest|Token|Negotiate <credential>" becomes "<scheme> [redacted]".
    static QString withoutCredentials(const QString &text);

    // A request as people see it (--dry-run, previews, "copy as curl", details), with the values
    // of its secret headers and secret query items replaced: HttpRequestSpec's redacted forms.
    static QByteArray headerValue(const HttpRequestSpec &request, const QByteArray &name);
    static QString url(const HttpRequestSpec &request);         // fully encoded
    static QString requestText(const HttpRequestSpec &request); // method, URL, headers, body

private:
    void addForm(const QString &form);
    QSet<QString> m_forms;
};
