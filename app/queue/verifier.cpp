#include "verifier.h"

#include "core/clock.h"
#include "core/peopletext.h"
#include "net/httpclient.h"
#include "net/httptransport.h"
#include "providers/providerregistry.h"
#include "purgeoptions.h"
#include "purgequeue.h"
#include "storage/sourcestore.h"
#include "storage/transactionstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace {
struct VerifierTr
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)
};

// Up to n of the targets, spread evenly over the batch (its first and last among them).
QStringList sampleOf(const QStringList &targets, int n)
{
    if (n <= 0 || targets.size() <= n)
        return targets;
    QStringList sample;
    for (int i = 0; i < n; ++i)
        sample << targets.at(n == 1 ? 0 : qsizetype(qint64(i) * (targets.size() - 1) / (n - 1)));
    return sample;
}

// The URL a probe asks for: the purged URL itself, or the same path and query at verify_base
// with the purged URL's host in Host, so a cache in front of several sites answers for the
// right one. Nothing is added to the query: a cache-busting parameter would prove nothing.
// A HEAD or GET of the purged URL's path and query at base's scheme, host and port.
HttpRequestSpec requestAt(const QString &mode, const QUrl &purged, const QString &base)
{
    HttpRequestSpec request;
    request.method = mode == QLatin1String("get") ? QByteArrayLiteral("GET") : QByteArrayLiteral("HEAD");
    const QUrl at(base);
    QUrl url = purged;
    url.setScheme(at.scheme());
    url.setHost(at.host());
    url.setPort(at.port());
    request.url = url;
    return request;
}

HttpRequestSpec probeRequest(const QString &mode, const QUrl &purged, const QString &base,
                             const VerificationSpec &spec)
{
    HttpRequestSpec request = requestAt(mode, purged, base.isEmpty() ? purged.toString() : base);
    if (!base.isEmpty()) {
        const QString host =
            purged.port() > 0 ? QStringLiteral("%1:%2").arg(purged.host()).arg(purged.port()) : purged.host();
        request.setHeader("Host", host.toUtf8());
    }
    for (const auto &[name, value] : spec.probeHeaders)
        request.setHeader(name, value);
    return request;
}

// What a probe showed, for the details pane and --json: its status and the headers a cache
// verdict can come from.
QString probeText(const HttpReply &reply, const VerificationSpec &spec)
{
    if (!reply.isHttp())
        return PeopleText::safe(reply.describe(), 400);
    QStringList lines{QStringLiteral("HTTP %1").arg(reply.status)};
    QList<QByteArray> names;
    for (const CacheSignal &signal : spec.cacheSignals)
        names << signal.header;
    names << "Age"
          << "ETag"
          << "Last-Modified"
          << "X-Cache-Hits"
          << "Via";
    for (const auto &[name, value] : reply.headers)
        for (const QByteArray &wanted : names)
            if (name.compare(wanted, Qt::CaseInsensitive) == 0)
                lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value);
    return PeopleText::safe(lines.join(QLatin1Char('\n')), 1000);
}

} // namespace

bool VerifyState::isSettled(const QString &state)
{
    return state != kPending && state != kRepurging;
}

Verifier::Verifier(const Services &services, QObject *parent)
    : QObject(parent), m_services(services), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Verifier::pump);
    connect(m_services.clock, &Clock::advanced, this, &Verifier::pump);
    connect(m_services.queue, &PurgeQueue::transactionChanged, this, &Verifier::onTransactionChanged);
}

Verifier::~Verifier() = default;

Verifier::RequestFacts &Verifier::factsFor(qint64 requestId) const
{
    auto it = m_requestFacts.find(requestId);
    if (it != m_requestFacts.end())
        return *it;
    // A window runs for days: what old requests read is dropped, and read again if ever needed.
    if (m_requestFacts.size() >= 256)
        m_requestFacts.clear();
    RequestFacts facts;
    if (const std::optional<RequestRecord> request = m_services.transactions->request(requestId))
        facts.verify = PurgeOptions::fromJson(request->definition).verify;
    return *m_requestFacts.insert(requestId, facts);
}

std::optional<SourceConfig> Verifier::sourceFor(const TransactionRecord &t) const
{
    // A source edited while its request runs applies from the next request on.
    RequestFacts &facts = factsFor(t.requestId);
    auto it = facts.sources.find(t.sourceId);
    if (it == facts.sources.end())
        it = facts.sources.insert(t.sourceId, m_services.sources->findById(t.sourceId));
    return *it;
}

