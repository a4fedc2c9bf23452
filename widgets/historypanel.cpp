#include "historypanel.h"

#include "emptystate.h"
#include "queue/historycsv.h"
#include "queue/purgeservice.h"
#include "transactiondetails.h"
#include "transactionfilterproxy.h"
#include "transactiontablemodel.h"
#include "transactionview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(PurgeService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new TransactionTableModel(this)),
      m_proxy(new TransactionFilterProxy(this)), m_fromCheck(new QCheckBox(tr("&From:"), this)),
      m_from(new QDateEdit(this)), m_toCheck(new QCheckBox(tr("&To:"), this)), m_to(new QDateEdit(this)),
      m_sourceCombo(new QComboBox(this)), m_stateCombo(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_view(new TransactionView(this)), m_details(new TransactionDetails(service, this)),
      m_count(new QLabel(this)), m_reloadTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &HistoryPanel::reload);

    const auto make = [this](const QString &text, const QString &icon, const QKeySequence &keys) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_rerun =
        make(tr("&Run again"), QStringLiteral("media-playback-start"), QKeySequence(tr("Ctrl+Shift+Return")));
    m_rerun->setToolTip(tr("Send the selected transactions again, or the whole requests they belong to "
                           "(asked when only part of a request is selected)"));
    m_export = make(tr("&Export CSV…"), QStringLiteral("document-save-as"), QKeySequence(tr("Ctrl+E")));
    m_export->setToolTip(tr("Save the rows shown as a CSV file"));
    m_refresh = make(tr("Re&fresh"), QStringLiteral("view-refresh"), QKeySequence(QKeySequence::Refresh));
    QAction *find = make(tr("Search history"), QStringLiteral("edit-find"), QKeySequence(QKeySequence::Find));
    connect(m_rerun, &QAction::triggered, this, &HistoryPanel::rerunSelected);
    connect(m_export, &QAction::triggered, this, &HistoryPanel::exportWithDialog);
    connect(m_refresh, &QAction::triggered, this, &HistoryPanel::reload);
    connect(find, &QAction::triggered, this, [this] {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->selectAll();
    });

    m_view->setModel(m_proxy);
    m_view->setUpColumns();
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("History"));
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_view->copyCellAction());
        menu.addAction(m_rerun);
        menu.addAction(m_export);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::updateActions);
    const auto followCurrent = [this] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        m_details->follow(current.isValid() ? &m_proxy->transactionAt(current.row()) : nullptr);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, followCurrent);
    // The details follow what the filter leaves: a hidden transaction's details are not left up.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, followCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, followCurrent);
    m_details->follow(nullptr);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({300, 200});
    splitter->setChildrenCollapsible(false);

    m_empty = new EmptyState(tr("Nothing purged yet. Every purge sent from this window, a preset or the "
                                "command line is recorded here: search it by date, source, state and URL, "
                                "run a request again, or export it as CSV."),
                             this);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(splitter);
    m_pages->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_pages, 1);
    layout->addWidget(createControls());
    reloadSources();
    updateActions();
}

QWidget *HistoryPanel::createFilterBar()
{
    auto *bar = new QWidget(this);
    // Two rows: the dates and lists, then the search across the whole width (in one row the
    // longer German and French words left the search a few letters wide at 1024 pixels).
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    rows->addLayout(layout);
    const QDate today = QDate::currentDate();
    for (auto [check, edit, date, name] :
         {std::tuple(m_fromCheck, m_from, today.addDays(-30), tr("First day")),
          std::tuple(m_toCheck, m_to, today, tr("Last day"))}) {
        edit->setCalendarPopup(true);
        edit->setDate(date);
        edit->setEnabled(false); // unchecked: no bound on that side
        edit->setAccessibleName(name);
        check->setAccessibleName(tr("Limit by %1").arg(name.toLower()));
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &HistoryPanel::scheduleReload);
        connect(edit, &QDateEdit::dateChanged, this, &HistoryPanel::scheduleReload);
        layout->addWidget(check);
        layout->addWidget(edit);
    }

    m_sourceCombo->setAccessibleName(tr("Source filter"));
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceCombo->setMinimumContentsLength(12);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &HistoryPanel::scheduleReload);

    // Who asked: on a shared profile, one person's purges among everyone's.
    m_personCombo = new QComboBox(bar);
    m_personCombo->setObjectName(QStringLiteral("personFilter"));
    m_personCombo->setAccessibleName(tr("Person filter"));
    // As wide as a short name: a long one is elided rather than squeezing the search field.
    m_personCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_personCombo->setMinimumContentsLength(10);
    m_personCombo->addItem(tr("Anyone"), QString());
    connect(m_personCombo, &QComboBox::currentIndexChanged, this, &HistoryPanel::scheduleReload);

    m_stateCombo->addItem(tr("All states"), -1);
    for (int i = 0; i <= int(TransactionState::AwaitingApproval); ++i) {
        const auto state = TransactionState(i);
        m_stateCombo->addItem(TransactionTableModel::stateIcon(state),
                              TransactionTableModel::stateLabel(state), i);
    }
    m_stateCombo->setAccessibleName(tr("State filter"));
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &HistoryPanel::scheduleReload);

    m_text->setPlaceholderText(tr("URL, source or error contains…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search text"));
    connect(m_text, &QLineEdit::textChanged, this, &HistoryPanel::scheduleReload);
    connect(m_text, &QLineEdit::returnPressed, this, &HistoryPanel::reload);

    layout->addWidget(m_sourceCombo);
    layout->addWidget(m_personCombo);
    layout->addWidget(m_stateCombo);
    layout->addStretch(1);
    rows->addWidget(m_text);
    return bar;
}

