#pragma once

#include "core/transactionrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class PurgeQueue;
class QTimer;
class TransactionStore;
class TransactionTableModel;
class Verifier;

// Keeps a TransactionTableModel current. The queue reports every state change; a busy queue
// reports hundreds per second, so changes are collected and handed to the model in one upsert
// per interval (about 100 ms): one dataChanged/rowsInserted per batch instead of per change.
// Work done by other processes (a command-line purge) only reaches the database, so the store
// is also polled for rows written since the last look.
class TransactionFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionFeed)
public:
    explicit TransactionFeed(TransactionTableModel *model, QObject *parent = nullptr);

    void setBatchInterval(int ms);
    int batchInterval() const;
    // How much finished history watchStore() loads: the newest this many transactions (every
    // open one comes too, however old). A team's profile holds millions; the History tab
    // searches all of them in the database. Default 20,000 (about 30 MB of rows).
    void setHistoryLimit(int rows) { m_historyLimit = qMax(1, rows); }
    int historyLimit() const { return m_historyLimit; }

    // Follows the queue's transactionAdded/transactionChanged/transactionHeld signals.
    void watchQueue(PurgeQueue *queue);
    // Loads what the store holds and then polls it every pollMs for rows changed since
    // (0: load once, no polling).
    void watchStore(TransactionStore *store, int pollMs = 1000);
    // Verification states as the verifier sets them (read back from store).
    void watchVerifier(Verifier *verifier, TransactionStore *store);

public slots:
    // Collects one change; the model sees it at the next batch.
    void enqueue(const TransactionRecord &transaction);
    // Hands collected changes to the model now.
    void flush();
    // Reads rows written to the store since the last poll.
    void poll();
    // The same a moment from now, once for any number of calls (another process said it wrote).
    void pollSoon();

signals:
    // After each batch reached the model (count = rows added or changed).
    void flushed(int count);
    void historyLoaded(int count);

private:
    TransactionTableModel *m_model;
    QHash<qint64, TransactionRecord> m_pending; // latest state per id wins
    QTimer *m_batchTimer;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_pollSoonTimer = nullptr;
    void loadOlder();
    qint64 m_oldestLoadedId = 0; // the history loads newest first, in chunks, after the first paint
    int m_historyCount = 0;
    int m_historyLimit = 20000;
    TransactionStore *m_store = nullptr;
    qint64 m_polledSince = 0;
};
