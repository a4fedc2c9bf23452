#pragma once

#include <QtGlobal>

// Pacing for one rate key: `rate` tokens per second up to `burst`. Pure arithmetic on times
// given by the caller, so it is exact under a ManualClock.
//
// It also backs off when the server says "too many" although the pacing kept to the documented
// rate (the account is shared with another tool, or the documented rate is wrong): the rate is
// cut multiplicatively on a 429 and creeps back additively with every accepted request, the way
// TCP's congestion control does, so a lower real limit is found without a stream of 429s.
class TokenBucket
{
public:
    // What one bucket has used, without its configured rate and burst: the part several
    // processes pacing the same rate key share (PacingLedger).
    struct State
    {
        double tokens = 1;
        qint64 lastMs = 0;
        qint64 pausedUntil = 0;
        double factor = 1;    // share of the configured rate in force (congestion control)
        qint64 lastCutMs = 0; // when the rate was last cut
    };

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

    // A request sent at sentAtMs was refused as over the limit. Cuts the rate once per episode:
    // replies to requests that were already in flight when the rate was last cut change nothing
    // (they were sent at the old rate and say nothing new). Returns whether the rate was cut.
    bool slowDown(qint64 sentAtMs, qint64 nowMs);
    // A request was accepted: the rate creeps back towards the configured one.
    void speedUp(qint64 nowMs);
    double currentRate() const { return m_rate * m_state.factor; }
    double configuredRate() const { return m_rate; }

    State state() const { return m_state; }
    // Takes over what another process recorded for the same key; values out of range are
    // brought back into it, so a damaged record cannot stop the pacing for long or unleash it.
    void restore(const State &state, qint64 nowMs);

    static constexpr double kCutFactor = 0.7; // the rate after a 429, as a share of the rate before
    static constexpr double kMinimumFactor = 0.05;
    // Share of the configured rate regained per accepted request: against a server that refuses
    // one request in ten at random the rate settles near 60% instead of collapsing, while a real
    // limit lower than the configured one draws a 429 about once every 15 requests.
    static constexpr double kRecoveryStep = 0.02;
    static constexpr qint64 kLongestPauseMs = qint64(30) * 24 * 3600 * 1000; // the longest retry budget

private:
    void refill(qint64 nowMs);
    double m_rate = 0;
    double m_burst = 1;
    State m_state;
};