QWidget *HistoryPanel::createControls()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_rerun, m_export, m_refresh}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_count->setAccessibleName(tr("Number of results"));
    layout->addWidget(m_count);
    return bar;
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    // Queried when first shown, not when built: the window's first paint must not wait for it.
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

void HistoryPanel::scheduleReload()
{
    m_reloadTimer->start();
}

HistoryFilter HistoryPanel::currentFilter() const
{
    HistoryFilter filter;
    filter.limit = ResultLimit;
    filter.text = m_text->text().trimmed();
    filter.sourceName = m_sourceCombo->currentData().toString();
    filter.person = m_personCombo->currentData().toString();
    if (const int state = m_stateCombo->currentData().toInt(); state >= 0)
        filter.state = TransactionState(state);
    if (m_fromCheck->isChecked())
        filter.createdFromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_toCheck->isChecked())
        filter.createdBeforeMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    return filter;
}

void HistoryPanel::reload()
{
    m_reloadTimer->stop();
    m_loaded = true;
    const qint64 current =
        m_view->currentIndex().isValid() ? m_proxy->transactionAt(m_view->currentIndex().row()).id : 0;
    // A new query is new data, so a reset is right here (unlike refreshing the live table).
    const QList<TransactionRecord> found = m_service.transactions().history(currentFilter());
    m_model->replaceAll(found);
    reloadPeople();
    // Nothing found: a filter that matches nothing, or a profile with no history at all.
    HistoryFilter any;
    any.limit = 1;
    const bool nothingEver = found.isEmpty() && m_service.transactions().history(any).isEmpty();
    m_pages->setCurrentWidget(nothingEver ? static_cast<QWidget *>(m_empty) : m_pages->widget(0));
    if (found.size() >= ResultLimit)
        m_count->setText(
            tr("Newest %L1 matches shown; narrow the filter to see older ones").arg(found.size()));
    else
        m_count->setText(tr("%Ln transaction(s)", nullptr, int(found.size())));
    if (const int row = m_model->rowOfId(current); row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    } else {
        m_details->follow(nullptr);
    }
    updateActions();
}

bool HistoryPanel::showsEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

void HistoryPanel::reloadSources()
{
    QStringList names;
    for (const SourceConfig &source : m_service.sources().list())
        names << source.name;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (!names.contains(m_model->transactionAt(row).sourceName))
            names << m_model->transactionAt(row).sourceName;
    names.sort(Qt::CaseInsensitive);
    const QString current = m_sourceCombo->currentData().toString();
    const QSignalBlocker blocker(m_sourceCombo);
    m_sourceCombo->clear();
    m_sourceCombo->addItem(tr("All sources"), QString());
    for (const QString &name : std::as_const(names))
        m_sourceCombo->addItem(name, name);
    m_sourceCombo->setCurrentIndex(qMax(0, m_sourceCombo->findData(current)));
    reloadPeople();
}

void HistoryPanel::reloadPeople()
{
    const QString current = m_personCombo->currentData().toString();
    const QSignalBlocker blocker(m_personCombo);
    while (m_personCombo->count() > 1)
        m_personCombo->removeItem(1);
    for (const QString &person : m_service.transactions().people())
        m_personCombo->addItem(person, person);
    m_personCombo->setCurrentIndex(qMax(0, m_personCombo->findData(current)));
}

void HistoryPanel::updateActions()
{
    m_rerun->setEnabled(m_view->selectionModel()->hasSelection());
    m_export->setEnabled(m_model->rowCount() > 0);
}

QList<TransactionRecord> HistoryPanel::shownTransactions() const
{
    QList<TransactionRecord> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_proxy->transactionAt(row));
    return rows;
}

std::optional<PurgeOptions> HistoryPanel::rerunOptions(const TransactionStore &store, qint64 requestId,
                                                       QString *error)
{
    const QList<TransactionRecord> transactions = store.byRequest(requestId);
    if (transactions.isEmpty()) {
        if (error)
            *error = tr("request %1 has no transactions").arg(requestId);
        return std::nullopt;
    }
    PurgeOptions options;
    const auto request = store.request(requestId);
    const TransactionRecord &first = transactions.first();
    options.action = request ? request->action : first.batch.action;
    options.match = request ? request->match : first.batch.match;
    if (request)
        options.sources = request->sources;
    QSet<QString> seen;
    for (const TransactionRecord &t : transactions) {
        if (!options.sources.contains(t.sourceName)) // requests stored before sources were recorded
            options.sources << t.sourceName;
        for (auto it = t.batch.options.cbegin(); it != t.batch.options.cend(); ++it)
            options.options.insert(it.key(), it.value());
        // Each lane of a cluster and each half of a split carry the same or part of the
        // targets: the request's targets are their union, in first-seen order.
        for (const QString &target : t.batch.targets)
            if (!seen.contains(target)) {
                seen.insert(target);
                options.targets << target;
            }
    }
    return options;
}

