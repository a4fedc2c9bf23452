#pragma once

#include "databasefault.h"
#include "profilelocation.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <functional>

// The profile's SQLite database (WAL). One connection per Database object; every write the
// queue makes is committed before the next network step.
//
// It knows why it cannot be used or written (fault()): a read-only file system, a full disk,
// another process holding the write lock, a damaged file. Every failed statement is looked at
// through SQLite's result code; faultChanged() tells the faces, which stop and say so.
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)
public:
    explicit Database(const QString &profileDir, QObject *parent = nullptr);
    ~Database() override;

    // Opens (creating and upgrading it when needed) and checks it for damage. On a read-only file
    // system it opens for reading only (fault() is then ReadOnly, and open() succeeds when the
    // schema needs no upgrade). A damaged database is left open for reading only, so what can
    // still be read can be shown, and open() fails: nothing is ever written to it.
    bool open(QString *error);
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The local directory of the profile (for PostgreSQL: this machine's own, see ProfileLocation).
    QString profileDir() const { return m_profileDir; }
    // SQLite: the database file. PostgreSQL: the profile's URL (it holds no password).
    QString filePath() const;
    bool isPostgres() const { return m_location.isPostgres(); }
    const ProfileLocation &location() const { return m_location; }

    // The profile: --profile, else $PURGELINE_PROFILE, else the platform's app data dir. A
    // postgresql:// URL is returned as it is; a directory as an absolute path.
    static QString resolveProfileDir(const QString &fromOption);
    static QString fileIn(const QString &profileDir);
    // How long SQLite waits for another process's lock: $PURGELINE_BUSY_TIMEOUT seconds, else 10 s.
    static int busyTimeoutMs();

    // Runs fn inside one SQL transaction (BEGIN IMMEDIATE: the wait for another writer happens
    // here, before anything is done); rolls back and returns false when fn returns false or the
    // commit fails. Refused at once while the database is read-only or damaged.
    //
    // On PostgreSQL writers take turns on the profile's advisory lock, as SQLite's do on its file.
    // A Shared turn is for writes that change only rows they name or lock themselves (the queue's
    // saves, claims and leases, the pacing records): those run beside each other, and never beside
    // an Exclusive one, which may read the queue and then write what it decided.
    // Alone is for tables no Exclusive turn reads (the pacing records): no advisory lock at all.
    enum class Turn { Exclusive, Shared, Alone };
    bool transaction(const std::function<bool()> &fn, Turn turn = Turn::Exclusive);

    // What keeps this profile from being written (None when nothing does): set by open() and by
    // every statement that fails for one of these reasons, cleared by the next commit.
    const DatabaseFault &fault() const { return m_fault; }
    // Whether a write would succeed now: the file system writable, room on the disk, the write
    // lock free within waitMs. Takes the write lock and lets it go (BEGIN IMMEDIATE; ROLLBACK);
    // writes nothing. Updates fault().
    DatabaseFault checkWritable(int waitMs);

    // Looks at a failed statement's error and records the fault it means, if any.
    void noteFailure(const QSqlError &error, double waitedSeconds = 0);
    // The Database whose connection ran query (null for other connections).
    static Database *owning(const QSqlQuery &query);

    // Inside a transaction: tells every other process on a PostgreSQL profile, once it commits,
    // that the queue changed (NOTIFY). Nothing on SQLite, whose processes look every second.
    void noteQueueChanged();

signals:
    void faultChanged(const DatabaseFault &fault);
    // Another process committed a change to the queue (PostgreSQL's LISTEN/NOTIFY).
    void queueChangedElsewhere();

private:
    bool openConnection(bool readOnly, QString *error);
    bool openPostgres(QString *error);
    bool migratePostgres(QString *error);
    bool checkIntegrity();
    bool migrate(QString *error);
    void setFault(const DatabaseFault &fault);
    bool fail(const DatabaseFault &fault, QString *error);

    ProfileLocation m_location;
    QString m_profileDir;
    QString m_connectionName;
    DatabaseFault m_fault;
    bool m_readOnly = false; // opened for reading only: a read-only file system or a damaged file
};

// Throws nothing: logs and returns false with lastError() in *error. A failure of a profile
// database's statement also updates that Database's fault().
class QSqlQuery;
bool execQuery(QSqlQuery &query, QString *error = nullptr);

// A null QString binds as SQL NULL; text columns here are NOT NULL, so bind "" instead.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
