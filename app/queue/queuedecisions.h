#pragma once

#include "core/httpexchange.h"
#include "core/retrypolicy.h"
#include "core/transactionrecord.h"
#include "providers/providerregistry.h"

#include <QString>
#include <optional>

// The queue's decisions as pure functions of (transaction, outcome, limits, time): what state
// comes next and when. PurgeQueue only carries them out (scheduling, writing, sending), so every
// rule here is tested with data rows and no event loop.
namespace QueueDecisions {

struct Decision
{
    enum class Kind {
        Succeed, // final: succeeded
        Fail,    // final: failed with message
        Cancel,  // final: cancelled with message
        Poll,    // ask for the status at `at`
        Retry,   // send again at `at`
        Split    // too large: halve the batch and queue both halves now
    };
    Kind kind = Kind::Fail;
    qint64 at = 0;   // ms since epoch, for Poll and Retry
    QString message; // why; stored as the transaction's last error / the event's text
    QString event;   // the event kind written with it ("succeeded", "retry", "poll", ...)
};

struct Context
{
    EffectiveLimits limits;
    RetryPolicy policy;
    qint64 nowMs = 0;
    double jitter01 = 0.5;        // a value in [0,1) that spreads backoff delays
    bool cancelRequested = false; // the user cancelled while the request was in flight
    bool throttled = false;       // the reply asked to slow down (isThrottle): not counted as an attempt
};
// How long a transaction keeps being retried from its first failed attempt (its retry budget).
qint64 retryBudgetMs(const Context &context);

// Whether a reply only asked to slow down: a 429, or what a provider reads as throttling
// (Outcome::throttled). Such replies never use up attempts.
bool isThrottle(const HttpReply &reply, const Outcome &outcome);

// Pacing runs this far under a stated rate: requests leave evenly spaced, but their arrival at
// the server jitters, and a server counting "N per second" over a sliding second refuses the
// (N+1)th that lands a millisecond early. 2% leaves 20 ms of jitter at any rate.
constexpr double kPacingShare = 0.98;
// The rate and burst a stated limit is paced with.
double pacedRate(double statedRatePerSecond);

// After a reply (or a local run) to a purge request (poll == false) or a status poll.
Decision afterOutcome(const TransactionRecord &t, const Outcome &outcome, bool poll, const Context &context);

// Whether one more request may go out now: the source's bound and the global bound.
bool mayDispatch(int sourceInFlight, int sourceConcurrency, int globalInFlight, int globalConcurrency);

// What a batch holds in progress at its provider once accepted: prefix and purge-all targets
// are wildcards, every other target an item (ProviderLimits::maxItemsInProgress).
struct InProgressLoad
{
    int items = 0;
    int wildcards = 0;
    InProgressLoad &operator+=(const InProgressLoad &other)
    {
        items += other.items;
        wildcards += other.wildcards;
        return *this;
    }
};
InProgressLoad loadOf(const PurgeBatch &batch);
bool hasInProgressLimit(const EffectiveLimits &limits);
// Whether batch may be sent while inProgress is accepted and unfinished under the same
// capacity key. A batch larger than a capacity on its own goes when nothing of its kind is in
// progress, so no batch waits for ever.
bool fitsInProgress(const InProgressLoad &inProgress, const PurgeBatch &batch, const EffectiveLimits &limits);

// How a reply changes the pacing of its rate key.
struct PacingChange
{
    std::optional<qint64> pauseUntilMs; // nothing sent before then (429, Retry-After)
    std::optional<double> remaining;    // the budget the server says is left (X-RateLimit-Remaining, ...)
};
// maxPauseMs bounds how long a Retry-After may stop the whole rate key.
PacingChange pacingAfter(const HttpReply &reply, const Outcome &outcome, qint64 nowMs,
                         qint64 maxPauseMs = qint64(1800) * 1000);

// The token bucket a batch is paced by: its source's rate key with the source's limits, or, for a
// batch of one of the provider's rate classes, that class's own bucket under the same key.
struct RateBucket
{
    QString key;
    double ratePerSecond = 0;
    int burst = 1;
};
RateBucket rateBucket(const QString &rateKey, const QString &rateClass, const EffectiveLimits &limits);

} // namespace QueueDecisions
