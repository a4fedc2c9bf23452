#include "purgequeue.h"

#include "core/clock.h"
#include "core/replyclassifier.h"
#include "core/retrypolicy.h"
#include "credentials/secretstore.h"
#include "net/httpclient.h"
#include "planner.h"
#include "storage/sourcestore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

namespace {
struct PurgeQueueTr
{
    Q_DECLARE_TR_FUNCTIONS(PurgeQueue)
};
} // namespace

PurgeQueue::PurgeQueue(const Services &services, QObject *parent)
    : QObject(parent), m_services(services), m_wakeTimer(new QTimer(this))
{
    m_wakeTimer->setSingleShot(true);
    m_wakeTimer->setTimerType(Qt::PreciseTimer);   // pacing is measured in milliseconds
    connect(m_wakeTimer, &QTimer::timeout, this, &PurgeQueue::pump);
    connect(m_services.clock, &Clock::advanced, this, &PurgeQueue::requestPump);
}

PurgeQueue::~PurgeQueue() = default;

void PurgeQueue::setBackoff(qint64 baseMs, qint64 capMs)
{
    m_backoffBaseMs = qMax<qint64>(1, baseMs);
    m_backoffCapMs = qMax(m_backoffBaseMs, capMs);
}

void PurgeQueue::setSourceDefaults(int maxAttempts, double pollIntervalSeconds)
{
    m_defaultMaxAttempts = maxAttempts;
    m_defaultPollInterval = pollIntervalSeconds;
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
    if (m_defaultPollInterval > 0 && !config.hasSetting(QStringLiteral("poll_interval")))
        limits.pollIntervalSeconds = m_defaultPollInterval;
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
    const QString key = provider->rateKey(*config);
    if (!m_buckets.contains(key))
        m_buckets.insert(key, TokenBucket(runtime.limits.ratePerSecond, runtime.limits.burst, m_services.clock->nowMs()));
    return &*m_sources.insert(sourceId, runtime);
}

void PurgeQueue::add(const QList<TransactionRecord> &transactions)
{
    for (const TransactionRecord &t : transactions) {
        if (isFinal(t.state) || m_tracked.contains(t.id))
            continue;
        track(t);
    }
    flush();
    requestPump();
}

