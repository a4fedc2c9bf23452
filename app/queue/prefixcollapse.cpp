#include "prefixcollapse.h"

#include "providers/providerregistry.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace {

int requestsFor(qsizetype targets, int perRequest)
{
    return targets <= 0 ? 0 : int((targets + perRequest - 1) / perRequest);
}

PurgeBatch without(const PurgeBatch &batch, const QStringList &urls)
{
    PurgeBatch result = batch;
    result.targets.removeIf([&](const QString &target) { return urls.contains(target); });
    return result;
}

} // namespace

int PrefixCollapse::threshold(const SourceConfig &source)
{
    bool ok = false;
    const double value = source.setting(QStringLiteral("collapse_over")).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 1)
        return 0;
    return int(qMin(value, 1e9));
}

QString PrefixCollapse::folderOf(const QString &url)
{
    static const QRegularExpression shape(QStringLiteral("^(https?)://([^/?#@]+)(/[^?#]*)?"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch parts = shape.match(url);
    if (!parts.hasMatch())
        return {};
    const QString path = parts.captured(3);
    const qsizetype lastSlash = path.lastIndexOf(QLatin1Char('/'));
    // The root's prefix is the whole host: that is a purge of everything, never a collapse.
    if (lastSlash <= 0)
        return {};
    return parts.captured(1).toLower() + QStringLiteral("://") + parts.captured(2).toLower() +
           path.left(lastSlash + 1);
}

PrefixCollapse::Cost PrefixCollapse::costOf(const Provider &provider, const SourceConfig &source,
                                            const PurgeBatch &exact, const PurgeBatch &prefixes)
{
    Cost cost;
    // Without billing only requests count; with it, units billed decide first.
    if (provider.info().billing.declared())
        cost.billed = (exact.targets.isEmpty() ? 0 : provider.billedUnits(source, exact)) +
                      (prefixes.targets.isEmpty() ? 0 : provider.billedUnits(source, prefixes));
    // Body-size limits may split further; both sides are counted alike, which is enough to
    // compare them (the plan itself splits exactly).
    cost.requests =
        requestsFor(exact.targets.size(),
                    EffectiveLimits::of(provider, source, MatchKind::Exact).batchSizeFor(MatchKind::Exact)) +
        requestsFor(prefixes.targets.size(),
                    EffectiveLimits::of(provider, source, MatchKind::Prefix).batchSizeFor(MatchKind::Prefix));
    return cost;
}

QList<FolderOfUrls> PrefixCollapse::folders(const Provider &provider, const SourceConfig &source,
                                            const PurgeBatch &exact, int over)
{
    QList<FolderOfUrls> result;
    if (exact.match != MatchKind::Exact || over < 1 || !provider.info().matches.contains(MatchKind::Prefix))
        return result;
    QHash<QString, qsizetype> index;
    for (const QString &url : exact.targets) {
        const QString folder = folderOf(url);
        if (folder.isEmpty())
            continue;
        auto it = index.constFind(folder);
        if (it == index.cend()) {
            it = index.insert(folder, result.size());
            FolderOfUrls entry;
            entry.prefix = folder;
            entry.sentAs = provider.targetAsSent(source, MatchKind::Prefix, folder);
            result.append(entry);
        }
        result[*it].urls.append(url);
    }
    result.removeIf([&](const FolderOfUrls &f) { return f.urls.size() <= over; });
    std::stable_sort(result.begin(), result.end(), [](const FolderOfUrls &a, const FolderOfUrls &b) {
        return a.urls.size() > b.urls.size();
    });
    PurgeBatch noPrefixes = exact;
    noPrefixes.match = MatchKind::Prefix;
    noPrefixes.targets.clear();
    const Cost before = costOf(provider, source, exact, noPrefixes);
    QList<FolderOfUrls> usable;
    for (FolderOfUrls &folder : result) {
        PurgeBatch prefix = noPrefixes;
        prefix.targets = {folder.prefix};
        // The same action and options must be valid for a prefix (an option only for exact URLs,
        // or an action the provider offers only for them, rules it out).
        if (!provider.validateBatch(source, prefix).isEmpty())
            continue;
        const Cost after = costOf(provider, source, without(exact, folder.urls), prefix);
        if (provider.info().billing.declared()) {
            PurgeBatch alone = exact;
            alone.targets = folder.urls;
            folder.billedAlone = provider.billedUnits(source, alone);
            folder.billedAsPrefix = provider.billedUnits(source, prefix);
        }
        folder.billedBefore = before.billed;
        folder.billedAfter = after.billed;
        folder.requestsBefore = before.requests;
        folder.requestsAfter = after.requests;
        usable.append(folder);
    }
    return usable;
}

PrefixCollapse::Result PrefixCollapse::apply(const Provider &provider, const SourceConfig &source,
                                             const PurgeBatch &batch)
{
    Result result;
    result.exact = batch;
    result.prefixes = batch;
    result.prefixes.match = MatchKind::Prefix;
    result.prefixes.targets.clear();
    const int over = threshold(source);
    if (over == 0 || batch.match != MatchKind::Exact)
        return result;
    Cost current = costOf(provider, source, result.exact, result.prefixes);
    for (FolderOfUrls folder : folders(provider, source, batch, over)) {
        PurgeBatch exact = without(result.exact, folder.urls);
        PurgeBatch prefixes = result.prefixes;
        prefixes.targets.append(folder.prefix);
        const Cost next = costOf(provider, source, exact, prefixes);
        folder.billedBefore = current.billed;
        folder.billedAfter = next.billed;
        folder.requestsBefore = current.requests;
        folder.requestsAfter = next.requests;
        if (!folder.cheaper()) {
            result.declined.append(folder);
            continue;
        }
        result.exact = exact;
        result.prefixes = prefixes;
        current = next;
        result.collapsed.append(folder);
    }
    return result;
}
