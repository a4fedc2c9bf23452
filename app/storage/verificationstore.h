#pragma once

#include <QList>
#include <QString>

class Database;

// One purged URL asked for after its purge (Verifier), and what its cache said.
struct ProbeRecord
{
    qint64 id = 0;
    qint64 transactionId = 0;
    QString url;
    QString state = QStringLiteral("pending"); // "pending", or a CacheVerdict kind name
    QString signal;                            // what the verdict was read from
    QString probe;                             // the probe's status and the cache headers it read
    qint64 purgedAt = 0;                       // when the purge took effect (ms since epoch)
    qint64 dueAt = 0;
    qint64 probedAt = 0;
};

// The verifications table, and each transaction's verify_state, which only the verifier writes
// (the queue's saves leave it alone).
class VerificationStore final
{
public:
    explicit VerificationStore(Database &db) : m_db(db) {}

    // Records pending probes for a transaction and marks it "pending", in one commit.
    bool begin(qint64 transactionId, QList<ProbeRecord> &probes, qint64 atMs);
    bool saveProbe(const ProbeRecord &probe);
    // atMs becomes the transaction's updated_at, so views following the store see the change.
    bool setState(qint64 transactionId, const QString &verifyState, qint64 atMs);
    QList<ProbeRecord> forTransaction(qint64 transactionId) const;
    // Ordered by transaction id, then probe id.
    QList<ProbeRecord> forTransactions(const QList<qint64> &transactionIds) const;

private:
    Database &m_db;
};
