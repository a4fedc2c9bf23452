#pragma once

#include "pacingledger.h"

#include <QSet>

class Database;

// The pacing state of each rate key in the profile's database, for a profile on PostgreSQL:
// every worker of every machine takes its tokens from the same bucket, so together they keep to
// a provider's per-account limit and share what a 429 taught one of them. Each update is one
// short SQL transaction that locks the key's row (SELECT … FOR UPDATE), so two workers never
// take the same token. When the database cannot be written the process paces on its own until
// it can again, as PacingLedger does without a folder.
class DatabasePacingLedger final : public PacingLedger
{
public:
    explicit DatabasePacingLedger(Database &db) : m_db(db) {}

    bool isShared() const override { return true; }
    qint64 update(const QString &key, TokenBucket &bucket, qint64 nowMs,
                  const std::function<qint64(TokenBucket &)> &change) override;

private:
    Database &m_db;
    QSet<QString> m_known; // keys whose row this process has seen
    bool m_warned = false;
};
