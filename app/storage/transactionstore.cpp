#include "transactionstore.h"

#include "database.h"
#include "workowner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {

const char kTxColumns[] =
    "id, request_id, source_id, source_name, lane, action, match, targets, options, state, attempts, "
    "polls, next_attempt_at, last_http_status, last_error, provider_id, status_ref, progress, created_at, "
    "updated_at, first_polled_at, retrying_since, verify_state, verifies, layer, layer_count, "
    "earlier_attempts, last_failure";

QString targetsJson(const QStringList &targets)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(targets)).toJson(QJsonDocument::Compact));
}

TransactionRecord fromQuery(const QSqlQuery &q)
{
    TransactionRecord t;
    t.id = q.value(0).toLongLong();
    t.requestId = q.value(1).toLongLong();
    t.sourceId = q.value(2).toLongLong();
    t.sourceName = q.value(3).toString();
    t.lane = q.value(4).toString();
    t.batch.action = actionFromName(q.value(5).toString()).value_or(PurgeAction::Purge);
    t.batch.match = matchFromName(q.value(6).toString()).value_or(MatchKind::Exact);
    for (const auto &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
        t.batch.targets.append(v.toString());
    t.batch.options = optionValuesFromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
    t.state = stateFromName(q.value(9).toString()).value_or(TransactionState::Queued);
    t.attempts = q.value(10).toInt();
    t.polls = q.value(11).toInt();
    t.nextAttemptAt = q.value(12).toLongLong();
    t.lastHttpStatus = q.value(13).toInt();
    t.lastError = q.value(14).toString();
    t.providerId = q.value(15).toString();
    t.statusRef = q.value(16).toString();
    t.progress = q.value(17).toInt();
    t.createdAt = q.value(18).toLongLong();
    t.updatedAt = q.value(19).toLongLong();
    t.firstPolledAt = q.value(20).toLongLong();
    t.retryingSince = q.value(21).toLongLong();
    t.verifyState = q.value(22).toString();
    t.verifies = q.value(23).toLongLong();
    t.layer = q.value(24).toInt();
    t.layerCount = q.value(25).toInt();
    t.earlierAttempts = q.value(26).toInt();
    t.lastFailure = q.value(27).toString();
    return t;
}

const char kOpen[] = "state NOT IN ('succeeded', 'failed', 'cancelled')";
const char kVerifying[] = "verify_state IN ('pending', 'repurging')";

QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QLatin1Char(','));
}

} // namespace

bool TransactionStore::createRequest(RequestRecord &request, QList<TransactionRecord> &transactions,
                                     QString *error)
{
    return m_db.transaction([&] { return insertRequest(request, transactions, error); });
}

bool TransactionStore::insertRequest(RequestRecord &request, QList<TransactionRecord> &transactions,
                                     QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO requests (created_at, origin, \"user\", sources, action, match, "
                             "target_count, definition, layered, person, host, reason, approval, "
                             "approval_because) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(request.createdAt);
    q.addBindValue(nonNull(request.origin));
    q.addBindValue(nonNull(request.user));
    q.addBindValue(nonNull(request.sources.join(QLatin1Char(','))));
    q.addBindValue(actionName(request.action));
    q.addBindValue(matchName(request.match));
    q.addBindValue(request.targetCount);
    q.addBindValue(QString::fromUtf8(QJsonDocument(request.definition).toJson(QJsonDocument::Compact)));
    q.addBindValue(request.layered ? 1 : 0);
    q.addBindValue(nonNull(request.person));
    q.addBindValue(nonNull(request.host));
    q.addBindValue(nonNull(request.reason));
    q.addBindValue(nonNull(request.approval));
    q.addBindValue(nonNull(request.approvalBecause));
    if (!execQuery(q, error))
        return false;
    request.id = q.lastInsertId().toLongLong();
    for (TransactionRecord &t : transactions) {
        t.requestId = request.id;
        if (write(t) != Written::Ok)
            return false;
        if (!writeEvent({t.id, t.createdAt, QStringLiteral("queued"), 0, QString()}))
            return false;
    }
    m_db.noteQueueChanged();
    return true;
}

bool TransactionStore::exclusively(const std::function<bool()> &fn, QString *error)
{
    // Database::transaction begins IMMEDIATE (a deferred one takes the write lock only at the
    // first write, so two processes could both read the queue before either writes) and names
    // a read-only profile, a full disk or a lock as the database's fault for every face.
    if (m_db.transaction(fn))
        return true;
    if (error && error->isEmpty())
        *error = m_db.fault().isFault()
                     ? m_db.fault().summary()
                     : QCoreApplication::translate("TransactionStore", "the database could not be written");
    return false;
}

bool TransactionStore::addEvent(const EventRecord &event)
{
    return writeEvent(event);
}

bool TransactionStore::insert(TransactionRecord &transaction, const QString &eventMessage)
{
    return m_db.transaction([&] {
        transaction.id = 0;
        return write(transaction) == Written::Ok &&
               writeEvent({transaction.id, transaction.createdAt, QStringLiteral("queued"), 0, eventMessage});
    });
}

QSqlQuery &TransactionStore::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    // The queue writes thousands of rows a run; preparing each statement once keeps that cheap.
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db.connection());
        slot->prepare(sql);
    }
    return *slot;
}

