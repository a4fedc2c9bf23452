#include "lockholders.h"

#include <QCoreApplication>
#include <QFile>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

// SQLite's lock bytes (https://www.sqlite.org/walformat.html, section 2.3.1, and
// https://www.sqlite.org/lockingv3.html): the WAL write lock is byte 120 of the -shm file; a
// rollback-journal or EXCLUSIVE-mode writer locks the PENDING, RESERVED and SHARED bytes of
// the database file, from 0x40000000 on.
constexpr qint64 kWalWriteLockByte = 120;
constexpr qint64 kPendingByte = 0x40000000;
constexpr qint64 kLastSharedByte = kPendingByte + 511;

struct FileId
{
    unsigned major = 0;
    unsigned minor = 0;
    quint64 inode = 0;
    bool valid = false;
};

FileId fileId(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {::major(info.st_dev), ::minor(info.st_dev), quint64(info.st_ino), true};
}

// "fe:00:10953779" as /proc/locks writes a file (major and minor in hex).
bool sameFile(const QByteArray &field, const FileId &id)
{
    const QList<QByteArray> parts = field.split(':');
    if (parts.size() != 3)
        return false;
    bool okMajor = false, okMinor = false, okInode = false;
    const unsigned major = parts[0].toUInt(&okMajor, 16);
    const unsigned minor = parts[1].toUInt(&okMinor, 16);
    const quint64 inode = parts[2].toULongLong(&okInode);
    return okMajor && okMinor && okInode && major == id.major && minor == id.minor && inode == id.inode;
}

} // namespace

namespace LockHolders {

qint64 writerOf(const QString &databasePath)
{
    const FileId shm = fileId(databasePath + QStringLiteral("-shm"));
    const FileId db = fileId(databasePath);
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const qint64 self = QCoreApplication::applicationPid();
    // "1: POSIX  ADVISORY  WRITE 22003 fe:00:10953779 120 120"; waiters are "1: -> POSIX ...".
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 8 || f[1] == "->" || f[3] != "WRITE")
            continue;
        bool okPid = false, okStart = false;
        const qint64 pid = f[4].toLongLong(&okPid);
        const qint64 start = f[6].toLongLong(&okStart);
        const qint64 end = f[7] == "EOF" ? std::numeric_limits<qint64>::max() : f[7].toLongLong();
        if (!okPid || !okStart || pid <= 0 || pid == self)
            continue;
        if (shm.valid && sameFile(f[5], shm) && start <= kWalWriteLockByte && end >= kWalWriteLockByte)
            return pid;
        if (db.valid && sameFile(f[5], db) && start <= kLastSharedByte && end >= kPendingByte)
            return pid;
    }
    return 0;
}

} // namespace LockHolders
