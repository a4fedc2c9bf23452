#pragma once

#include <QTableView>

class QAction;

// A table of transactions set up for many rows: fixed row heights (the view never measures
// 100,000 rows), sorting through the proxy, column widths that fit 1024 px, and a header menu
// to show or hide columns.
class TransactionView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionView)
public:
    explicit TransactionView(QWidget *parent = nullptr);

    // Call after setModel(): sizes the columns and sorts newest first.
    void setUpColumns();

    // The whole text of a cell: all of a transaction's targets, the full error (its tooltip
    // where the model gives one, else what it shows).
    static QString cellText(const QModelIndex &index);
    // Copies the current cell's whole text to the clipboard (Ctrl+Alt+C, and the context menus).
    void copyCurrentCell();
    QAction *copyCellAction() const { return m_copyCell; }

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Gives the width no other column needs to the URLs and the errors, which are cut off
    // first, until the user sizes a column by hand.
    void fitStretchColumns();

    QAction *m_copyCell = nullptr;
    bool m_fitting = false;
    bool m_userSized = false;
};