TransactionStore::Written TransactionStore::write(const TransactionRecord &t)
{
    // The process that writes a transaction owns it and renews its lease with the write. Only
    // its owner changes an open transaction: another process takes it over by claiming it (a
    // compare and set), after which the old owner's writes change nothing and tell it so, so a
    // transaction is never sent by two processes at once. A final one may be queued again by any.
    const qint64 owner = WorkOwner::pid();
    const QString host = WorkOwner::host();
    const qint64 leaseUntil = QDateTime::currentMSecsSinceEpoch() + WorkOwner::leaseMs();
    if (t.id == 0) {
        QSqlQuery &q = prepared(
            m_insertTransaction,
            QStringLiteral("INSERT INTO transactions (request_id, source_id, source_name, lane, action, "
                           "match, targets, options, state, attempts, polls, next_attempt_at, "
                           "last_http_status, last_error, provider_id, status_ref, progress, created_at, "
                           "updated_at, first_polled_at, retrying_since, verifies, layer, layer_count, "
                           "earlier_attempts, last_failure, "
                           "owner_pid, owner_host, lease_until) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?)"));
        const QVariantList values{
            t.requestId,
            t.sourceId,
            nonNull(t.sourceName),
            nonNull(t.lane),
            actionName(t.batch.action),
            matchName(t.batch.match),
            targetsJson(t.batch.targets),
            QString::fromUtf8(
                QJsonDocument(optionValuesToJson(t.batch.options)).toJson(QJsonDocument::Compact)),
            stateName(t.state),
            t.attempts,
            t.polls,
            t.nextAttemptAt,
            t.lastHttpStatus,
            nonNull(t.lastError),
            nonNull(t.providerId),
            nonNull(t.statusRef),
            t.progress,
            t.createdAt,
            t.updatedAt,
            t.firstPolledAt,
            t.retryingSince,
            t.verifies,
            t.layer,
            t.layerCount,
            t.earlierAttempts,
            nonNull(t.lastFailure),
            owner,
            host,
            leaseUntil};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!execQuery(q))
            return Written::Failed;
        const_cast<TransactionRecord &>(t).id = q.lastInsertId().toLongLong();
        return Written::Ok;
    }
    // Only what can change after planning (targets change when a 413 splits a batch).
    QSqlQuery &q =
        prepared(m_updateTransaction,
                 QStringLiteral("UPDATE transactions SET targets=?, state=?, attempts=?, polls=?, "
                                "next_attempt_at=?, last_http_status=?, last_error=?, provider_id=?, "
                                "status_ref=?, progress=?, updated_at=?, first_polled_at=?, "
                                "retrying_since=?, earlier_attempts=?, "
                                "last_failure=?, owner_pid=?, owner_host=?, lease_until=? WHERE id=? "
                                "AND ((owner_pid=? AND owner_host IN (?, '')) OR "
                                "state IN ('succeeded', 'failed', 'cancelled'))"));
    const QVariantList values{targetsJson(t.batch.targets),
                              stateName(t.state),
                              t.attempts,
                              t.polls,
                              t.nextAttemptAt,
                              t.lastHttpStatus,
                              nonNull(t.lastError),
                              nonNull(t.providerId),
                              nonNull(t.statusRef),
                              t.progress,
                              t.updatedAt,
                              t.firstPolledAt,
                              t.retryingSince,
                              t.earlierAttempts,
                              nonNull(t.lastFailure),
                              owner,
                              host,
                              leaseUntil,
                              t.id,
                              owner,
                              host};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!execQuery(q))
        return Written::Failed;
    return q.numRowsAffected() == 1 ? Written::Ok : Written::NotOwned;
}

