#include "database.h"

#include "migrations.h"

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

// The PostgreSQL advisory lock a profile's writers take turns on (the key is any number that
// nothing else on the database uses; this one spells "purge").
constexpr qint64 kWriterLock = 0x7075726765;
// The channel commits to the queue are announced on (NOTIFY); every process on the profile listens.
constexpr char kQueueChannel[] = "purgeline_queue";

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
    : QObject(parent), m_location(ProfileLocation::parse(profileDir)),
      m_profileDir(m_location.localDirectory()),
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
        return ProfileLocation::looksLikeUrl(fromOption) ? fromOption : QDir(fromOption).absolutePath();
    const QString fromEnv = qEnvironmentVariable("PURGELINE_PROFILE");
    if (!fromEnv.isEmpty())
        return ProfileLocation::looksLikeUrl(fromEnv) ? fromEnv : QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Database::fileIn(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("purgeline.sqlite"));
}

QString Database::filePath() const
{
    if (isPostgres())
        return m_location.displayName();
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
    if (isPostgres())
        return openPostgres(error);
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
    DatabaseFault fault = isPostgres() ? DatabaseFault::fromPostgresError(error, filePath())
                                       : DatabaseFault::fromError(error, filePath());
    if (!fault.isFault())
        return;
    if (fault.kind == DatabaseFault::Kind::Locked)
        fault.waitedSeconds = waitedSeconds > 0 ? waitedSeconds : busyTimeoutMs() / 1000.0;
    setFault(fault);
}

DatabaseFault Database::checkWritable(int waitMs)
{
    QSqlDatabase db = connection();
    if (isPostgres() && m_fault.kind == DatabaseFault::Kind::Unreachable) {
        // The server went away (restarted, a network break, the session ended by an
        // administrator): libpq does not come back by itself, so connect again. Until the server
        // answers, the fault stays and this is tried at the next check.
        db.close();
        QString error;
        if (!openPostgres(&error))
            return m_fault;
    }
    if (!db.isOpen() || m_fault.kind == DatabaseFault::Kind::Damaged)
        return m_fault;
    const QString file = filePath();
    if (isPostgres()) {
        // A read-only server (a standby, default_transaction_read_only) refuses the lock with
        // SQLSTATE 25006; another session's lock makes lock_timeout expire (55P03).
        QSqlQuery probe(db);
        QElapsedTimer waited;
        waited.start();
        bool ok = probe.exec(QStringLiteral("BEGIN")) &&
                  probe.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(qMax(1, waitMs))) &&
                  probe.exec(QStringLiteral("LOCK TABLE settings IN ROW EXCLUSIVE MODE"));
        const QSqlError error = probe.lastError();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        if (ok) {
            setFault({});
            return m_fault;
        }
        DatabaseFault fault = DatabaseFault::fromPostgresError(error, file);
        if (fault.kind == DatabaseFault::Kind::Locked)
            fault.waitedSeconds = waited.elapsed() / 1000.0;
        if (fault.isFault() && fault.kind != m_fault.kind)
            setFault(fault);
        return m_fault;
    }
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