void PurgeQueue::track(const TransactionRecord &transaction)
{
    TransactionRecord t = transaction;
    if (t.state == TransactionState::Sending)   // only stored ones from a stopped process get here
        t.state = TransactionState::Queued;
    m_tracked.insert(t.id, t);
    emit transactionAdded(t);
    if (!runtimeFor(t.sourceId)) {
        finish(m_tracked[t.id], TransactionState::Failed,
               PurgeQueueTr::tr("source \"%1\" no longer exists or its type is unknown").arg(t.sourceName), QStringLiteral("failed"));
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

    // Due work moves into its source's ready line, in queue order.
    while (!m_scheduled.empty() && m_scheduled.begin()->first <= now) {
        const qint64 id = m_scheduled.begin()->second;
        unschedule(id);
        if (SourceRuntime *runtime = runtimeFor(m_tracked.value(id).sourceId))
            runtime->ready.push_back(id);
    }

    qint64 wakeAt = m_scheduled.empty() ? -1 : m_scheduled.begin()->first;
    QList<std::pair<qint64, qint64>> toSend;   // (source, transaction)
    QList<qint64> polls;
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        SourceRuntime &runtime = *it;
        while (!runtime.ready.empty() && runtime.inFlight < runtime.limits.concurrency
               && m_globalInFlight < m_globalConcurrency) {
            if (runtime.secret.status != SecretState::Status::Ready) {
                loadSecret(runtime);
                break;
            }
            const qint64 wait = m_buckets[runtime.provider->rateKey(runtime.config)].take(now);
            if (wait > 0) {
                wakeAt = wakeAt < 0 ? now + wait : qMin(wakeAt, now + wait);
                break;
            }
            const qint64 id = runtime.ready.front();
            runtime.ready.pop_front();
            auto tracked = m_tracked.find(id);
            if (tracked == m_tracked.end() || isFinal(tracked->state))
                continue;
            ++runtime.inFlight;
            ++m_globalInFlight;
            dispatch(runtime, *tracked, polls);
            toSend.append({it.key(), id});
        }
    }
    // "Sending" is committed before anything goes out, in one commit with the replies that
    // arrived since the last pump; what cannot be recorded is not sent.
    if (!flush()) {
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

void PurgeQueue::loadSecret(SourceRuntime &runtime)
{
    SecretState &state = runtime.secret;
    if (state.status == SecretState::Status::Loading)
        return;
    if (state.status == SecretState::Status::Failed) {
        // Everything waiting for this source fails with the reason; nothing is sent without it.
        while (!runtime.ready.empty()) {
            const qint64 id = runtime.ready.front();
            runtime.ready.pop_front();
            if (m_tracked.contains(id))
                finish(m_tracked[id], TransactionState::Failed, state.error, QStringLiteral("failed"));
        }
        return;
    }
    const SecretRef &ref = runtime.config.secret;
    if (ref.kind == SecretRef::Kind::None) {
        state.status = SecretState::Status::Ready;
        requestPump();
        return;
    }
    if (ref.kind == SecretRef::Kind::Environment) {
        if (!qEnvironmentVariableIsSet(qPrintable(ref.variable))) {
            state.status = SecretState::Status::Failed;
            state.error = PurgeQueueTr::tr("the environment variable %1 that holds the secret of source \"%2\" is not set")
                              .arg(ref.variable, runtime.config.name);
        } else {
            state.status = SecretState::Status::Ready;
            state.secret = qEnvironmentVariable(qPrintable(ref.variable));
        }
        requestPump();
        return;
    }
    state.status = SecretState::Status::Loading;
    const qint64 sourceId = runtime.config.id;
    const QString sourceName = runtime.config.name;
    m_services.secrets->read(m_services.sources->secretKey(sourceId), [this, sourceId, sourceName](const SecretStore::Result &r) {
        auto it = m_sources.find(sourceId);
        if (it == m_sources.end())
            return;
        if (r.ok()) {
            it->secret.status = SecretState::Status::Ready;
            it->secret.secret = r.secret;
        } else {
            it->secret.status = SecretState::Status::Failed;
            it->secret.error = PurgeQueueTr::tr("cannot read the secret of source \"%1\": %2").arg(sourceName, r.error);
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
        return;   // a poll changes nothing worth a commit before it is answered
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
    const qint64 sourceId = runtime.config.id;
    if (runtime.provider->info().isLocal) {
        QMetaObject::invokeMethod(this, [this, sourceId, id] {
            auto rt = m_sources.find(sourceId);
            auto tracked = m_tracked.find(id);
            if (rt == m_sources.end() || tracked == m_tracked.end())
                return;
            --rt->inFlight;
            --m_globalInFlight;
            applyOutcome(*rt, *tracked, false, rt->provider->runLocal(rt->config, tracked->batch));
            requestPump();
        }, Qt::QueuedConnection);
        return;
    }
    HttpRequestSpec request = poll
        ? runtime.provider->buildStatusRequest(runtime.config, t.lane, t.statusRef, runtime.secret.secret)
        : runtime.provider->buildRequest(runtime.config, t.lane, t.batch, runtime.secret.secret);
    request.transport = transportFromSettings(runtime.config);
    for (const QByteArray &name : request.secretHeaders) {
        const QString value = QString::fromUtf8(request.header(name)).trimmed();
        runtime.secretForms.insert(value);
        if (value.contains(QLatin1Char(' ')))
            runtime.secretForms.insert(value.section(QLatin1Char(' '), 1).trimmed());
    }
    const int timeoutMs = runtime.limits.timeoutSeconds * 1000;
    m_inFlight.insert(id, m_services.http->send(request, timeoutMs, [this, sourceId, id, poll](const HttpReply &reply) {
        handleReply(sourceId, id, poll, reply);
    }));
}

void PurgeQueue::handleReply(qint64 sourceId, qint64 id, bool poll, const HttpReply &reply)
{
    m_inFlight.remove(id);
    auto rt = m_sources.find(sourceId);
    auto tracked = m_tracked.find(id);
    if (rt == m_sources.end() || tracked == m_tracked.end())
        return;
    --rt->inFlight;
    --m_globalInFlight;
    if (reply.failure == HttpReply::Failure::Cancelled && !m_cancelRequested.contains(id))
        return;   // shutdown() aborted it and already put it back
    Outcome outcome = poll ? rt->provider->interpretStatusReply(rt->config, reply)
                           : rt->provider->interpretReply(rt->config, tracked->batch, reply);
    tracked->lastHttpStatus = reply.isHttp() ? reply.status : 0;
    adjustPacing(*rt, reply, outcome);
    applyOutcome(*rt, *tracked, poll, outcome);
    requestPump();
}

void PurgeQueue::adjustPacing(SourceRuntime &runtime, const HttpReply &reply, const Outcome &outcome)
{
    if (!reply.isHttp())
        return;
    TokenBucket &bucket = m_buckets[runtime.provider->rateKey(runtime.config)];
    const qint64 now = m_services.clock->nowMs();
    if (reply.status == 429 || (outcome.kind == Outcome::Kind::Retry && outcome.retryAfterMs > 0))
        bucket.pauseUntil(now + qMax<qint64>(outcome.retryAfterMs, 1000));
    for (const QByteArray &name : {QByteArrayLiteral("X-RateLimit-Remaining"), QByteArrayLiteral("Fastly-RateLimit-Remaining"),
                                   QByteArrayLiteral("RateLimit-Remaining")}) {
        bool ok = false;
        const double remaining = reply.header(name).toDouble(&ok);
        if (ok)
            bucket.limitTokens(remaining, now);
    }
}

void PurgeQueue::applyOutcome(SourceRuntime &runtime, TransactionRecord &t, bool poll, Outcome outcome)
{
    const qint64 now = m_services.clock->nowMs();
    outcome.message = redact(runtime, outcome.message);
    t.updatedAt = now;
    if (!outcome.providerId.isEmpty())
        t.providerId = outcome.providerId;
    if (outcome.progressPercent >= 0)
        t.progress = outcome.progressPercent;
    const int status = t.lastHttpStatus;
    const bool cancelRequested = m_cancelRequested.remove(t.id);

    switch (outcome.kind) {
    case Outcome::Kind::Succeeded: {
        t.progress = 100;
        QString message = outcome.message;
        for (QString &detail : outcome.details)
            detail = redact(runtime, detail);
        if (!outcome.details.isEmpty())
            message += (message.isEmpty() ? QString() : QStringLiteral("\n")) + outcome.details.join(QLatin1Char('\n'));
        finish(t, TransactionState::Succeeded, message, QStringLiteral("succeeded"), status);
        return;
    }
    case Outcome::Kind::Failed:
        finish(t, TransactionState::Failed, outcome.message, QStringLiteral("failed"), status);
        return;
    case Outcome::Kind::Pending:
        if (cancelRequested) {
            finish(t, TransactionState::Cancelled, PurgeQueueTr::tr("cancelled; the provider had accepted the purge"),
                   QStringLiteral("cancelled"), status);
            return;
        }
        if (!outcome.statusRef.isEmpty())
            t.statusRef = outcome.statusRef;
        if (t.firstPolledAt == 0)
            t.firstPolledAt = now;
        if (now - t.firstPolledAt > qint64(runtime.limits.pollTimeoutSeconds) * 1000) {
            finish(t, TransactionState::Failed,
                   PurgeQueueTr::tr("no final status after %1 s of polling; the purge may still complete").arg(runtime.limits.pollTimeoutSeconds),
                   QStringLiteral("failed"), status);
            return;
        }
        t.state = TransactionState::WaitingForStatus;
        t.lastError.clear();
        t.nextAttemptAt = now + qint64(runtime.limits.pollIntervalSeconds * 1000);
        record(t, poll ? QStringLiteral("poll") : QStringLiteral("accepted"), status,
               outcome.progressPercent >= 0 ? PurgeQueueTr::tr("%1% done").arg(outcome.progressPercent) : outcome.message);
        schedule(t);
        return;
    case Outcome::Kind::Split:
        if (t.batch.targets.size() > 1 && !poll) {
            const auto [first, second] = Planner::halve(t.batch);
            TransactionRecord other = t;
            other.batch = second;
            other.state = TransactionState::Queued;
            other.attempts = 0;
            other.createdAt = now;
            other.nextAttemptAt = 0;
            flush();
            m_services.transactions->insert(other, PurgeQueueTr::tr("split from transaction %1 after: %2").arg(t.id).arg(outcome.message));
            t.batch = first;
            t.state = TransactionState::Queued;
            t.attempts = 0;
            t.nextAttemptAt = 0;
            record(t, QStringLiteral("split"), status,
                   PurgeQueueTr::tr("too large (%1); split into %2 + %3 targets").arg(outcome.message).arg(first.targets.size()).arg(second.targets.size()));
            schedule(t);
            track(other);
            return;
        }
        outcome.kind = Outcome::Kind::Failed;
        finish(t, TransactionState::Failed, PurgeQueueTr::tr("too large even with a single target: %1").arg(outcome.message),
               QStringLiteral("failed"), status);
        return;
    case Outcome::Kind::Retry:
        break;
    }

    // Retry.
    if (cancelRequested) {
        finish(t, TransactionState::Cancelled, PurgeQueueTr::tr("cancelled after: %1").arg(outcome.message), QStringLiteral("cancelled"), status);
        return;
    }
    RetryPolicy policy;
    policy.maxAttempts = runtime.limits.maxAttempts;
    policy.baseDelayMs = m_backoffBaseMs;
    policy.maxDelayMs = m_backoffCapMs;
    if (poll) {
        // A failed status poll is asked again later; the poll time limit bounds it.
        t.nextAttemptAt = now + qMax(policy.delayMs(qMin(t.polls, 10), outcome.retryAfterMs, QRandomGenerator::global()->generateDouble()),
                                     qint64(runtime.limits.pollIntervalSeconds * 1000));
        t.lastError = outcome.message;
        record(t, QStringLiteral("poll"), status, outcome.message);
        schedule(t);
        return;
    }
    if (!policy.mayRetry(t.attempts)) {
        finish(t, TransactionState::Failed, PurgeQueueTr::tr("gave up after %n attempt(s): %1", nullptr, t.attempts).arg(outcome.message),
               QStringLiteral("failed"), status);
        return;
    }
    const qint64 delay = policy.delayMs(t.attempts, outcome.retryAfterMs, QRandomGenerator::global()->generateDouble());
    t.state = TransactionState::RetryScheduled;
    t.lastError = outcome.message;
    t.nextAttemptAt = now + delay;
    record(t, QStringLiteral("retry"), status, PurgeQueueTr::tr("%1; retrying in %2 s").arg(outcome.message).arg(double(delay) / 1000.0, 0, 'f', 1));
    schedule(t);
}

void PurgeQueue::finish(TransactionRecord &t, TransactionState state, const QString &message, const QString &eventKind,
                        int httpStatus)
{
    unschedule(t.id);
    t.state = state;
    t.updatedAt = m_services.clock->nowMs();
    t.nextAttemptAt = 0;
    if (state == TransactionState::Succeeded)
        t.lastError.clear();
    else
        t.lastError = message;
    record(t, eventKind, httpStatus, message);
}

void PurgeQueue::record(const TransactionRecord &t, const QString &kind, int httpStatus, const QString &message)
{
    m_pendingWrites.append({t, EventRecord{t.id, t.updatedAt, kind, httpStatus, message}});
    if (m_pendingWrites.size() == 1)
        requestPump();   // flushes soon even when nothing else is due
}

bool PurgeQueue::flush()
{
    if (m_pendingWrites.isEmpty())
        return true;
    const auto writes = std::exchange(m_pendingWrites, {});
    if (!m_services.transactions->saveAll(writes)) {
        qWarning("purge queue: could not save %d state change(s)", int(writes.size()));
        return false;
    }
    bool anySettled = false;
    for (const auto &[t, event] : writes) {
        emit transactionChanged(m_tracked.value(t.id, t));
        anySettled = anySettled || (t.state != TransactionState::Queued && t.state != TransactionState::Sending);
    }
    if (anySettled)
        emit settled();
    return true;
}

QString PurgeQueue::redact(const SourceRuntime &runtime, QString text) const
{
    QStringList forms = runtime.secretForms.values();
    forms << runtime.secret.secret << runtime.secret.secret.trimmed();
    // Longest first, so a header value is replaced whole before the secret inside it.
    std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &form : std::as_const(forms))
        if (form.size() >= 3)
            text.replace(form, QStringLiteral("[redacted]"));
    return text;
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
        finish(*it, TransactionState::Cancelled, PurgeQueueTr::tr("cancelled before it was sent"), QStringLiteral("cancelled"));
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
        t.attempts = 0;
        t.polls = 0;
        t.firstPolledAt = 0;
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
            record(*tracked, QStringLiteral("requeued"), 0, PurgeQueueTr::tr("stopped while sending; queued again"));
        }
    }
    flush();
}

bool PurgeQueue::allAnswered() const
{
    if (!m_pendingWrites.isEmpty())
        return false;   // not answered until it is on disk
    for (const TransactionRecord &t : m_tracked)
        if (t.state == TransactionState::Queued || t.state == TransactionState::Sending)
            return false;
    return true;
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
