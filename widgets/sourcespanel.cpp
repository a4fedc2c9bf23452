#include "sourcespanel.h"

#include "actionrow.h"
#include "credentials/secretstore.h"
#include "queue/purgeservice.h"
#include "queue/sourcechecker.h"
#include "sourcecheckdialog.h"
#include "sourcedialog.h"
#include "sourcelistmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QIcon actionIcon(const QString &name, const QString &themeName)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon::fromTheme(themeName);
}

} // namespace

SourcesPanel::SourcesPanel(PurgeService &service, QWidget *parent)
    : QWidget(parent), m_service(service),
      m_model(new SourceListModel(service.sources(), service.secrets(), this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_checker(&service.checker())
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SourceListModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SourceListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Sources"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    // Left-aligned titles stay readable when a narrow sidebar shows only the start of a column.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->resizeSection(SourceListModel::NameColumn, 120);
    header->resizeSection(SourceListModel::TypeColumn, 160);
    header->resizeSection(SourceListModel::EndpointColumn, 230);

    const auto makeAction = [this](const QString &text, const QString &icon, const QString &theme,
                                   const QList<QKeySequence> &keys, void (SourcesPanel::*slot)()) {
        auto *action = new QAction(actionIcon(icon, theme), text, this);
        action->setShortcuts(keys);
        // Local to the panel, so the same keys can mean something else elsewhere in the window.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                             keys.constFirst().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    m_add = makeAction(tr("&Add…"), QStringLiteral("source-add"), QStringLiteral("list-add"),
                       {QKeySequence::New, QKeySequence(Qt::Key_Insert)}, &SourcesPanel::addSource);
    m_edit =
        makeAction(tr("&Edit…"), QStringLiteral("source-edit"), QStringLiteral("document-edit"),
                   {QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)}, &SourcesPanel::editSource);
    m_remove = makeAction(tr("&Remove"), QStringLiteral("source-remove"), QStringLiteral("list-remove"),
                          {QKeySequence::Delete}, &SourcesPanel::removeSource);
    m_check =
        makeAction(tr("&Check"), QStringLiteral("source-check"), QStringLiteral("network-transmit-receive"),
                   {QKeySequence(Qt::CTRL | Qt::Key_T)}, &SourcesPanel::checkSource);

    // Wraps onto a second row where the sidebar is narrow (German, French at 1024 wide) instead
    // of hiding Edit, Remove or Check behind an overflow menu.
    m_actions = new ActionRow(this);
    m_actions->setObjectName(QStringLiteral("sourceActions"));
    m_actions->setAccessibleName(tr("Source actions"));
    for (QAction *action : {m_add, m_edit, m_remove, m_check})
        m_actions->addAction(action)->setAccessibleName(
            QString(action->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    m_actions->buttonFor(m_add)->setAccessibleDescription(tr("Add a source"));
    m_actions->buttonFor(m_check)->setAccessibleDescription(
        tr("Check the selected source's settings, secret and endpoint without purging anything"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Sources message"));
    m_message->hide();
    m_messageExpiry = new QTimer(this);
    m_messageExpiry->setSingleShot(true);
    m_messageExpiry->setInterval(30000);
    connect(m_messageExpiry, &QTimer::timeout, m_message, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_view, &QTableView::activated, this, &SourcesPanel::editSource);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SourcesPanel::updateActions);
    connect(m_checker, &SourceChecker::finished, this, &SourcesPanel::showCheckResult);
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateActions();
}

qint64 SourcesPanel::currentSourceId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(SourceListModel::IdRole).toLongLong();
}

QString SourcesPanel::currentSourceName() const
{
    const int row = m_model->rowOfId(currentSourceId());
    return row < 0 ? QString() : m_model->sourceAt(row).name;
}

void SourcesPanel::selectSource(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void SourcesPanel::reload()
{
    m_model->refresh();
    updateActions();
}

void SourcesPanel::addSource()
{
    auto *dialog = new SourceDialog(m_service.sources(), m_service.secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SourceDialog::sourceSaved, this, &SourcesPanel::saved);
    dialog->open();
}

void SourcesPanel::editSource()
{
    const auto source = m_service.sources().findById(currentSourceId());
    if (!source)
        return;
    auto *dialog = new SourceDialog(m_service.sources(), m_service.secrets(), *source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SourceDialog::sourceSaved, this, &SourcesPanel::saved);
    dialog->open();
}

void SourcesPanel::saved(qint64 id)
{
    m_model->refresh();
    m_model->recheck(id); // a new secret may be behind an unchanged reference
    selectSource(id);
    emit sourcesChanged();
}

int SourcesPanel::openTransactions(qint64 sourceId) const
{
    int open = 0;
    for (const TransactionRecord &t : m_service.transactions().active())
        open += t.sourceId == sourceId ? 1 : 0;
    return open;
}

void SourcesPanel::removeSource()
{
    const auto source = m_service.sources().findById(currentSourceId());
    if (!source)
        return;
    if (const int open = openTransactions(source->id); open > 0) {
        auto *refusal =
            new QMessageBox(QMessageBox::Warning, tr("Cannot Remove Source"),
                            tr("“%1” still has %n open transaction(s). Remove it once they have finished or "
                               "been cancelled, so no queued work is lost.",
                               nullptr, open)
                                .arg(source->name),
                            QMessageBox::Ok, this);
        refusal->setObjectName(QStringLiteral("removeRefused"));
        refusal->setAttribute(Qt::WA_DeleteOnClose);
        refusal->open();
        return;
    }
    const QString text =
        source->secret.kind == SecretRef::Kind::Keychain
            ? tr("Remove the source “%1”? Its settings are deleted and its secret is removed from the "
                 "keychain. Presets that use it stop working.")
            : tr("Remove the source “%1”? Its settings are deleted. Presets that use it stop working.");
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Remove Source"), text.arg(source->name),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmRemove"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->button(QMessageBox::Yes)->setText(tr("&Remove"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id = source->id](int result) {
        if (result == QMessageBox::Yes)
            removeConfirmed(id);
    });
    confirm->open();
}

void SourcesPanel::removeConfirmed(qint64 id)
{
    const auto source = m_service.sources().findById(id);
    if (!source)
        return;
    // Work may have been queued while the question was open.
    if (const int open = openTransactions(id); open > 0) {
        showMessage(tr("Not removed: “%1” has %n open transaction(s) now.", nullptr, open).arg(source->name),
                    true);
        return;
    }
    const QString secretKey = m_service.sources().secretKey(id);
    if (!m_service.sources().remove(id)) {
        showMessage(tr("Could not remove “%1”.").arg(source->name), true);
        return;
    }
    if (source->secret.kind == SecretRef::Kind::Keychain) {
        QPointer<SourcesPanel> self(this);
        m_service.secrets().remove(secretKey, [self, name = source->name](const SecretStore::Result &result) {
            if (self && !result.ok() && result.status != SecretStore::Result::Status::NotFound)
                self->showMessage(tr("Removed “%1”, but its keychain entry could not be removed: %2")
                                      .arg(name, result.error),
                                  true);
        });
    }
    m_model->refresh();
    m_message->hide();
    emit sourcesChanged();
}

void SourcesPanel::checkSource()
{
    runCheck(currentSourceId());
}

void SourcesPanel::runCheck(qint64 sourceId)
{
    const auto source = m_service.sources().findById(sourceId);
    if (!source || m_checker->isRunning())
        return;
    m_check->setEnabled(false);
    if (!m_checkDialog) {
        m_checkDialog = new SourceCheckDialog(this);
        // The source the dialog shows, even when another one was chosen in the list since.
        connect(m_checkDialog, &SourceCheckDialog::checkAgainRequested, this,
                [this] { runCheck(m_checkedSourceId); });
    }
    m_checkedSourceId = source->id;
    m_checkDialog->showRunning(source->name);
    m_checkDialog->show();
    m_checkDialog->raise();
    m_checker->run(*source);
}

void SourcesPanel::showCheckResult(const SourceCheckReport &report)
{
    if (m_checkDialog)
        m_checkDialog->showReport(report);
    updateActions();
    emit checkFinished(report.sourceName, report.ok());
}

void SourcesPanel::showMessage(const QString &text, bool error)
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_message->setStyleSheet(!error ? QString()
                             : dark ? QStringLiteral("color: #ff8a80;")
                                    : QStringLiteral("color: #b71c1c;"));
    m_message->setText(text);
    m_message->show();
    m_messageSourceId = currentSourceId();
    m_messageExpiry->start();
}

void SourcesPanel::updateActions()
{
    const bool selected = currentSourceId() != 0;
    if (currentSourceId() != m_messageSourceId)
        m_message->hide(); // it was about another source
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_check->setEnabled(selected && !m_checker->isRunning());
}
