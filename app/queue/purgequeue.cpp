#include "purgequeue.h"

#include "core/clock.h"
#include "core/peopletext.h"
#include "core/replyclassifier.h"
#include "core/retrypolicy.h"
#include "credentials/secretresolver.h"
#include "credentials/secretstore.h"
#include "net/httpclient.h"
#include "planner.h"
#include "queuedecisions.h"
#include "storage/sourcestore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

namespace {
struct PurgeQueueTr
{
    Q_DECLARE_TR_FUNCTIONS(PurgeQueue)
};

// Providers' ids are a few dozen characters (Fastly's, Akamai's, CloudFront's); a longer one is a
// server that sent something else.
constexpr int kMaxProviderIdChars = 200;
} // namespace

PurgeQueue::PurgeQueue(const Services &services, QObject *parent)
    : QObject(parent), m_services(services), m_wakeTimer(new QTimer(this))
{
    m_wakeTimer->setSingleShot(true);
    m_wakeTimer->setTimerType(Qt::PreciseTimer); // pacing is measured in milliseconds
    connect(m_wakeTimer, &QTimer::timeout, this, &PurgeQueue::pump);
    connect(m_services.clock, &Clock::advanced, this, &PurgeQueue::requestPump);
}

PurgeQueue::~PurgeQueue() = default;

void PurgeQueue::setBackoff(qint64 baseMs, qint64 capMs)
{
    m_backoffBaseMs = qMax<qint64>(1, baseMs);
    m_backoffCapMs = qMax(m_backoffBaseMs, capMs);
}

void PurgeQueue::setPacingDirectory(const QString &directory)
{
    m_ledger = std::make_unique<PacingLedger>(directory);
}

void PurgeQueue::setSourceDefaults(int maxAttempts, double pollIntervalSeconds, int retryForSeconds)
{
    m_defaultMaxAttempts = maxAttempts;
    m_defaultPollInterval = pollIntervalSeconds;
    m_defaultRetryFor = retryForSeconds;
    // Work in flight and waiting keeps its place; only the limits are worked out again.
    for (SourceRuntime &runtime : m_sources)
        runtime.limits = limitsFor(*runtime.provider, runtime.config);
    requestPump();
}

void PurgeQueue::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        requestPump();
}

EffectiveLimits PurgeQueue::limitsFor(const Provider &provider, const SourceConfig &config) const
{
    EffectiveLimits limits = EffectiveLimits::of(provider, config);
    if (m_defaultMaxAttempts > 0 && !config.hasSetting(QStringLiteral("max_attempts")))
        limits.maxAttempts = m_defaultMaxAttempts;
    // The profile's interval never polls faster than the provider documents it wants polling.
    if (m_defaultPollInterval > 0 && !config.hasSetting(QStringLiteral("poll_interval")))
        limits.pollIntervalSeconds = qMax(m_defaultPollInterval, provider.limits(config).pollIntervalSeconds);
    if (m_defaultRetryFor > 0 && !config.hasSetting(QStringLiteral("retry_for")))
        limits.retryForSeconds = m_defaultRetryFor;
    return limits;
}

PurgeQueue::SourceRuntime *PurgeQueue::runtimeFor(qint64 sourceId)
{
    auto it = m_sources.find(sourceId);
    if (it != m_sources.end())
        return &*it;
    const std::optional<SourceConfig> config = m_services.sources->findById(sourceId);
    if (!config)
        return nullptr;
    const Provider *provider = m_services.providers->find(config->type);
    if (!provider)
        return nullptr;
    SourceRuntime runtime;
    runtime.config = *config;
    runtime.provider = provider;
    runtime.limits = limitsFor(*provider, *config);
    runtime.capacityKey = provider->capacityKey(*config);
    return &*m_sources.insert(sourceId, runtime);
}

