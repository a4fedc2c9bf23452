#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QVariant>

namespace {

// Schema versions in order; each entry runs once, in one transaction.
const char *const kMigrations[] = {
    R"(CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        endpoints TEXT NOT NULL DEFAULT '[]',
        settings TEXT NOT NULL DEFAULT '{}',
        secret_kind TEXT NOT NULL DEFAULT 'none',
        secret_variable TEXT NOT NULL DEFAULT '',
        secret_key TEXT NOT NULL,
        created_at INTEGER NOT NULL);
    CREATE TABLE presets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        definition TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL);
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        origin TEXT NOT NULL,
        user TEXT NOT NULL,
        sources TEXT NOT NULL,
        action TEXT NOT NULL,
        match TEXT NOT NULL,
        target_count INTEGER NOT NULL);
    CREATE TABLE transactions (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id),
        source_id INTEGER NOT NULL,
        source_name TEXT NOT NULL,
        lane TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        match TEXT NOT NULL,
        targets TEXT NOT NULL,
        cache_key_modifier TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        polls INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        last_http_status INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        provider_id TEXT NOT NULL DEFAULT '',
        status_ref TEXT NOT NULL DEFAULT '',
        progress INTEGER NOT NULL DEFAULT -1,
        owner_pid INTEGER NOT NULL DEFAULT 0,
        first_polled_at INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL);
    CREATE INDEX transactions_state ON transactions(state);
    CREATE INDEX transactions_request ON transactions(request_id);
    CREATE INDEX transactions_updated ON transactions(updated_at);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        transaction_id INTEGER NOT NULL,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        http_status INTEGER NOT NULL DEFAULT 0,
        message TEXT NOT NULL DEFAULT '');
    CREATE INDEX events_transaction ON events(transaction_id);)",
    // Provider-declared request options as data (the one option before them had a column of
    // its own); what the user picked, kept with each request; profile-wide queue settings.
    R"(ALTER TABLE transactions ADD COLUMN options TEXT NOT NULL DEFAULT '{}';
    UPDATE transactions SET options = json_object('cache_key_modifier', json_array(cache_key_modifier))
        WHERE cache_key_modifier <> '';
    ALTER TABLE requests ADD COLUMN definition TEXT NOT NULL DEFAULT '{}';
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL);)",
    // The retry budget runs from a transaction's first failed attempt, across restarts.
    R"(ALTER TABLE transactions ADD COLUMN retrying_since INTEGER NOT NULL DEFAULT 0;)",
    // Verification: each purged URL asked for after the purge, and what its cache said; a
    // transaction's verdict over them, and the transaction a re-purge sends again.
    R"(ALTER TABLE transactions ADD COLUMN verify_state TEXT NOT NULL DEFAULT '';
    ALTER TABLE transactions ADD COLUMN verifies INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE verifications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        transaction_id INTEGER NOT NULL,
        url TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        signal TEXT NOT NULL DEFAULT '',
        probe TEXT NOT NULL DEFAULT '',
        purged_at INTEGER NOT NULL DEFAULT 0,
        due_at INTEGER NOT NULL DEFAULT 0,
        probed_at INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX verifications_by_transaction ON verifications (transaction_id);)",
    // Layered plans: each transaction's layer (the position of its source in the request) and how
    // many layers the request has; the request says it is layered.
    R"(ALTER TABLE transactions ADD COLUMN layer INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE transactions ADD COLUMN layer_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE requests ADD COLUMN layered INTEGER NOT NULL DEFAULT 0;)",
    // A retried transaction keeps its failed tries: their attempts, and the last failure's error.
    R"(ALTER TABLE transactions ADD COLUMN earlier_attempts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE transactions ADD COLUMN last_failure TEXT NOT NULL DEFAULT '';
    UPDATE transactions SET last_failure = last_error WHERE state = 'failed';)",
};

// Databases by their connection's driver, so execQuery can tell the one a failed query ran on.
QHash<const QSqlDriver *, Database *> &byDriver()
{
    static QHash<const QSqlDriver *, Database *> map;
    return map;
}

constexpr int kDefaultBusyTimeoutMs = 10000;

} // namespace

bool execQuery(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    if (Database *db = Database::owning(query))
        db->noteFailure(query.lastError());
    qWarning("database: %s", qPrintable(query.lastError().text()));
    return false;
}

