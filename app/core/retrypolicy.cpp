#include "retrypolicy.h"

#include <algorithm>

qint64 RetryPolicy::delayMs(int attempt, qint64 retryAfterMs, double jitter01) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double exponential = std::min<double>(double(maxDelayMs), double(baseDelayMs) * double(1LL << exponent));
    const qint64 jittered = qint64(exponential * (0.5 + 0.5 * std::clamp(jitter01, 0.0, 1.0)));
    return std::max(jittered, retryAfterMs);
}
