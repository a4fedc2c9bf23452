#include "tokenbucket.h"

#include <algorithm>
#include <cmath>

TokenBucket::TokenBucket(double ratePerSecond, int burst, qint64 nowMs)
    : m_rate(ratePerSecond), m_burst(qMax(1, burst))
{
    m_state.tokens = m_burst;
    m_state.lastMs = nowMs;
}

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs > m_state.lastMs) {
        m_state.tokens = qMin(m_burst, m_state.tokens + (nowMs - m_state.lastMs) * currentRate() / 1000.0);
        m_state.lastMs = nowMs;
    }
}

double TokenBucket::tokens(qint64 nowMs)
{
    refill(nowMs);
    return m_state.tokens;
}

qint64 TokenBucket::take(qint64 nowMs)
{
    if (nowMs < m_state.pausedUntil)
        return m_state.pausedUntil - nowMs;
    if (isUnlimited())
        return 0;
    refill(nowMs);
    if (m_state.tokens >= 1.0) {
        m_state.tokens -= 1.0;
        return 0;
    }
    // A rate may be as low as a setting can write (1e-300 per second): the wait is bounded, far
    // beyond any the queue sleeps at once, so that converting it to an integer stays defined.
    constexpr double kMaxWaitMs = 1e15;
    const double waitMs = std::ceil((1.0 - m_state.tokens) * 1000.0 / currentRate() - 1e-6);
    return qMax<qint64>(1, qint64(qMin(waitMs, kMaxWaitMs)));
}

void TokenBucket::pauseUntil(qint64 whenMs)
{
    if (whenMs <= m_state.pausedUntil)
        return;
    m_state.pausedUntil = whenMs;
    m_state.tokens = isUnlimited() ? m_burst : 1.0; // one request may probe when the pause ends
    m_state.lastMs = whenMs;
}

void TokenBucket::limitTokens(double remaining, qint64 nowMs)
{
    refill(nowMs);
    m_state.tokens = qMin(m_state.tokens, qMax(0.0, remaining));
}

bool TokenBucket::slowDown(qint64 sentAtMs, qint64 nowMs)
{
    if (isUnlimited() || sentAtMs < m_state.lastCutMs)
        return false;
    refill(nowMs); // what was earned at the old rate stays earned
    m_state.factor = qMax(kMinimumFactor, m_state.factor * kCutFactor);
    m_state.lastCutMs = nowMs;
    return true;
}

void TokenBucket::speedUp(qint64 nowMs)
{
    refill(nowMs);
    m_state.factor = qMin(1.0, m_state.factor + kRecoveryStep);
}

void TokenBucket::restore(const State &state, qint64 nowMs)
{
    const auto finite = [](double value, double fallback) { return std::isfinite(value) ? value : fallback; };
    m_state.tokens = std::clamp(finite(state.tokens, 0.0), 0.0, m_burst);
    // A record from the future (a clock set back) counts from now; one from the past refills.
    m_state.lastMs = qMin(state.lastMs, nowMs);
    m_state.pausedUntil = qMin(state.pausedUntil, nowMs + kLongestPauseMs);
    m_state.factor = std::clamp(finite(state.factor, 1.0), kMinimumFactor, 1.0);
    m_state.lastCutMs = qMin(state.lastCutMs, nowMs);
}
