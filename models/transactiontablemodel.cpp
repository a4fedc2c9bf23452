#include "transactiontablemodel.h"

#include "purgewords.h"
#include "queue/verifier.h"
#include "queue/verifytext.h"

#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <array>

TransactionTableModel::TransactionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int TransactionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionTableModel::stateLabel(TransactionState state)
{
    switch (state) {
    case TransactionState::Queued:
        return TransactionTableModel::tr("Queued");
    case TransactionState::Sending:
        return TransactionTableModel::tr("Sending");
    case TransactionState::WaitingForStatus:
        return TransactionTableModel::tr("Waiting for status");
    case TransactionState::RetryScheduled:
        return TransactionTableModel::tr("Retry scheduled");
    case TransactionState::Succeeded:
        return TransactionTableModel::tr("Succeeded");
    case TransactionState::Failed:
        return TransactionTableModel::tr("Failed");
    case TransactionState::Cancelled:
        return TransactionTableModel::tr("Cancelled");
    case TransactionState::AwaitingApproval:
        return TransactionTableModel::tr("Awaiting approval");
    }
    return {};
}

QIcon TransactionTableModel::stateIcon(TransactionState state)
{
    // Built once: data() runs for every visible cell on every repaint.
    static const std::array<QIcon, 8> icons = [] {
        static const char *const themeNames[] = {"appointment-soon", "mail-send",    "view-refresh",
                                                 "view-refresh",     "dialog-ok",    "dialog-error",
                                                 "process-stop",     "dialog-password"};
        std::array<QIcon, 8> result;
        for (int i = 0; i < int(result.size()); ++i) {
            const QString file = QStringLiteral(":/icons/state-%1.svg").arg(stateName(TransactionState(i)));
            result[i] = QFile::exists(file) ? QIcon(file) : QIcon::fromTheme(QLatin1String(themeNames[i]));
        }
        return result;
    }();
    const int i = int(state);
    return i >= 0 && i < int(icons.size()) ? icons[i] : QIcon();
}

QIcon TransactionTableModel::verifyIcon(const QString &verifyState)
{
    static const QHash<QString, QIcon> icons = [] {
        QHash<QString, QIcon> result;
        const std::pair<QString, const char *> names[] = {{VerifyState::kPending, "view-refresh"},
                                                          {VerifyState::kRepurging, "view-refresh"},
                                                          {VerifyState::kFresh, "security-high"},
                                                          {VerifyState::kStale, "security-low"},
                                                          {VerifyState::kCannotTell, "dialog-question"}};
        for (const auto &[state, theme] : names) {
            const QString file = QStringLiteral(":/icons/verify-%1.svg").arg(state);
            result.insert(state, QFile::exists(file) ? QIcon(file) : QIcon::fromTheme(QLatin1String(theme)));
        }
        return result;
    }();
    return icons.value(verifyState);
}

