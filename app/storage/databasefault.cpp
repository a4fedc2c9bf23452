#include "databasefault.h"

#include "lockholders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace {

struct DatabaseFaultTr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFault)
};

// SQLite's primary result codes (https://www.sqlite.org/rescode.html); extended codes carry
// them in their low byte.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

// The directory as a shell word, for commands the user copies.
QString shellWord(const QString &text)
{
    static const QString plain =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:@%");
    const bool needsQuotes =
        text.isEmpty() || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !plain.contains(c); });
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool isUrl(const QString &databasePath)
{
    return databasePath.startsWith(QLatin1String("postgresql://"));
}

QString profileArgument(const QString &databasePath)
{
    if (isUrl(databasePath))
        return QStringLiteral("--profile ") + shellWord(databasePath);
    return QStringLiteral("--profile ") + shellWord(QFileInfo(databasePath).absolutePath());
}

// The nearest existing directory at or above path: what QStorageInfo can look at.
QString existingAncestor(const QString &path)
{
    QFileInfo info(path);
    QString candidate = info.absoluteFilePath();
    while (!QFileInfo::exists(candidate) && candidate != QDir::rootPath())
        candidate = QFileInfo(candidate).absolutePath();
    return candidate;
}

} // namespace

qint64 DatabaseFault::freeBytesAt(const QString &path)
{
    const QStorageInfo storage(existingAncestor(path));
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

bool DatabaseFault::onReadOnlyFileSystem(const QString &path)
{
    const QStorageInfo storage(existingAncestor(path));
    return storage.isValid() && storage.isReadOnly();
}

DatabaseFault DatabaseFault::readOnly(const QString &databasePath)
{
    DatabaseFault fault;
    fault.kind = Kind::ReadOnly;
    fault.databasePath = databasePath;
    return fault;
}

DatabaseFault DatabaseFault::diskFull(const QString &databasePath)
{
    DatabaseFault fault;
    fault.kind = Kind::DiskFull;
    fault.databasePath = databasePath;
    fault.freeBytes = freeBytesAt(databasePath);
    return fault;
}

DatabaseFault DatabaseFault::locked(const QString &databasePath, double waitedSeconds)
{
    DatabaseFault fault;
    fault.kind = Kind::Locked;
    fault.databasePath = databasePath;
    fault.waitedSeconds = waitedSeconds;
    fault.holderPid = isUrl(databasePath) ? 0 : LockHolders::writerOf(databasePath);
    return fault;
}

DatabaseFault DatabaseFault::damaged(const QString &databasePath, const QString &sqliteText)
{
    DatabaseFault fault;
    fault.kind = Kind::Damaged;
    fault.databasePath = databasePath;
    fault.sqliteText = sqliteText;
    return fault;
}

DatabaseFault DatabaseFault::unreachable(const QString &databaseUrl, const QString &serverText)
{
    DatabaseFault fault;
    fault.kind = Kind::Unreachable;
    fault.databasePath = databaseUrl;
    fault.sqliteText = serverText.trimmed();
    return fault;
}

DatabaseFault DatabaseFault::fromPostgresError(const QSqlError &error, const QString &databaseUrl)
{
    const QString state = error.nativeErrorCode();
    if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
        state == QLatin1String("57P01") || state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return unreachable(databaseUrl, error.databaseText());
    if (state == QLatin1String("25006")) // read_only_sql_transaction: a standby, or set read-only
        return readOnly(databaseUrl);
    if (state == QLatin1String("53100")) { // disk_full: the server's, so its free space is unknown here
        DatabaseFault fault;
        fault.kind = Kind::DiskFull;
        fault.databasePath = databaseUrl;
        return fault;
    }
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01")) // lock timeout, deadlock
        return locked(databaseUrl, 0);
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002")) // data or index corrupted
        return damaged(databaseUrl, error.databaseText());
    // A statement that failed with the connection gone has no SQLSTATE; libpq says so in words.
    if (state.isEmpty() && error.type() != QSqlError::NoError &&
        error.databaseText().contains(QLatin1String("connection"), Qt::CaseInsensitive))
        return unreachable(databaseUrl, error.databaseText());
    return {};
}

DatabaseFault DatabaseFault::fromError(const QSqlError &error, const QString &databasePath)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return {};
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return locked(databasePath, 0);
    case SqliteReadOnly:
        return readOnly(databasePath);
    case SqliteFull:
        return diskFull(databasePath);
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return damaged(databasePath, error.databaseText());
    case SqliteIoError:
    case SqliteCantOpen: {
        // SQLite reports a write into a full or read-only file system as an I/O error (or,
        // for the -shm file of a WAL database, as "unable to open"): the file system says which.
        if (onReadOnlyFileSystem(databasePath))
            return readOnly(databasePath);
        const qint64 free = freeBytesAt(databasePath);
        if (free >= 0 && free < DatabaseFault::kLowSpaceBytes)
            return diskFull(databasePath);
        DatabaseFault fault;
        fault.kind = Kind::CannotOpen;
        fault.databasePath = databasePath;
        fault.sqliteText = error.databaseText();
        return fault;
    }
    default:
        return {};
    }
}

