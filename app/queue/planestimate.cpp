#include "planestimate.h"

#include "providers/providerregistry.h"
#include "queuedecisions.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace {

struct PlanEstimateTr
{
    Q_DECLARE_TR_FUNCTIONS(PlanEstimate)
};

QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString count(int n)
{
    return numberLocale().toString(n);
}

QString decimal(double value)
{
    return numberLocale().toString(value, 'g', 6);
}

QString money(const BillingInfo &billing, double amount)
{
    // Whole cents, but never round a price below a cent to nothing.
    const int decimals = amount > 0 && amount < 0.01 ? 3 : 2;
    return billing.currencySymbol + numberLocale().toString(amount, 'f', decimals);
}

QString units(const BillingInfo &billing, int n)
{
    return count(n) + QLatin1Char(' ') + (n == 1 ? billing.unitSingular : billing.unitPlural);
}

// One rate bucket the queue paces, with everything of the plan it carries.
struct Bucket
{
    double ratePerSecond = 0;
    int burst = 1;
    int requests = 0;
    QList<qint64> sources;
};

// The bucket key as PurgeQueue composes it: sources with one rate key share a bucket; a plan's or
// a match's own bucket, and a kind of request the provider paces apart, have their own.
QueueDecisions::RateBucket bucketOf(const Provider &provider, const SourceConfig &source,
                                    const PurgeBatch &batch)
{
    QString key = provider.rateKey(source);
    if (const QString bucket = provider.info().rateBucket(source, batch.match); !bucket.isEmpty())
        key += QLatin1Char('#') + bucket;
    return QueueDecisions::rateBucket(key, provider.rateClass(source, batch),
                                      EffectiveLimits::of(provider, source, batch.match));
}

} // namespace

double PlanEstimate::sendSeconds(int requests, double ratePerSecond, int burst)
{
    if (ratePerSecond <= 0 || requests <= burst)
        return 0;
    // The last request waits for the tokens after the burst: (n - burst) of them at `rate`.
    return double(requests - qMax(1, burst)) / ratePerSecond;
}

