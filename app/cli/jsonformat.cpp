#include "jsonformat.h"

#include "core/httpexchange.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace JsonFormat {

QJsonArray alreadyQueued(const QList<AlreadyQueued> &items)
{
    static const QHash<FoldKind, QString> kindNames{{FoldKind::UnderPrefix, QStringLiteral("prefix")},
                                                    {FoldKind::UnderHost, QStringLiteral("host")},
                                                    {FoldKind::UnderAll, QStringLiteral("all")}};
    QJsonArray result;
    for (const AlreadyQueued &item : items) {
        const FoldedTargets &folded = item.folded;
        QJsonArray ids;
        for (qint64 id : folded.transactionIds)
            ids.append(id);
        QJsonObject o{
            {QStringLiteral("source"), item.sourceName},
            {QStringLiteral("request"), folded.requestId},
            {QStringLiteral("match"), matchName(folded.match)},
            {QStringLiteral("count"), folded.match == MatchKind::All ? 1 : int(folded.targets.size())},
            {QStringLiteral("targets"), QJsonArray::fromStringList(folded.targets)},
            {QStringLiteral("transactions"), ids}};
        if (folded.kind != FoldKind::Same)
            o.insert(QStringLiteral("covered_by"),
                     QJsonObject{{QStringLiteral("kind"), kindNames.value(folded.kind)},
                                 {QStringLiteral("targets"), QJsonArray::fromStringList(folded.coveredBy)}});
        result.append(o);
    }
    return result;
}

namespace {
QJsonArray folders(const QList<FolderOfUrls> &list)
{
    QJsonArray result;
    for (const FolderOfUrls &f : list)
        result.append(QJsonObject{{QStringLiteral("folder"), f.prefix},
                                  {QStringLiteral("sent_as"), f.sentAs},
                                  {QStringLiteral("urls"), int(f.urls.size())},
                                  {QStringLiteral("billed_before"), f.billedBefore},
                                  {QStringLiteral("billed_after"), f.billedAfter},
                                  {QStringLiteral("requests_before"), f.requestsBefore},
                                  {QStringLiteral("requests_after"), f.requestsAfter}});
    return result;
}
} // namespace

QJsonObject estimate(const PlanEstimate &estimate)
{
    QJsonArray sources;
    for (const SourceEstimate &s : estimate.sources) {
        QJsonObject o{{QStringLiteral("source"), s.sourceName},
                      {QStringLiteral("type"), s.sourceType},
                      {QStringLiteral("local"), s.local},
                      {QStringLiteral("requests"), s.requests},
                      {QStringLiteral("items"), s.items},
                      {QStringLiteral("everything"), s.everything},
                      {QStringLiteral("unpaced"), s.unpaced},
                      {QStringLiteral("seconds"), s.seconds},
                      {QStringLiteral("concurrency"), s.concurrency},
                      {QStringLiteral("collapsed"), folders(s.collapsed)},
                      {QStringLiteral("declined"), folders(s.declined)},
                      {QStringLiteral("offers"), folders(s.offers)}};
        if (!s.unpaced) {
            o.insert(QStringLiteral("rate"), s.ratePerSecond);
            o.insert(QStringLiteral("burst"), s.burst);
            o.insert(QStringLiteral("bucket_requests"), s.bucketRequests);
        }
        if (!s.sharesRateWith.isEmpty())
            o.insert(QStringLiteral("shares_rate_with"), QJsonArray::fromStringList(s.sharesRateWith));
        if (s.polled)
            o.insert(QStringLiteral("poll_interval_seconds"), s.pollIntervalSeconds);
        if (s.exceedsInProgress())
            o.insert(QStringLiteral("exceeds_in_progress"),
                     QJsonObject{{QStringLiteral("items"), s.maxItemsInProgress},
                                 {QStringLiteral("prefixes"), s.maxWildcardsInProgress}});
        if (s.billing.declared())
            o.insert(QStringLiteral("billing"),
                     QJsonObject{{QStringLiteral("unit"), s.billing.unitPlural},
                                 {QStringLiteral("billed"), s.billedUnits},
                                 {QStringLiteral("free_per_month"), s.billing.freePerMonth},
                                 {QStringLiteral("over_free"), s.unitsOverFree},
                                 {QStringLiteral("cost_over_free"), s.costOverFree},
                                 {QStringLiteral("price_per_unit"), s.billing.pricePerUnit},
                                 {QStringLiteral("currency_symbol"), s.billing.currencySymbol},
                                 {QStringLiteral("wildcard_counts_as_one"), s.billing.wildcardCountsAsOne}});
        sources.append(o);
    }
    return {{QStringLiteral("sources"), sources},
            {QStringLiteral("lines"), QJsonArray::fromStringList(estimate.lines())}};
}