QVariant TransactionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TransactionRecord &t = m_rows.at(index.row());
    if (role == StateRole)
        return int(t.state);
    if (role == VerifyStateRole)
        return t.verifyState;
    if (role == Qt::DecorationRole && index.column() == VerifyColumn && !t.verifyState.isEmpty())
        return verifyIcon(t.verifyState);
    if (role == IdRole)
        return t.id;
    if (role == RequestIdRole)
        return t.requestId;
    if (role == Qt::DecorationRole)
        return index.column() == StateColumn ? QVariant(stateIcon(t.state)) : QVariant();
    const auto time = [](qint64 ms) {
        return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat)
                      : QString();
    };
    if (role == SortRole) {
        switch (index.column()) {
        case IdColumn:
            return t.id;
        case StateColumn:
            return int(t.state);
        case VerifyColumn:
            return t.verifyState;
        case AttemptsColumn:
            return t.totalAttempts();
        case HttpStatusColumn:
            return t.lastHttpStatus;
        case CreatedColumn:
            return t.createdAt;
        case UpdatedColumn:
            return t.updatedAt;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ForegroundRole && index.column() == VerifyColumn) {
        if (t.verifyState == VerifyState::kStale)
            return QColor(Qt::red);
        if (t.verifyState == VerifyState::kFresh)
            return QColor(0x2e, 0x7d, 0x32);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (t.state == TransactionState::Failed)
            return QColor(Qt::red);
        if (t.state == TransactionState::Succeeded)
            return QColor(0x2e, 0x7d, 0x32);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == TargetsColumn)
        return t.batch.targets.join(QLatin1Char('\n'));
    // A failure that a later try put right stays visible, greyed, as the history of the row.
    const bool earlierFailure = t.lastError.isEmpty() && !t.lastFailure.isEmpty();
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn)
        return earlierFailure ? tr("An earlier attempt failed: %1").arg(t.lastFailure) : t.lastError;
    if (role == Qt::ForegroundRole && index.column() == ErrorColumn && earlierFailure)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == AttemptsColumn && t.earlierAttempts > 0)
        return tr("%1 since it was retried, %2 before").arg(t.attempts).arg(t.earlierAttempts);
    if (role == Qt::ToolTipRole && index.column() == StateColumn &&
        t.state == TransactionState::RetryScheduled && t.nextAttemptAt > 0)
        return tr("Next attempt at %1").arg(time(t.nextAttemptAt));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return t.id;
    case SourceColumn:
        return t.sourceName;
    case ActionColumn:
        return PurgeWords::actionAndMatch(t.batch.action, t.batch.match);
    case TargetsColumn:
        return t.targetsSummary();
    case StateColumn:
        return t.progress >= 0 && t.state == TransactionState::WaitingForStatus
                   ? tr("%1 (%2%)").arg(stateLabel(t.state)).arg(t.progress)
                   : stateLabel(t.state);
    case AttemptsColumn:
        return t.totalAttempts();
    case HttpStatusColumn:
        return t.lastHttpStatus ? QVariant(t.lastHttpStatus) : QVariant();
    case ProviderIdColumn:
        return t.providerId;
    case CreatedColumn:
        return time(t.createdAt);
    case UpdatedColumn:
        return time(t.updatedAt);
    case ErrorColumn:
        return earlierFailure ? tr("earlier: %1").arg(t.lastFailure.simplified()) : t.lastError.simplified();
    case VerifyColumn:
        return t.verifyState.isEmpty() ? QString() : VerifyText::stateLabel(t.verifyState);
    }
    return {};
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case SourceColumn:
        return tr("Source");
    case ActionColumn:
        return tr("Action");
    case TargetsColumn:
        return tr("Targets");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case HttpStatusColumn:
        return tr("HTTP");
    case ProviderIdColumn:
        return tr("Provider ID");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case ErrorColumn:
        return tr("Error");
    case VerifyColumn:
        return tr("Verified");
    }
    return {};
}

void TransactionTableModel::upsert(const QList<TransactionRecord> &transactions)
{
    QList<TransactionRecord> added;
    QHash<qint64, qsizetype> addedIndex; // the same new id twice in one call must add one row
    QList<int> changedRows;
    for (const TransactionRecord &t : transactions) {
        const auto it = m_rowOfId.constFind(t.id);
        if (it != m_rowOfId.constEnd()) {
            // The queue's reports carry no verification (the verifier writes it): keep what is known.
            const QString verifyState = m_rows[*it].verifyState;
            m_rows[*it] = t;
            if (t.verifyState.isEmpty())
                m_rows[*it].verifyState = verifyState;
            changedRows.append(*it);
        } else if (const auto seen = addedIndex.constFind(t.id); seen != addedIndex.constEnd()) {
            added[*seen] = t;
        } else {
            addedIndex.insert(t.id, added.size());
            added.append(t);
        }
    }
    if (!changedRows.isEmpty()) {
        std::sort(changedRows.begin(), changedRows.end());
        changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
        if (changedRows.size() > m_rows.size() / 2) {
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        } else {
            for (qsizetype i = 0; i < changedRows.size();) {
                qsizetype j = i;
                while (j + 1 < changedRows.size() && changedRows[j + 1] == changedRows[j] + 1)
                    ++j;
                emit dataChanged(index(changedRows[i], 0), index(changedRows[j], ColumnCount - 1));
                i = j + 1;
            }
        }
    }
    if (added.isEmpty())
        return;
    std::sort(added.begin(), added.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    // New ids are larger than known ones in practice; an out-of-order id is still appended,
    // since the view sorts through its proxy.
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.reserve(m_rows.size() + added.size());
    m_rowOfId.reserve(m_rows.size() + added.size());
    for (const TransactionRecord &t : std::as_const(added)) {
        m_rowOfId.insert(t.id, int(m_rows.size()));
        m_rows.append(t);
    }
    endInsertRows();
}

void TransactionTableModel::replaceAll(const QList<TransactionRecord> &transactions)
{
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_rows.reserve(transactions.size());
    m_rowOfId.reserve(transactions.size());
    for (const TransactionRecord &t : transactions) {
        if (const auto it = m_rowOfId.constFind(t.id); it != m_rowOfId.constEnd()) {
            m_rows[*it] = t;
            continue;
        }
        m_rowOfId.insert(t.id, int(m_rows.size()));
        m_rows.append(t);
    }
    endResetModel();
}
