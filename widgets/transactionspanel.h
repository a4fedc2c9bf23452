#pragma once

#include "core/transactionrecord.h"

#include <QWidget>
#include <functional>
#include <optional>

class ApprovalBar;
class PurgeService;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTimer;
class QToolButton;
class TransactionDetails;
class TransactionFilterProxy;
class TransactionTableModel;
class TransactionView;

// The transactions table with its filter bar, retry/cancel controls, the progress of the
// newest request and a details pane. It acts through PurgeService's queue and reads the model
// it is given (kept current by a TransactionFeed); it never reloads or resets the model.
class TransactionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionsPanel)
public:
    TransactionsPanel(PurgeService &service, TransactionTableModel *model, QWidget *parent = nullptr);

    QList<qint64> selectedIds() const;
    // Splitter sizes and header layout, for the window to keep across runs.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // Exposed for menus, toolbars and tests.
    QAction *retrySelectedAction() const { return m_retrySelected; }
    QAction *retryFailedAction() const { return m_retryFailed; }
    QAction *cancelSelectedAction() const { return m_cancelSelected; }
    QAction *cancelPendingAction() const { return m_cancelPending; }
    QAction *copyUrlsAction() const { return m_copyUrls; }
    QAction *copyCurlAction() const { return m_copyCurl; }
    TransactionView *view() const { return m_view; }
    TransactionFilterProxy *proxy() const { return m_proxy; }
    TransactionDetails *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *stateCombo() const { return m_stateCombo; }
    QComboBox *sourceCombo() const { return m_sourceCombo; }
    QComboBox *verifyCombo() const { return m_verifyCombo; }
    QLabel *progressLabel() const { return m_progressLabel; }
    ApprovalBar *approvalBar() const { return m_approvalBar; }

    // Asks why a request is rejected (withdrawn: by the one who asked for it); nullopt cancels.
    // Replaceable for tests.
    using AskRejectReason =
        std::function<std::optional<QString>(QWidget *parent, qint64 requestId, bool withdraw)>;
    void setAskRejectReason(AskRejectReason ask) { m_askRejectReason = std::move(ask); }

public slots:
    // Shows and selects a transaction, clearing filters that hide it (a notification click).
    void selectTransaction(qint64 id);
    // Refills the source filter from the profile's sources and the names in the table.
    void reloadSources();
    void focusFilter();
    void retrySelected();
    void retryAllFailed();
    void cancelSelected();
    void cancelAllPending();
    void copyUrls();
    void copyAsCurl();
    // A second person's decision on a request awaiting approval, through the engine (which
    // refuses the requester's own approval). Approved work is taken up at once.
    void approveRequest(qint64 requestId);
    void rejectRequest(qint64 requestId);

signals:
    // A one-line outcome of an action, for the status bar.
    void statusMessage(const QString &message);

private:
    QWidget *createFilterBar();
    QWidget *createControls();
    void createActions();
    void applyStateFilter();
    void scheduleUpdate();
    void updateStatus(); // progress, action availability, details of the current row
    QList<TransactionRecord> selectedTransactions() const;
    QList<qint64> idsWhere(bool (*pred)(TransactionState)) const;
    void showContextMenu(const QPoint &pos);
    // Shows in the approval bar the selected request if it awaits approval, else the oldest that does.
    void updateApprovalBar(const QList<qint64> &awaitingRequests);

    PurgeService &m_service;
    TransactionTableModel *m_model;
    TransactionFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_stateCombo;
    QComboBox *m_sourceCombo;
    QComboBox *m_verifyCombo;
    TransactionView *m_view;
    TransactionDetails *m_details;
    QSplitter *m_splitter;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QTimer *m_filterTimer;
    QTimer *m_updateTimer;
    QAction *m_retrySelected = nullptr;
    QAction *m_retryFailed = nullptr;
    QAction *m_cancelSelected = nullptr;
    QAction *m_cancelPending = nullptr;
    QAction *m_copyUrls = nullptr;
    QAction *m_copyCurl = nullptr;
    QAction *m_findAction = nullptr;
    ApprovalBar *m_approvalBar;
    RequestRecord m_shownApproval; // what the bar shows, to look it up once
    AskRejectReason m_askRejectReason;
};
