#include "replyclassifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace {
struct ReplyClassifierTr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyClassifier)
};
} // namespace

namespace ReplyClassifier {

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("…");
    return text;
}

qint64 retryAfterMs(const HttpReply &reply, qint64 nowMs)
{
    const QByteArray value = reply.header("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    // A server may ask for anything, 1e300 included: the wait is bounded here (the queue bounds it
    // further by the retry budget) so the conversion to milliseconds stays defined.
    constexpr double kMaxSeconds = 7 * 24 * 3600;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return !(seconds >= 0) ? -1 : qint64(qMin(seconds, kMaxSeconds) * 1000);
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).chopped(4).trimmed(),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return qBound<qint64>(0, utc.toMSecsSinceEpoch() - nowMs, qint64(kMaxSeconds) * 1000);
}

Outcome classify(const HttpReply &reply)
{
    switch (reply.failure) {
    case HttpReply::Failure::Timeout:
    case HttpReply::Failure::Connection:
        return Outcome::retry(reply.describe());
    case HttpReply::Failure::Tls:
    case HttpReply::Failure::Refused:
    case HttpReply::Failure::Protocol: // the same request gets the same broken reply
        return Outcome::failed(reply.describe());
    case HttpReply::Failure::Cancelled:
        return Outcome::failed(reply.describe());
    case HttpReply::Failure::None:
        break;
    }
    const int status = reply.status;
    const QString excerpt = bodyExcerpt(reply.body);
    const QString message =
        excerpt.isEmpty() ? reply.describe() : reply.describe() + QLatin1String(": ") + excerpt;
    if (status >= 200 && status < 300)
        return Outcome::succeeded();
    if (isRetryableStatus(status))
        return Outcome::retry(message, retryAfterMs(reply, QDateTime::currentMSecsSinceEpoch()));
    if (status == 413)
        return Outcome::split(message);
    if (status == 401 || status == 403)
        return Outcome::failed(message + QStringLiteral(" — ") +
                               ReplyClassifierTr::tr("check the source's credentials"));
    if (status >= 300 && status < 400)
        return Outcome::failed(message + QStringLiteral(" — ") +
                               ReplyClassifierTr::tr("redirect to %1 not followed")
                                   .arg(QString::fromUtf8(reply.header("Location"))));
    return Outcome::failed(message);
}

} // namespace ReplyClassifier
