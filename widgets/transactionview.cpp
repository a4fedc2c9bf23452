#include "transactionview.h"

#include "queue/verifier.h"
#include "queue/verifytext.h"
#include "transactiontablemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>

TransactionView::TransactionView(QWidget *parent) : QTableView(parent)
{
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // keep both host and file name of long URLs
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(qMax(fontMetrics().height() + 8, 22)); // room for 16 px icons
    setIconSize(QSize(16, 16));

    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(true);
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
    header->resizeSection(M::ActionColumn, width(QStringLiteral("purge prefix")));
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
}
