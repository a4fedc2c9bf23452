#include "purgeservice.h"

#include "core/clock.h"
#include "credentials/secretstore.h"
#include "net/httpclient.h"
#include "sourcechecker.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace {
struct PurgeServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(PurgeService)
};
// The messages keep the command line's wording, which scripts and the documentation quote.
struct PurgeCommands
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommands)
};
} // namespace

PurgeService::PurgeService(Database &db, SecretStore *secrets, Clock *clock, QObject *parent)
    : QObject(parent), m_db(db), m_sources(db), m_transactions(db), m_presets(db), m_queueSettingsStore(db),
      m_http(new HttpClient(this))
{
    if (!secrets)
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
    m_secrets = secrets ? secrets : m_ownSecrets.get();
    if (!clock)
        m_ownClock = std::make_unique<SystemClock>();
    m_clock = clock ? clock : m_ownClock.get();
    m_queue = std::make_unique<PurgeQueue>(PurgeQueue::Services{
        &m_transactions, &m_sources, m_secrets, m_http, m_clock, &ProviderRegistry::instance()});
    // Every process on this profile paces its rate keys together (the window and a deploy
    // hook's run at the same time stay under one account's limit).
    if (!db.profileDir().isEmpty())
        m_queue->setPacingDirectory(db.profileDir() + QStringLiteral("/pacing"));
    m_queueSettings = m_queueSettingsStore.load().value_or(QueueSettings{});
    applyQueueSettings();
}

PurgeService::~PurgeService()
{
    m_queue->shutdown();
}

SourceChecker &PurgeService::checker()
{
    if (!m_checker)
        m_checker = new SourceChecker(*this, this);
    return *m_checker;
}

void PurgeService::applyQueueSettings()
{
    m_queue->setGlobalConcurrency(m_queueSettings.concurrency);
    m_queue->setBackoff(1000, qint64(m_queueSettings.backoffCapSeconds) * 1000);
    m_queue->setSourceDefaults(m_queueSettings.retryAttempts, m_queueSettings.pollIntervalSeconds,
                               m_queueSettings.retryForMinutes * 60);
}

bool PurgeService::hasStoredQueueSettings() const
{
    return m_queueSettingsStore.load().has_value();
}

bool PurgeService::setQueueSettings(const QueueSettings &settings, QString *error)
{
    if (!m_queueSettingsStore.save(settings, error))
        return false;
    m_queueSettings = settings.clamped();
    applyQueueSettings();
    return true;
}

PurgeService::Plan PurgeService::plan(const PurgeOptions &options) const
{
    Plan result;
    result.options = options;
    result.resolved = TargetResolver(m_sources, ProviderRegistry::instance()).resolve(options);
    if (!result.resolved.error.isEmpty()) {
        result.error = result.resolved.error;
        return result;
    }
    const bool fromChanges = options.changes.isSet();
    if (options.match != MatchKind::All && result.resolved.targetCount() == 0) {
        // A deploy whose selection chose no file has nothing to purge; that is not bad input.
        if (!fromChanges)
            result.error =
                options.localFiles.isEmpty()
                    ? PurgeCommands::tr(
                          "no targets given: pass URLs (or tags, hosts) as arguments or with --from-file")
                    : PurgeCommands::tr("none of the files maps to a URL for the chosen sources");
        return result;
    }
    const Planner planner(ProviderRegistry::instance());
    const qint64 now = m_clock->nowMs();
    for (const ResolvedSource &source : std::as_const(result.resolved.sources)) {
        if (source.targets.isEmpty() && options.match != MatchKind::All)
            continue; // nothing picked maps for this source; reported as unmapped
        const Planner::Result part =
            planner.plan(source.source, source.batch(options.action, options.match), now);
        if (!part.error.isEmpty()) {
            result.error = part.error;
            result.transactions.clear();
            return result;
        }
        result.transactions += part.transactions;
    }
    return result;
}