QList<qint64> HistoryPanel::rerunSelected()
{
    // The selected transactions, by request.
    QMap<qint64, QList<qint64>> selectedOf;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const TransactionRecord &t = m_proxy->transactionAt(index.row());
        selectedOf[t.requestId] << t.id;
    }
    int selected = 0;
    int whole = 0;
    for (auto it = selectedOf.cbegin(); it != selectedOf.cend(); ++it) {
        selected += int(it->size());
        whole += int(m_service.transactions().byRequest(it.key()).size());
    }
    // Only part of a request selected: which is meant is asked, never assumed.
    RerunScope scope = RerunScope::WholeRequests;
    if (selected < whole) {
        const AskRerunScope ask =
            m_askRerunScope ? m_askRerunScope : [](QWidget *parent, int picked, int all) {
                QMessageBox box(
                    QMessageBox::Question, tr("Run again"),
                    tr("Send only the %n selected transaction(s) again, or the whole request(s) they "
                       "belong to (%1 transactions)?",
                       nullptr, picked)
                        .arg(all),
                    QMessageBox::Cancel, parent);
                QPushButton *only = box.addButton(tr("&Selected transactions"), QMessageBox::AcceptRole);
                QPushButton *all_ = box.addButton(tr("&Whole requests"), QMessageBox::AcceptRole);
                box.setDefaultButton(only);
                box.exec();
                return box.clickedButton() == only   ? RerunScope::Selected
                       : box.clickedButton() == all_ ? RerunScope::WholeRequests
                                                     : RerunScope::Cancel;
            };
        scope = ask(this, selected, whole);
        if (scope == RerunScope::Cancel)
            return {};
    }
    QList<qint64> submitted;
    QStringList errors;
    QStringList covered;
    QStringList said;
    for (auto it = selectedOf.cbegin(); it != selectedOf.cend(); ++it) {
        const qint64 requestId = it.key();
        const QList<qint64> only = scope == RerunScope::Selected ? it.value() : QList<qint64>();
        QString error;
        const auto options = rerunOptions(m_service.transactions(), requestId, &error);
        if (!options) {
            errors << error;
            continue;
        }
        if (options->match == MatchKind::All) {
            const auto answer =
                QMessageBox::question(this, tr("Purge everything"),
                                      tr("Run request %1 again and purge everything cached by %2?")
                                          .arg(requestId)
                                          .arg(options->sources.join(QLatin1String(", "))));
            if (answer != QMessageBox::Yes)
                continue;
        }
        const PurgeService::Submitted result =
            m_service.submit(m_service.planAgain(requestId, only), QStringLiteral("gui"));
        if (!result.error.isEmpty()) {
            errors << tr("request %1: %2").arg(requestId).arg(result.error);
            continue;
        }
        for (const AlreadyQueued &item : result.alreadyQueued)
            covered << item.text();
        if (result.whollyFolded())
            continue;
        submitted << result.requestId;
        // Which was sent, said with the numbers the table shows.
        said << (only.isEmpty()
                     ? tr("request %1 again as request %2").arg(requestId).arg(result.requestId)
                     : tr("%n transaction(s) of request %1 again as request %2", nullptr, int(only.size()))
                           .arg(requestId)
                           .arg(result.requestId));
        emit requestSubmitted(result.requestId);
    }
    if (!errors.isEmpty())
        emit statusMessage(tr("Could not run again: %1").arg(errors.join(QLatin1String("; "))));
    else if (!submitted.isEmpty() || !covered.isEmpty())
        emit statusMessage(
            (QStringList{said.isEmpty() ? tr("Nothing new queued")
                                        : tr("Queued %1").arg(said.join(QLatin1String(", ")))} +
             covered)
                .join(QLatin1String("; ")));
    if (!submitted.isEmpty())
        scheduleReload();
    return submitted;
}

QByteArray HistoryPanel::toCsv(const QList<TransactionRecord> &transactions) const
{
    QList<qint64> requestIds;
    for (const TransactionRecord &t : transactions)
        requestIds << t.requestId;
    return HistoryCsv::of(transactions, m_service.transactions().requests(requestIds));
}

bool HistoryPanel::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(shownTransactions())) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void HistoryPanel::exportWithDialog()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QLatin1String("/purgeline-history-") +
                              QDate::currentDate().toString(Qt::ISODate) + QLatin1String(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        emit statusMessage(tr("Exported %Ln transaction(s) to %1", nullptr, m_proxy->rowCount()).arg(path));
    else
        QMessageBox::warning(this, tr("Export history"), tr("Could not write %1: %2").arg(path, error));
}
