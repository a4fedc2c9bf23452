#include "queuesettings.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>
#include <QtGlobal>

namespace {
// "queue/retry-attempts" (before the retry budget, the number of attempts before a failure) is
// no longer read: a cap kept from then would end retries the budget is meant to allow.
constexpr const char *kKeys[] = {"queue/concurrency", "queue/attempt-cap", "queue/backoff-cap-seconds",
                                 "queue/poll-interval-seconds", "queue/retry-for-minutes"};
} // namespace

QueueSettings QueueSettings::clamped() const
{
    QueueSettings s;
    s.concurrency = qBound(ConcurrencyRange.minimum, concurrency, ConcurrencyRange.maximum);
    s.retryAttempts = qBound(RetryAttemptsRange.minimum, retryAttempts, RetryAttemptsRange.maximum);
    s.retryForMinutes = qBound(RetryForRange.minimum, retryForMinutes, RetryForRange.maximum);
    s.backoffCapSeconds = qBound(BackoffCapRange.minimum, backoffCapSeconds, BackoffCapRange.maximum);
    s.pollIntervalSeconds = qBound(PollIntervalRange.minimum, pollIntervalSeconds, PollIntervalRange.maximum);
    return s;
}

std::optional<QueueSettings> QueueSettingsStore::load() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'queue/%'"));
    if (!execQuery(q))
        return std::nullopt;
    QueueSettings settings;
    bool any = false;
    while (q.next()) {
        bool ok = false;
        const int value = q.value(1).toString().toInt(&ok);
        if (!ok)
            continue; // a hand-edited value that is no number keeps the default
        const QString key = q.value(0).toString();
        int *fields[] = {&settings.concurrency, &settings.retryAttempts, &settings.backoffCapSeconds,
                         &settings.pollIntervalSeconds, &settings.retryForMinutes};
        for (int i = 0; i < int(std::size(kKeys)); ++i)
            if (key == QLatin1String(kKeys[i])) {
                *fields[i] = value;
                any = true;
            }
    }
    if (!any)
        return std::nullopt;
    return settings.clamped();
}

bool QueueSettingsStore::save(const QueueSettings &requested, QString *error)
{
    const QueueSettings settings = requested.clamped();
    const int values[] = {settings.concurrency, settings.retryAttempts, settings.backoffCapSeconds,
                          settings.pollIntervalSeconds, settings.retryForMinutes};
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
        for (int i = 0; i < int(std::size(kKeys)); ++i) {
            q.bindValue(0, QLatin1String(kKeys[i]));
            q.bindValue(1, QString::number(values[i]));
            if (!execQuery(q, error))
                return false;
        }
        return true;
    });
}