QString PurgeQueue::bucketKey(const SourceRuntime &runtime, const PurgeBatch &batch) const
{
    // Sources with one rate key share a bucket; a provider whose limits differ by match (a
    // counted purge-all beside unlimited URL purges) or by kind of request (exact and prefix
    // purges) paces each of its buckets on its own.
    QString key = runtime.provider->rateKey(runtime.config);
    if (const QString bucket = runtime.provider->info().rateBucket(runtime.config, batch.match);
        !bucket.isEmpty())
        key += QLatin1Char('#') + bucket;
    if (const QString rateClass = runtime.provider->rateClass(runtime.config, batch); !rateClass.isEmpty())
        return QueueDecisions::rateBucket(key, rateClass, runtime.limits).key;
    return key;
}

TokenBucket &PurgeQueue::bucketFor(const SourceRuntime &runtime, const PurgeBatch &batch, const QString &key)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        const EffectiveLimits limits = EffectiveLimits::of(*runtime.provider, runtime.config, batch.match);
        QueueDecisions::RateBucket chosen{key, limits.ratePerSecond, limits.burst};
        if (const QString rateClass = runtime.provider->rateClass(runtime.config, batch);
            !rateClass.isEmpty())
            chosen = QueueDecisions::rateBucket(key, rateClass, limits);
        it = m_buckets.insert(key, TokenBucket(QueueDecisions::pacedRate(chosen.ratePerSecond), chosen.burst,
                                               m_services.clock->nowMs()));
    }
    return *it;
}

qint64 PurgeQueue::takeToken(const SourceRuntime &runtime, const PurgeBatch &batch, const QString &key,
                             qint64 nowMs)
{
    return m_ledger->update(key, bucketFor(runtime, batch, key), nowMs,
                            [nowMs](TokenBucket &bucket) { return bucket.take(nowMs); });
}

void PurgeQueue::add(const QList<TransactionRecord> &transactions)
{
    for (const TransactionRecord &t : transactions) {
        if (t.state == TransactionState::AwaitingApproval && !m_tracked.contains(t.id))
            emit transactionHeld(t);
        if (isFinal(t.state) || t.state == TransactionState::AwaitingApproval || m_tracked.contains(t.id))
            continue;
        track(t);
    }
    flush();
    requestPump();
}

void PurgeQueue::track(const TransactionRecord &transaction)
{
    TransactionRecord t = transaction;
    if (t.state == TransactionState::Sending) // only stored ones from a stopped process get here
        t.state = TransactionState::Queued;
    m_tracked.insert(t.id, t);
    if (t.layerCount > 0)
        noteLayered(t);
    emit transactionAdded(t);
    if (!runtimeFor(t.sourceId)) {
        finish(m_tracked[t.id], TransactionState::Failed,
               PurgeQueueTr::tr("source \"%1\" no longer exists or its type is unknown").arg(t.sourceName),
               QStringLiteral("failed"));
        return;
    }
    schedule(t);
}

void PurgeQueue::schedule(const TransactionRecord &t)
{
    unschedule(t.id);
    m_scheduledById.insert(t.id, m_scheduled.emplace(t.nextAttemptAt, t.id));
}

void PurgeQueue::unschedule(qint64 id)
{
    const auto it = m_scheduledById.find(id);
    if (it == m_scheduledById.end())
        return;
    m_scheduled.erase(*it);
    m_scheduledById.erase(it);
}

void PurgeQueue::requestPump()
{
    if (m_pumpRequested)
        return;
    m_pumpRequested = true;
    QMetaObject::invokeMethod(this, &PurgeQueue::pump, Qt::QueuedConnection);
}

