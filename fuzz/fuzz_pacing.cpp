// How a reply changes the pacing of its rate key: a pause from 429, Retry-After or a spent budget's
// *RateLimit-Reset, bounded by the retry budget, and the budget left from any *RateLimit-Remaining
// header. The change then goes
// into a token bucket as the queue applies it, which must keep answering with a finite wait.
#include "core/replyclassifier.h"
#include "core/tokenbucket.h"
#include "fuzzinput.h"
#include "queue/queuedecisions.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const HttpReply reply = FuzzInput::reply(FuzzInput::bytes(data, size));
    const Outcome outcome = ReplyClassifier::classify(reply);
    constexpr qint64 nowMs = 1700000000000;
    // 1 s (the least retry_for), the default budget, and the most retry_for allows (30 days).
    for (const qint64 maxPauseMs : {qint64(1000), qint64(1800) * 1000, qint64(30) * 24 * 3600 * 1000}) {
        const QueueDecisions::PacingChange change =
            QueueDecisions::pacingAfter(reply, outcome, nowMs, maxPauseMs);
        if (change.pauseUntilMs) {
            // A 429 or Retry-After pauses at least a second; a spent budget's reset header
            // (RateLimit-Remaining: 0 with -Reset) may pause for less, but never into the past.
            const bool askedToWait = (reply.isHttp() && reply.status == 429) ||
                                     (outcome.kind == Outcome::Kind::Retry && outcome.retryAfterMs > 0);
            FUZZ_CHECK(*change.pauseUntilMs >= nowMs + (askedToWait ? 1000 : 1));
            FUZZ_CHECK(*change.pauseUntilMs <= nowMs + qMax<qint64>(1000, maxPauseMs));
        }
        if (reply.isHttp() && reply.status == 429)
            FUZZ_CHECK(change.pauseUntilMs.has_value());

        TokenBucket bucket(10, 10, nowMs);
        if (change.pauseUntilMs)
            bucket.pauseUntil(*change.pauseUntilMs);
        if (change.remaining)
            bucket.limitTokens(*change.remaining, nowMs);
        const qint64 wait = bucket.take(nowMs);
        FUZZ_CHECK(wait >= 0 && wait <= qMax<qint64>(1000, maxPauseMs));
        FUZZ_CHECK(std::isfinite(bucket.tokens(nowMs)));
    }
    return 0;
}
