#include "transactionspanel.h"

#include "approvalbar.h"
#include "elidedlabel.h"

#include "queue/purgeservice.h"
#include "queue/verifier.h"
#include "queue/verifytext.h"
#include "transactiondetails.h"
#include "transactionfilterproxy.h"
#include "transactionpreview.h"
#include "transactiontablemodel.h"
#include "transactionview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSet>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

bool isPending(TransactionState state)
{
    return !isFinal(state);
}

bool isRetryable(TransactionState state)
{
    return state == TransactionState::Failed || state == TransactionState::Cancelled;
}

bool isFailed(TransactionState state)
{
    return state == TransactionState::Failed;
}

constexpr quint32 kStateVersion = 1;

} // namespace

TransactionsPanel::TransactionsPanel(PurgeService &service, TransactionTableModel *model, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(model), m_proxy(new TransactionFilterProxy(this)),
      m_filter(new QLineEdit(this)), m_stateCombo(new QComboBox(this)), m_sourceCombo(new QComboBox(this)),
      m_verifyCombo(new QComboBox(this)), m_view(new TransactionView(this)),
      m_details(new TransactionDetails(service, this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_progressLabel(new ElidedLabel(this)), m_progressBar(new QProgressBar(this)),
      m_filterTimer(new QTimer(this)), m_updateTimer(new QTimer(this)), m_approvalBar(new ApprovalBar(this))
{
    m_proxy->setSourceModel(m_model);
    createActions();

    m_view->setModel(m_proxy);
    m_view->setUpColumns();
    m_view->setAccessibleName(tr("Transactions"));

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({300, 200}); // the details need about seven lines
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_approvalBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(createControls());

    // Status, availability and details follow the model, at most every 100 ms: with a busy
    // queue the model changes far more often than anyone can read.
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(100);
    connect(m_updateTimer, &QTimer::timeout, this, &TransactionsPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TransactionsPanel::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransactionsPanel::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransactionsPanel::scheduleUpdate);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransactionsPanel::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransactionsPanel::updateStatus);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TransactionsPanel::showContextMenu);
    // The details follow what the filter leaves: a hidden transaction's details are not left up.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TransactionsPanel::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TransactionsPanel::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TransactionsPanel::scheduleUpdate);

    connect(m_approvalBar, &ApprovalBar::approveRequested, this, &TransactionsPanel::approveRequest);
    connect(m_approvalBar, &ApprovalBar::rejectRequested, this, &TransactionsPanel::rejectRequest);
    m_askRejectReason = [](QWidget *parent, qint64 requestId, bool withdraw) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            parent,
            withdraw ? tr("Withdraw request %1").arg(requestId) : tr("Reject request %1").arg(requestId),
            withdraw ? tr("Why is it withdrawn? (optional)")
                     : tr("Why is it rejected? The one who asked sees this."),
            QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    };

    reloadSources();
    updateStatus();
}

void TransactionsPanel::createActions()
{
    const auto make = [this](const QString &text, const QString &icon, const QKeySequence &keys,
                             QWidget *scope, void (TransactionsPanel::*slot)()) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcut(keys);
        // Scoped to this panel (or to the table) so other panels keep their own Ctrl+C and Del.
        action->setShortcutContext(scope == this ? Qt::WidgetWithChildrenShortcut : Qt::WidgetShortcut);
        scope->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_retrySelected = make(tr("&Retry selected"), QStringLiteral("view-refresh"), QKeySequence(tr("Ctrl+R")),
                           this, &TransactionsPanel::retrySelected);
    m_retryFailed = make(tr("Retry all &failed"), QStringLiteral("view-refresh"),
                         QKeySequence(tr("Ctrl+Shift+R")), this, &TransactionsPanel::retryAllFailed);
    m_cancelSelected = make(tr("&Cancel selected"), QStringLiteral("process-stop"),
                            QKeySequence(QKeySequence::Delete), m_view, &TransactionsPanel::cancelSelected);
    m_cancelPending = make(tr("Cancel all &pending"), QStringLiteral("process-stop"),
                           QKeySequence(tr("Ctrl+Shift+Del")), this, &TransactionsPanel::cancelAllPending);
    m_copyUrls = make(tr("Copy &URLs"), QStringLiteral("edit-copy"), QKeySequence(QKeySequence::Copy), m_view,
                      &TransactionsPanel::copyUrls);
    m_copyCurl = make(tr("Copy as c&url"), QStringLiteral("utilities-terminal"),
                      QKeySequence(tr("Ctrl+Shift+C")), m_view, &TransactionsPanel::copyAsCurl);
    m_findAction = make(tr("Filter transactions"), QStringLiteral("edit-find"),
                        QKeySequence(QKeySequence::Find), this, &TransactionsPanel::focusFilter);
    m_retrySelected->setToolTip(
        tr("Put the selected failed or cancelled transactions back in the queue (Ctrl+R)"));
    m_retryFailed->setToolTip(tr("Put every failed transaction back in the queue (Ctrl+Shift+R)"));
    m_cancelSelected->setToolTip(tr("Stop the selected transactions that have not been sent (Del)"));
    m_cancelPending->setToolTip(tr("Stop every transaction that has not finished (Ctrl+Shift+Del)"));
    m_copyCurl->setToolTip(tr("Copy the selected transactions as curl commands, credentials redacted"));
}