void PurgeQueue::pump()
{
    m_pumpRequested = false;
    if (m_paused) {
        flush();
        return;
    }
    const qint64 now = m_services.clock->nowMs();
    QHash<qint64, LayerGate::Survey> layerSurveys;
    releaseLayers(layerSurveys);

    // Due work moves into its source's ready line, in queue order.
    while (!m_scheduled.empty() && m_scheduled.begin()->first <= now) {
        const qint64 id = m_scheduled.begin()->second;
        unschedule(id);
        if (holdForLayers(id, layerSurveys))
            continue;
        if (SourceRuntime *runtime = runtimeFor(m_tracked.value(id).sourceId))
            runtime->ready.push_back(id);
    }

    qint64 wakeAt = m_scheduled.empty() ? -1 : m_scheduled.begin()->first;
    QList<std::pair<qint64, qint64>> toSend; // (source, transaction)
    QList<qint64> polls;
    // Work accepted and unfinished per capacity key, counted once per pump where a provider limits it.
    QHash<QString, QueueDecisions::InProgressLoad> loads;
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        SourceRuntime &runtime = *it;
        const bool limited = QueueDecisions::hasInProgressLimit(runtime.limits);
        if (limited && !loads.contains(runtime.capacityKey))
            loads.insert(runtime.capacityKey, inProgress(runtime.capacityKey));
        while (!runtime.ready.empty() &&
               QueueDecisions::mayDispatch(runtime.inFlight, runtime.limits.concurrency, m_globalInFlight,
                                           m_globalConcurrency)) {
            if (runtime.secret.status != SecretState::Status::Ready) {
                loadSecret(runtime);
                break;
            }
            // The first ready transaction that fits what the provider can hold in progress (polls
            // always do) and whose rate bucket has a token goes; one waiting for capacity or for an
            // empty bucket (a counted purge-all) does not hold up the others.
            auto next = runtime.ready.end();
            QSet<QString> empty;
            for (auto r = runtime.ready.begin(); r != runtime.ready.end(); ++r) {
                const auto t = m_tracked.constFind(*r);
                if (t == m_tracked.cend() || isFinal(t->state)) {
                    next = r;
                    break;
                }
                if (limited && t->state != TransactionState::WaitingForStatus &&
                    !QueueDecisions::fitsInProgress(loads[runtime.capacityKey], t->batch, runtime.limits))
                    continue;
                const QString key = bucketKey(runtime, t->batch);
                if (empty.contains(key))
                    continue;
                const qint64 wait = takeToken(runtime, t->batch, key, now);
                if (wait == 0) {
                    next = r;
                    break;
                }
                empty.insert(key);
                wakeAt = wakeAt < 0 ? now + wait : qMin(wakeAt, now + wait);
            }
            if (next == runtime.ready.end())
                break;
            const qint64 id = *next;
            runtime.ready.erase(next);
            auto tracked = m_tracked.find(id);
            if (tracked == m_tracked.end() || isFinal(tracked->state))
                continue;
            if (limited && tracked->state != TransactionState::WaitingForStatus)
                loads[runtime.capacityKey] += QueueDecisions::loadOf(tracked->batch);
            ++runtime.inFlight;
            ++m_globalInFlight;
            dispatch(runtime, *tracked, polls);
            toSend.append({it.key(), id});
        }
    }
    // "Sending" is committed before anything goes out, in one commit with the replies that
    // arrived since the last pump; what cannot be recorded is not sent, nor what another process
    // claimed meanwhile (forget() takes it out of the count).
    for (const auto &[sourceId, id] : std::as_const(toSend))
        m_dispatching.insert(id);
    const bool flushed = flush();
    toSend.removeIf([&](const auto &sent) { return !m_dispatching.contains(sent.second); });
    m_dispatching.clear();
    if (!flushed) {
        // Nothing went out, so the "sent" marks waiting to be written are dropped; the rest of
        // the batch stays pending for the next flush.
        m_pendingWrites.removeIf([&](const std::pair<TransactionRecord, EventRecord> &write) {
            return write.second.kind == QLatin1String("sent") &&
                   std::any_of(toSend.cbegin(), toSend.cend(),
                               [&](const auto &sent) { return sent.second == write.first.id; });
        });
        for (const auto &[sourceId, id] : std::as_const(toSend)) {
            SourceRuntime &runtime = m_sources[sourceId];
            --runtime.inFlight;
            --m_globalInFlight;
            TransactionRecord &t = m_tracked[id];
            if (!polls.contains(id)) {
                t.state = TransactionState::Queued;
                --t.attempts;
            }
            t.nextAttemptAt = now + 1000;
            schedule(t);
        }
        toSend.clear();
        wakeAt = wakeAt < 0 ? now + 1000 : qMin(wakeAt, now + 1000);
    }
    for (const auto &[sourceId, id] : std::as_const(toSend))
        send(m_sources[sourceId], id, polls.contains(id));

    if (wakeAt >= 0)
        m_wakeTimer->start(int(qBound<qint64>(0, wakeAt - now, qint64(24) * 3600 * 1000)));
}