Database::Database(const QString &profileDir, QObject *parent)
    : QObject(parent), m_profileDir(profileDir),
      m_connectionName(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        byDriver().remove(db.driver());
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::resolveProfileDir(const QString &fromOption)
{
    if (!fromOption.isEmpty())
        return QDir(fromOption).absolutePath();
    const QString fromEnv = qEnvironmentVariable("PURGELINE_PROFILE");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Database::fileIn(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("purgeline.sqlite"));
}

QString Database::filePath() const
{
    return fileIn(m_profileDir);
}

int Database::busyTimeoutMs()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("PURGELINE_BUSY_TIMEOUT").toDouble(&ok);
    return ok && seconds >= 0 ? int(qMin(seconds, 3600.0) * 1000) : kDefaultBusyTimeoutMs;
}

Database *Database::owning(const QSqlQuery &query)
{
    return byDriver().value(query.driver());
}

bool Database::fail(const DatabaseFault &fault, QString *error)
{
    setFault(fault);
    *error = fault.message();
    return false;
}

bool Database::open(QString *error)
{
    const QString file = filePath();
    const bool readOnlyFileSystem = DatabaseFault::onReadOnlyFileSystem(m_profileDir);
    if (!QDir().mkpath(m_profileDir)) {
        if (readOnlyFileSystem)
            return fail(DatabaseFault::readOnly(file), error);
        *error =
            QCoreApplication::translate("Database", "cannot create profile directory %1").arg(m_profileDir);
        return false;
    }
    if (readOnlyFileSystem && !QFileInfo::exists(file))
        return fail(DatabaseFault::readOnly(file), error); // nothing to read, and it cannot be made
    // Damage is looked for through a connection that cannot write: even closing a read-write
    // connection would write (the last one checkpoints the WAL into the database file).
    const bool exists = QFileInfo::exists(file);
    if (!openConnection(exists || readOnlyFileSystem, error))
        return false;
    if (exists && !checkIntegrity()) {
        *error = m_fault.message(); // kept open for reading only: the window shows what it can
        return false;
    }
    if (exists && !readOnlyFileSystem) {
        connection().close();
        if (!openConnection(false, error))
            return false;
    }
    if (!readOnlyFileSystem) {
        QSqlQuery pragma(connection());
        // WAL keeps readers (the GUI) and the writer (a CLI run) out of each other's way;
        // synchronous=FULL makes each commit survive a power cut, not just a crash.
        for (const char *statement :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
            pragma.exec(QLatin1String(statement));
    }
    if (!migrate(error))
        return false;
    if (readOnlyFileSystem)
        setFault(DatabaseFault::readOnly(file));
    return true;
}

bool Database::openConnection(bool readOnly, QString *error)
{
    const QString file = filePath();
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs());
    db.setDatabaseName(file);
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        // SQLite cannot read a WAL database on a read-only file system without its -shm file
        // (https://www.sqlite.org/wal.html#readonly). With no -wal file beside it the database
        // file holds everything, and nothing can change it there: it is opened as immutable.
        if (DatabaseFault::onReadOnlyFileSystem(file) && !QFileInfo::exists(file + QStringLiteral("-wal"))) {
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            db.setDatabaseName(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
        }
    }
    db.setConnectOptions(options);
    m_readOnly = readOnly;
    if (!db.open()) {
        const DatabaseFault fault = DatabaseFault::fromError(db.lastError(), file);
        if (fault.isFault())
            return fail(fault, error);
        *error = QCoreApplication::translate("Database", "cannot open database in %1: %2")
                     .arg(m_profileDir, db.lastError().text());
        return false;
    }
    byDriver().insert(db.driver(), this);
    return true;
}

bool Database::checkIntegrity()
{
    // quick_check reads every page but skips the index-to-table cross-checks of integrity_check:
    // 0.2 s for a profile of 100,000 transactions and 300,000 events (docs/database-faults.md).
    QSqlQuery check(connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        const DatabaseFault fault = DatabaseFault::fromError(check.lastError(), filePath());
        setFault(fault.kind == DatabaseFault::Kind::None
                     ? DatabaseFault::damaged(filePath(), check.lastError().databaseText())
                     : fault);
        return m_fault.kind != DatabaseFault::Kind::Damaged;
    }
    QStringList problems;
    while (check.next())
        problems << check.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    setFault(DatabaseFault::damaged(filePath(), problems.join(QStringLiteral("; ")).left(500)));
    return false;
}

