#include "transactionview.h"

#include "purgewords.h"
#include "queue/verifier.h"
#include "queue/verifytext.h"
#include "transactiontablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QToolTip>

TransactionView::TransactionView(QWidget *parent) : QTableView(parent)
{
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows are chosen, not cells: Tab leaves the table instead of walking every cell.
    setTabKeyNavigation(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // keep both host and file name of long URLs
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(qMax(fontMetrics().height() + 8, 22)); // room for 16 px icons
    setIconSize(QSize(16, 16));

    m_copyCell = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy this c&ell"), this);
    m_copyCell->setShortcut(QKeySequence(tr("Ctrl+Alt+C")));
    m_copyCell->setShortcutContext(Qt::WidgetShortcut);
    m_copyCell->setToolTip(
        tr("Copy the whole text of the current cell: every target, the full error (Ctrl+Alt+C)"));
    addAction(m_copyCell);
    connect(m_copyCell, &QAction::triggered, this, &TransactionView::copyCurrentCell);

    QHeaderView *header = horizontalHeader();
    // The spare width goes to Targets and Error (fitStretchColumns), not to the last column.
    header->setStretchLastSection(false);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userSized = true;
    });
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        if (!model())
            return;
        QMenu menu(this);
        for (int column = 0; column < model()->columnCount(); ++column) {
            QAction *toggle = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(column));
            connect(toggle, &QAction::toggled, header,
                    [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

void TransactionView::setUpColumns()
{
    using M = TransactionTableModel;
    QHeaderView *header = horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    // Widths from sample text, so they follow the system font.
    const auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    // The widest date the locale writes (two-digit day and month, afternoon hour).
    const QString date =
        QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);
    header->resizeSection(M::IdColumn, width(QStringLiteral("00000")));
    header->resizeSection(M::SourceColumn, width(QStringLiteral("production-cdn")));
    // The widest action and match the translation writes.
    int action = 0;
    for (PurgeAction a : {PurgeAction::Purge, PurgeAction::Invalidate})
        for (MatchKind m : {MatchKind::Exact, MatchKind::Prefix, MatchKind::Tag, MatchKind::Host})
            action = qMax(action, width(PurgeWords::actionAndMatch(a, m)));
    header->resizeSection(M::ActionColumn, action);
    header->resizeSection(M::TargetsColumn, width(QStringLiteral("https://www.example.com/img/a.jpg")));
    header->resizeSection(M::StateColumn, width(QStringLiteral("Retry scheduled")) + iconSize().width() + 8);
    header->resizeSection(M::AttemptsColumn, width(M::tr("Attempts")));
    header->resizeSection(M::HttpStatusColumn, width(M::tr("HTTP")) + 8);
    header->resizeSection(M::ProviderIdColumn, width(QStringLiteral("0123456789abcdef")));
    header->resizeSection(M::CreatedColumn, width(date));
    header->resizeSection(M::UpdatedColumn, width(date));
    header->resizeSection(M::ErrorColumn, width(QStringLiteral("HTTP 503: Service Unavailable")));
    // The error matters more than the times when something went wrong: it comes first, and the
    // last column (a time) takes up whatever width is left.
    header->moveSection(header->visualIndex(M::ErrorColumn), header->visualIndex(M::CreatedColumn));
    // Whether the purge took effect belongs beside its state.
    header->resizeSection(M::VerifyColumn,
                          width(VerifyText::stateLabel(VerifyState::kFresh)) + iconSize().width() + 8);
    header->moveSection(header->visualIndex(M::VerifyColumn), header->visualIndex(M::StateColumn) + 1);
    // What fits at 1024 px; the header's menu brings the rest back.
    header->hideSection(M::ProviderIdColumn);
    header->hideSection(M::UpdatedColumn);
    sortByColumn(M::IdColumn, Qt::DescendingOrder);
    m_userSized = false;
    fitStretchColumns();
}

void TransactionView::fitStretchColumns()
{
    using M = TransactionTableModel;
    if (!model() || m_userSized)
        return;
    QHeaderView *header = horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column)
        if (column != M::TargetsColumn && column != M::ErrorColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    const int spare = viewport()->width() - others;
    const QFontMetrics fm = fontMetrics();
    // Never narrower than a short URL and a short error; URLs get the larger share.
    const int minTargets = fm.horizontalAdvance(QStringLiteral("https://www.example.com/img/a.jpg")) + 24;
    const int minError = fm.horizontalAdvance(QStringLiteral("HTTP 503: Service Unavailable")) + 24;
    const bool errorShown = !header->isSectionHidden(M::ErrorColumn);
    const int targets = qMax(minTargets, errorShown ? spare * 3 / 5 : spare);
    const int error = qMax(minError, spare - targets);
    m_fitting = true;
    header->resizeSection(M::TargetsColumn, targets);
    if (errorShown)
        header->resizeSection(M::ErrorColumn, error);
    m_fitting = false;
}

void TransactionView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitStretchColumns();
}

QString TransactionView::cellText(const QModelIndex &index)
{
    const QString tip = index.data(Qt::ToolTipRole).toString();
    return tip.isEmpty() ? index.data(Qt::DisplayRole).toString() : tip;
}

void TransactionView::copyCurrentCell()
{
    const QModelIndex index = currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(cellText(index));
}

bool TransactionView::viewportEvent(QEvent *event)
{
    // Any cell cut off by its column shows its whole text as a tooltip; the model's own
    // tooltips (targets, errors, next attempt) come first.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid() && index.data(Qt::ToolTipRole).toString().isEmpty()) {
            const QString text = index.data(Qt::DisplayRole).toString();
            const int iconWidth = index.data(Qt::DecorationRole).isNull() ? 0 : iconSize().width() + 4;
            const int room = visualRect(index).width() - iconWidth - 8;
            if (!text.isEmpty() && fontMetrics().horizontalAdvance(text) > room) {
                QToolTip::showText(help->globalPos(), text, viewport(), visualRect(index));
                return true;
            }
        }
    }
    return QTableView::viewportEvent(event);
}