QueueDecisions::InProgressLoad PurgeQueue::inProgress(const QString &capacityKey) const
{
    QueueDecisions::InProgressLoad load;
    for (const TransactionRecord &t : m_tracked)
        if (t.state == TransactionState::Sending || t.state == TransactionState::WaitingForStatus)
            if (const auto runtime = m_sources.constFind(t.sourceId);
                runtime != m_sources.cend() && runtime->capacityKey == capacityKey)
                load += QueueDecisions::loadOf(t.batch);
    return load;
}

void PurgeQueue::loadSecret(SourceRuntime &runtime)
{
    SecretState &state = runtime.secret;
    if (state.status == SecretState::Status::Loading)
        return;
    if (state.status == SecretState::Status::Failed) {
        if (m_leaveWithoutSecret) {
            // Another person's worker may have the secret: the work waits for one that does.
            m_sourcesLeft.insert(runtime.config.id);
            QList<qint64> left;
            for (const TransactionRecord &t : std::as_const(m_tracked))
                if (t.sourceId == runtime.config.id && !isFinal(t.state) && !m_inFlight.contains(t.id))
                    left << t.id;
            m_services.transactions->release(left);
            const QString why =
                PurgeQueueTr::tr("left for a process that has the secret of source \"%1\" (%2)")
                    .arg(runtime.config.name, state.error);
            for (qint64 id : std::as_const(left))
                forget(id, why);
            if (!left.isEmpty())
                emit settled();
            return;
        }
        // Everything waiting for this source fails with the reason; nothing is sent without it.
        while (!runtime.ready.empty()) {
            const qint64 id = runtime.ready.front();
            runtime.ready.pop_front();
            if (m_tracked.contains(id))
                finish(m_tracked[id], TransactionState::Failed, state.error, QStringLiteral("failed"));
        }
        return;
    }
    state.status = SecretState::Status::Loading;
    const qint64 sourceId = runtime.config.id;
    SecretResolver(*m_services.secrets)
        .resolve(runtime.config, m_services.sources->secretKey(sourceId),
                 [this, sourceId](const SecretStore::Result &r) {
                     auto it = m_sources.find(sourceId);
                     if (it == m_sources.end())
                         return;
                     if (r.ok()) {
                         it->secret.status = SecretState::Status::Ready;
                         it->secret.secret = r.secret;
                         it->redactor.addSecret(r.secret);
                     } else {
                         it->secret.status = SecretState::Status::Failed;
                         it->secret.error = r.error;
                     }
                     requestPump();
                 });
}

void PurgeQueue::dispatch(SourceRuntime &runtime, TransactionRecord &t, QList<qint64> &polls)
{
    const qint64 now = m_services.clock->nowMs();
    if (t.state == TransactionState::WaitingForStatus) {
        ++t.polls;
        polls.append(t.id);
        return; // a poll changes nothing worth a commit before it is answered
    }
    Q_UNUSED(runtime);
    t.state = TransactionState::Sending;
    ++t.attempts;
    t.updatedAt = now;
    record(t, QStringLiteral("sent"), 0, PurgeQueueTr::tr("attempt %1").arg(t.attempts));
}

void PurgeQueue::send(SourceRuntime &runtime, qint64 id, bool poll)
{
    TransactionRecord &t = m_tracked[id];
    t.batch.idempotencyKey = QStringLiteral("%1-%2").arg(t.id).arg(t.createdAt); // the same on every resend
    const qint64 sourceId = runtime.config.id;
    if (runtime.provider->info().isLocal) {
        QMetaObject::invokeMethod(
            this,
            [this, sourceId, id] {
                auto rt = m_sources.find(sourceId);
                auto tracked = m_tracked.find(id);
                if (rt == m_sources.end() || tracked == m_tracked.end())
                    return;
                --rt->inFlight;
                --m_globalInFlight;
                applyOutcome(*rt, *tracked, false, rt->provider->runLocal(rt->config, tracked->batch));
                requestPump();
            },
            Qt::QueuedConnection);
        return;
    }
    HttpRequestSpec request =
        poll
            ? runtime.provider->buildStatusRequest(runtime.config, t.lane, t.statusRef, runtime.secret.secret)
            : runtime.provider->buildRequest(runtime.config, t.lane, t.batch, runtime.secret.secret);
    request.transport = transportFromSettings(runtime.config);
    runtime.redactor.addRequest(request);
    const int timeoutMs = runtime.limits.timeoutSeconds * 1000;
    m_sentAt.insert(id, m_services.clock->nowMs());
    m_inFlight.insert(
        id, m_services.http->send(request, timeoutMs, [this, sourceId, id, poll](const HttpReply &reply) {
            handleReply(sourceId, id, poll, reply);
        }));
}