QString Verifier::modeFor(const TransactionRecord &t, const SourceConfig &source) const
{
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    if (!provider || provider->info().verification.isEmpty() || t.batch.match != MatchKind::Exact ||
        t.batch.action != PurgeAction::Purge && t.batch.action != PurgeAction::Invalidate)
        return QStringLiteral("off");
    QString mode = factsFor(t.requestId).verify;
    const QString own = source.setting(QStringLiteral("verify"));
    if (mode.isEmpty())
        mode = own;
    else if (mode == QLatin1String("on")) // this run asks for it: the source's way, else HEAD
        mode = own == QLatin1String("get") ? own : QStringLiteral("head");
    return mode.isEmpty() ? QStringLiteral("off") : mode;
}

bool Verifier::isSettled(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return m_due.empty() && m_inFlight.isEmpty() && m_repurgeOf.isEmpty();
    for (const qint64 id : ids) {
        if (!VerifyState::isSettled(m_states.value(id)))
            return false;
        if (m_repurgeOf.contains(id))
            return false;
    }
    return true;
}

bool Verifier::isSettledFor(const TransactionRecord &t) const
{
    if (const auto it = m_states.constFind(t.id); it != m_states.cend())
        return VerifyState::isSettled(*it);
    if (m_started.contains(t.id))
        return true; // looked at, and nothing to verify
    if (!t.verifyState.isEmpty())
        return VerifyState::isSettled(t.verifyState); // as stored by an earlier run
    // One this queue did not send ended in an earlier run (or another process), which verified
    // it or not: its source may verify now, but nothing will start for it here.
    if (!m_services.queue->isTracked(t.id))
        return true;
    const std::optional<SourceConfig> source = sourceFor(t);
    return !source || modeFor(t, *source) == QLatin1String("off");
}

void Verifier::onTransactionChanged(const TransactionRecord &t)
{
    // A re-purge that could not be sent leaves its original still cached.
    if (const auto it = m_repurgeOf.constFind(t.id);
        it != m_repurgeOf.cend() &&
        (t.state == TransactionState::Failed || t.state == TransactionState::Cancelled)) {
        const qint64 original = *it;
        m_repurgeOf.erase(it);
        setState(original, VerifyState::kStale);
        return;
    }
    if (t.state == TransactionState::Succeeded && !m_started.contains(t.id))
        start(t);
}

void Verifier::start(const TransactionRecord &t)
{
    m_started.insert(t.id);
    const std::optional<SourceConfig> source = sourceFor(t);
    if (!source)
        return;
    const QString mode = modeFor(t, *source);
    if (mode == QLatin1String("off")) {
        if (const auto it = m_repurgeOf.constFind(t.id); it != m_repurgeOf.cend()) {
            const qint64 original = *it;
            m_repurgeOf.erase(it);
            setState(original, VerifyState::kCannotTell);
        }
        return;
    }
    bool ok = false;
    const int sample = source->setting(QStringLiteral("verify_sample")).toInt(&ok);
    const double delaySeconds = source->setting(QStringLiteral("verify_delay")).toDouble(&ok);
    const qint64 now = m_services.clock->nowMs();
    const qint64 purgedAt = qMax(now, t.settlesAt);
    const qint64 due = purgedAt + qint64((ok ? qMax(1.0, delaySeconds) : 2.0) * 1000);

    QList<ProbeRecord> probes;
    for (const QString &url : sampleOf(t.batch.targets, sample > 0 ? sample : 20)) {
        ProbeRecord probe;
        probe.url = url;
        probe.purgedAt = purgedAt;
        probe.dueAt = due;
        probes << probe;
    }
    if (probes.isEmpty() || !m_services.verifications->begin(t.id, probes, now))
        return;
    m_states.insert(t.id, VerifyState::kPending);
    emit verificationChanged(t.id, VerifyState::kPending);
    for (const ProbeRecord &probe : std::as_const(probes))
        m_due.emplace(probe.id, Pending{probe, mode, *source});
    schedulePump(due);
}

void Verifier::resumeUnfinished(const QList<TransactionRecord> &transactions)
{
    // Probes first: a re-purge adopted below may be one of these, and is followed by its verdict.
    for (const TransactionRecord &t : transactions)
        if (t.verifyState == VerifyState::kPending && !m_started.contains(t.id))
            resumeProbes(t);
    for (const TransactionRecord &t : transactions)
        if (t.verifyState == VerifyState::kRepurging && !m_started.contains(t.id))
            resumeRepurge(t);
}