bool TransactionStore::writeEvent(const EventRecord &e)
{
    QSqlQuery &q =
        prepared(m_insertEvent, QStringLiteral("INSERT INTO events (transaction_id, at, kind, http_status, "
                                               "message) VALUES (?, ?, ?, ?, ?)"));
    const QVariantList values{e.transactionId, e.at, nonNull(e.kind), e.httpStatus, nonNull(e.message)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return execQuery(q);
}

bool TransactionStore::save(const TransactionRecord &transaction, const EventRecord &event)
{
    return saveAll({{transaction, event}});
}

bool TransactionStore::saveAll(const QList<std::pair<TransactionRecord, EventRecord>> &changes,
                               QList<qint64> *lost)
{
    QList<qint64> notOwned;
    const bool saved = m_db.transaction(
        [&] {
            notOwned.clear();
            for (const auto &[transaction, event] : changes) {
                if (notOwned.contains(transaction.id))
                    continue;
                switch (write(transaction)) {
                case Written::Failed:
                    return false;
                case Written::NotOwned:
                    notOwned.append(transaction.id);
                    continue;
                case Written::Ok:
                    break;
                }
                if (!writeEvent(event))
                    return false;
            }
            if (!changes.isEmpty())
                m_db.noteQueueChanged();
            return true;
        },
        Database::Turn::Shared);
    if (saved && lost)
        *lost = notOwned;
    return saved;
}

QList<TransactionRecord> TransactionStore::select(const QString &where, const QVariantList &bindings,
                                                  const QString &tail) const
{
    QList<TransactionRecord> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM transactions WHERE %2 %3")
                  .arg(QLatin1String(kTxColumns), where, tail));
    for (const QVariant &binding : bindings)
        q.addBindValue(binding);
    if (execQuery(q))
        while (q.next())
            result.append(fromQuery(q));
    return result;
}

QList<TransactionRecord> TransactionStore::active() const
{
    // The range on next_attempt_at (always true), and sorting here rather than in SQL, let SQLite
    // use the partial index transactions_open, whose condition this is, instead of walking the
    // whole history in id order.
    QList<TransactionRecord> open = select(
        QStringLiteral("state NOT IN ('succeeded', 'failed', 'cancelled') AND next_attempt_at >= 0"), {});
    std::sort(open.begin(), open.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return open;
}

QList<TransactionRecord> TransactionStore::byIds(const QList<qint64> &ids) const
{
    QList<TransactionRecord> result;
    // Whole numbers only, so they can be inlined; chunks keep each statement small.
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        QStringList chunk;
        for (qint64 id : ids.mid(start, 500))
            chunk << QString::number(id);
        result += select(QStringLiteral("id IN (%1)").arg(chunk.join(QLatin1Char(','))), {},
                         QStringLiteral("ORDER BY id"));
    }
    return result;
}

QList<TransactionRecord> TransactionStore::byRequest(qint64 requestId) const
{
    return select(QStringLiteral("request_id=?"), {requestId}, QStringLiteral("ORDER BY id"));
}

QList<TransactionRecord> TransactionStore::inState(TransactionState state) const
{
    return select(QStringLiteral("state=?"), {stateName(state)}, QStringLiteral("ORDER BY id"));
}

QList<TransactionRecord> TransactionStore::unsentBySource(qint64 sourceId) const
{
    // Never sent: queued and without a "sent" event. A transaction that went out once may already
    // have purged before the change a new target stands for, and its resend is not certain (a
    // permanent error, a cancel), so it absorbs nothing. The queue commits "sent" before a request
    // leaves, so one that is about to go out but not yet committed leaves after this reads: it
    // still purges after the change. A higher layer of a layered plan absorbs nothing either: it
    // waits for the layers below it and is cancelled when one of them fails.
    return select(
        QStringLiteral("source_id=? AND state='queued' AND layer=0 AND NOT EXISTS (SELECT 1 FROM events e "
                       "WHERE e.transaction_id=transactions.id AND e.kind='sent')"),
        {sourceId}, QStringLiteral("ORDER BY id"));
}