void PurgeQueue::handleReply(qint64 sourceId, qint64 id, bool poll, const HttpReply &reply)
{
    m_inFlight.remove(id);
    const qint64 sentAt = m_sentAt.take(id);
    auto rt = m_sources.find(sourceId);
    auto tracked = m_tracked.find(id);
    if (rt == m_sources.end() || tracked == m_tracked.end())
        return;
    --rt->inFlight;
    --m_globalInFlight;
    if (reply.failure == HttpReply::Failure::Cancelled && !m_cancelRequested.contains(id))
        return; // shutdown() aborted it and already put it back
    Outcome outcome = poll ? rt->provider->interpretStatusReply(rt->config, reply)
                           : rt->provider->interpretReply(rt->config, tracked->batch, reply);
    tracked->lastHttpStatus = reply.isHttp() ? reply.status : 0;
    const bool throttled = QueueDecisions::isThrottle(reply, outcome);
    adjustPacing(*rt, tracked->batch, reply, outcome, throttled, sentAt);
    applyOutcome(*rt, *tracked, poll, outcome, throttled);
    requestPump();
}

void PurgeQueue::adjustPacing(SourceRuntime &runtime, const PurgeBatch &batch, const HttpReply &reply,
                              const Outcome &outcome, bool throttled, qint64 sentAtMs)
{
    const qint64 now = m_services.clock->nowMs();
    const QueueDecisions::PacingChange change =
        QueueDecisions::pacingAfter(reply, outcome, now, qint64(runtime.limits.retryForSeconds) * 1000);
    const bool accepted = outcome.kind == Outcome::Kind::Succeeded || outcome.kind == Outcome::Kind::Pending;
    if (!change.pauseUntilMs && !change.remaining && !throttled && !accepted)
        return;
    const QString key = bucketKey(runtime, batch);
    m_ledger->update(key, bucketFor(runtime, batch, key), now, [&](TokenBucket &bucket) {
        if (change.pauseUntilMs)
            bucket.pauseUntil(*change.pauseUntilMs);
        if (change.remaining)
            bucket.limitTokens(*change.remaining, now);
        if (throttled)
            bucket.slowDown(sentAtMs > 0 ? sentAtMs : now, now);
        else if (accepted)
            bucket.speedUp(now);
        return qint64(0);
    });
}

