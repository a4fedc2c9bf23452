#pragma once

#include <QListView>

class QMimeData;
class TargetListModel;

// The composer's target list: shows a TargetListModel and takes drops from file managers
// (files and folders as file:// URLs), browsers (http(s) URL lists) and text (one target per
// line). Delete removes the selected rows, Ctrl+V pastes lines, double-click edits a typed target.
class TargetListWidget final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetListWidget)
public:
    explicit TargetListWidget(TargetListModel *model, QWidget *parent = nullptr);

    TargetListModel *targetModel() const { return m_model; }

public slots:
    void pasteFromClipboard();
    void removeSelected();

signals:
    // A short sentence about what a drop or paste added (or why it added less than asked).
    void message(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    static bool canTake(const QMimeData *mime);
    void take(const QMimeData *mime);

    TargetListModel *m_model;
};
