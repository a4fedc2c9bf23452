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

    // What is wrong with one target for this source, action and match (a malformed URL, a tag
    // the provider cannot take), or empty. Only the target is judged: problems of the source, the
    // match or the options are the plan's to report. For the composer, which marks each line as
    // it is typed instead of failing the whole purge at Preview.
    QString targetProblem(const SourceConfig &source, PurgeAction action, MatchKind match,
                          const QString &target) const;

    // Trims, drops blank lines and duplicates, keeps order.
    static QStringList normalizeTargets(const QStringList &raw);

    // Splits a batch in two halves (413 from the provider).
    static std::pair<PurgeBatch, PurgeBatch> halve(const PurgeBatch &batch);

private:
    const ProviderRegistry &m_registry;
};