QList<TransactionRecord> TransactionStore::changedSince(qint64 sinceMs) const
{
    return select(QStringLiteral("updated_at >= ?"), {sinceMs}, QStringLiteral("ORDER BY id"));
}

QList<TransactionRecord> TransactionStore::newestBefore(qint64 beforeId, int limit) const
{
    return select(beforeId > 0 ? QStringLiteral("id < ?") : QStringLiteral("1=1"),
                  beforeId > 0 ? QVariantList{beforeId} : QVariantList{},
                  QStringLiteral("ORDER BY id DESC LIMIT %1").arg(qMax(1, limit)));
}

QList<TransactionRecord> TransactionStore::history(const HistoryFilter &filter) const
{
    QStringList where{QStringLiteral("1=1")};
    QVariantList bindings;
    if (filter.state) {
        where << QStringLiteral("state=?");
        bindings << stateName(*filter.state);
    }
    if (filter.requestId) {
        where << QStringLiteral("request_id=?");
        bindings << filter.requestId;
    }
    if (!filter.sourceName.isEmpty()) {
        where << QStringLiteral("source_name=?");
        bindings << filter.sourceName;
    }
    if (!filter.person.isEmpty()) {
        // The name a person goes by, or their login.
        where << QStringLiteral("request_id IN (SELECT id FROM requests WHERE person=? OR \"user\"=?)");
        bindings << filter.person << filter.person;
    }
    if (filter.createdFromMs > 0) {
        where << QStringLiteral("created_at>=?");
        bindings << filter.createdFromMs;
    }
    if (filter.createdBeforeMs > 0) {
        where << QStringLiteral("created_at<?");
        bindings << filter.createdBeforeMs;
    }
    if (!filter.text.isEmpty()) {
        where << QStringLiteral(
            "(targets LIKE ? ESCAPE '\\' OR source_name LIKE ? ESCAPE '\\' OR last_error LIKE ? "
            "ESCAPE '\\')");
        QString escaped = filter.text;
        escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        bindings << pattern << pattern << pattern;
    }
    QList<TransactionRecord> newestFirst =
        select(where.join(QLatin1String(" AND ")), bindings,
               QStringLiteral("ORDER BY id DESC LIMIT %1").arg(qMax(1, filter.limit)));
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

QList<EventRecord> TransactionStore::events(qint64 transactionId) const
{
    QList<EventRecord> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT transaction_id, at, kind, http_status, message FROM events "
                             "WHERE transaction_id=? ORDER BY id"));
    q.addBindValue(transactionId);
    if (execQuery(q))
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toInt(), q.value(4).toString()});
    return result;
}

std::optional<RequestRecord> TransactionStore::request(qint64 id) const
{
    const QHash<qint64, RequestRecord> found = requests({id});
    if (!found.contains(id))
        return std::nullopt;
    return found.value(id);
}

