#pragma once

#include <QSocketNotifier>
#include <csignal>
#include <functional>
#include <memory>

// Turns SIGINT/SIGTERM into an event-loop event for as long as it lives, so a run stops between
// two steps of the queue instead of inside one.
class SignalCatcher final
{
    Q_DISABLE_COPY_MOVE(SignalCatcher)
public:
    explicit SignalCatcher(std::function<void()> handler);
    ~SignalCatcher();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};
