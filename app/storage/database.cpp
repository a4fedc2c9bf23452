#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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
};

} // namespace

bool execQuery(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    qWarning("database: %s", qPrintable(query.lastError().text()));
    return false;
}

Database::Database(const QString &profileDir)
    : m_profileDir(profileDir), m_connectionName(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = connection();
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

bool Database::open(QString *error)
{
    if (!QDir().mkpath(m_profileDir)) {
        *error =
            QCoreApplication::translate("Database", "cannot create profile directory %1").arg(m_profileDir);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(QDir(m_profileDir).filePath(QStringLiteral("purgeline.sqlite")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = QCoreApplication::translate("Database", "cannot open database in %1: %2")
                     .arg(m_profileDir, db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    // WAL keeps readers (the GUI) and the writer (a CLI run) out of each other's way;
    // synchronous=FULL makes each commit survive a power cut, not just a crash.
    for (const char *statement :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
        pragma.exec(QLatin1String(statement));
    return migrate(error);
}

bool Database::transaction(const std::function<bool()> &fn)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return false;
    if (!fn()) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    for (int i = version; i < int(std::size(kMigrations)); ++i) {
        db.transaction();
        const QStringList statements =
            QString::fromLatin1(kMigrations[i]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!query.exec(statement)) {
                *error = QCoreApplication::translate("Database", "database migration %1 failed: %2")
                             .arg(i + 1)
                             .arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        query.exec(QStringLiteral("PRAGMA user_version=%1").arg(i + 1));
        db.commit();
    }
    return true;
}
