#pragma once

#include <QtGlobal>

// Exponential backoff with jitter, capped, and never sooner than the server asked.
struct RetryPolicy
{
    int maxAttempts = 0; // 0: no cap; the retry budget (QueueDecisions) ends retries
    qint64 baseDelayMs = 1000;
    qint64 maxDelayMs = 5 * 60 * 1000;

    bool mayRetry(int attemptsMade) const { return maxAttempts <= 0 || attemptsMade < maxAttempts; }
    // attempt: the number of attempts already made (1 after the first failure).
    // jitter01: a value in [0,1); the delay is spread over [d/2, d).
    qint64 delayMs(int attempt, qint64 retryAfterMs, double jitter01) const;
};
