#pragma once

#include "core/sourceconfig.h"
#include "transaction.h"

#include <QList>
#include <QString>

class ProviderRegistry;

// What a purge asks for, before it is split into transactions.
struct PurgeSpec
{
    PurgeAction action = PurgeAction::Purge;
    MatchKind match = MatchKind::Exact;
    QStringList targets;
    QString cacheKeyModifier;
};

// Splits a purge into transactions within each provider's limits: targets per request, body
// bytes, and one transaction per lane (each cache of a cluster). Validates everything first,
// so bad input queues nothing.
class Planner final
{
public:
    explicit Planner(const ProviderRegistry &registry) : m_registry(registry) {}

    struct Result
    {
        QList<TransactionRecord> transactions;
        QString error;   // names what is wrong; no transactions when set
    };
    Result plan(const QList<SourceConfig> &sources, const PurgeSpec &spec, qint64 nowMs) const;

    // Trims, drops blank lines and duplicates, keeps order.
    static QStringList normalizeTargets(const QStringList &raw);

    // Splits a batch in two halves (413 from the provider).
    static std::pair<PurgeBatch, PurgeBatch> halve(const PurgeBatch &batch);

private:
    const ProviderRegistry &m_registry;
};
