#include "purgeservice.h"

#include "core/clock.h"
#include "credentials/secretstore.h"
#include "databasepacingledger.h"
#include "net/httpclient.h"
#include "requester.h"
#include "sourcechecker.h"
#include "storage/database.h"
#include "storage/workowner.h"
#include "verifier.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

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
// The new targets queued work covers, one entry per source and target: equal sets leave the same
// work to queue.
QSet<QString> foldedKeys(const QList<AlreadyQueued> &alreadyQueued)
{
    QSet<QString> keys;
    for (const AlreadyQueued &a : alreadyQueued) {
        const QString prefix =
            a.sourceName + QLatin1Char('\n') + matchName(a.folded.match) + QLatin1Char('\n');
        if (a.folded.targets.isEmpty())
            keys.insert(prefix);
        for (const QString &target : a.folded.targets)
            keys.insert(prefix + target);
    }
    return keys;
}
// Why a request needs a second person's approval before anything is sent, from its sources'
// settings (approval_for_all, approval_over), or an empty string.
QString approvalNeed(const ResolvedPurge &resolved, MatchKind match)
{
    QStringList reasons;
    for (const ResolvedSource &chosen : resolved.sources) {
        const SourceConfig &source = chosen.source;
        if (match == MatchKind::All &&
            source.setting(QStringLiteral("approval_for_all")) == QLatin1String("yes")) {
            reasons
                << PurgeServiceTr::tr("source \"%1\" needs approval to purge everything").arg(source.name);
            continue;
        }
        bool ok = false;
        const int over = source.setting(QStringLiteral("approval_over")).toInt(&ok);
        if (ok && over > 0 && chosen.targets.size() > over)
            reasons << PurgeServiceTr::tr(
                           "source \"%1\" needs approval for more than %2 targets (this has %3)")
                           .arg(source.name)
                           .arg(over)
                           .arg(chosen.targets.size());
    }
    return reasons.join(QStringLiteral("; "));
}

} // namespace

PurgeService::PurgeService(Database &db, SecretStore *secrets, Clock *clock, QObject *parent)
    : QObject(parent), m_db(db), m_sources(db), m_transactions(db), m_presets(db), m_queueSettingsStore(db),
      m_profileValues(db), m_http(new HttpClient(this)), m_verifications(db)
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
    // hook's run at the same time stay under one account's limit); on a shared profile every
    // machine's do, through the database. There sources are shared and secrets are not: work for
    // a source this process has no secret for waits for one that has it.
    if (isSharedProfile()) {
        m_queue->setPacingLedger(std::make_unique<DatabasePacingLedger>(db));
        m_queue->setLeaveWorkWithoutSecret(true);
    } else if (!db.profileDir().isEmpty()) {
        m_queue->setPacingDirectory(db.profileDir() + QStringLiteral("/pacing"));
    }
    // A claim on work lasts as long as its lease, renewed well before it runs out.
    m_leaseTimer = new QTimer(this);
    connect(m_leaseTimer, &QTimer::timeout, this, &PurgeService::renewLeases);
    m_leaseTimer->start(int(qMax<qint64>(1000, WorkOwner::leaseMs() / 3)));
    m_queueSettings = m_queueSettingsStore.load().value_or(QueueSettings{});
    applyQueueSettings();
    m_verifier = std::make_unique<Verifier>(
        Verifier::Services{&m_transactions, &m_verifications, &m_sources, m_http, m_clock, m_queue.get(),
                           [this](const TransactionRecord &original, const QStringList &urls) {
                               return repurge(original, urls);
                           }});
    // A layer is done when its purge succeeded and, where it is verified, its verification
    // settled; one still cached stops the layers above it.
    Verifier *verifier = m_verifier.get();
    m_queue->setLayerGate(LayerGate(
        [verifier](const TransactionRecord &t) {
            return t.state == TransactionState::Succeeded && verifier->isSettledFor(t);
        },
        [verifier](const TransactionRecord &t) {
            return verifier->stateOf(t.id) == VerifyState::kStale || t.verifyState == VerifyState::kStale;
        }));
}