void Verifier::resumeProbes(const TransactionRecord &t)
{
    m_started.insert(t.id);
    m_states.insert(t.id, VerifyState::kPending);
    const std::optional<SourceConfig> source = sourceFor(t);
    const QString mode = source ? modeFor(t, *source) : QStringLiteral("off");
    qint64 due = -1;
    if (mode != QLatin1String("off")) {
        for (const ProbeRecord &probe : m_services.verifications->forTransaction(t.id)) {
            if (probe.state != ProbeRecord().state)
                continue; // answered before the process stopped
            m_due.emplace(probe.id, Pending{probe, mode, *source});
            due = due < 0 ? probe.dueAt : qMin(due, probe.dueAt);
        }
    }
    if (due < 0) {
        // Every probe was answered (or the source is gone, or verifies no more): what was
        // learnt decides, and a probe never sent counts as "cannot tell".
        conclude(t.id);
        return;
    }
    schedulePump(due);
}

void Verifier::resumeRepurge(const TransactionRecord &t)
{
    m_started.insert(t.id);
    m_states.insert(t.id, VerifyState::kRepurging);
    bool followed = false;
    QString verdict = VerifyState::kFresh;
    for (const TransactionRecord &again : m_services.transactions->repurgesOf(t.id)) {
        const bool verifying =
            again.state == TransactionState::Succeeded &&
            (m_states.value(again.id) == VerifyState::kPending || !VerifyState::isSettled(again.verifyState));
        if (!isFinal(again.state) || verifying) {
            // Still queued (the queue adopts it) or still being verified: its verdict decides.
            m_repurgeOf.insert(again.id, t.id);
            followed = true;
        } else if (again.state != TransactionState::Succeeded || again.verifyState == VerifyState::kStale) {
            verdict = VerifyState::kStale;
        } else if (again.verifyState != VerifyState::kFresh && verdict != VerifyState::kStale) {
            verdict = VerifyState::kCannotTell;
        }
    }
    if (!followed) // the re-purge ended while no process was following it (or was never recorded)
        setState(t.id, m_services.transactions->repurgesOf(t.id).isEmpty() ? VerifyState::kStale : verdict);
}

void Verifier::schedulePump(qint64 atMs)
{
    const qint64 wait = qBound<qint64>(0, atMs - m_services.clock->nowMs(), qint64(24) * 3600 * 1000);
    if (!m_timer->isActive() || m_timer->remainingTime() > wait)
        m_timer->start(int(wait));
}

QString Verifier::hostKeyOf(const Pending &pending) const
{
    const QString base = pending.source.setting(QStringLiteral("verify_base"));
    const QUrl url(base.isEmpty() ? pending.record.url : base);
    return url.host() + QLatin1Char(':') + QString::number(url.port(-1));
}

void Verifier::pump()
{
    const qint64 now = m_services.clock->nowMs();
    qint64 nextAt = -1;
    for (auto it = m_due.begin(); it != m_due.end();) {
        const Pending &pending = it->second;
        if (pending.record.dueAt > now) {
            nextAt = nextAt < 0 ? pending.record.dueAt : qMin(nextAt, pending.record.dueAt);
            ++it;
            continue;
        }
        const QString host = hostKeyOf(pending);
        if (m_hostInFlight.value(host) >= kProbesInFlight) {
            ++it; // resumed when one of that host's probes is answered
            continue;
        }
        auto bucket = m_hostBuckets.find(host);
        if (bucket == m_hostBuckets.end())
            bucket = m_hostBuckets.insert(host, TokenBucket(kProbesPerSecond, 1, now));
        if (const qint64 wait = bucket->take(now); wait > 0) {
            nextAt = nextAt < 0 ? now + wait : qMin(nextAt, now + wait);
            ++it;
            continue;
        }
        const Pending taken = pending;
        it = m_due.erase(it);
        m_inFlight.insert(taken.record.id, taken);
        ++m_hostInFlight[host];
        sendProbe(taken);
    }
    if (nextAt >= 0)
        schedulePump(nextAt);
}