QString DatabaseFault::summary() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ReadOnly:
        return DatabaseFaultTr::tr("the profile's database at %1 is read-only").arg(databasePath);
    case Kind::DiskFull:
        return DatabaseFaultTr::tr("the disk holding %1 is full (%2 bytes free)")
            .arg(databasePath)
            .arg(qMax<qint64>(0, freeBytes));
    case Kind::Locked: {
        const QString waited = QString::number(waitedSeconds, 'f', waitedSeconds < 1 ? 1 : 0);
        return holderPid > 0
                   ? DatabaseFaultTr::tr(
                         "the database %1 is locked by another process (pid %2) — waited %3 s")
                         .arg(databasePath)
                         .arg(holderPid)
                         .arg(waited)
                   : DatabaseFaultTr::tr("the database %1 is locked by another process — waited %2 s")
                         .arg(databasePath, waited);
    }
    case Kind::Damaged:
        return DatabaseFaultTr::tr("the database %1 is damaged (SQLite: %2); it was not changed")
            .arg(databasePath, sqliteText);
    case Kind::CannotOpen:
        return DatabaseFaultTr::tr("cannot use the database %1 (SQLite: %2)").arg(databasePath, sqliteText);
    case Kind::Unreachable:
        return DatabaseFaultTr::tr("cannot reach the PostgreSQL database %1 (%2)")
            .arg(databasePath, sqliteText);
    }
    return {};
}

QString DatabaseFault::advice() const
{
    const QString profile = profileArgument(databasePath);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ReadOnly:
        return DatabaseFaultTr::tr("Nothing new can be recorded, so nothing is sent. Make its file system "
                                   "writable (or choose another profile with --profile or "
                                   "PURGELINE_PROFILE); history and source list still read it.");
    case Kind::DiskFull:
        return DatabaseFaultTr::tr("What was recorded stays; nothing is sent that cannot be recorded. Free "
                                   "some space there, then `purgeline %1 resume --wait` finishes the "
                                   "queued work.")
            .arg(profile);
    case Kind::Locked:
        return DatabaseFaultTr::tr("What was recorded stays; nothing is sent that cannot be recorded. When "
                                   "that process is done, run the command again (`purgeline %1 resume "
                                   "--wait` finishes queued work); PURGELINE_BUSY_TIMEOUT=SECONDS waits "
                                   "longer.")
            .arg(profile);
    case Kind::Damaged:
        return DatabaseFaultTr::tr("Nothing is written to it. `purgeline %1 profile set-aside` moves it to "
                                   "%2.damaged-DATE (byte for byte) and starts a new database with all "
                                   "that SQLite can still read from it; `sqlite3 FILE .recover` may "
                                   "salvage more from the set-aside file.")
            .arg(profile, databasePath);
    case Kind::CannotOpen:
        return DatabaseFaultTr::tr("Check the profile directory %1 (or choose another profile with "
                                   "--profile or PURGELINE_PROFILE).")
            .arg(QFileInfo(databasePath).absolutePath());
    case Kind::Unreachable:
        return DatabaseFaultTr::tr("What was recorded stays; nothing is sent that cannot be recorded. Check "
                                   "that the server runs and this machine may connect (host, port, "
                                   "sslmode, ~/.pgpass), then `purgeline %1 resume --wait` finishes the "
                                   "queued work.")
            .arg(profile);
    }
    return {};
}
