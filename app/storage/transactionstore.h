#pragma once

#include "core/transactionrecord.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <functional>
#include <memory>
#include <optional>

class Database;

struct EventRecord
{
    qint64 transactionId = 0;
    qint64 at = 0;
    QString kind; // "queued", "sent", "reply", "poll", "retry", "split", "cancelled", ...
    int httpStatus = 0;
    QString message;
};

struct HistoryFilter
{
    std::optional<TransactionState> state;
    QString text;               // matched against targets, source name and error
    qint64 requestId = 0;       // 0: any
    QString sourceName;         // empty: any
    QString person;             // who asked: the name they go by or their login; empty: anyone
    qint64 createdFromMs = 0;   // created at or after; 0: no lower bound
    qint64 createdBeforeMs = 0; // created strictly before; 0: no upper bound
    int limit = 100;
};

// Requests, transactions and their events. Each write is its own committed SQL transaction,
// so what the queue did survives a kill at any point.
class TransactionStore final
{
public:
    explicit TransactionStore(Database &db) : m_db(db) {}

    // Stores a request and its planned transactions together; sets their ids.
    bool createRequest(RequestRecord &request, QList<TransactionRecord> &transactions, QString *error);
    // Runs fn in one SQL transaction that holds the profile's write lock from its start (BEGIN
    // IMMEDIATE), so what fn reads stays true until what it writes is committed: two processes
    // that check the queue and then add to it cannot both see it without the other's work.
    // Rolls back when fn returns false.
    bool exclusively(const std::function<bool()> &fn, QString *error);
    // createRequest's writes without a transaction of their own: for use inside exclusively().
    bool insertRequest(RequestRecord &request, QList<TransactionRecord> &transactions, QString *error);
    // Appends an event to a transaction without changing it (a later submission folded into it).
    bool addEvent(const EventRecord &event);
    // Adds transactions to an existing request (a 413 split).
    bool insert(TransactionRecord &transaction, const QString &eventMessage);
    // Saves the transaction's state and appends an event, in one commit.
    bool save(const TransactionRecord &transaction, const EventRecord &event);
    // Several saves in one commit (the queue batches state changes made in the same instant).
    bool saveAll(const QList<std::pair<TransactionRecord, EventRecord>> &changes);

    QList<TransactionRecord> active() const; // not final
    // Not final, and last written by a process that is gone (or by this one).
    QList<TransactionRecord> activeWithoutLiveOwner() const;
    QList<TransactionRecord> byIds(const QList<qint64> &ids) const;
    QList<TransactionRecord> byRequest(qint64 requestId) const;
    QList<TransactionRecord> history(const HistoryFilter &filter) const;
    QList<TransactionRecord> inState(TransactionState state) const;
    // One source's transactions that are queued and have never been sent, oldest first: the only
    // work a new target may be folded into (see QueuedDedup).
    QList<TransactionRecord> unsentBySource(qint64 sourceId) const;
    // Rows written at or after sinceMs (ms since epoch), oldest id first: for views that follow
    // the queue without reloading everything.
    QList<TransactionRecord> changedSince(qint64 sinceMs) const;
    // Up to `limit` transactions with ids below `beforeId` (0: from the newest), newest first:
    // for loading a long history a screenful at a time.
    QList<TransactionRecord> newestBefore(qint64 beforeId, int limit) const;
    QList<EventRecord> events(qint64 transactionId) const;
    std::optional<RequestRecord> request(qint64 id) const;
    // The names of everyone who asked for a request in this profile, sorted.
    QStringList people() const;
    // Several requests at once, by id (those that exist), for lists of transactions.
    QHash<qint64, RequestRecord> requests(const QList<qint64> &ids) const;

    // Transactions left "sending" by a process that is gone go back to the queue
    // (purges are idempotent). Returns how many.
    int requeueOrphans(qint64 nowMs);
    // Succeeded transactions whose verification (probes due, or a re-purge out) a process began
    // and did not finish because it stopped. Each is claimed for this process (its owner becomes
    // this one, compared and set), so two processes adopting at once never both verify one.
    QList<TransactionRecord> claimUnfinishedVerifications();
    // The re-purges sent for a still-cached transaction (their `verifies` is its id).
    QList<TransactionRecord> repurgesOf(qint64 transactionId) const;

private:
    bool write(const TransactionRecord &transaction);
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);
    bool writeEvent(const EventRecord &event);
    QList<TransactionRecord> select(const QString &where, const QVariantList &bindings,
                                    const QString &tail = QString()) const;
    Database &m_db;
    std::unique_ptr<QSqlQuery> m_insertTransaction;
    std::unique_ptr<QSqlQuery> m_updateTransaction;
    std::unique_ptr<QSqlQuery> m_insertEvent;
};