QString isoTime(qint64 ms)
{
    return ms <= 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject transaction(const TransactionRecord &t)
{
    QJsonObject o{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("request_id"), t.requestId},
        {QStringLiteral("source"), t.sourceName},
        {QStringLiteral("action"), actionName(t.batch.action)},
        {QStringLiteral("match"), matchName(t.batch.match)},
        {QStringLiteral("targets"), QJsonArray::fromStringList(t.batch.targets)},
        {QStringLiteral("state"), stateName(t.state)},
        {QStringLiteral("attempts"), t.attempts},
        {QStringLiteral("http_status"), t.lastHttpStatus},
        {QStringLiteral("provider_id"), t.providerId},
        {QStringLiteral("error"), t.lastError},
        {QStringLiteral("created_at"), isoTime(t.createdAt)},
        {QStringLiteral("updated_at"), isoTime(t.updatedAt)},
    };
    if (!t.lane.isEmpty())
        o.insert(QStringLiteral("endpoint"), t.lane);
    // A transaction retried by hand: the attempts of its earlier tries and their last error.
    if (t.earlierAttempts > 0)
        o.insert(QStringLiteral("earlier_attempts"), t.earlierAttempts);
    if (!t.lastFailure.isEmpty())
        o.insert(QStringLiteral("last_failure"), t.lastFailure);
    if (t.progress >= 0)
        o.insert(QStringLiteral("progress"), t.progress);
    if (t.polls > 0)
        o.insert(QStringLiteral("polls"), t.polls);
    if (!t.batch.options.isEmpty())
        o.insert(QStringLiteral("options"), optionValuesToJson(t.batch.options));
    if (!t.verifyState.isEmpty())
        o.insert(QStringLiteral("verification"), t.verifyState);
    if (t.verifies)
        o.insert(QStringLiteral("verifies"), t.verifies);
    if (t.layerCount > 0) {
        o.insert(QStringLiteral("layer"), t.layer + 1); // counted from 1, as messages say
        o.insert(QStringLiteral("layers"), t.layerCount);
    }
    return o;
}

QJsonArray probes(const QList<ProbeRecord> &probes)
{
    QJsonArray items;
    for (const ProbeRecord &p : probes)
        items.append(
            QJsonObject{{QStringLiteral("transaction_id"), p.transactionId},
                        {QStringLiteral("url"), p.url},
                        {QStringLiteral("verdict"), p.state},
                        {QStringLiteral("signal"), p.signal},
                        {QStringLiteral("probe"), p.probe},
                        {QStringLiteral("probed_at"), p.probedAt ? isoTime(p.probedAt) : QString()}});
    return items;
}

QJsonObject source(const SourceConfig &s)
{
    QJsonObject settings;
    // A proxy's password is a secret.
    for (auto it = s.settings.cbegin(); it != s.settings.cend(); ++it)
        settings.insert(it.key(), it.key() == QLatin1String("proxy") ? HttpTransport::redactProxy(it.value())
                                                                     : it.value());
    QJsonObject secret{
        {QStringLiteral("kind"), s.secret.kind == SecretRef::Kind::Keychain      ? QStringLiteral("keychain")
                                 : s.secret.kind == SecretRef::Kind::Environment ? QStringLiteral("env")
                                                                                 : QStringLiteral("none")}};
    if (s.secret.kind == SecretRef::Kind::Environment)
        secret.insert(QStringLiteral("variable"), s.secret.variable);
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("type"), s.type},
            {QStringLiteral("endpoints"), QJsonArray::fromStringList(s.endpoints)},
            {QStringLiteral("settings"), settings},
            {QStringLiteral("secret"), secret}};
}

QJsonObject preset(const PresetRecord &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("definition"), p.definition},
            {QStringLiteral("updated_at"), isoTime(p.updatedAt)}};
}

QByteArray document(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace JsonFormat