QStringList TransactionStore::people() const
{
    QStringList names;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT person FROM requests WHERE person <> '' ORDER BY person"));
    if (execQuery(q))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

QHash<qint64, RequestRecord> TransactionStore::requests(const QList<qint64> &ids) const
{
    QHash<qint64, RequestRecord> result;
    QStringList marks;
    QVariantList bindings;
    for (qint64 id : ids)
        if (!bindings.contains(id)) {
            marks << QStringLiteral("?");
            bindings << id;
        }
    if (bindings.isEmpty())
        return result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, created_at, origin, \"user\", sources, action, match, target_count, "
                             "definition, layered, person, host, reason, approval, approval_because, "
                             "decided_by, decided_at, decision_reason FROM requests WHERE id IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    for (const QVariant &id : std::as_const(bindings))
        q.addBindValue(id);
    if (!execQuery(q))
        return result;
    while (q.next()) {
        RequestRecord r;
        r.id = q.value(0).toLongLong();
        r.createdAt = q.value(1).toLongLong();
        r.origin = q.value(2).toString();
        r.user = q.value(3).toString();
        r.sources = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.action = actionFromName(q.value(5).toString()).value_or(PurgeAction::Purge);
        r.match = matchFromName(q.value(6).toString()).value_or(MatchKind::Exact);
        r.targetCount = q.value(7).toInt();
        r.definition = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        r.layered = q.value(9).toInt() != 0;
        r.person = q.value(10).toString();
        r.host = q.value(11).toString();
        r.reason = q.value(12).toString();
        r.approval = q.value(13).toString();
        r.approvalBecause = q.value(14).toString();
        r.decidedBy = q.value(15).toString();
        r.decidedAt = q.value(16).toLongLong();
        r.decisionReason = q.value(17).toString();
        result.insert(r.id, r);
    }
    return result;
}

QList<TransactionRecord> TransactionStore::claimUnfinishedVerifications()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> claimed;
    const bool ok = m_db.transaction(
        [&] {
            claimed.clear();
            QSqlQuery q(m_db.connection());
            // Only the verifying condition, so that it is the partial index transactions_verifying's
            // own: with state='succeeded' beside it, SQLite's planner (no statistics) scans the
            // state index, every succeeded row of a million-row history. State is checked here.
            q.prepare(QStringLiteral("SELECT id, owner_pid, owner_host, lease_until, state FROM transactions "
                                     "WHERE %1 ORDER BY id")
                          .arg(QLatin1String(kVerifying)));
            if (!execQuery(q))
                return false;
            struct Owner
            {
                qint64 id, pid;
                QString host;
            };
            QList<Owner> orphans;
            while (q.next()) {
                if (q.value(4).toString() != QLatin1String("succeeded"))
                    continue;
                const Owner owner{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
                if (!WorkOwner::isSelf(owner.pid, owner.host) &&
                    !WorkOwner::isLive(owner.pid, owner.host, q.value(3).toLongLong(), now))
                    orphans.append(owner);
            }
            for (const Owner &owner : std::as_const(orphans)) {
                QSqlQuery claim(m_db.connection());
                claim.prepare(
                    QStringLiteral("UPDATE transactions SET owner_pid=?, owner_host=?, lease_until=? "
                                   "WHERE id=? AND owner_pid=? AND owner_host=?"));
                claim.addBindValue(WorkOwner::pid());
                claim.addBindValue(WorkOwner::host());
                claim.addBindValue(now + WorkOwner::leaseMs());
                claim.addBindValue(owner.id);
                claim.addBindValue(owner.pid);
                claim.addBindValue(owner.host);
                if (!execQuery(claim))
                    return false;
                if (claim.numRowsAffected() == 1)
                    claimed.append(owner.id);
            }
            return true;
        },
        Database::Turn::Shared);
    return ok ? byIds(claimed) : QList<TransactionRecord>{};
}

QList<TransactionRecord> TransactionStore::repurgesOf(qint64 transactionId) const
{
    return select(QStringLiteral("verifies=?"), {transactionId}, QStringLiteral("ORDER BY id"));
}

QList<TransactionRecord> TransactionStore::claim(const ClaimRequest &request, int *requeued)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 self = WorkOwner::pid();
    const QString host = WorkOwner::host();
    const bool postgres = m_db.isPostgres();
    QList<qint64> claimed;
    int wasSending = 0;
    const bool ok = m_db.transaction(
        [&] {
            claimed.clear();
            wasSending = 0;
            // This machine's owners are judged by their pids (a process that is gone is seen at
            // once); there are few of them, so the live ones are named in the query, and the
            // limit counts only rows that can be claimed.
            QSqlQuery owners(m_db.connection());
            owners.prepare(QStringLiteral("SELECT DISTINCT owner_pid FROM transactions WHERE %1 "
                                          "AND owner_pid <> 0 AND owner_host IN (?, '')")
                               .arg(QLatin1String(kOpen)));
            owners.addBindValue(host);
            if (!execQuery(owners))
                return false;
            QList<qint64> live;
            while (owners.next()) {
                const qint64 pid = owners.value(0).toLongLong();
                if (pid == self ? !request.includeOwn : WorkOwner::processAlive(pid))
                    live.append(pid);
            }
            QString where =
                QStringLiteral("%1 AND state <> 'awaiting-approval' AND "
                               "(owner_pid = 0 OR (owner_host IN (?, '')%2) OR "
                               "(owner_host NOT IN (?, '') AND lease_until < ?))")
                    .arg(QLatin1String(kOpen),
                         live.isEmpty() ? QString()
                                        : QStringLiteral(" AND owner_pid NOT IN (%1)").arg(idList(live)));
            QVariantList bindings{host, host, now};
            if (request.dueBeforeMs > 0) {
                where += QStringLiteral(" AND next_attempt_at <= ?");
                bindings << request.dueBeforeMs;
            }
            if (!request.onlyIds.isEmpty())
                where += QStringLiteral(" AND id IN (%1)").arg(idList(request.onlyIds));
            if (!request.skipSources.isEmpty())
                where +=
                    QStringLiteral(" AND source_id NOT IN (%1)").arg(idList(request.skipSources.values()));
            QString tail = QStringLiteral(" ORDER BY next_attempt_at, id");
            if (request.limit > 0)
                tail += QStringLiteral(" LIMIT %1").arg(request.limit);
            // Several workers claiming at once each take rows the others have not locked,
            // instead of waiting for them and then finding them taken.
            if (postgres)
                tail += QStringLiteral(" FOR UPDATE SKIP LOCKED");
            QSqlQuery pick(m_db.connection());
            pick.prepare(QStringLiteral("SELECT id, state FROM transactions WHERE ") + where + tail);
            for (const QVariant &binding : std::as_const(bindings))
                pick.addBindValue(binding);
            if (!execQuery(pick))
                return false;
            QList<qint64> sending;
            while (pick.next()) {
                claimed.append(pick.value(0).toLongLong());
                if (pick.value(1).toString() == QLatin1String("sending"))
                    sending.append(claimed.last());
            }
            for (qsizetype start = 0; start < claimed.size(); start += 500) {
                QSqlQuery take(m_db.connection());
                take.prepare(
                    QStringLiteral("UPDATE transactions SET owner_pid=?, owner_host=?, lease_until=? "
                                   "WHERE id IN (%1)")
                        .arg(idList(claimed.mid(start, 500))));
                take.addBindValue(self);
                take.addBindValue(host);
                take.addBindValue(now + WorkOwner::leaseMs());
                if (!execQuery(take))
                    return false;
            }
            // What its owner was sending when it stopped may or may not have arrived; purges are
            // idempotent, so it is sent again.
            for (qint64 id : std::as_const(sending)) {
                QSqlQuery requeue(m_db.connection());
                requeue.prepare(QStringLiteral(
                    "UPDATE transactions SET state='queued', next_attempt_at=0, updated_at=? WHERE id=?"));
                requeue.addBindValue(now);
                requeue.addBindValue(id);
                if (!execQuery(requeue) ||
                    !writeEvent({id, now, QStringLiteral("requeued"), 0,
                                 QStringLiteral("was being sent when its process stopped")}))
                    return false;
            }
            wasSending = int(sending.size());
            return true;
        },
        Database::Turn::Shared);
    if (!ok)
        return {};
    if (requeued)
        *requeued = wasSending;
    return byIds(claimed);
}

