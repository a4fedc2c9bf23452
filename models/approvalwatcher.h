#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QModelIndex;
class QTimer;
class TransactionTableModel;

// Notices requests that come to await a second person's approval, whoever asked for them (this
// window, a command line, another desktop on a shared profile: they all reach the table), and
// tells of each once, a few at a time, so the window can notify.
class ApprovalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalWatcher)
public:
    explicit ApprovalWatcher(TransactionTableModel *model, QObject *parent = nullptr);

    // Request ids told of since the last announcement are held this long, so that a request's
    // transactions (or a history full of them) make one announcement.
    void setDelay(int ms);

signals:
    // Requests newly seen awaiting approval, ascending; each request is told of once.
    void requestsAwaitApproval(const QList<qint64> &requestIds);

private:
    void look(int firstRow, int lastRow);
    void announce();

    TransactionTableModel *m_model;
    QTimer *m_timer;
    QSet<qint64> m_told;
    QList<qint64> m_fresh;
};