void Verifier::sendProbe(const Pending &pending)
{
    const SourceConfig &source = pending.source;
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    const qint64 probeId = pending.record.id;
    const qint64 sentAt = m_services.clock->nowMs();
    if (!provider) {
        probeAnswered(probeId, HttpReply{}, std::nullopt, sentAt);
        return;
    }
    const VerificationSpec &spec = provider->info().verification;
    const QUrl purged(pending.record.url);
    HttpRequestSpec probe =
        probeRequest(pending.mode, purged, source.setting(QStringLiteral("verify_base")), spec);
    // The source's proxy and TLS options: a staging host may need its CA. No credential goes to
    // the site: a probe is what any client sends.
    probe.transport = transportFromSettings(source);
    const QString origin = source.setting(QStringLiteral("origin"));
    QPointer<Verifier> self(this);
    const auto sendCached = [self, probe, probeId, sentAt](std::optional<OriginFacts> facts) {
        if (!self)
            return;
        self->m_services.http->send(probe, kProbeTimeoutMs,
                                    [self, probeId, facts, sentAt](const HttpReply &reply) {
                                        if (self)
                                            self->probeAnswered(probeId, reply, facts, sentAt);
                                    });
    };
    if (origin.isEmpty()) {
        sendCached(std::nullopt);
        return;
    }
    // The origin first, so that the cache's answer is compared with what the origin serves now.
    HttpRequestSpec atOrigin = requestAt(pending.mode, purged, origin); // the origin's copy
    atOrigin.transport = probe.transport;
    m_services.http->send(atOrigin, kProbeTimeoutMs, [sendCached](const HttpReply &reply) {
        sendCached(reply.isHttp() && reply.status < 400 ? std::optional(CacheVerdict::factsOf(reply))
                                                        : std::nullopt);
    });
}

void Verifier::probeAnswered(qint64 probeId, const HttpReply &reply, const std::optional<OriginFacts> &origin,
                             qint64 sentAtMs)
{
    const auto it = m_inFlight.find(probeId);
    if (it == m_inFlight.end())
        return;
    Pending pending = *it;
    m_inFlight.erase(it);
    const QString host = hostKeyOf(pending);
    if (--m_hostInFlight[host] <= 0)
        m_hostInFlight.remove(host);

    const SourceConfig &source = pending.source;
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    const VerificationSpec spec = provider ? provider->info().verification : VerificationSpec{};
    const CacheVerdict verdict = CacheVerdict::judge(spec, reply, sentAtMs - pending.record.purgedAt, origin);
    ProbeRecord &record = pending.record;
    record.state = CacheVerdict::kindName(verdict.kind);
    record.signal = PeopleText::safe(verdict.signal, 600);
    record.probe = probeText(reply, spec);
    record.probedAt = m_services.clock->nowMs();
    m_services.verifications->saveProbe(record);

    const qint64 transactionId = record.transactionId;
    const bool more =
        std::any_of(m_due.cbegin(), m_due.cend(),
                    [&](const auto &entry) { return entry.second.record.transactionId == transactionId; }) ||
        std::any_of(m_inFlight.cbegin(), m_inFlight.cend(),
                    [&](const Pending &p) { return p.record.transactionId == transactionId; });
    if (!more)
        conclude(transactionId);
    pump();
}

void Verifier::conclude(qint64 transactionId)
{
    const QList<ProbeRecord> probes = m_services.verifications->forTransaction(transactionId);
    QStringList stale;
    bool cannotTell = false;
    for (const ProbeRecord &probe : probes) {
        if (probe.state == CacheVerdict::kindName(CacheVerdict::Kind::Stale))
            stale << probe.url;
        else if (probe.state != CacheVerdict::kindName(CacheVerdict::Kind::Fresh))
            cannotTell = true;
    }
    const QString verdict = !stale.isEmpty() ? VerifyState::kStale
                            : cannotTell     ? VerifyState::kCannotTell
                                             : VerifyState::kFresh;
    const QList<TransactionRecord> found = m_services.transactions->byIds({transactionId});
    if (found.isEmpty())
        return;
    const TransactionRecord &t = found.first();

    if (const auto it = m_repurgeOf.constFind(transactionId); it != m_repurgeOf.cend()) {
        // The second round decides for the original too.
        const qint64 original = *it;
        m_repurgeOf.erase(it);
        setState(transactionId, verdict);
        setState(original, verdict);
        return;
    }
    if (verdict == VerifyState::kStale && t.verifies == 0 && m_services.repurge) {
        const QList<TransactionRecord> again = m_services.repurge(t, stale);
        if (!again.isEmpty()) {
            for (const TransactionRecord &r : again)
                m_repurgeOf.insert(r.id, transactionId);
            setState(transactionId, VerifyState::kRepurging);
            return;
        }
    }
    setState(transactionId, verdict);
}

void Verifier::setState(qint64 transactionId, const QString &state)
{
    m_states.insert(transactionId, state);
    m_services.queue->reconsiderLayers(); // a layer above may now start, or must stop
    m_services.verifications->setState(transactionId, state, m_services.clock->nowMs());
    emit verificationChanged(transactionId, state);
}