bool TransactionStore::decide(qint64 requestId, bool approved, const QString &decidedBy, qint64 atMs,
                              const QString &reason, QString *error)
{
    // Only a request still awaiting approval changes: of two people deciding at once, the second
    // finds it decided.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE requests SET approval=?, decided_by=?, decided_at=?, decision_reason=? "
                             "WHERE id=? AND approval='awaiting'"));
    q.addBindValue(approved ? QStringLiteral("approved") : QStringLiteral("rejected"));
    q.addBindValue(nonNull(decidedBy));
    q.addBindValue(atMs);
    q.addBindValue(nonNull(reason));
    q.addBindValue(requestId);
    if (!execQuery(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("TransactionStore", "request %1 no longer awaits approval")
                         .arg(requestId);
        return false;
    }
    const QString event = approved ? QStringLiteral("approved") : QStringLiteral("rejected");
    const QString message =
        approved ? QCoreApplication::translate("TransactionStore", "approved by %1").arg(decidedBy)
        : reason.isEmpty()
            ? QCoreApplication::translate("TransactionStore", "rejected by %1").arg(decidedBy)
            : QCoreApplication::translate("TransactionStore", "rejected by %1: %2").arg(decidedBy, reason);
    QSqlQuery ids(m_db.connection());
    ids.prepare(
        QStringLiteral("SELECT id FROM transactions WHERE request_id=? AND state='awaiting-approval'"));
    ids.addBindValue(requestId);
    if (!execQuery(ids, error))
        return false;
    QList<qint64> waiting;
    while (ids.next())
        waiting << ids.value(0).toLongLong();
    for (qint64 id : std::as_const(waiting)) {
        QSqlQuery t(m_db.connection());
        // Rejected work ends cancelled, with the reason; approved work is queued unowned, for
        // whichever worker claims it.
        t.prepare(approved ? QStringLiteral("UPDATE transactions SET state='queued', updated_at=?, "
                                            "next_attempt_at=0, owner_pid=0, lease_until=0 WHERE id=?")
                           : QStringLiteral("UPDATE transactions SET state='cancelled', updated_at=?, "
                                            "last_error=?, owner_pid=0, lease_until=0 WHERE id=?"));
        t.addBindValue(atMs);
        if (!approved)
            t.addBindValue(message);
        t.addBindValue(id);
        if (!execQuery(t, error) || !writeEvent({id, atMs, event, 0, message}))
            return false;
    }
    m_db.noteQueueChanged();
    return true;
}