QWidget *TransactionsPanel::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setPlaceholderText(tr("Filter by URL, source, error or provider ID (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter text"));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150); // one filter pass per pause in typing, not per key
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_proxy->setTextFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        m_proxy->setTextFilter(m_filter->text());
    });

    using S = TransactionState;
    const auto addStates = [this](const QString &label, const QList<S> &states) {
        QVariantList values;
        for (S state : states)
            values << int(state);
        m_stateCombo->addItem(label, values);
    };
    addStates(tr("All states"), {});
    addStates(tr("Not finished"), {S::Queued, S::Sending, S::WaitingForStatus, S::RetryScheduled});
    addStates(tr("Failed or cancelled"), {S::Failed, S::Cancelled});
    for (S state : {S::Queued, S::Sending, S::WaitingForStatus, S::RetryScheduled, S::Succeeded, S::Failed,
                    S::Cancelled}) {
        addStates(TransactionTableModel::stateLabel(state), {state});
        m_stateCombo->setItemIcon(m_stateCombo->count() - 1, TransactionTableModel::stateIcon(state));
    }
    m_stateCombo->setAccessibleName(tr("State filter"));
    m_stateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &TransactionsPanel::applyStateFilter);

    m_sourceCombo->setAccessibleName(tr("Source filter"));
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceCombo->setMinimumContentsLength(12);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSourceFilter(m_sourceCombo->currentData().toString()); });

    // Whether purges took effect, as the verifier judged them.
    m_verifyCombo->addItem(tr("Any verification"), QStringList());
    m_verifyCombo->addItem(TransactionTableModel::verifyIcon(VerifyState::kStale),
                           VerifyText::stateLabel(VerifyState::kStale), QStringList{VerifyState::kStale});
    m_verifyCombo->addItem(TransactionTableModel::verifyIcon(VerifyState::kFresh),
                           VerifyText::stateLabel(VerifyState::kFresh), QStringList{VerifyState::kFresh});
    m_verifyCombo->addItem(TransactionTableModel::verifyIcon(VerifyState::kCannotTell),
                           VerifyText::stateLabel(VerifyState::kCannotTell),
                           QStringList{VerifyState::kCannotTell});
    m_verifyCombo->addItem(TransactionTableModel::verifyIcon(VerifyState::kPending), tr("Being verified"),
                           QStringList{VerifyState::kPending, VerifyState::kRepurging});
    m_verifyCombo->addItem(VerifyText::stateLabel(QString()), QStringList{QString()});
    m_verifyCombo->setAccessibleName(tr("Verification filter"));
    m_verifyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_verifyCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setVerifyFilter(m_verifyCombo->currentData().toStringList()); });

    layout->addWidget(m_filter, 1);
    layout->addWidget(m_stateCombo);
    layout->addWidget(m_verifyCombo);
    layout->addWidget(m_sourceCombo);
    return bar;
}

QWidget *TransactionsPanel::createControls()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_retrySelected, m_retryFailed, m_cancelSelected, m_cancelPending}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        layout->addWidget(button);
    }
    // The progress text takes the rest of the row and is elided there, so a longer text never
    // widens the window or shifts the panels beside it.
    m_progressLabel->setAccessibleName(tr("Progress of the newest request"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(160);
    m_progressBar->setAccessibleName(tr("Progress of the newest request"));
    layout->addWidget(m_progressLabel, 1);
    layout->addWidget(m_progressBar);
    return bar;
}

void TransactionsPanel::applyStateFilter()
{
    QList<TransactionState> states;
    for (const QVariant &value : m_stateCombo->currentData().toList())
        states.append(TransactionState(value.toInt()));
    m_proxy->setStateFilter(states);
}

void TransactionsPanel::reloadSources()
{
    QStringList names;
    for (const SourceConfig &source : m_service.sources().list())
        names << source.name;
    QSet<QString> seen(names.cbegin(), names.cend());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString &name = m_model->transactionAt(row).sourceName;
        if (!seen.contains(name)) { // removed sources still have history
            seen.insert(name);
            names << name;
        }
    }
    names.sort(Qt::CaseInsensitive);
    const QString current = m_sourceCombo->currentData().toString();
    const QSignalBlocker blocker(m_sourceCombo);
    m_sourceCombo->clear();
    m_sourceCombo->addItem(tr("All sources"), QString());
    for (const QString &name : std::as_const(names))
        m_sourceCombo->addItem(name, name);
    const int index = m_sourceCombo->findData(current);
    m_sourceCombo->setCurrentIndex(qMax(0, index));
    m_proxy->setSourceFilter(m_sourceCombo->currentData().toString());
}

void TransactionsPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TransactionsPanel::selectTransaction(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        m_filterTimer->stop();
        m_proxy->setTextFilter({});
        m_stateCombo->setCurrentIndex(0);
        m_sourceCombo->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QList<TransactionRecord> TransactionsPanel::selectedTransactions() const
{
    QList<TransactionRecord> result;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        result.append(m_proxy->transactionAt(index.row()));
    return result;
}

QList<qint64> TransactionsPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const TransactionRecord &t : selectedTransactions())
        ids << t.id;
    return ids;
}

QList<qint64> TransactionsPanel::idsWhere(bool (*pred)(TransactionState)) const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TransactionRecord &t = m_model->transactionAt(row);
        if (pred(t.state))
            ids << t.id;
    }
    return ids;
}

void TransactionsPanel::retrySelected()
{
    QList<qint64> ids;
    for (const TransactionRecord &t : selectedTransactions())
        if (isRetryable(t.state))
            ids << t.id;
    const int count = int(m_service.queue().retry(ids).size());
    emit statusMessage(tr("%n transaction(s) queued again", nullptr, count));
}

void TransactionsPanel::retryAllFailed()
{
    const int count = int(m_service.queue().retry(idsWhere(isFailed)).size());
    emit statusMessage(tr("%n failed transaction(s) queued again", nullptr, count));
}

void TransactionsPanel::cancelSelected()
{
    QList<qint64> ids;
    for (const TransactionRecord &t : selectedTransactions())
        if (isPending(t.state))
            ids << t.id;
    m_service.queue().cancel(ids);
    emit statusMessage(tr("Cancelling %n transaction(s)", nullptr, int(ids.size())));
}

void TransactionsPanel::cancelAllPending()
{
    const QList<qint64> ids = idsWhere(isPending);
    m_service.queue().cancel(ids);
    emit statusMessage(tr("Cancelling %n transaction(s)", nullptr, int(ids.size())));
}

