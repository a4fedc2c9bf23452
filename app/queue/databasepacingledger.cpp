#include "databasepacingledger.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

qint64 DatabasePacingLedger::update(const QString &key, TokenBucket &bucket, qint64 nowMs,
                                    const std::function<qint64(TokenBucket &)> &change)
{
    const QString name = storedName(key);
    qint64 result = 0;
    bool changed = false;
    const bool recorded = m_db.transaction(
        [&] {
            // The row is made first (when this process has not seen it yet) so that the SELECT
            // below always locks one: two workers starting on a new key at once take turns too.
            if (!m_known.contains(name)) {
                const TokenBucket::State fresh = bucket.state();
                QSqlQuery make(m_db.connection());
                make.prepare(QStringLiteral(
                    "INSERT INTO pacing (rate_key, tokens, last_ms, paused_until, factor, "
                    "last_cut_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (rate_key) DO NOTHING"));
                for (const QVariant &value :
                     {QVariant(name), QVariant(fresh.tokens), QVariant(fresh.lastMs),
                      QVariant(fresh.pausedUntil), QVariant(fresh.factor), QVariant(fresh.lastCutMs)})
                    make.addBindValue(value);
                if (!execQuery(make))
                    return false;
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT tokens, last_ms, paused_until, factor, last_cut_ms FROM pacing "
                                     "WHERE rate_key=?%1")
                          .arg(m_db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
            q.addBindValue(name);
            if (!execQuery(q))
                return false;
            if (!q.next())
                return false; // removed under us: paced alone this once
            bucket.restore({q.value(0).toDouble(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                            q.value(3).toDouble(), q.value(4).toLongLong()},
                           nowMs);
            result = change(bucket);
            changed = true;
            const TokenBucket::State state = bucket.state();
            QSqlQuery write(m_db.connection());
            write.prepare(QStringLiteral("UPDATE pacing SET tokens=?, last_ms=?, paused_until=?, factor=?, "
                                         "last_cut_ms=? WHERE rate_key=?"));
            for (const QVariant &value :
                 {QVariant(state.tokens), QVariant(state.lastMs), QVariant(state.pausedUntil),
                  QVariant(state.factor), QVariant(state.lastCutMs), QVariant(name)})
                write.addBindValue(value);
            return execQuery(write);
        },
        Database::Turn::Alone);
    if (recorded)
        m_known.insert(name);
    if (!recorded && !m_warned) {
        m_warned = true;
        qWarning("pacing: cannot record pacing in the profile's database; this process paces on its own");
    }
    // The bucket has this process's view either way; a change that never ran is made now.
    return changed ? result : change(bucket);
}
