#include "planner.h"

#include "providers/providerregistry.h"

#include <QCoreApplication>
#include <QSet>

namespace {
struct PlannerTr
{
    Q_DECLARE_TR_FUNCTIONS(Planner)
};
} // namespace

QStringList Planner::normalizeTargets(const QStringList &raw)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &line : raw) {
        const QString target = line.trimmed();
        if (target.isEmpty() || seen.contains(target))
            continue;
        seen.insert(target);
        result.append(target);
    }
    return result;
}

std::pair<PurgeBatch, PurgeBatch> Planner::halve(const PurgeBatch &batch)
{
    PurgeBatch first = batch;
    PurgeBatch second = batch;
    const qsizetype middle = batch.targets.size() / 2;
    first.targets = batch.targets.mid(0, middle);
    second.targets = batch.targets.mid(middle);
    return {first, second};
}

QString Planner::targetProblem(const SourceConfig &source, PurgeAction action, MatchKind match,
                               const QString &target) const
{
    const Provider *provider = m_registry.find(source.type);
    if (!provider || match == MatchKind::All || !provider->info().matches.contains(match) ||
        (action == PurgeAction::Invalidate && !provider->info().supportsInvalidate))
        return {};
    // Without options: an option's problem is the same for every line, not this line's.
    const PurgeBatch one{action, match, {target.trimmed()}, {}, {}};
    return provider->validateBatch(source, one);
}

Planner::Result Planner::plan(const SourceConfig &source, const PurgeBatch &requested, qint64 nowMs) const
{
    Result result;
    PurgeBatch whole = requested;
    whole.targets = normalizeTargets(requested.targets);
    const Provider *provider = m_registry.find(source.type);
    if (!provider)
        return {{}, PlannerTr::tr("source \"%1\" has unknown type \"%2\"").arg(source.name, source.type)};
    if (QString error = provider->validateSource(source); !error.isEmpty())
        return {{}, PlannerTr::tr("source \"%1\": %2").arg(source.name, error)};
    if (QString error = provider->validateBatch(source, whole); !error.isEmpty())
        return {{}, PlannerTr::tr("source \"%1\": %2").arg(source.name, error)};

    const EffectiveLimits limits = EffectiveLimits::of(*provider, source, whole.match);
    QList<PurgeBatch> batches;
    if (whole.match == MatchKind::All) {
        batches.append(whole);
    } else {
        const QString lane = provider->lanes(source).value(0);
        const auto fits = [&](const PurgeBatch &batch) {
            return limits.maxBodyBytes <= 0 ||
                   provider->buildRequest(source, lane, batch, QString()).body.size() <= limits.maxBodyBytes;
        };
        const qsizetype batchSize = limits.batchSizeFor(whole.match);
        for (qsizetype start = 0; start < whole.targets.size();) {
            PurgeBatch batch = whole;
            batch.targets = whole.targets.mid(start, batchSize);
            if (!fits(batch)) {
                // Body-size limits (50,000 bytes at one CDN): the most targets that fit, found by
                // bisection since a body grows with every target. `fitting` fits (or is 0),
                // `tooMany` does not.
                qsizetype fitting = 0;
                qsizetype tooMany = batch.targets.size();
                while (tooMany - fitting > 1) {
                    const qsizetype middle = fitting + (tooMany - fitting) / 2;
                    batch.targets = whole.targets.mid(start, middle);
                    if (fits(batch))
                        fitting = middle;
                    else
                        tooMany = middle;
                }
                if (fitting == 0)
                    return {{},
                            PlannerTr::tr("source \"%1\": target \"%2\" alone is larger than the provider's "
                                          "%3-byte request limit")
                                .arg(source.name, whole.targets.at(start))
                                .arg(limits.maxBodyBytes)};
                batch.targets = whole.targets.mid(start, fitting);
            }
            start += batch.targets.size();
            batches.append(batch);
        }
    }
    for (const QString &lane : provider->lanes(source)) {
        for (const PurgeBatch &batch : std::as_const(batches)) {
            TransactionRecord t;
            t.sourceId = source.id;
            t.sourceName = source.name;
            t.lane = lane;
            t.batch = batch;
            t.createdAt = nowMs;
            t.updatedAt = nowMs;
            result.transactions.append(t);
        }
    }
    return result;
}
