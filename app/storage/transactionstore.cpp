#include "transactionstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cerrno>
#include <csignal>

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

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
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
                             "target_count, definition, layered, person, host, reason) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    if (!execQuery(q, error))
        return false;
    request.id = q.lastInsertId().toLongLong();
    for (TransactionRecord &t : transactions) {
        t.requestId = request.id;
        if (!write(t))
            return false;
        if (!writeEvent({t.id, t.createdAt, QStringLiteral("queued"), 0, QString()}))
            return false;
    }
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
        return write(transaction) &&
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

bool TransactionStore::write(const TransactionRecord &t)
{
    // The last process to write a transaction owns it; resume re-queues "sending" rows
    // only when that process is gone.
    const qint64 owner = QCoreApplication::applicationPid();
    if (t.id == 0) {
        QSqlQuery &q = prepared(
            m_insertTransaction,
            QStringLiteral(
                "INSERT INTO transactions (request_id, source_id, source_name, lane, action, "
                "match, targets, options, state, attempts, polls, next_attempt_at, "
                "last_http_status, last_error, provider_id, status_ref, progress, created_at, "
                "updated_at, first_polled_at, retrying_since, verifies, layer, layer_count, "
                "earlier_attempts, last_failure, "
                "owner_pid) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
            owner};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!execQuery(q))
            return false;
        const_cast<TransactionRecord &>(t).id = q.lastInsertId().toLongLong();
        return true;
    }
    // Only what can change after planning (targets change when a 413 splits a batch).
    QSqlQuery &q =
        prepared(m_updateTransaction,
                 QStringLiteral("UPDATE transactions SET targets=?, state=?, attempts=?, polls=?, "
                                "next_attempt_at=?, last_http_status=?, last_error=?, provider_id=?, "
                                "status_ref=?, progress=?, updated_at=?, first_polled_at=?, "
                                "retrying_since=?, earlier_attempts=?, "
                                "last_failure=?, owner_pid=? WHERE id=?"));
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
                              t.id};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return execQuery(q);
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

bool TransactionStore::saveAll(const QList<std::pair<TransactionRecord, EventRecord>> &changes)
{
    return m_db.transaction([&] {
        for (const auto &[transaction, event] : changes)
            if (!write(transaction) || !writeEvent(event))
                return false;
        return true;
    });
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
    return select(QStringLiteral("state NOT IN ('succeeded', 'failed', 'cancelled')"), {},
                  QStringLiteral("ORDER BY id"));
}

QList<TransactionRecord> TransactionStore::activeWithoutLiveOwner() const
{
    QList<TransactionRecord> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, owner_pid FROM transactions WHERE state NOT IN ('succeeded', 'failed', 'cancelled') "
        "ORDER BY id"));
    QList<qint64> ids;
    const qint64 self = QCoreApplication::applicationPid();
    if (execQuery(q))
        while (q.next()) {
            const qint64 owner = q.value(1).toLongLong();
            if (owner == self || !processAlive(owner))
                ids.append(q.value(0).toLongLong());
        }
    return byIds(ids);
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
                             "definition, layered, person, host, reason FROM requests WHERE id IN (%1)")
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
        result.insert(r.id, r);
    }
    return result;
}

QList<TransactionRecord> TransactionStore::claimUnfinishedVerifications()
{
    const qint64 self = QCoreApplication::applicationPid();
    QList<qint64> claimed;
    const bool ok = m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, owner_pid FROM transactions WHERE state='succeeded' "
                                 "AND verify_state IN ('pending', 'repurging') ORDER BY id"));
        if (!execQuery(q))
            return false;
        QList<std::pair<qint64, qint64>> orphans;
        while (q.next())
            if (const qint64 owner = q.value(1).toLongLong(); owner != self && !processAlive(owner))
                orphans.append({q.value(0).toLongLong(), owner});
        for (const auto &[id, owner] : std::as_const(orphans)) {
            QSqlQuery claim(m_db.connection());
            claim.prepare(QStringLiteral("UPDATE transactions SET owner_pid=? WHERE id=? AND owner_pid=?"));
            claim.addBindValue(self);
            claim.addBindValue(id);
            claim.addBindValue(owner);
            if (!execQuery(claim))
                return false;
            if (claim.numRowsAffected() == 1)
                claimed.append(id);
        }
        return true;
    });
    return ok ? byIds(claimed) : QList<TransactionRecord>{};
}

QList<TransactionRecord> TransactionStore::repurgesOf(qint64 transactionId) const
{
    return select(QStringLiteral("verifies=?"), {transactionId}, QStringLiteral("ORDER BY id"));
}

int TransactionStore::requeueOrphans(qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, owner_pid FROM transactions WHERE state='sending'"));
    QList<qint64> orphans;
    if (execQuery(q))
        while (q.next())
            if (!processAlive(q.value(1).toLongLong()))
                orphans.append(q.value(0).toLongLong());
    QList<std::pair<TransactionRecord, EventRecord>> changes;
    for (TransactionRecord t : byIds(orphans)) {
        t.state = TransactionState::Queued;
        t.updatedAt = nowMs;
        t.nextAttemptAt = 0;
        changes.append({t, EventRecord{t.id, nowMs, QStringLiteral("requeued"), 0,
                                       QStringLiteral("was being sent when its process stopped")}});
    }
    saveAll(changes);
    return int(changes.size());
}
