#include "purgeservice.h"

#include "core/clock.h"
#include "credentials/secretstore.h"
#include "changes/changeselection.h"
#include "net/httpclient.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {
struct PurgeServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(PurgeService)
};
} // namespace

PurgeService::PurgeService(Database &db, SecretStore *secrets, Clock *clock, QObject *parent)
    : QObject(parent), m_sources(db), m_transactions(db), m_presets(db), m_http(new HttpClient(this))
{
    if (!secrets)
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
    m_secrets = secrets ? secrets : m_ownSecrets.get();
    if (!clock)
        m_ownClock = std::make_unique<SystemClock>();
    m_clock = clock ? clock : m_ownClock.get();
    m_queue = std::make_unique<PurgeQueue>(
        PurgeQueue::Services{&m_transactions, &m_sources, m_secrets, m_http, m_clock, &ProviderRegistry::instance()});
}

PurgeService::~PurgeService()
{
    m_queue->shutdown();
}

Planner::Result PurgeService::plan(const PurgeOptions &options) const
{
    QList<SourceConfig> sources;
    for (const QString &name : options.sources) {
        const auto source = m_sources.findByName(name);
        if (!source)
            return {{}, PurgeServiceTr::tr("unknown source \"%1\"").arg(name)};
        sources.append(*source);
    }
    QString error;
    const PurgeSpec spec = options.toSpec(&error);
    if (!error.isEmpty())
        return {{}, error};
    if (options.changes.isSet())
        return planWithChanges(sources, spec, options.changes);
    if (spec.match != MatchKind::All && Planner::normalizeTargets(spec.targets).isEmpty())
        return {{}, PurgeServiceTr::tr("no targets given")};
    return Planner(ProviderRegistry::instance()).plan(sources, spec, m_clock->nowMs());
}

Planner::Result PurgeService::planWithChanges(const QList<SourceConfig> &sources, const PurgeSpec &spec,
                                              const ChangeQuery &query) const
{
    // The same rules as the command line: the selection is read once, then mapped per source
    // (--map of the preset, else the source's own map setting).
    ChangeSelection selection(query);
    QString error;
    if (!selection.load(&error))
        return {{}, error};
    Planner::Result result;
    for (const SourceConfig &source : sources) {
        PathMapper mapper;
        if (!query.maps.isEmpty()) {
            mapper = selection.queryMapper();
        } else if (!source.hasSetting(QStringLiteral("map"))) {
            return {{}, PurgeServiceTr::tr("no path mapping for source \"%1\": give the preset a mapping or set the source's map "
                           "setting").arg(source.name)};
        } else if (const QString mapError = mapper.addSetting(source.setting(QStringLiteral("map"))); !mapError.isEmpty()) {
            return {{}, PurgeServiceTr::tr("source \"%1\", setting map: %2").arg(source.name, mapError)};
        }
        PurgeSpec sourceSpec = spec;
        sourceSpec.targets += selection.report(mapper).urls();
        if (Planner::normalizeTargets(sourceSpec.targets).isEmpty())
            continue;   // nothing of this source changed
        const Planner::Result part = Planner(ProviderRegistry::instance()).plan({source}, sourceSpec, m_clock->nowMs());
        if (!part.error.isEmpty())
            return {{}, part.error};
        result.transactions += part.transactions;
    }
    return result;
}

PurgeService::Submitted PurgeService::submit(const PurgeOptions &options, const QString &origin)
{
    Planner::Result planned = plan(options);
    if (!planned.error.isEmpty())
        return {0, {}, planned.error};
    if (planned.transactions.isEmpty())
        return {0, {}, PurgeServiceTr::tr("nothing to purge: the selection of changed files chose no file")};
    RequestRecord request;
    request.createdAt = m_clock->nowMs();
    request.origin = origin;
    request.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    request.sources = options.sources;
    request.action = options.action;
    request.match = options.match;
    QString error;
    request.targetCount = int(Planner::normalizeTargets(options.toSpec(&error).targets).size());
    if (!m_transactions.createRequest(request, planned.transactions, &error))
        return {0, {}, PurgeServiceTr::tr("could not record the request: %1").arg(error)};
    m_queue->add(planned.transactions);
    return {request.id, planned.transactions, {}};
}

QStringList PurgeService::preview(const PurgeOptions &options, QString *error) const
{
    const Planner::Result planned = plan(options);
    *error = planned.error;
    QStringList result;
    for (const TransactionRecord &t : planned.transactions) {
        const auto source = m_sources.findById(t.sourceId);
        const Provider *provider = ProviderRegistry::instance().find(source->type);
        if (provider->info().isLocal) {
            result << PurgeServiceTr::tr("%1 (%2, on this computer): %3 %4\n%5")
                          .arg(t.sourceName, source->type, actionName(t.batch.action), matchName(t.batch.match),
                               t.batch.targets.join(QLatin1Char('\n')));
            continue;
        }
        // A placeholder, never the real secret: previews are shown and copied.
        const QString placeholder = source->secret.kind == SecretRef::Kind::None ? QString() : QStringLiteral("SECRET");
        result << provider->buildRequest(*source, t.lane, t.batch, placeholder).redactedText();
    }
    return result;
}

int PurgeService::adoptOrphanedWork()
{
    m_transactions.requeueOrphans(m_clock->nowMs());
    QList<TransactionRecord> orphaned = m_transactions.activeWithoutLiveOwner();
    QList<TransactionRecord> fresh;
    const QList<TransactionRecord> tracked = m_queue->tracked();
    for (const TransactionRecord &t : orphaned) {
        const bool known = std::any_of(tracked.cbegin(), tracked.cend(), [&](const auto &k) { return k.id == t.id; });
        if (!known)
            fresh.append(t);
    }
    m_queue->add(fresh);
    return int(fresh.size());
}