bool Database::transaction(const std::function<bool()> &fn, Turn turn)
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
    // SQLite: IMMEDIATE takes the write lock now, so the wait for another writer happens here.
    // PostgreSQL locks only the rows written, and under READ COMMITTED two transactions that
    // each look first ("is this URL queued already?") and then write would both see nothing
    // and both write. The profile's advisory lock, held to COMMIT, makes its writers take turns
    // as SQLite's do.
    const bool begun =
        isPostgres()
            ? control.exec(QStringLiteral("BEGIN")) &&
                  (turn == Turn::Alone ||
                   control.exec(QStringLiteral("SELECT %1(%2)")
                                    .arg(turn == Turn::Shared ? QLatin1String("pg_advisory_xact_lock_shared")
                                                              : QLatin1String("pg_advisory_xact_lock"))
                                    .arg(kWriterLock)))
            : control.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun) {
        qWarning("database: %s", qPrintable(control.lastError().text()));
        noteFailure(control.lastError(), waited.elapsed() / 1000.0);
        if (isPostgres())
            control.exec(QStringLiteral("ROLLBACK"));
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
    if (isPostgres())
        return migratePostgres(error);
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version"))) {
        noteFailure(query.lastError());
        *error = m_fault.isFault() ? m_fault.message() : query.lastError().text();
        return false;
    }
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version < Migrations::count() && m_readOnly)
        return fail(DatabaseFault::readOnly(filePath()), error); // it needs an upgrade that cannot be written
    for (int i = version; i < Migrations::count(); ++i) {
        const bool done = transaction([&] {
            for (const QString &statement : Migrations::statements(i, false)) {
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

bool Database::openPostgres(QString *error)
{
    if (!m_location.error().isEmpty()) {
        *error = m_location.error();
        return false;
    }
    // The local directory holds what stays on this machine (see ProfileLocation).
    QDir().mkpath(m_profileDir);
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        *error = QCoreApplication::translate("Database", "cannot use the PostgreSQL profile %1: Qt's "
                                                         "PostgreSQL driver (libqt6sql6-psql) is missing")
                     .arg(filePath());
        return false;
    }
    db.setHostName(m_location.host());
    if (m_location.port() > 0)
        db.setPort(m_location.port());
    db.setUserName(m_location.userName());
    db.setDatabaseName(m_location.databaseName());
    // No password: libpq reads PGPASSFILE or ~/.pgpass itself. sslmode and the rest as given.
    db.setConnectOptions(m_location.connectOptions());
    m_readOnly = false;
    if (!db.open()) {
        const DatabaseFault fault = DatabaseFault::fromPostgresError(db.lastError(), filePath());
        return fail(fault.isFault() ? fault : DatabaseFault::unreachable(filePath(), db.lastError().text()),
                    error);
    }
    byDriver().insert(db.driver(), this);
    // The server's NOTICEs (CREATE TABLE IF NOT EXISTS on every start) are not the user's business.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    // A writer waits for another as long as on SQLite, then says the profile is locked, instead
    // of waiting for ever.
    QSqlQuery(db).exec(QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs()));
    // Other processes' commits to the queue arrive as notifications (LISTEN), so windows and
    // workers look at what changed when it changes.
    if (db.driver()->subscribeToNotification(QLatin1String(kQueueChannel)))
        connect(db.driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (name == QLatin1String(kQueueChannel) && source == QSqlDriver::OtherSource)
                        emit queueChangedElsewhere();
                });
    return migrate(error);
}

void Database::noteQueueChanged()
{
    // Delivered at COMMIT, once per transaction however often it is said (the payloads are equal).
    if (isPostgres())
        QSqlQuery(connection()).exec(QStringLiteral("NOTIFY %1").arg(QLatin1String(kQueueChannel)));
}

bool Database::migratePostgres(QString *error)
{
    QSqlQuery query(connection());
    for (int i = 0;; ++i) {
        int version = 0;
        bool current = false;
        const bool done = transaction([&] {
            // One process upgrades at a time; the others wait here and then find nothing to do.
            if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7165636)")) ||
                !query.exec(
                    QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")) ||
                !query.exec(QStringLiteral("SELECT version FROM schema_version")))
                return false;
            if (query.next()) {
                version = query.value(0).toInt();
            } else if (!query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"))) {
                return false;
            }
            if (version >= Migrations::count()) {
                current = true;
                return true;
            }
            for (const QString &statement : Migrations::statements(version, true))
                if (!query.exec(statement))
                    return false;
            return query.exec(QStringLiteral("UPDATE schema_version SET version=%1").arg(version + 1));
        });
        if (!done) {
            noteFailure(query.lastError());
            *error = m_fault.isFault()
                         ? m_fault.message()
                         : QCoreApplication::translate("Database", "database migration %1 failed: %2")
                               .arg(version + 1)
                               .arg(query.lastError().text());
            return false;
        }
        if (current)
            return true;
    }
}
