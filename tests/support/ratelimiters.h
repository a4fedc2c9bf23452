#pragma once

#include <QtGlobal>
#include <algorithm>
#include <deque>

// The two ways provider APIs enforce "N requests per second", for fake servers to refuse what
// a real one would refuse. Both count only the requests they accept, and take the time from
// the caller (a ManualClock in queue tests, the system clock in command-line tests).

// At most `limit` accepted requests in any window of `windowMs` ending now: (now - window, now].
class SlidingWindowLimiter
{
public:
    SlidingWindowLimiter(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}
    bool admit(qint64 nowMs)
    {
        while (!m_accepted.empty() && m_accepted.front() <= nowMs - m_windowMs)
            m_accepted.pop_front();
        if (int(m_accepted.size()) >= m_limit)
            return false;
        m_accepted.push_back(nowMs);
        return true;
    }

private:
    int m_limit;
    qint64 m_windowMs;
    std::deque<qint64> m_accepted;
};

// A bucket of `burst` tokens refilled at `ratePerSecond`, starting full.
class TokenBucketLimiter
{
public:
    TokenBucketLimiter(double ratePerSecond, int burst)
        : m_rate(ratePerSecond), m_burst(burst), m_tokens(burst)
    {
    }
    bool admit(qint64 nowMs)
    {
        if (m_started)
            m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_rate / 1000.0);
        m_started = true;
        m_lastMs = nowMs;
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = 0;
    bool m_started = false;
};
