#pragma once

#include "core/transactionrecord.h"

#include <QHash>
#include <QList>
#include <QSet>
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
    // An open transaction another process has claimed since (WorkOwner) is not written: its id
    // goes to *lost, and the commit holds the rest.
    bool saveAll(const QList<std::pair<TransactionRecord, EventRecord>> &changes,
                 QList<qint64> *lost = nullptr);

    QList<TransactionRecord> active() const; // not final
    // Open transactions a live process other than this one runs.
    int openOwnedElsewhere() const;
    // Open transactions (not awaiting approval, not of these sources) and verifications unfinished.
    int openCount(const QSet<qint64> &skipSources = {}) const;
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

    // Which open work claim() takes: what no live process runs (WorkOwner), except what waits
    // for approval.
    struct ClaimRequest
    {
        int limit = 0;            // 0: all there is
        qint64 dueBeforeMs = 0;   // 0: due or not
        QList<qint64> onlyIds;    // empty: any
        QSet<qint64> skipSources; // sources this process cannot send for (it lacks their secret)
        bool includeOwn = false;  // also what this process owns (and may not track any more)
    };
    // Takes work over for this process, soonest due first, with a lease: several processes
    // claiming at once never take the same transaction (FOR UPDATE SKIP LOCKED on PostgreSQL,
    // the write lock on SQLite). What its owner left "sending" goes back to "queued" (purges are
    // idempotent); *requeued says how many did.
    QList<TransactionRecord> claim(const ClaimRequest &request, int *requeued = nullptr);
    // Records a second person's decision on a request awaiting approval, for use inside
    // exclusively(): approved, its transactions are queued for any worker; rejected, they end
    // cancelled with the reason. Fails, naming why, when the request no longer awaits one.
    bool decide(qint64 requestId, bool approved, const QString &decidedBy, qint64 atMs, const QString &reason,
                QString *error);
    // Extends the lease of everything this process owns (open or being verified).
    bool renewLeases();
    // Gives up this process's claim on transactions, or on all it owns (as it stops), so that
    // another process takes them over at once instead of after the lease.
    bool release(const QList<qint64> &ids);
    bool releaseAll();
    // Succeeded transactions whose verification (probes due, or a re-purge out) a process began
    // and did not finish because it stopped. Each is claimed for this process (its owner becomes
    // this one, compared and set), so two processes adopting at once never both verify one.
    QList<TransactionRecord> claimUnfinishedVerifications();
    // The re-purges sent for a still-cached transaction (their `verifies` is its id).
    QList<TransactionRecord> repurgesOf(qint64 transactionId) const;

private:
    enum class Written { Ok, NotOwned, Failed };
    Written write(const TransactionRecord &transaction);
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);
    bool writeEvent(const EventRecord &event);
    QList<TransactionRecord> select(const QString &where, const QVariantList &bindings,
                                    const QString &tail = QString()) const;
    Database &m_db;
    std::unique_ptr<QSqlQuery> m_insertTransaction;
    std::unique_ptr<QSqlQuery> m_updateTransaction;
    std::unique_ptr<QSqlQuery> m_insertEvent;
};
