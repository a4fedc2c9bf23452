#pragma once

#include "core/transactionrecord.h"

#include <QFrame>

class QLabel;
class QPushButton;

// The bar above the transactions that says a request awaits a second person's approval, with
// what it would do, who asked and why it needs approval, and offers to approve or reject it.
// It decides nothing: its buttons ask, and the panel acts through the engine.
class ApprovalBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalBar)
public:
    explicit ApprovalBar(QWidget *parent = nullptr);

    // Shows a request awaiting approval; othersAwaiting: how many more do. The one who asked it
    // may withdraw it, never approve it, so for them Approve is off and Reject reads Withdraw.
    void showRequest(const RequestRecord &request, int othersAwaiting, bool askedByMe);
    // Nothing awaits: the bar hides.
    void clear();

    qint64 requestId() const { return m_requestId; }
    QString text() const;
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }

signals:
    void approveRequested(qint64 requestId);
    void rejectRequested(qint64 requestId);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_approve;
    QPushButton *m_reject;
    qint64 m_requestId = 0;
};
