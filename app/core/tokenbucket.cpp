#include "tokenbucket.h"

#include <cmath>

TokenBucket::TokenBucket(double ratePerSecond, int burst, qint64 nowMs)
    : m_rate(ratePerSecond), m_burst(qMax(1, burst)), m_tokens(qMax(1, burst)), m_lastMs(nowMs)
{
}

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs > m_lastMs) {
        m_tokens = qMin(m_burst, m_tokens + (nowMs - m_lastMs) * m_rate / 1000.0);
        m_lastMs = nowMs;
    }
}

double TokenBucket::tokens(qint64 nowMs)
{
    refill(nowMs);
    return m_tokens;
}

qint64 TokenBucket::take(qint64 nowMs)
{
    if (nowMs < m_pausedUntil)
        return m_pausedUntil - nowMs;
    if (isUnlimited())
        return 0;
    refill(nowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    // A rate may be as low as a setting can write (1e-300 per second): the wait is bounded, far
    // beyond any the queue sleeps at once, so that converting it to an integer stays defined.
    constexpr double kMaxWaitMs = 1e15;
    const double waitMs = std::ceil((1.0 - m_tokens) * 1000.0 / m_rate - 1e-6);
    return qMax<qint64>(1, qint64(qMin(waitMs, kMaxWaitMs)));
}

void TokenBucket::pauseUntil(qint64 whenMs)
{
    if (whenMs <= m_pausedUntil)
        return;
    m_pausedUntil = whenMs;
    m_tokens = isUnlimited() ? m_burst : 1.0;   // one request may probe when the pause ends
    m_lastMs = whenMs;
}

void TokenBucket::limitTokens(double remaining, qint64 nowMs)
{
    refill(nowMs);
    m_tokens = qMin(m_tokens, qMax(0.0, remaining));
}