void PurgeQueue::applyOutcome(SourceRuntime &runtime, TransactionRecord &t, bool poll, Outcome outcome,
                              bool throttled)
{
    using K = QueueDecisions::Decision::Kind;
    const qint64 now = m_services.clock->nowMs();
    outcome.message = runtime.redactor.redact(outcome.message);
    outcome.details = runtime.redactor.redact(outcome.details);
    t.updatedAt = now;
    if (!outcome.providerId.isEmpty())
        t.providerId = PeopleText::safe(outcome.providerId, kMaxProviderIdChars); // shown, never sent back
    if (outcome.progressPercent >= 0)
        t.progress = outcome.progressPercent;
    t.settlesAt = outcome.kind == Outcome::Kind::Succeeded ? now + qMax<qint64>(0, outcome.settlesInMs) : 0;
    const int status = t.lastHttpStatus;

    QueueDecisions::Context context;
    context.limits = runtime.limits;
    context.policy.maxAttempts = runtime.limits.maxAttempts;
    context.policy.baseDelayMs = m_backoffBaseMs;
    context.policy.maxDelayMs = m_backoffCapMs;
    context.nowMs = now;
    context.jitter01 = QRandomGenerator::global()->generateDouble();
    context.cancelRequested = m_cancelRequested.remove(t.id);
    context.throttled = throttled && !poll;
    if (context.throttled)
        t.attempts = qMax(0, t.attempts - 1); // asked to slow down: the send does not count
    const QueueDecisions::Decision decision = QueueDecisions::afterOutcome(t, outcome, poll, context);

    switch (decision.kind) {
    case K::Succeed:
        t.progress = 100;
        finish(t, TransactionState::Succeeded, decision.message, decision.event, status);
        return;
    case K::Fail:
        finish(t, TransactionState::Failed, decision.message, decision.event, status);
        return;
    case K::Cancel:
        finish(t, TransactionState::Cancelled, decision.message, decision.event, status);
        return;
    case K::Poll:
        if (outcome.kind == Outcome::Kind::Pending) {
            if (!outcome.statusRef.isEmpty())
                t.statusRef = outcome.statusRef;
            if (t.firstPolledAt == 0)
                t.firstPolledAt = now;
            t.state = TransactionState::WaitingForStatus;
            t.lastError.clear();
        } else {
            t.lastError = decision.message; // the status poll failed; asked again later
        }
        t.nextAttemptAt = decision.at;
        record(t, decision.event, status, decision.message);
        schedule(t);
        return;
    case K::Retry: {
        const qint64 delay = decision.at - now;
        t.state = TransactionState::RetryScheduled;
        t.lastError = decision.message;
        if (!context.throttled)
            t.lastFailure = PeopleText::safe(decision.message); // "slow down" is no failure
        t.nextAttemptAt = decision.at;
        if (t.retryingSince == 0)
            t.retryingSince = now;
        record(t, decision.event, status,
               (context.throttled ? PurgeQueueTr::tr("%1; sending again in %2 s (not counted as an attempt)")
                                  : PurgeQueueTr::tr("%1; retrying in %2 s"))
                   .arg(decision.message)
                   .arg(double(delay) / 1000.0, 0, 'f', 1));
        schedule(t);
        return;
    }
    case K::Split: {
        const auto [first, second] = Planner::halve(t.batch);
        // Both halves keep the attempts the whole batch took.
        t.earlierAttempts += t.attempts;
        TransactionRecord other = t;
        other.batch = second;
        other.state = TransactionState::Queued;
        other.attempts = 0;
        other.retryingSince = 0;
        other.createdAt = now;
        other.nextAttemptAt = 0;
        flush();
        m_services.transactions->insert(
            other, PurgeQueueTr::tr("split from transaction %1 after: %2").arg(t.id).arg(decision.message));
        t.batch = first;
        t.state = TransactionState::Queued;
        t.attempts = 0;
        t.retryingSince = 0;
        t.nextAttemptAt = 0;
        record(t, decision.event, status,
               PurgeQueueTr::tr("too large (%1); split into %2 + %3 targets")
                   .arg(decision.message)
                   .arg(first.targets.size())
                   .arg(second.targets.size()));
        schedule(t);
        track(other);
        return;
    }
    }
}

void PurgeQueue::finish(TransactionRecord &t, TransactionState state, const QString &message,
                        const QString &eventKind, int httpStatus)
{
    unschedule(t.id);
    t.state = state;
    t.updatedAt = m_services.clock->nowMs();
    t.nextAttemptAt = 0;
    if (state == TransactionState::Succeeded) {
        t.lastError.clear();
    } else {
        t.lastError = message;
        if (state == TransactionState::Failed)
            t.lastFailure = PeopleText::safe(message);
    }
    record(t, eventKind, httpStatus, message);
}

void PurgeQueue::record(const TransactionRecord &transaction, const QString &kind, int httpStatus,
                        const QString &message)
{
    // Everything a reply put into these texts is escaped and capped before it is stored: the
    // history replays them on terminals and in the window.
    TransactionRecord t = transaction;
    t.lastError = PeopleText::safe(t.lastError);
    if (auto tracked = m_tracked.find(t.id); tracked != m_tracked.end())
        tracked->lastError = t.lastError;
    m_pendingWrites.append({t, EventRecord{t.id, t.updatedAt, kind, httpStatus, PeopleText::safe(message)}});
    if (m_pendingWrites.size() == 1)
        requestPump(); // flushes soon even when nothing else is due
}

