#include "queuedecisions.h"

#include <QCoreApplication>

#include <cmath>

namespace {
// Same context as before the decisions moved here, so the translations still apply.
struct PurgeQueueTr
{
    Q_DECLARE_TR_FUNCTIONS(PurgeQueue)
};
// "45 s" for a short wait, "12 min" for a long one.
QString durationText(qint64 ms)
{
    return ms < 120000 ? PurgeQueueTr::tr("%1 s").arg(ms / 1000) : PurgeQueueTr::tr("%1 min").arg(ms / 60000);
}
} // namespace

namespace QueueDecisions {

Decision afterOutcome(const TransactionRecord &t, const Outcome &outcome, bool poll, const Context &c)
{
    using K = Decision::Kind;
    const qint64 now = c.nowMs;
    switch (outcome.kind) {
    case Outcome::Kind::Succeeded: {
        QString message = outcome.message;
        if (!outcome.details.isEmpty())
            message += (message.isEmpty() ? QString() : QStringLiteral("\n")) +
                       outcome.details.join(QLatin1Char('\n'));
        return {K::Succeed, 0, message, QStringLiteral("succeeded")};
    }
    case Outcome::Kind::Failed:
        return {K::Fail, 0, outcome.message, QStringLiteral("failed")};
    case Outcome::Kind::Pending: {
        if (c.cancelRequested)
            return {K::Cancel, 0, PurgeQueueTr::tr("cancelled; the provider had accepted the purge"),
                    QStringLiteral("cancelled")};
        const qint64 firstPolledAt = t.firstPolledAt == 0 ? now : t.firstPolledAt;
        if (now - firstPolledAt > qint64(c.limits.pollTimeoutSeconds) * 1000)
            return {K::Fail, 0,
                    PurgeQueueTr::tr("no final status after %1 s of polling; the purge may still complete")
                        .arg(c.limits.pollTimeoutSeconds),
                    QStringLiteral("failed")};
        const QString message = outcome.progressPercent >= 0
                                    ? PurgeQueueTr::tr("%1% done").arg(outcome.progressPercent)
                                    : outcome.message;
        return {K::Poll, now + qint64(c.limits.pollIntervalSeconds * 1000), message,
                poll ? QStringLiteral("poll") : QStringLiteral("accepted")};
    }
    case Outcome::Kind::Split:
        if (t.batch.targets.size() > 1 && !poll)
            return {K::Split, now, outcome.message, QStringLiteral("split")};
        return {K::Fail, 0, PurgeQueueTr::tr("too large even with a single target: %1").arg(outcome.message),
                QStringLiteral("failed")};
    case Outcome::Kind::Retry:
        break;
    }
    if (c.cancelRequested)
        return {K::Cancel, 0, PurgeQueueTr::tr("cancelled after: %1").arg(outcome.message),
                QStringLiteral("cancelled")};
    if (poll) {
        // A failed status poll is asked again later; the poll time limit bounds it.
        const qint64 delay = qMax(c.policy.delayMs(qMin(t.polls, 10), outcome.retryAfterMs, c.jitter01),
                                  qint64(c.limits.pollIntervalSeconds * 1000));
        return {K::Poll, now + delay, outcome.message, QStringLiteral("poll")};
    }
    // A throttled send does not count (the queue takes its attempt back), so the cap is checked
    // against the attempts that did.
    if (!c.throttled && !c.policy.mayRetry(t.attempts))
        return {K::Fail, 0,
                PurgeQueueTr::tr("gave up after %n attempt(s): %1", nullptr, t.attempts).arg(outcome.message),
                QStringLiteral("failed")};
    const qint64 since = t.retryingSince > 0 ? t.retryingSince : now;
    const qint64 deadline = since + retryBudgetMs(c);
    if (now >= deadline)
        return {K::Fail, 0,
                PurgeQueueTr::tr("still failing after %1 of retries (%n attempt(s)): %2", nullptr, t.attempts)
                    .arg(durationText(now - since), outcome.message),
                QStringLiteral("failed")};
    // A throttled request goes again when the server said, else soon: the rate key's pacing (cut
    // by the same reply) spaces it, so backing off exponentially as well would only waste time.
    const qint64 delay = c.throttled ? qMax<qint64>(outcome.retryAfterMs, 1000)
                                     : c.policy.delayMs(t.attempts, outcome.retryAfterMs, c.jitter01);
    const QString event = c.throttled ? QStringLiteral("throttled") : QStringLiteral("retry");
    if (now + delay > deadline) {
        // The last try goes when the budget ends; a server that asked for longer is quoted.
        const QString message =
            outcome.retryAfterMs > deadline - now
                ? PurgeQueueTr::tr(
                      "%1 (the server asked to wait %2 s, past the retry budget; tried once more "
                      "when the budget ends)")
                      .arg(outcome.message)
                      .arg(outcome.retryAfterMs / 1000)
                : outcome.message;
        return {K::Retry, deadline, message, event};
    }
    return {K::Retry, now + delay, outcome.message, event};
}

qint64 retryBudgetMs(const Context &c)
{
    return qint64(c.limits.retryForSeconds) * 1000;
}

bool isThrottle(const HttpReply &reply, const Outcome &outcome)
{
    return outcome.kind == Outcome::Kind::Retry &&
           (outcome.throttled || (reply.isHttp() && reply.status == 429));
}

double pacedRate(double statedRatePerSecond)
{
    return statedRatePerSecond * kPacingShare;
}

bool mayDispatch(int sourceInFlight, int sourceConcurrency, int globalInFlight, int globalConcurrency)
{
    return sourceInFlight < sourceConcurrency && globalInFlight < globalConcurrency;
}

InProgressLoad loadOf(const PurgeBatch &batch)
{
    InProgressLoad load;
    if (batch.match == MatchKind::All)
        load.wildcards = 1;
    else if (batch.match == MatchKind::Prefix)
        load.wildcards = int(batch.targets.size());
    else
        load.items = int(batch.targets.size());
    return load;
}

bool hasInProgressLimit(const EffectiveLimits &limits)
{
    return limits.maxItemsInProgress > 0 || limits.maxWildcardsInProgress > 0;
}

bool fitsInProgress(const InProgressLoad &inProgress, const PurgeBatch &batch, const EffectiveLimits &limits)
{
    const InProgressLoad more = loadOf(batch);
    const auto fits = [](int held, int adding, int capacity) {
        return capacity <= 0 || adding == 0 || held == 0 || held + adding <= capacity;
    };
    return fits(inProgress.items, more.items, limits.maxItemsInProgress) &&
           fits(inProgress.wildcards, more.wildcards, limits.maxWildcardsInProgress);
}

PacingChange pacingAfter(const HttpReply &reply, const Outcome &outcome, qint64 nowMs, qint64 maxPauseMs)
{
    PacingChange change;
    if (!reply.isHttp())
        return change;
    if (reply.status == 429 || (outcome.kind == Outcome::Kind::Retry && outcome.retryAfterMs > 0))
        change.pauseUntilMs =
            nowMs + qBound<qint64>(1000, outcome.retryAfterMs, qMax<qint64>(1000, maxPauseMs));
    // The budget left, in any of the spellings APIs use: RateLimit-Remaining (the IETF draft),
    // X-RateLimit-Remaining, X-Rate-Limit-Remaining, and vendor-prefixed forms of them
    // (Fastly-RateLimit-Remaining); with it, when the budget comes back (…-Reset).
    std::optional<double> resetSeconds;
    for (const auto &[name, value] : reply.headers) {
        const QByteArray plain = name.toLower().replace('-', QByteArray()).replace('_', QByteArray());
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok || !(number >= 0) || !std::isfinite(number))
            continue;
        if (plain.endsWith("ratelimitremaining"))
            change.remaining = change.remaining ? qMin(*change.remaining, number) : number;
        else if (plain.endsWith("ratelimitreset"))
            resetSeconds = number;
    }
    // Nothing left: nothing goes before the reset. It is delta-seconds in the IETF draft and in
    // most APIs, Unix time in Fastly's (Fastly-RateLimit-Reset) and GitHub's: a value past
    // 2001-09-09 can only be the latter.
    if (change.remaining && *change.remaining < 1 && resetSeconds) {
        const qint64 cap = qMax<qint64>(1000, maxPauseMs);
        const qint64 untilMs = *resetSeconds >= 1e9 ? qint64(qMin(*resetSeconds, 4e12)) * 1000
                                                    : nowMs + qint64(qMin(*resetSeconds * 1000, double(cap)));
        const qint64 bounded = qBound(nowMs, untilMs, nowMs + cap);
        if (bounded > nowMs)
            change.pauseUntilMs = qMax(change.pauseUntilMs.value_or(0), bounded);
    }
    return change;
}

RateBucket rateBucket(const QString &rateKey, const QString &rateClass, const EffectiveLimits &limits)
{
    const auto it = limits.rateClasses.constFind(rateClass);
    if (rateClass.isEmpty() || it == limits.rateClasses.cend())
        return {rateKey, limits.ratePerSecond, limits.burst};
    return {rateKey + QLatin1Char('#') + rateClass, it->ratePerSecond, it->burst};
}

} // namespace QueueDecisions