void Database::setFault(const DatabaseFault &fault)
{
    const bool changed = fault.kind != m_fault.kind || fault.summary() != m_fault.summary();
    m_fault = fault;
    if (changed)
        emit faultChanged(m_fault);
}

void Database::noteFailure(const QSqlError &error, double waitedSeconds)
{
    DatabaseFault fault = DatabaseFault::fromError(error, filePath());
    if (!fault.isFault())
        return;
    if (fault.kind == DatabaseFault::Kind::Locked)
        fault.waitedSeconds = waitedSeconds > 0 ? waitedSeconds : busyTimeoutMs() / 1000.0;
    setFault(fault);
}

DatabaseFault Database::checkWritable(int waitMs)
{
    QSqlDatabase db = connection();
    if (!db.isOpen() || m_fault.kind == DatabaseFault::Kind::Damaged)
        return m_fault;
    const QString file = filePath();
    if (m_readOnly || DatabaseFault::onReadOnlyFileSystem(file)) {
        if (m_fault.kind != DatabaseFault::Kind::ReadOnly)
            setFault(DatabaseFault::readOnly(file));
        return m_fault;
    }
    if (const qint64 free = DatabaseFault::freeBytesAt(file);
        free >= 0 && free < DatabaseFault::kLowSpaceBytes) {
        if (m_fault.kind != DatabaseFault::Kind::DiskFull)
            setFault(DatabaseFault::diskFull(file));
        return m_fault;
    }
    QSqlQuery probe(db);
    probe.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(qMax(0, waitMs)));
    QElapsedTimer waited;
    waited.start();
    const bool ok = probe.exec(QStringLiteral("BEGIN IMMEDIATE"));
    const double seconds = waited.elapsed() / 1000.0;
    const QSqlError error = probe.lastError();
    if (ok)
        probe.exec(QStringLiteral("ROLLBACK"));
    probe.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs()));
    if (ok) {
        setFault({});
        return m_fault;
    }
    DatabaseFault fault = DatabaseFault::fromError(error, file);
    if (fault.kind == DatabaseFault::Kind::Locked)
        fault.waitedSeconds = seconds;
    // A fault that stays keeps its first description (how long the first wait for a lock was).
    if (fault.isFault() && fault.kind != m_fault.kind)
        setFault(fault);
    return m_fault;
}

bool Database::transaction(const std::function<bool()> &fn)
{
    if (m_readOnly) {
        if (!m_fault.isFault())
            setFault(DatabaseFault::readOnly(filePath()));
        return false;
    }
    QSqlDatabase db = connection();
    QSqlQuery control(db);
    QElapsedTimer waited;
    waited.start();
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        qWarning("database: %s", qPrintable(control.lastError().text()));
        noteFailure(control.lastError(), waited.elapsed() / 1000.0);
        return false;
    }
    if (!fn()) {
        control.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!control.exec(QStringLiteral("COMMIT"))) {
        qWarning("database: %s", qPrintable(control.lastError().text()));
        noteFailure(control.lastError());
        // After a failed COMMIT SQLite may or may not have rolled back already
        // (https://www.sqlite.org/lang_transaction.html, "Response To Errors Within A Transaction").
        control.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (m_fault.isFault())
        setFault({});
    return true;
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version"))) {
        noteFailure(query.lastError());
        *error = m_fault.isFault() ? m_fault.message() : query.lastError().text();
        return false;
    }
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version < int(std::size(kMigrations)) && m_readOnly)
        return fail(DatabaseFault::readOnly(filePath()), error); // it needs an upgrade that cannot be written
    for (int i = version; i < int(std::size(kMigrations)); ++i) {
        const bool done = transaction([&] {
            const QStringList statements =
                QString::fromLatin1(kMigrations[i]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                if (statement.trimmed().isEmpty())
                    continue;
                if (!query.exec(statement)) {
                    noteFailure(query.lastError());
                    *error = QCoreApplication::translate("Database", "database migration %1 failed: %2")
                                 .arg(i + 1)
                                 .arg(query.lastError().text());
                    return false;
                }
            }
            return query.exec(QStringLiteral("PRAGMA user_version=%1").arg(i + 1));
        });
        if (!done) {
            if (m_fault.isFault())
                *error = m_fault.message();
            else if (error->isEmpty())
                *error = QCoreApplication::translate("Database", "database migration %1 failed: %2")
                             .arg(i + 1)
                             .arg(query.lastError().text());
            return false;
        }
    }
    return true;
}