int TransactionStore::openOwnedElsewhere() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT owner_pid, owner_host, lease_until FROM transactions WHERE %1 AND "
                             "state <> 'awaiting-approval' AND owner_pid <> 0")
                  .arg(QLatin1String(kOpen)));
    int count = 0;
    if (execQuery(q))
        while (q.next()) {
            const qint64 pid = q.value(0).toLongLong();
            const QString host = q.value(1).toString();
            if (!WorkOwner::isSelf(pid, host) && WorkOwner::isLive(pid, host, q.value(2).toLongLong(), now))
                ++count;
        }
    return count;
}

int TransactionStore::openCount(const QSet<qint64> &skipSources) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM transactions WHERE (%1 AND state <> 'awaiting-approval'%2) OR "
                       "(state = 'succeeded' AND %3)")
            .arg(QLatin1String(kOpen),
                 skipSources.isEmpty()
                     ? QString()
                     : QStringLiteral(" AND source_id NOT IN (%1)").arg(idList(skipSources.values())),
                 QLatin1String(kVerifying)));
    return execQuery(q) && q.next() ? q.value(0).toInt() : -1;
}

bool TransactionStore::renewLeases()
{
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + WorkOwner::leaseMs();
    return m_db.transaction(
        [&] {
            for (const char *which : {kOpen, kVerifying}) {
                QSqlQuery q(m_db.connection());
                q.prepare(QStringLiteral("UPDATE transactions SET lease_until=? WHERE %1 AND owner_pid=? AND "
                                         "owner_host=?")
                              .arg(QLatin1String(which)));
                q.addBindValue(until);
                q.addBindValue(WorkOwner::pid());
                q.addBindValue(WorkOwner::host());
                if (!execQuery(q))
                    return false;
            }
            return true;
        },
        Database::Turn::Shared);
}

bool TransactionStore::release(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    return m_db.transaction(
        [&] {
            for (qsizetype start = 0; start < ids.size(); start += 500) {
                QSqlQuery q(m_db.connection());
                q.prepare(
                    QStringLiteral("UPDATE transactions SET owner_pid=0, lease_until=0 WHERE id IN (%1) "
                                   "AND owner_pid=? AND owner_host=?")
                        .arg(idList(ids.mid(start, 500))));
                q.addBindValue(WorkOwner::pid());
                q.addBindValue(WorkOwner::host());
                if (!execQuery(q))
                    return false;
            }
            m_db.noteQueueChanged();
            return true;
        },
        Database::Turn::Shared);
}

bool TransactionStore::releaseAll()
{
    return m_db.transaction(
        [&] {
            for (const char *which : {kOpen, kVerifying}) {
                QSqlQuery q(m_db.connection());
                q.prepare(QStringLiteral("UPDATE transactions SET owner_pid=0, lease_until=0 WHERE %1 AND "
                                         "owner_pid=? AND owner_host=?")
                              .arg(QLatin1String(which)));
                q.addBindValue(WorkOwner::pid());
                q.addBindValue(WorkOwner::host());
                if (!execQuery(q))
                    return false;
            }
            m_db.noteQueueChanged();
            return true;
        },
        Database::Turn::Shared);
}
