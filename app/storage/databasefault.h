#pragma once

#include <QSqlError>
#include <QString>

// Why the profile's database cannot be used (or written) right now, in words a person can act
// on: read-only, a full disk, locked by another process, or damaged. Built from what SQLite
// reported (QSqlError::nativeErrorCode is SQLite's result code) and from the file system.
struct DatabaseFault
{
    enum class Kind { None, ReadOnly, DiskFull, Locked, Damaged, CannotOpen, Unreachable };

    // Less free space than this is a full disk: a commit needs several WAL frames of 4 KiB, and
    // file systems keep some blocks back.
    static constexpr qint64 kLowSpaceBytes = 64 * 1024;

    Kind kind = Kind::None;
    QString databasePath;
    QString sqliteText;       // SQLite's own words, for Damaged and CannotOpen
    qint64 freeBytes = -1;    // DiskFull: what the file system has left
    qint64 holderPid = 0;     // Locked: the process holding the write lock, when the OS names it
    double waitedSeconds = 0; // Locked: how long SQLite waited for it

    bool isFault() const { return kind != Kind::None; }
    // Transient faults clear on their own (space freed, the other process done); the others
    // need the user.
    bool isTransient() const
    {
        return kind == Kind::DiskFull || kind == Kind::Locked || kind == Kind::Unreachable;
    }

    // One sentence naming the fault and the file.
    QString summary() const;
    // What to do about it.
    QString advice() const;
    QString message() const { return summary() + QLatin1Char('\n') + advice(); }

    // The fault a failed statement reports, or None when its error is not one of these
    // (a constraint, a syntax error: the caller's own message fits those better).
    static DatabaseFault fromError(const QSqlError &error, const QString &databasePath);
    // The same for a PostgreSQL profile: nativeErrorCode is the SQLSTATE there
    // (https://www.postgresql.org/docs/15/errcodes-appendix.html).
    static DatabaseFault fromPostgresError(const QSqlError &error, const QString &databaseUrl);
    // The PostgreSQL server cannot be reached, or the connection to it was lost.
    static DatabaseFault unreachable(const QString &databaseUrl, const QString &serverText);
    static DatabaseFault readOnly(const QString &databasePath);
    static DatabaseFault diskFull(const QString &databasePath);
    static DatabaseFault locked(const QString &databasePath, double waitedSeconds);
    static DatabaseFault damaged(const QString &databasePath, const QString &sqliteText);

    // Free bytes on the file system holding path (-1 when unknown).
    static qint64 freeBytesAt(const QString &path);
    // Whether the file system holding path is mounted read-only.
    static bool onReadOnlyFileSystem(const QString &path);
};
