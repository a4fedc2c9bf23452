#include "curlformatter.h"

#include <QStringList>

namespace CurlFormatter {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString command(const HttpRequestSpec &request)
{
    QStringList parts{QStringLiteral("curl")};
    // HEAD needs -I: "-X HEAD" makes curl wait for a body that never comes.
    if (request.method == "HEAD")
        parts << QStringLiteral("-I");
    else if (request.method != "GET" || !request.body.isEmpty())
        parts << QStringLiteral("-X") << QString::fromLatin1(request.method);
    parts << shellQuote(request.redactedUrl());
    for (const auto &[name, value] : request.headers) {
        Q_UNUSED(value)
        const QString header = QString::fromLatin1(name) + QLatin1String(": ") +
                               QString::fromUtf8(request.redactedHeaderValue(name));
        parts << QStringLiteral("-H") << shellQuote(header);
    }
    if (!request.body.isEmpty())
        parts << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(request.body));
    return parts.join(QLatin1Char(' '));
}

} // namespace CurlFormatter
