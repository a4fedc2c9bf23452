#pragma once

#include <QTableView>

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
};
