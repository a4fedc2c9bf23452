#include "requesttracker.h"

namespace {
// Finished requests are kept so that a retry of some of their transactions reports the whole
// request again; older ones are forgotten.
constexpr int KeptFinishedRequests = 200;
} // namespace

RequestTracker::RequestTracker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<RequestOutcome>();
    qRegisterMetaType<TrayState>();
}

TrayState RequestTracker::state() const
{
    if (m_openTotal > 0)
        return TrayState::Working;
    return m_lastFinishedFailed ? TrayState::Failed : TrayState::Idle;
}

void RequestTracker::update(const TransactionRecord &t)
{
    const TrayState before = state();
    Request &request = m_requests[t.requestId];
    const auto it = request.states.find(t.id);
    const bool wasOpen = it != request.states.end() && !isFinal(it.value());
    const bool nowOpen = !isFinal(t.state);
    if (it == request.states.end())
        request.states.insert(t.id, t.state);
    else
        it.value() = t.state;
    if (!t.sourceName.isEmpty() && !request.sources.contains(t.sourceName))
        request.sources.append(t.sourceName);

    const int delta = int(nowOpen) - int(wasOpen);
    request.open += delta;
    m_openTotal += delta;

    RequestOutcome outcome;
    const bool finished = wasOpen && !nowOpen && request.open == 0;
    if (nowOpen && !wasOpen) {
        m_finishedOrder.removeOne(t.requestId);   // retried: open again
    } else if (finished) {
        outcome = outcomeOf(t.requestId, request);
        m_finishedOrder.removeOne(t.requestId);
        m_finishedOrder.append(t.requestId);
        m_lastFinishedFailed = outcome.failed > 0;
    }
    // `request` may dangle after this.
    forgetOldRequests();

    if (state() != before)
        emit stateChanged(state());
    if (finished)
        emit requestFinished(outcome);
}

RequestOutcome RequestTracker::outcomeOf(qint64 requestId, const Request &request) const
{
    RequestOutcome outcome;
    outcome.requestId = requestId;
    outcome.sources = request.sources;
    for (TransactionState s : request.states) {
        if (s == TransactionState::Succeeded)
            ++outcome.succeeded;
        else if (s == TransactionState::Failed)
            ++outcome.failed;
        else if (s == TransactionState::Cancelled)
            ++outcome.cancelled;
    }
    return outcome;
}

void RequestTracker::forgetOldRequests()
{
    while (m_finishedOrder.size() > KeptFinishedRequests)
        m_requests.remove(m_finishedOrder.takeFirst());
}
