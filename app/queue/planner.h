#pragma once

#include "core/sourceconfig.h"
#include "core/transactionrecord.h"

#include <QList>
#include <QString>

class ProviderRegistry;

// Splits what one source is sent into transactions within its provider's limits: targets per
// request, body bytes, and one transaction per lane (each cache of a cluster). Validates
// everything first, so bad input queues nothing.
class Planner final
{
public:
    explicit Planner(const ProviderRegistry &registry) : m_registry(registry) {}

    struct Result
    {
        QList<TransactionRecord> transactions;
        QString error; // names what is wrong; no transactions when set
    };
    // whole: every target for this source (already resolved for it), action, match and options.
    Result plan(const SourceConfig &source, const PurgeBatch &whole, qint64 nowMs) const;

    // Trims, drops blank lines and duplicates, keeps order.
    static QStringList normalizeTargets(const QStringList &raw);

    // Splits a batch in two halves (413 from the provider).
    static std::pair<PurgeBatch, PurgeBatch> halve(const PurgeBatch &batch);

private:
    const ProviderRegistry &m_registry;
};