QString PlanEstimate::durationText(double seconds)
{
    if (seconds < 10) {
        const double tenths = std::ceil(seconds * 10) / 10;
        return PlanEstimateTr::tr("%1 s").arg(numberLocale().toString(tenths, 'g', 2));
    }
    const qint64 whole = qint64(std::ceil(seconds));
    if (whole < 60)
        return PlanEstimateTr::tr("%1 s").arg(whole);
    if (whole < 3600)
        return whole % 60 == 0 ? PlanEstimateTr::tr("%1 min").arg(whole / 60)
                               : PlanEstimateTr::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
    const qint64 minutes = (whole + 59) / 60;
    return minutes % 60 == 0 ? PlanEstimateTr::tr("%1 h").arg(minutes / 60)
                             : PlanEstimateTr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

PlanEstimate PlanEstimate::of(const PurgeService::Plan &plan)
{
    PlanEstimate result;
    const ProviderRegistry &registry = ProviderRegistry::instance();
    QHash<qint64, SourceConfig> configs;
    for (const ResolvedSource &resolved : plan.resolved.sources)
        if (!configs.contains(resolved.source.id))
            configs.insert(resolved.source.id, resolved.source);

    QHash<qint64, qsizetype> index; // source id -> result.sources
    QHash<qint64, QSet<QString>> targets;
    QHash<qint64, QStringList> exactTargets;
    QHash<qint64, OptionValues> exactOptions;
    QHash<qint64, PurgeAction> exactAction;
    QHash<QString, Bucket> buckets;
    QHash<qint64, QSet<QString>> bucketsOfSource;
    for (const TransactionRecord &t : plan.transactions) {
        const auto config = configs.constFind(t.sourceId);
        const Provider *provider = config == configs.cend() ? nullptr : registry.find(config->type);
        if (!provider)
            continue;
        if (!index.contains(t.sourceId)) {
            index.insert(t.sourceId, result.sources.size());
            SourceEstimate estimate;
            estimate.sourceId = t.sourceId;
            estimate.sourceName = config->name;
            estimate.sourceType = config->type;
            estimate.local = provider->info().isLocal;
            const EffectiveLimits limits = EffectiveLimits::of(*provider, *config);
            estimate.concurrency = limits.concurrency;
            estimate.polled = provider->info().hasStatus;
            estimate.pollIntervalSeconds = limits.pollIntervalSeconds;
            estimate.maxItemsInProgress = limits.maxItemsInProgress;
            estimate.maxWildcardsInProgress = limits.maxWildcardsInProgress;
            estimate.billing = provider->info().billing;
            result.sources.append(estimate);
        }
        SourceEstimate &estimate = result.sources[index.value(t.sourceId)];
        ++estimate.requests;
        if (t.batch.match == MatchKind::All)
            estimate.everything = true;
        for (const QString &target : t.batch.targets)
            targets[t.sourceId].insert(matchName(t.batch.match) + QLatin1Char(' ') + target);
        // As the queue counts in-progress capacity: prefixes and everything are wildcards.
        const bool wildcard = t.batch.match == MatchKind::Prefix || t.batch.match == MatchKind::All;
        (wildcard ? estimate.wildcardsSent : estimate.itemsSent) +=
            t.batch.match == MatchKind::All ? 1 : int(t.batch.targets.size());
        if (estimate.billing.declared())
            estimate.billedUnits += provider->billedUnits(*config, t.batch);
        if (t.batch.match == MatchKind::Exact) {
            for (const QString &target : t.batch.targets)
                if (!exactTargets[t.sourceId].contains(target))
                    exactTargets[t.sourceId].append(target);
            exactOptions.insert(t.sourceId, t.batch.options);
            exactAction.insert(t.sourceId, t.batch.action);
        }
        if (estimate.local)
            continue;
        const QueueDecisions::RateBucket rate = bucketOf(*provider, *config, t.batch);
        Bucket &bucket = buckets[rate.key];
        bucket.ratePerSecond = rate.ratePerSecond;
        bucket.burst = rate.burst;
        ++bucket.requests;
        if (!bucket.sources.contains(t.sourceId))
            bucket.sources.append(t.sourceId);
        bucketsOfSource[t.sourceId].insert(rate.key);
    }

    for (SourceEstimate &estimate : result.sources) {
        estimate.items = int(targets.value(estimate.sourceId).size());
        // The slowest of the source's buckets decides when its last request goes out.
        for (const QString &key : bucketsOfSource.value(estimate.sourceId)) {
            const Bucket &bucket = buckets[key];
            if (bucket.ratePerSecond <= 0)
                continue;
            const double seconds = sendSeconds(bucket.requests, bucket.ratePerSecond, bucket.burst);
            if (estimate.unpaced || seconds > estimate.seconds) {
                estimate.unpaced = false;
                estimate.seconds = seconds;
                estimate.ratePerSecond = bucket.ratePerSecond;
                estimate.burst = bucket.burst;
                estimate.bucketRequests = bucket.requests;
            }
            for (qint64 other : bucket.sources)
                if (other != estimate.sourceId && !estimate.sharesRateWith.contains(configs[other].name))
                    estimate.sharesRateWith << configs[other].name;
        }
        if (estimate.billing.declared()) {
            estimate.unitsOverFree = qMax(0, estimate.billedUnits - estimate.billing.freePerMonth);
            estimate.costOverFree = estimate.unitsOverFree * estimate.billing.pricePerUnit;
        }
        for (const SourceCollapse &collapse : plan.collapses)
            if (collapse.sourceId == estimate.sourceId) {
                estimate.collapsed += collapse.collapsed;
                estimate.declined += collapse.declined;
            }
        // What a prefix would save where the source does not allow it (or not for this few).
        const QStringList exact = exactTargets.value(estimate.sourceId);
        const SourceConfig &config = configs[estimate.sourceId];
        const Provider *provider = registry.find(config.type);
        if (exact.isEmpty() || !provider)
            continue;
        const int allowedOver = PrefixCollapse::threshold(config);
        const PurgeBatch batch{exactAction.value(estimate.sourceId),
                               MatchKind::Exact,
                               exact,
                               exactOptions.value(estimate.sourceId),
                               {}};
        for (const FolderOfUrls &folder : PrefixCollapse::folders(*provider, config, batch, kOfferAbove))
            if (folder.cheaper() && (allowedOver == 0 || folder.urls.size() <= allowedOver))
                estimate.offers << folder;
    }
    return result;
}

QStringList SourceEstimate::lines() const
{
    QStringList lines;
    const QString what = everything && items == 0
                             ? PlanEstimateTr::tr("everything")
                             : PlanEstimateTr::tr("%1 target(s)", nullptr, items).arg(count(items));
    QString sending;
    if (local)
        sending = PlanEstimateTr::tr("done on this computer");
    else if (unpaced)
        sending = PlanEstimateTr::tr("unpaced, up to %1 at a time").arg(concurrency);
    else if (seconds <= 0)
        sending = PlanEstimateTr::tr("sent at once (within the burst of %1 at %2 transactions/s)")
                      .arg(burst)
                      .arg(decimal(ratePerSecond));
    else
        sending = PlanEstimateTr::tr("about %1 to send at %2 transactions/s after a burst of %3")
                      .arg(PlanEstimate::durationText(seconds), decimal(ratePerSecond))
                      .arg(burst);
    if (!sharesRateWith.isEmpty())
        sending +=
            PlanEstimateTr::tr(" (its rate limit is shared with %1, whose %2 transaction(s) are counted)",
                               nullptr, bucketRequests - requests)
                .arg(sharesRateWith.join(QLatin1String(", ")), count(bucketRequests - requests));
    if (polled)
        sending += PlanEstimateTr::tr(", then asked for its status every %1 until done")
                       .arg(PlanEstimate::durationText(pollIntervalSeconds));
    // The count selects the plural form; it is written with the locale's digit grouping.
    lines << PlanEstimateTr::tr("%1 (%2): %3 transaction(s) for %4, %5", nullptr, requests)
                 .arg(sourceName, sourceType, count(requests), what, sending);
    if (exceedsInProgress())
        lines << PlanEstimateTr::tr("%1: more than the provider holds in progress at once (%2 items, %3 "
                                    "prefixes): the rest waits until earlier work completes")
                     .arg(sourceName, count(maxItemsInProgress), count(maxWildcardsInProgress));
    if (billing.declared()) {
        QString line = PlanEstimateTr::tr("%1: bills %2 of the %3 free a month")
                           .arg(sourceName, units(billing, billedUnits), count(billing.freePerMonth));
        if (billing.wildcardCountsAsOne)
            line += PlanEstimateTr::tr(" (a prefix counts as one, however many files it matches)");
        if (unitsOverFree > 0)
            line += PlanEstimateTr::tr("; this request alone is %1 over them: %2 at %3 each")
                        .arg(count(unitsOverFree), money(billing, costOverFree),
                             money(billing, billing.pricePerUnit));
        lines << line;
    }
    const auto saving = [&](const FolderOfUrls &folder) {
        if (folder.billedAfter < folder.billedBefore)
            return PlanEstimateTr::tr("bill %1 instead of %2")
                .arg(units(billing, folder.billedAsPrefix), count(folder.billedAlone));
        return PlanEstimateTr::tr("take %1 transaction(s) instead of %2", nullptr, folder.requestsAfter)
            .arg(count(folder.requestsAfter), count(folder.requestsBefore));
    };
    lines += collapsedLines();
    for (const FolderOfUrls &folder : declined)
        lines << PlanEstimateTr::tr("%1: %2 URLs under %3 not collapsed: one prefix would be no cheaper")
                     .arg(sourceName, count(int(folder.urls.size())), folder.prefix);
    for (const FolderOfUrls &folder : offers)
        lines << PlanEstimateTr::tr("%1: collapsing the %2 URLs under %3 into %4 would %5 (--set "
                                    "collapse_over=N on the source, N below %2; a prefix also purges what "
                                    "was not named)")
                     .arg(sourceName, count(int(folder.urls.size())), folder.prefix, folder.sentAs,
                          saving(folder));
    return lines;
}

QStringList SourceEstimate::collapsedLines() const
{
    QStringList lines;
    for (const FolderOfUrls &folder : collapsed)
        lines << PlanEstimateTr::tr("%1: %2 URLs under %3 purged as %4 (allowed by collapse_over; a prefix "
                                    "also purges what was not named)")
                     .arg(sourceName, count(int(folder.urls.size())), folder.prefix, folder.sentAs);
    return lines;
}

QStringList PlanEstimate::lines() const
{
    QStringList result;
    for (const SourceEstimate &source : sources)
        result += source.lines();
    return result;
}
