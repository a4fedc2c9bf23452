#include "targetlistwidget.h"

#include "targetlistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QUrl>

TargetListWidget::TargetListWidget(TargetListModel *model, QWidget *parent)
    : QListView(parent), m_model(model)
{
    setModel(model);
    setObjectName(QStringLiteral("targetList"));
    setAccessibleName(tr("Targets"));
    setSelectionMode(ExtendedSelection);
    // Fast with 100,000 dropped files: the view does not measure every row.
    setUniformItemSizes(true);
    setTextElideMode(Qt::ElideMiddle);
    setEditTriggers(DoubleClicked | EditKeyPressed);
    // External drops only; the list is not reordered by dragging (qBittorrent's transfer list
    // handles file-manager drops the same way, in its own drag handlers).
    setDragDropMode(DropOnly);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(false);
    setContextMenuPolicy(Qt::DefaultContextMenu);
}

bool TargetListWidget::canTake(const QMimeData *mime)
{
    return mime && (mime->hasUrls() || mime->hasText());
}

void TargetListWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (canTake(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TargetListWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (canTake(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TargetListWidget::dropEvent(QDropEvent *event)
{
    if (!canTake(event->mimeData())) {
        event->ignore();
        return;
    }
    // Copy: a file manager must never delete what was dropped here.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    take(event->mimeData());
}

void TargetListWidget::take(const QMimeData *mime)
{
    if (!mime->hasUrls()) {
        const int added = m_model->addText(mime->text());
        emit message(tr("Added %n target(s).", nullptr, added));
        return;
    }
    QStringList localPaths;
    QStringList webUrls;
    int ignored = 0;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            localPaths << url.toLocalFile();
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            webUrls << url.toString(QUrl::FullyEncoded);
        else
            ++ignored;
    }
    QStringList parts;
    if (!webUrls.isEmpty())
        parts << tr("Added %n URL(s).", nullptr, m_model->addTargets(webUrls));
    if (!localPaths.isEmpty()) {
        const TargetListModel::AddResult result = m_model->addLocalPaths(localPaths);
        if (result.files > 0 || result.urlLists == 0)
            parts << tr("Added %n file(s).", nullptr, result.files);
        if (result.unmapped > 0)
            parts << tr("%n file(s) map to no URL and will not be purged.", nullptr, result.unmapped);
        if (result.urlLists > 0)
            parts << tr("Read %n URL(s) from %1.", nullptr, result.urls)
                         .arg(tr("%n list file(s)", nullptr, result.urlLists));
        if (result.truncated)
            parts << tr("Only the first %1 files were taken; the dropped folders hold more.")
                         .arg(QLocale().toString(TargetListModel::kMaxFiles));
        if (!result.unreadable.isEmpty())
            parts << tr("Could not read %1.").arg(result.unreadable.join(QLatin1String(", ")));
    }
    if (ignored > 0)
        parts << tr("%n link(s) that are neither files nor web addresses were ignored.", nullptr, ignored);
    emit message(parts.join(QLatin1Char(' ')));
}

void TargetListWidget::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (canTake(mime))
        take(mime);
}

void TargetListWidget::removeSelected()
{
    QModelIndexList rows = selectionModel()->selectedRows();
    // From the bottom up, so earlier removals do not shift the rows still to go.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        m_model->removeRow(index.row());
}

void TargetListWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteFromClipboard();
        return;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        if (state() != EditingState) {
            removeSelected();
            return;
        }
    }
    QListView::keyPressEvent(event);
}

void TargetListWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *paste = menu.addAction(tr("&Paste"), this, &TargetListWidget::pasteFromClipboard);
    paste->setShortcut(QKeySequence::Paste);
    paste->setEnabled(canTake(QApplication::clipboard()->mimeData()));
    QAction *remove = menu.addAction(tr("&Remove"), this, &TargetListWidget::removeSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(selectionModel()->hasSelection());
    menu.addSeparator();
    QAction *clear = menu.addAction(tr("&Clear all"), m_model, &TargetListModel::clear);
    clear->setEnabled(!m_model->isEmpty());
    menu.exec(event->globalPos());
}

void TargetListWidget::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!m_model->isEmpty())
        return;
    // An empty list says what it takes, so drag and drop is discoverable.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("Drop files, folders or URL lists here,\nor type and paste targets above."));
}