QList<TransactionRecord> PurgeService::repurge(const TransactionRecord &original, const QStringList &urls)
{
    const std::optional<SourceConfig> source = m_sources.findById(original.sourceId);
    if (!source)
        return {};
    PurgeBatch batch = original.batch;
    batch.targets = urls;
    const Planner::Result planned =
        Planner(ProviderRegistry::instance()).plan(*source, batch, m_clock->nowMs());
    if (!planned.error.isEmpty())
        return {};
    QList<TransactionRecord> added;
    for (TransactionRecord t : planned.transactions) {
        if (!original.lane.isEmpty() && t.lane != original.lane)
            continue; // only the cache that still held them
        t.requestId = original.requestId;
        t.verifies = original.id;
        t.layer = original.layer; // a re-purge belongs to its original's layer
        t.layerCount = original.layerCount;
        if (!m_transactions.insert(t, tr("still cached after transaction %1: purged again").arg(original.id)))
            return added;
        added << t;
    }
    m_queue->add(added);
    return added;
}

PurgeService::~PurgeService()
{
    const bool ranWork = !m_queue->tracked().isEmpty() || !m_verifier->isSettled();
    m_queue->shutdown();
    // What this process leaves unfinished is taken over by the next one at once, on any machine,
    // instead of after the lease.
    if (ranWork && !m_db.fault().isFault())
        m_transactions.releaseAll();
    m_queue->setLayerGate(LayerGate()); // its predicates ask the verifier, which goes first
    m_verifier.reset();                 // before the queue it listens to
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

QString PurgeService::verificationProblem(const PurgeOptions &options, const ResolvedPurge &resolved)
{
    static const QStringList modes{QString(), QStringLiteral("off"), QStringLiteral("on"),
                                   QStringLiteral("head"), QStringLiteral("get")};
    if (!modes.contains(options.verify))
        return tr("unknown verify mode \"%1\": use head or get").arg(options.verify);
    if (options.verify.isEmpty() || options.verify == QLatin1String("off"))
        return {};
    if (options.match != MatchKind::Exact)
        return tr("verification asks for each purged URL: it needs exact URLs (--match exact), not %1")
            .arg(matchName(options.match));
    QStringList cannot;
    for (const ResolvedSource &source : resolved.sources) {
        const Provider *provider = ProviderRegistry::instance().find(source.source.type);
        if (!provider || provider->info().verification.isEmpty())
            cannot << source.source.name;
    }
    if (cannot.size() == resolved.sources.size())
        return tr("%1 cannot be verified (its caches show no signal of what they served)")
            .arg(cannot.join(QStringLiteral(", ")));
    return {};
}

QStringList PurgeService::targetProblems(const QStringList &sourceNames, PurgeAction action, MatchKind match,
                                         const QStringList &targets) const
{
    QList<SourceConfig> sources;
    for (const QString &name : sourceNames)
        if (const auto source = m_sources.findByName(name))
            sources << *source;
    const Planner planner(ProviderRegistry::instance());
    QStringList problems;
    problems.reserve(targets.size());
    for (const QString &target : targets) {
        QString problem;
        for (const SourceConfig &source : std::as_const(sources)) {
            problem = planner.targetProblem(source, action, match, target);
            if (!problem.isEmpty()) {
                if (sources.size() > 1)
                    problem = PurgeServiceTr::tr("source %1: %2").arg(source.name, problem);
                break;
            }
        }
        problems << problem;
    }
    return problems;
}

PurgeService::Plan PurgeService::plan(const PurgeOptions &options) const
{
    Plan result;
    result.options = options;
    if (options.layered && options.sources.size() < 2) {
        result.error =
            PurgeServiceTr::tr("layers need at least two sources, in order (--source A,B --layered)");
        return result;
    }
    result.resolved = TargetResolver(m_sources, ProviderRegistry::instance()).resolve(options);
    if (!result.resolved.error.isEmpty()) {
        result.error = result.resolved.error;
        return result;
    }
    if (const QString error = verificationProblem(options, result.resolved); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (options.reason.trimmed().isEmpty())
        for (const ResolvedSource &chosen : std::as_const(result.resolved.sources))
            if (chosen.source.setting(QStringLiteral("require_reason")) == QLatin1String("yes")) {
                result.error = PurgeServiceTr::tr("source \"%1\" asks for a reason with every purge: say why "
                                                  "with --reason TEXT (or in the composer's Reason)")
                                   .arg(chosen.source.name);
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
    const QList<SourceDedup> sources = dedup(result.resolved, options.action, options.match, options.layered);
    if (QString error = planRemaining(sources, m_clock->nowMs(), &result.transactions, &result.collapses);
        !error.isEmpty()) {
        result.error = error;
        result.transactions.clear();
        return result;
    }
    assignLayers(result.options, result.resolved, result.transactions);
    result.alreadyQueued = alreadyQueuedOf(sources);
    return result;
}

void PurgeService::assignLayers(const PurgeOptions &options, const ResolvedPurge &resolved,
                                QList<TransactionRecord> &transactions)
{
    if (!options.layered)
        return;
    // The layer is the source's place in the order the user gave (resolved in that order).
    QHash<qint64, int> layerOf;
    for (int i = 0; i < resolved.sources.size(); ++i)
        layerOf.insert(resolved.sources.at(i).source.id, i);
    for (TransactionRecord &t : transactions) {
        t.layer = layerOf.value(t.sourceId);
        t.layerCount = int(resolved.sources.size());
    }
}

QList<PurgeService::SourceDedup> PurgeService::dedup(const ResolvedPurge &resolved, PurgeAction action,
                                                     MatchKind match, bool layered) const
{
    QList<SourceDedup> result;
    for (const ResolvedSource &source : resolved.sources) {
        if (source.targets.isEmpty() && match != MatchKind::All)
            continue; // nothing picked maps for this source; reported as unmapped
        const Provider *provider = ProviderRegistry::instance().find(source.source.type);
        PurgeBatch batch = source.batch(action, source.sentAs.value_or(match));
        batch.targets = Planner::normalizeTargets(batch.targets);
        const QStringList lanes = provider ? provider->lanes(source.source) : QStringList();
        // A layered plan folds into nothing: work queued by another request would not wait for
        // this one's lower layers.
        result.append(
            {&source, QueuedDedup::apply(batch, lanes,
                                         layered ? QList<TransactionRecord>()
                                                 : m_transactions.unsentBySource(source.source.id))});
    }
    return result;
}

QList<AlreadyQueued> PurgeService::alreadyQueuedOf(const QList<SourceDedup> &sources)
{
    QList<AlreadyQueued> result;
    for (const SourceDedup &source : sources)
        for (const FoldedTargets &folded : source.result.folded)
            result.append({source.source->source.name, folded});
    return result;
}

QString PurgeService::planRemaining(const QList<SourceDedup> &sources, qint64 nowMs,
                                    QList<TransactionRecord> *transactions,
                                    QList<SourceCollapse> *collapses) const
{
    const Planner planner(ProviderRegistry::instance());
    for (const SourceDedup &source : sources) {
        const QueuedDedup::Result &dedup = source.result;
        if (!dedup.folded.isEmpty()) {
            // What is folded is checked as if it were sent, so bad input is refused either way.
            const Planner::Result whole =
                planner.plan(source.source->source,
                             source.source->batch(dedup.remaining.action, dedup.remaining.match), nowMs);
            if (!whole.error.isEmpty())
                return whole.error;
        }
        if (dedup.allFolded)
            continue;
        const SourceConfig &config = source.source->source;
        const Provider *provider = ProviderRegistry::instance().find(config.type);
        // What the user named is checked as named first, so a bad URL is refused either way.
        if (provider && PrefixCollapse::threshold(config) > 0)
            if (const QString error = provider->validateBatch(config, dedup.remaining); !error.isEmpty())
                return planner.plan(config, dedup.remaining, nowMs).error;
        const PrefixCollapse::Result collapse =
            provider ? PrefixCollapse::apply(*provider, config, dedup.remaining)
                     : PrefixCollapse::Result{dedup.remaining, {}, {}, {}};
        if (collapses && (collapse.any() || !collapse.declined.isEmpty()))
            collapses->append({config.id, config.name, collapse.collapsed, collapse.declined});
        QList<PurgeBatch> batches;
        if (!collapse.any() || !collapse.exact.targets.isEmpty())
            batches << collapse.exact;
        if (collapse.any())
            batches << collapse.prefixes;
        for (const PurgeBatch &batch : std::as_const(batches)) {
            const Planner::Result part = planner.plan(config, batch, nowMs);
            if (!part.error.isEmpty())
                return part.error;
            *transactions += part.transactions;
        }
    }
    return {};
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
    result.options.layered = request->layered;
    // Each lane of a cluster and each half of a split carry the same or part of a source's
    // targets: the source's targets are their union, in first-seen order. A source whose
    // collapse_over setting sent some URLs as a prefix of their folder has transactions of both
    // matches: each is planned again with its own, as it was sent.
    using SourceMatch = std::pair<qint64, MatchKind>;
    QList<SourceMatch> order;
    QHash<qint64, SourceConfig> configs;
    QMap<SourceMatch, ResolvedSource> bySource;
    for (const TransactionRecord &t : std::as_const(stored)) {
        if (!configs.contains(t.sourceId)) {
            const auto source = m_sources.findById(t.sourceId);
            if (!source) {
                result.error = PurgeServiceTr::tr("source \"%1\" no longer exists").arg(t.sourceName);
                return result;
            }
            configs.insert(t.sourceId, *source);
            result.options.sources << source->name;
        }
        const SourceMatch key{t.sourceId, t.batch.match};
        if (!bySource.contains(key)) {
            order << key;
            ResolvedSource resolved{configs.value(t.sourceId), {}, {}, t.batch.options, std::nullopt, {}};
            if (t.batch.match != request->match)
                resolved.sentAs = t.batch.match;
            bySource.insert(key, resolved);
        }
        ResolvedSource &resolved = bySource[key];
        for (const QString &target : t.batch.targets)
            if (!resolved.targets.contains(target))
                resolved.targets << target;
    }
    const Planner planner(ProviderRegistry::instance());
    for (const SourceMatch &key : std::as_const(order)) {
        const ResolvedSource &resolved = bySource[key];
        const Planner::Result part =
            planner.plan(resolved.source, resolved.batch(request->action, key.second), m_clock->nowMs());
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
    // Again as layers only when every layer comes again (a retry of one layer's transactions is
    // not a layered plan of its own).
    if (result.options.layered && result.options.sources.size() < 2)
        result.options.layered = false;
    assignLayers(result.options, result.resolved, result.transactions);
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
    Submitted result;
    if (!planned.ok()) {
        result.error = planned.error;
        return result;
    }
    if (planned.transactions.isEmpty() && planned.alreadyQueued.isEmpty()) {
        result.error = PurgeCommands::tr("nothing to purge: the changes selection chose no file");
        result.nothingToDo = true;
        return result;
    }
    RequestRecord request;
    request.createdAt = m_clock->nowMs();
    request.origin = origin;
    const Requester requester = this->requester();
    request.user = requester.login;
    request.person = requester.name;
    request.host = requester.host;
    request.reason = planned.options.reason.trimmed();
    request.sources = planned.options.sources;
    request.action = planned.options.action;
    request.match = planned.options.match;
    request.targetCount = planned.resolved.targetCount();
    request.definition = planned.options.toJson();
    request.layered = planned.options.layered;
    QString error;
    // What queued work covers is decided again under the profile's write lock, in the commit that
    // records the request: since plan(), another process may have queued the same targets, or
    // sent what covered them.
    const bool recorded = m_transactions.exclusively(
        [&] {
            const QList<SourceDedup> sources =
                dedup(planned.resolved, request.action, request.match, request.layered);
            result.alreadyQueued = alreadyQueuedOf(sources);
            if (foldedKeys(result.alreadyQueued) != foldedKeys(planned.alreadyQueued)) {
                planned.transactions.clear();
                if (error = planRemaining(sources, request.createdAt, &planned.transactions);
                    !error.isEmpty())
                    return false;
                assignLayers(planned.options, planned.resolved, planned.transactions);
            }
            // Work that needs a second person's approval is recorded, and waits for it.
            if (const QString because = approvalNeed(planned.resolved, request.match); !because.isEmpty()) {
                request.approval = QStringLiteral("awaiting");
                request.approvalBecause = because;
                for (TransactionRecord &t : planned.transactions)
                    t.state = TransactionState::AwaitingApproval;
            }
            if (!planned.transactions.isEmpty() &&
                !m_transactions.insertRequest(request, planned.transactions, &error))
                return false;
            // The covering transactions say what they took on, so the history shows that a
            // submission which queued nothing was not lost.
            for (const AlreadyQueued &covered : std::as_const(result.alreadyQueued)) {
                const QString message = planned.transactions.isEmpty()
                                            ? PurgeServiceTr::tr("also covers %1 of a later submission (%2)")
                                                  .arg(covered.countText(), origin)
                                            : PurgeServiceTr::tr("also covers %1 of request %2")
                                                  .arg(covered.countText())
                                                  .arg(request.id);
                for (qint64 id : covered.folded.transactionIds)
                    if (!m_transactions.addEvent(
                            {id, request.createdAt, QStringLiteral("folded"), 0, message})) {
                        error = PurgeServiceTr::tr("could not note it on transaction %1").arg(id);
                        return false;
                    }
            }
            return true;
        },
        &error);
    if (!recorded) {
        result.alreadyQueued.clear();
        result.error = PurgeServiceTr::tr("could not record the request: %1").arg(error);
        return result;
    }
    QList<qint64> covering;
    for (const AlreadyQueued &covered : std::as_const(result.alreadyQueued))
        covering += covered.folded.transactionIds;
    adoptUnowned(covering);
    if (!planned.transactions.isEmpty()) {
        m_queue->add(planned.transactions);
        result.requestId = request.id;
        result.transactions = planned.transactions;
        result.approvalBecause = request.approvalBecause;
    }
    return result;
}

PurgeService::Decision PurgeService::decide(qint64 requestId, bool approve, const QString &reason)
{
    Decision result;
    const Requester me = requester();
    const bool decided = m_transactions.exclusively(
        [&] {
            const std::optional<RequestRecord> request = m_transactions.request(requestId);
            if (!request) {
                result.error = PurgeServiceTr::tr("no request %1").arg(requestId);
                return false;
            }
            if (request->approval != QLatin1String("awaiting")) {
                result.error = request->approval.isEmpty()
                                   ? PurgeServiceTr::tr("request %1 needs no approval").arg(requestId)
                                   : PurgeServiceTr::tr("request %1 was already %2 by %3")
                                         .arg(requestId)
                                         .arg(request->approval == QLatin1String("approved")
                                                  ? PurgeServiceTr::tr("approved")
                                                  : PurgeServiceTr::tr("rejected"),
                                              request->decidedBy);
                return false;
            }
            // The point of a second pair of eyes: the one who asked may withdraw, never approve.
            if (approve && request->user == me.login) {
                result.error = PurgeServiceTr::tr("request %1 was asked for by you (%2); another person must "
                                                  "approve it")
                                   .arg(requestId)
                                   .arg(me.login);
                return false;
            }
            const QString who =
                me.name == me.login ? me.login : QStringLiteral("%1 (%2)").arg(me.name, me.login);
            QString error;
            if (!m_transactions.decide(requestId, approve, who, m_clock->nowMs(), reason.trimmed(), &error)) {
                result.error = error;
                return false;
            }
            return true;
        },
        &result.error);
    if (!decided) {
        if (result.error.isEmpty())
            result.error = PurgeServiceTr::tr("could not record the decision");
        return result;
    }
    result.transactions = m_transactions.byRequest(requestId);
    return result;
}

int PurgeService::adoptOrphanedWork()
{
    // On a shared profile work is claimed a portion at a time, so that every worker gets some.
    if (isClaiming())
        return claimDueWork();
    TransactionStore::ClaimRequest request;
    request.includeOwn = true;
    request.skipSources = m_queue->sourcesLeftToOthers();
    const int adopted = adopt(m_transactions.claim(request));
    const QList<TransactionRecord> unverified = m_transactions.claimUnfinishedVerifications();
    m_verifier->resumeUnfinished(unverified);
    return adopted + int(unverified.size());
}

Requester PurgeService::requester() const
{
    return Requester::ofThisProcess(m_db.profileDir());
}

bool PurgeService::setDisplayName(const QString &name, QString *error)
{
    return Requester::saveName(m_db.profileDir(), name, error);
}

bool PurgeService::isSharedProfile() const
{
    return m_db.isPostgres();
}

void PurgeService::setClaiming(bool on)
{
    if (on == isClaiming())
        return;
    if (!on) {
        delete std::exchange(m_claimTimer, nullptr);
        return;
    }
    m_leaseTimer->start(int(qMax<qint64>(1000, WorkOwner::leaseMs() / 3))); // the lease may be set since
    m_claimTimer = new QTimer(this);
    connect(m_claimTimer, &QTimer::timeout, this, &PurgeService::claimDueWork);
    m_claimTimer->start(1000);
    // New work (or work given back) is claimed when another process says it committed it, not
    // only at the next second; many such notes in a row make one claim.
    auto *soon = new QTimer(m_claimTimer);
    soon->setSingleShot(true);
    soon->setInterval(20);
    connect(soon, &QTimer::timeout, this, &PurgeService::claimDueWork);
    connect(&m_db, &Database::queueChangedElsewhere, soon, [soon] {
        if (!soon->isActive())
            soon->start();
    });
    claimDueWork();
}

int PurgeService::claimDueWork()
{
    if (m_db.fault().isFault())
        return 0;
    const QList<TransactionRecord> tracked = m_queue->tracked();
    const qsizetype open = std::count_if(tracked.cbegin(), tracked.cend(),
                                         [](const TransactionRecord &t) { return !isFinal(t.state); });
    // About two rounds of what this process sends at once: enough that it never idles between
    // claims, little enough that the rest stays for the other workers (and that a worker which
    // dies holds up little until its lease ends).
    const int portion = 2 * m_queueSettings.concurrency - int(open);
    int adopted = 0;
    if (portion > 0) {
        TransactionStore::ClaimRequest request;
        request.limit = portion;
        request.dueBeforeMs = QDateTime::currentMSecsSinceEpoch() + 1000;
        request.skipSources = m_queue->sourcesLeftToOthers();
        adopted = adopt(m_transactions.claim(request));
    }
    const QList<TransactionRecord> unverified = m_transactions.claimUnfinishedVerifications();
    m_verifier->resumeUnfinished(unverified);
    return adopted + int(unverified.size());
}

void PurgeService::renewLeases()
{
    if ((!m_queue->tracked().isEmpty() || !m_verifier->isSettled()) && !m_db.fault().isFault())
        m_transactions.renewLeases();
}

void PurgeService::adoptUnowned(const QList<qint64> &ids)
{
    // Work a folded submission relies on must run: when the process that queued it is gone (a
    // run killed before it sent everything), this one sends it.
    if (ids.isEmpty())
        return;
    TransactionStore::ClaimRequest request;
    request.onlyIds = ids;
    request.includeOwn = true;
    request.skipSources = m_queue->sourcesLeftToOthers();
    adopt(m_transactions.claim(request));
}

int PurgeService::adopt(const QList<TransactionRecord> &orphaned)
{
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
