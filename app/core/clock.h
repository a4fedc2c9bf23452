#pragma once

#include <QObject>

// Time as the queue sees it. Tests use ManualClock so backoff and pacing run without sleeping.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual qint64 nowMs() const = 0;

signals:
    // Emitted when time jumps (ManualClock::advance); the queue re-checks what is due.
    void advanced();
};

class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    qint64 nowMs() const override;
};

class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000, QObject *parent = nullptr)
        : Clock(parent), m_now(startMs) {}
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms)
    {
        m_now += ms;
        emit advanced();
    }

private:
    qint64 m_now;
};
