#include "verificationstore.h"

#include "database.h"

#include <QSqlQuery>
#include <QStringList>

#include <QVariant>
#include <algorithm>

namespace {
constexpr char kColumns[] = "id, transaction_id, url, state, signal, probe, purged_at, due_at, probed_at";

ProbeRecord probeFromQuery(const QSqlQuery &q)
{
    ProbeRecord p;
    p.id = q.value(0).toLongLong();
    p.transactionId = q.value(1).toLongLong();
    p.url = q.value(2).toString();
    p.state = q.value(3).toString();
    p.signal = q.value(4).toString();
    p.probe = q.value(5).toString();
    p.purgedAt = q.value(6).toLongLong();
    p.dueAt = q.value(7).toLongLong();
    p.probedAt = q.value(8).toLongLong();
    return p;
}
} // namespace

bool VerificationStore::begin(qint64 transactionId, QList<ProbeRecord> &probes, qint64 atMs)
{
    return m_db.transaction([&] {
        for (ProbeRecord &probe : probes) {
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("INSERT INTO verifications (transaction_id, url, state, purged_at, due_at) "
                               "VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(transactionId);
            q.addBindValue(probe.url);
            q.addBindValue(probe.state);
            q.addBindValue(probe.purgedAt);
            q.addBindValue(probe.dueAt);
            if (!execQuery(q))
                return false;
            probe.id = q.lastInsertId().toLongLong();
            probe.transactionId = transactionId;
        }
        return setState(transactionId, QStringLiteral("pending"), atMs);
    });
}

bool VerificationStore::saveProbe(const ProbeRecord &probe)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE verifications SET state=?, signal=?, probe=?, probed_at=? WHERE id=?"));
    q.addBindValue(probe.state);
    q.addBindValue(probe.signal);
    q.addBindValue(probe.probe);
    q.addBindValue(probe.probedAt);
    q.addBindValue(probe.id);
    return execQuery(q);
}

bool VerificationStore::setState(qint64 transactionId, const QString &verifyState, qint64 atMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE transactions SET verify_state=?, updated_at=? WHERE id=?"));
    q.addBindValue(verifyState);
    q.addBindValue(atMs);
    q.addBindValue(transactionId);
    return execQuery(q);
}

QList<ProbeRecord> VerificationStore::forTransaction(qint64 transactionId) const
{
    return forTransactions({transactionId});
}

QList<ProbeRecord> VerificationStore::forTransactions(const QList<qint64> &transactionIds) const
{
    QList<ProbeRecord> result;
    // One statement per 500 ids, not one per id: a run's summary asks for thousands at once.
    // Whole numbers only, so they can be inlined.
    for (qsizetype start = 0; start < transactionIds.size(); start += 500) {
        QStringList chunk;
        for (const qint64 id : transactionIds.mid(start, 500))
            chunk << QString::number(id);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM verifications WHERE transaction_id IN (%2) "
                                 "ORDER BY transaction_id, id")
                      .arg(QLatin1String(kColumns), chunk.join(QLatin1Char(','))));
        if (!execQuery(q))
            continue;
        while (q.next())
            result.append(probeFromQuery(q));
    }
    std::stable_sort(result.begin(), result.end(), [](const ProbeRecord &a, const ProbeRecord &b) {
        return a.transactionId < b.transactionId;
    });
    return result;
}
