#pragma once

#include <QtGlobal>

// Pacing for one rate key: `rate` tokens per second up to `burst`. Pure arithmetic on times
// given by the caller, so it is exact under a ManualClock.
class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(double ratePerSecond, int burst, qint64 nowMs);

    bool isUnlimited() const { return m_rate <= 0; }
    // Takes a token if one is there; returns 0, or how many ms until one will be.
    qint64 take(qint64 nowMs);
    // Server said "not before": nothing is taken until then, and the bucket restarts empty.
    void pauseUntil(qint64 whenMs);
    // Server reported remaining budget (X-Ratelimit-Remaining and similar).
    void limitTokens(double remaining, qint64 nowMs);
    double tokens(qint64 nowMs);

private:
    void refill(qint64 nowMs);
    double m_rate = 0;
    double m_burst = 1;
    double m_tokens = 1;
    qint64 m_lastMs = 0;
    qint64 m_pausedUntil = 0;
};