bool PurgeQueue::flush()
{
    if (m_pendingWrites.isEmpty())
        return true;
    // A batch that cannot be saved (a full disk, a locked database) stays pending for the next
    // flush instead of being dropped: what the queue learnt is written once the store can take it.
    QList<qint64> lost;
    if (!m_services.transactions->saveAll(m_pendingWrites, &lost)) {
        qWarning("purge queue: could not save %d state change(s)", int(m_pendingWrites.size()));
        return false;
    }
    const auto writes = std::exchange(m_pendingWrites, {});
    for (qint64 id : std::as_const(lost))
        forget(id, PurgeQueueTr::tr("taken over by another process after this one's claim ran out"));
    bool anySettled = !lost.isEmpty();
    for (const auto &[t, event] : writes) {
        if (lost.contains(t.id))
            continue;
        emit transactionChanged(m_tracked.value(t.id, t));
        anySettled =
            anySettled || (t.state != TransactionState::Queued && t.state != TransactionState::Sending);
    }
    if (anySettled)
        emit settled();
    return true;
}

void PurgeQueue::forget(qint64 id, const QString &why)
{
    const auto it = m_tracked.find(id);
    if (it == m_tracked.end())
        return;
    unschedule(id);
    m_layerHeld.remove(id);
    m_cancelRequested.remove(id);
    m_pendingWrites.removeIf([id](const auto &write) { return write.first.id == id; });
    const auto runtime = m_sources.find(it->sourceId);
    if (runtime != m_sources.end())
        std::erase(runtime->ready, id);
    const bool counted = m_dispatching.remove(id) || m_inFlight.contains(id);
    if (const auto request = m_inFlight.find(id); request != m_inFlight.end()) {
        m_services.http->cancel(*request);
        m_inFlight.erase(request);
        m_sentAt.remove(id);
    }
    if (counted && runtime != m_sources.end()) {
        --runtime->inFlight;
        --m_globalInFlight;
    }
    m_tracked.erase(it);
    emit transactionLeft(id, why);
}

void PurgeQueue::cancel(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        auto it = m_tracked.find(id);
        if (it == m_tracked.end() || isFinal(it->state))
            continue;
        if (m_inFlight.contains(id) || it->state == TransactionState::Sending) {
            m_cancelRequested.insert(id);
            continue;
        }
        for (auto &runtime : m_sources)
            std::erase(runtime.ready, id);
        finish(*it, TransactionState::Cancelled, PurgeQueueTr::tr("cancelled before it was sent"),
               QStringLiteral("cancelled"));
    }
    flush();
}

QList<qint64> PurgeQueue::retry(const QList<qint64> &ids)
{
    QList<qint64> retried;
    QList<TransactionRecord> stored = m_services.transactions->byIds(ids);
    for (TransactionRecord &t : stored) {
        if (t.state != TransactionState::Failed && t.state != TransactionState::Cancelled)
            continue;
        t.state = TransactionState::Queued;
        t.earlierAttempts += t.attempts;
        t.attempts = 0;
        t.polls = 0;
        t.firstPolledAt = 0;
        t.retryingSince = 0; // a fresh retry budget
        t.nextAttemptAt = 0;
        t.updatedAt = m_services.clock->nowMs();
        m_tracked.remove(t.id);
        record(t, QStringLiteral("retry-requested"), 0, PurgeQueueTr::tr("queued again by request"));
        retried.append(t.id);
        track(t);
    }
    flush();
    requestPump();
    return retried;
}

void PurgeQueue::shutdown()
{
    m_wakeTimer->stop();
    m_paused = true;
    const auto inFlight = m_inFlight;
    const qint64 now = m_services.clock->nowMs();
    for (auto it = inFlight.begin(); it != inFlight.end(); ++it) {
        m_services.http->cancel(it.value());
        auto tracked = m_tracked.find(it.key());
        if (tracked != m_tracked.end() && tracked->state == TransactionState::Sending) {
            tracked->state = TransactionState::Queued;
            tracked->updatedAt = now;
            record(*tracked, QStringLiteral("requeued"), 0,
                   PurgeQueueTr::tr("stopped while sending; queued again"));
        }
    }
    flush();
}