PurgeService::Plan PurgeService::planAgain(qint64 requestId, const QList<qint64> &only) const
{
    Plan result;
    const auto request = m_transactions.request(requestId);
    QList<TransactionRecord> stored = m_transactions.byRequest(requestId);
    if (!only.isEmpty())
        stored.removeIf([&](const TransactionRecord &t) { return !only.contains(t.id); });
    if (!request || stored.isEmpty()) {
        result.error = PurgeServiceTr::tr("request %1 has no transactions").arg(requestId);
        return result;
    }
    result.options.action = request->action;
    result.options.match = request->match;
    // Each lane of a cluster and each half of a split carry the same or part of a source's
    // targets: the source's targets are their union, in first-seen order.
    QList<qint64> sourceOrder;
    QHash<qint64, ResolvedSource> bySource;
    for (const TransactionRecord &t : std::as_const(stored)) {
        if (!bySource.contains(t.sourceId)) {
            const auto source = m_sources.findById(t.sourceId);
            if (!source) {
                result.error = PurgeServiceTr::tr("source \"%1\" no longer exists").arg(t.sourceName);
                return result;
            }
            sourceOrder << t.sourceId;
            bySource.insert(t.sourceId, ResolvedSource{*source, {}, {}, t.batch.options, std::nullopt});
            result.options.sources << source->name;
        }
        ResolvedSource &resolved = bySource[t.sourceId];
        for (const QString &target : t.batch.targets)
            if (!resolved.targets.contains(target))
                resolved.targets << target;
    }
    const Planner planner(ProviderRegistry::instance());
    for (qint64 sourceId : std::as_const(sourceOrder)) {
        const ResolvedSource &resolved = bySource[sourceId];
        const Planner::Result part =
            planner.plan(resolved.source, resolved.batch(request->action, request->match), m_clock->nowMs());
        if (!part.error.isEmpty()) {
            result.error = part.error;
            result.transactions.clear();
            return result;
        }
        result.transactions += part.transactions;
        result.resolved.sources << resolved;
        for (const QString &target : resolved.targets)
            if (!result.options.targets.contains(target))
                result.options.targets << target;
    }
    return result;
}

QList<PurgeService::PreviewItem> PurgeService::preview(const Plan &plan) const
{
    QList<PreviewItem> items;
    for (const TransactionRecord &t : plan.transactions) {
        const auto source = m_sources.findById(t.sourceId);
        if (!source)
            continue;
        const Provider *provider = ProviderRegistry::instance().find(source->type);
        PreviewItem item;
        item.sourceName = t.sourceName;
        item.sourceType = source->type;
        if (provider->info().isLocal) {
            item.local = true;
            item.localText = PurgeServiceTr::tr("%1 (%2, on this computer): %3 %4\n%5")
                                 .arg(t.sourceName, source->type, actionName(t.batch.action),
                                      matchName(t.batch.match), t.batch.targets.join(QLatin1Char('\n')));
        } else {
            // A placeholder, never the real secret: previews are shown, printed and copied.
            const QString placeholder =
                source->secret.kind == SecretRef::Kind::None ? QString() : QStringLiteral("SECRET");
            item.request = provider->buildRequest(*source, t.lane, t.batch, placeholder);
        }
        items << item;
    }
    return items;
}

QString PurgeService::PreviewItem::text() const
{
    return local ? localText : request.redactedText();
}

QJsonObject PurgeService::PreviewItem::toJson() const
{
    if (local)
        return {{QStringLiteral("source"), sourceName}, {QStringLiteral("local"), localText}};
    QJsonObject headers;
    for (const auto &[name, value] : request.headers)
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(request.redactedHeaderValue(name)));
    return {{QStringLiteral("source"), sourceName},
            {QStringLiteral("method"), QString::fromLatin1(request.method)},
            {QStringLiteral("url"), request.redactedUrl()},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(request.body)}};
}

QStringList PurgeService::previewTexts(const PurgeOptions &options, QString *error) const
{
    const Plan planned = plan(options);
    *error = planned.error;
    QStringList result;
    for (const PreviewItem &item : preview(planned))
        result << item.text();
    return result;
}

PurgeService::Submitted PurgeService::submit(const PurgeOptions &options, const QString &origin)
{
    return submit(plan(options), origin);
}

PurgeService::Submitted PurgeService::submit(Plan planned, const QString &origin)
{
    if (!planned.ok())
        return {0, {}, planned.error};
    if (planned.transactions.isEmpty())
        return {0, {}, PurgeCommands::tr("nothing to purge: the changes selection chose no file"), true};
    RequestRecord request;
    request.createdAt = m_clock->nowMs();
    request.origin = origin;
    request.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    request.sources = planned.options.sources;
    request.action = planned.options.action;
    request.match = planned.options.match;
    request.targetCount = planned.resolved.targetCount();
    request.definition = planned.options.toJson();
    QString error;
    if (!m_transactions.createRequest(request, planned.transactions, &error))
        return {0, {}, PurgeServiceTr::tr("could not record the request: %1").arg(error)};
    m_queue->add(planned.transactions);
    return {request.id, planned.transactions, {}};
}

int PurgeService::adoptOrphanedWork()
{
    m_transactions.requeueOrphans(m_clock->nowMs());
    QList<TransactionRecord> orphaned = m_transactions.activeWithoutLiveOwner();
    QList<TransactionRecord> fresh;
    const QList<TransactionRecord> tracked = m_queue->tracked();
    for (const TransactionRecord &t : orphaned) {
        const bool known =
            std::any_of(tracked.cbegin(), tracked.cend(), [&](const auto &k) { return k.id == t.id; });
        if (!known)
            fresh.append(t);
    }
    m_queue->add(fresh);
    return int(fresh.size());
}
