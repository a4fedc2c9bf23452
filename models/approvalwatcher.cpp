#include "approvalwatcher.h"

#include "transactiontablemodel.h"

#include <QTimer>
#include <algorithm>

ApprovalWatcher::ApprovalWatcher(TransactionTableModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &ApprovalWatcher::announce);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { look(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                look(topLeft.row(), bottomRight.row());
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { look(0, m_model->rowCount() - 1); });
}

void ApprovalWatcher::setDelay(int ms)
{
    m_timer->setInterval(qMax(0, ms));
}

void ApprovalWatcher::look(int firstRow, int lastRow)
{
    for (int row = qMax(0, firstRow); row <= lastRow && row < m_model->rowCount(); ++row) {
        const TransactionRecord &t = m_model->transactionAt(row);
        if (t.state != TransactionState::AwaitingApproval || m_told.contains(t.requestId))
            continue;
        m_told.insert(t.requestId);
        m_fresh << t.requestId;
    }
    if (!m_fresh.isEmpty() && !m_timer->isActive())
        m_timer->start();
}

void ApprovalWatcher::announce()
{
    if (m_fresh.isEmpty())
        return;
    QList<qint64> ids = std::exchange(m_fresh, {});
    std::sort(ids.begin(), ids.end());
    emit requestsAwaitApproval(ids);
}