bool PurgeQueue::allAnswered() const
{
    if (!m_pendingWrites.isEmpty())
        return false; // not answered until it is on disk
    QHash<qint64, LayerGate::Survey> surveys;
    for (const TransactionRecord &t : m_tracked) {
        if (t.state != TransactionState::Queued && t.state != TransactionState::Sending)
            continue;
        if (t.state == TransactionState::Queued && t.attempts == 0 && LayerGate::isGated(t)) {
            auto survey = surveys.find(t.requestId);
            if (survey == surveys.end())
                survey = surveys.insert(t.requestId, m_layerGate.survey(layerSiblings(t.requestId)));
            if (LayerGate::verdict(t, *survey).kind == LayerGate::Verdict::Kind::Wait)
                continue;
        }
        return false;
    }
    return true;
}

void PurgeQueue::noteLayered(const TransactionRecord &t)
{
    auto members = m_layerMembers.find(t.requestId);
    if (members == m_layerMembers.end()) {
        // The first of a request seen here: its other layers may have ended in an earlier run, or
        // wait in this one; what this queue does not run is read once, as stored.
        QList<qint64> ids;
        for (const TransactionRecord &stored : m_services.transactions->byRequest(t.requestId)) {
            ids << stored.id;
            if (!m_tracked.contains(stored.id))
                m_layerUntracked.insert(stored.id, stored);
        }
        members = m_layerMembers.insert(t.requestId, ids);
    }
    if (!members->contains(t.id))
        members->append(t.id); // a split half
    m_layerUntracked.remove(t.id);
}

QList<TransactionRecord> PurgeQueue::layerSiblings(qint64 requestId) const
{
    QList<TransactionRecord> result;
    for (qint64 id : m_layerMembers.value(requestId)) {
        if (const auto t = m_tracked.constFind(id); t != m_tracked.cend())
            result << *t;
        else if (const auto u = m_layerUntracked.constFind(id); u != m_layerUntracked.cend())
            result << *u;
    }
    return result;
}

bool PurgeQueue::holdForLayers(qint64 id, QHash<qint64, LayerGate::Survey> &surveys)
{
    const auto it = m_tracked.find(id);
    // Only work never sent waits: a transaction that went out once had its lower layers settled.
    if (it == m_tracked.end() || it->state != TransactionState::Queued || it->attempts > 0 ||
        !LayerGate::isGated(*it))
        return false;
    // A request's survey holds for the whole pass: releasing or cancelling a higher layer changes
    // nothing a lower one is judged by.
    auto survey = surveys.find(it->requestId);
    if (survey == surveys.end())
        survey = surveys.insert(it->requestId, m_layerGate.survey(layerSiblings(it->requestId)));
    const LayerGate::Verdict verdict = LayerGate::verdict(*it, *survey);
    switch (verdict.kind) {
    case LayerGate::Verdict::Kind::Start:
        return false;
    case LayerGate::Verdict::Kind::Wait:
        m_layerHeld.insert(id);
        return true;
    case LayerGate::Verdict::Kind::Cancel:
        finish(*it, TransactionState::Cancelled, verdict.message, QStringLiteral("cancelled"));
        return true;
    }
    return false;
}

void PurgeQueue::releaseLayers(QHash<qint64, LayerGate::Survey> &surveys)
{
    const QSet<qint64> held = std::exchange(m_layerHeld, {});
    for (qint64 id : held) {
        if (!holdForLayers(id, surveys)) // held again, cancelled, or free to go
            if (SourceRuntime *runtime = runtimeFor(m_tracked.value(id).sourceId);
                runtime && m_tracked.contains(id) && !isFinal(m_tracked.value(id).state))
                runtime->ready.push_back(id);
    }
}

bool PurgeQueue::allFinal() const
{
    if (!m_pendingWrites.isEmpty())
        return false;
    for (const TransactionRecord &t : m_tracked)
        if (!isFinal(t.state))
            return false;
    return true;
}
