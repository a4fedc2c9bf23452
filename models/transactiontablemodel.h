#pragma once

#include "queue/transaction.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The engine's transactions as a table. Rows are appended and updated in place (never a
// model reset), so selection and scroll position survive refreshes.
class TransactionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionTableModel)
public:
    enum Column { IdColumn, SourceColumn, ActionColumn, TargetsColumn, StateColumn, AttemptsColumn, HttpStatusColumn,
                  ProviderIdColumn, CreatedColumn, UpdatedColumn, ErrorColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StateRole, IdRole };

    explicit TransactionTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Inserts new transactions and updates known ones; changed rows are announced in one
    // dataChanged per contiguous run.
    void upsert(const QList<TransactionRecord> &transactions);
    const TransactionRecord &transactionAt(int row) const { return m_rows.at(row); }

private:
    QList<TransactionRecord> m_rows;   // ordered by id
    QHash<qint64, int> m_rowOfId;
};