void TransactionsPanel::copyUrls()
{
    QStringList urls;
    QSet<QString> seen;
    for (const TransactionRecord &t : selectedTransactions())
        for (const QString &target : t.batch.targets)
            if (!seen.contains(target)) {
                seen.insert(target);
                urls << target;
            }
    if (urls.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(urls.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    emit statusMessage(tr("Copied %n target(s)", nullptr, int(urls.size())));
}

void TransactionsPanel::copyAsCurl()
{
    QStringList commands;
    const QList<TransactionRecord> selected = selectedTransactions();
    for (const TransactionRecord &t : selected)
        commands << TransactionPreview::curl(m_service.sources(), t);
    if (commands.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(commands.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    emit statusMessage(
        tr("Copied %n transaction(s) as curl commands, credentials redacted", nullptr, int(commands.size())));
}

void TransactionsPanel::updateApprovalBar(const QList<qint64> &awaitingRequests)
{
    if (awaitingRequests.isEmpty()) {
        m_shownApproval = {};
        m_approvalBar->clear();
        return;
    }
    qint64 shown = awaitingRequests.first();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid()) {
        const qint64 selected = m_proxy->transactionAt(current.row()).requestId;
        if (awaitingRequests.contains(selected))
            shown = selected;
    }
    if (m_shownApproval.id != shown) {
        const std::optional<RequestRecord> request = m_service.transactions().request(shown);
        if (!request) {
            m_approvalBar->clear();
            return;
        }
        m_shownApproval = *request;
    }
    m_approvalBar->showRequest(m_shownApproval, int(awaitingRequests.size()) - 1,
                               m_shownApproval.user == m_service.requester().login);
}

void TransactionsPanel::approveRequest(qint64 requestId)
{
    const PurgeService::Decision decision = m_service.decide(requestId, true);
    if (!decision.error.isEmpty()) {
        emit statusMessage(tr("Could not approve: %1").arg(decision.error));
        return;
    }
    m_model->upsert(decision.transactions);
    // Approved work is queued for any worker; this window is one, and starts on it now.
    m_service.adoptOrphanedWork();
    emit statusMessage(
        tr("Request %1 approved: %n transaction(s) queued", nullptr, int(decision.transactions.size()))
            .arg(requestId));
}

void TransactionsPanel::rejectRequest(qint64 requestId)
{
    const bool withdraw =
        m_shownApproval.id == requestId && m_shownApproval.user == m_service.requester().login;
    const std::optional<QString> reason = m_askRejectReason(this, requestId, withdraw);
    if (!reason)
        return;
    const PurgeService::Decision decision = m_service.decide(requestId, false, *reason);
    if (!decision.error.isEmpty()) {
        emit statusMessage(tr("Could not reject: %1").arg(decision.error));
        return;
    }
    m_model->upsert(decision.transactions);
    emit statusMessage(withdraw ? tr("Request %1 withdrawn: nothing was sent").arg(requestId)
                                : tr("Request %1 rejected: nothing was sent").arg(requestId));
}

void TransactionsPanel::showContextMenu(const QPoint &pos)
{
    updateStatus(); // availability must match the selection the menu acts on
    QMenu menu(this);
    menu.addAction(m_retrySelected);
    menu.addAction(m_retryFailed);
    menu.addSeparator();
    menu.addAction(m_cancelSelected);
    menu.addAction(m_cancelPending);
    menu.addSeparator();
    menu.addAction(m_view->copyCellAction());
    menu.addAction(m_copyUrls);
    menu.addAction(m_copyCurl);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TransactionsPanel::scheduleUpdate()
{
    if (!m_updateTimer->isActive())
        m_updateTimer->start();
}

void TransactionsPanel::updateStatus()
{
    m_updateTimer->stop();
    // One pass over the rows: a few integer compares each, well under a millisecond for 100,000.
    qint64 newestRequest = 0;
    int failed = 0, pending = 0;
    QList<qint64> awaiting; // request ids
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TransactionRecord &t = m_model->transactionAt(row);
        newestRequest = qMax(newestRequest, t.requestId);
        failed += t.state == TransactionState::Failed;
        pending += !isFinal(t.state);
        if (t.state == TransactionState::AwaitingApproval &&
            (awaiting.isEmpty() || awaiting.last() != t.requestId))
            awaiting << t.requestId;
    }
    // Rows come in id order within a load, not across loads (the history loads newest first).
    std::sort(awaiting.begin(), awaiting.end());
    awaiting.erase(std::unique(awaiting.begin(), awaiting.end()), awaiting.end());
    updateApprovalBar(awaiting);
    int total = 0, done = 0, requestFailed = 0;
    if (newestRequest) {
        for (int row = m_model->rowCount() - 1; row >= 0; --row) {
            const TransactionRecord &t = m_model->transactionAt(row);
            if (t.requestId != newestRequest)
                continue;
            ++total;
            done += isFinal(t.state);
            requestFailed += t.state == TransactionState::Failed;
        }
    }
    if (!total) {
        m_progressLabel->setText(tr("No requests yet"));
    } else if (requestFailed) {
        m_progressLabel->setText(tr("Request %1: %2 of %3 transactions done, %4 failed")
                                     .arg(newestRequest)
                                     .arg(done)
                                     .arg(total)
                                     .arg(requestFailed));
    } else {
        m_progressLabel->setText(
            tr("Request %1: %2 of %3 transactions done").arg(newestRequest).arg(done).arg(total));
    }
    m_progressBar->setRange(0, qMax(1, total));
    m_progressBar->setValue(done);
    m_progressBar->setVisible(total > 0);

    const QList<TransactionRecord> selected = selectedTransactions();
    const auto any = [&](bool (*pred)(TransactionState)) {
        return std::any_of(selected.cbegin(), selected.cend(), [&](const auto &t) { return pred(t.state); });
    };
    m_retrySelected->setEnabled(any(isRetryable));
    m_cancelSelected->setEnabled(any(isPending));
    m_retryFailed->setEnabled(failed > 0);
    m_cancelPending->setEnabled(pending > 0);
    m_copyUrls->setEnabled(!selected.isEmpty());
    m_copyCurl->setEnabled(!selected.isEmpty());

    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_details->follow(current.isValid() ? &m_proxy->transactionAt(current.row()) : nullptr);
}

QByteArray TransactionsPanel::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateVersion << m_splitter->saveState() << m_details->splitter()->saveState()
        << m_view->horizontalHeader()->saveState();
    return state;
}

bool TransactionsPanel::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray splitter, detailsSplitter, header;
    in >> version >> splitter >> detailsSplitter >> header;
    if (in.status() != QDataStream::Ok || version != kStateVersion)
        return false;
    return m_splitter->restoreState(splitter) && m_details->splitter()->restoreState(detailsSplitter) &&
           m_view->horizontalHeader()->restoreState(header);
}
