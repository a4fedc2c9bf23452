#pragma once

#include "core/transactionrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

// The engine's transactions as a table. Rows are appended and updated in place (never a
// model reset), so selection and scroll position survive refreshes.
class TransactionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionTableModel)
public:
    enum Column {
        IdColumn,
        SourceColumn,
        ActionColumn,
        TargetsColumn,
        StateColumn,
        AttemptsColumn,
        HttpStatusColumn,
        ProviderIdColumn,
        CreatedColumn,
        UpdatedColumn,
        ErrorColumn,
        VerifyColumn, // shown next to the state (TransactionView)
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, StateRole, IdRole, RequestIdRole, VerifyStateRole };

    explicit TransactionTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Inserts new transactions and updates known ones, never resetting the model. Changed rows
    // are announced in one dataChanged per contiguous run, or in a single one for the whole
    // table when more than half of the rows changed (cheaper for views and proxies than
    // thousands of small ranges; qBittorrent's TransferListModel does the same).
    void upsert(const QList<TransactionRecord> &transactions);
    // Replaces everything (a model reset): for a new query such as a history search, never for
    // refreshing the same data.
    void replaceAll(const QList<TransactionRecord> &transactions);

    const TransactionRecord &transactionAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const { return m_rowOfId.value(id, -1); }

    // The icon shown beside a state (resources/icons/state-*.svg, else a theme icon).
    static QIcon stateIcon(TransactionState state);
    static QIcon verifyIcon(const QString &verifyState);
    static QString stateLabel(TransactionState state);

private:
    QList<TransactionRecord> m_rows; // ordered by id
    QHash<qint64, int> m_rowOfId;
};
