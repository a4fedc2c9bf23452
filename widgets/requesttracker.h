#pragma once

#include "core/transactionrecord.h"
#include "trayicon.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>

// How a request ended, once all of its transactions are final.
struct RequestOutcome
{
    qint64 requestId = 0;
    int succeeded = 0;
    int failed = 0;
    int cancelled = 0;
    QStringList sources;
};
Q_DECLARE_METATYPE(RequestOutcome)

// Follows the queue's transactions per request: tells when a request has finished (all of its
// transactions final) and what the tray should show: Working while anything is open, Failed
// when the last finished request had failures, Idle otherwise.
// Feed it PurgeQueue::transactionAdded and ::transactionChanged.
class RequestTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTracker)
public:
    explicit RequestTracker(QObject *parent = nullptr);

    TrayState state() const;
    bool hasOpenWork() const { return m_openTotal > 0; }
    int openCount() const { return m_openTotal; }

public slots:
    void update(const TransactionRecord &transaction);

signals:
    void requestFinished(const RequestOutcome &outcome);
    void stateChanged(TrayState state);

private:
    struct Request
    {
        QHash<qint64, TransactionState> states;
        QStringList sources;
        int open = 0;
    };
    RequestOutcome outcomeOf(qint64 requestId, const Request &request) const;
    void forgetOldRequests();

    QHash<qint64, Request> m_requests;
    QList<qint64> m_finishedOrder; // oldest first, to bound memory in a long session
    int m_openTotal = 0;
    bool m_lastFinishedFailed = false;
};
