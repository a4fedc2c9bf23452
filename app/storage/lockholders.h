#pragma once

#include <QString>

// Which process holds SQLite's write lock on a database, as the kernel reports it.
//
// It reads /proc/locks and never opens the database or its -shm file: closing any descriptor
// of a file this process has open through SQLite would drop SQLite's POSIX locks on it
// (https://www.sqlite.org/howtocorrupt.html, section 2.2).
namespace LockHolders {

// The pid holding a write lock on the WAL-index write-lock byte of PATH-shm, or on the lock
// bytes of PATH itself (a rollback journal or EXCLUSIVE locking mode); 0 when none is found
// (or /proc/locks cannot be read). This process is never reported.
qint64 writerOf(const QString &databasePath);

} // namespace LockHolders
