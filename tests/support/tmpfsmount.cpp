#include "tmpfsmount.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

TmpfsMount::TmpfsMount(const QString &directory, qint64 sizeBytes) : m_directory(directory)
{
    QDir().mkpath(directory);
    const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0700";
    if (::mount("tmpfs", QFile::encodeName(directory).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                options.constData()) != 0) {
        m_error = QStringLiteral("cannot mount a tmpfs on %1: %2 (these tests need root; set "
                                 "PURGELINE_TEST_NO_MOUNT=1 on a machine that cannot mount)")
                      .arg(directory, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

TmpfsMount::~TmpfsMount()
{
    if (!m_mounted)
        return;
    const QByteArray dir = QFile::encodeName(m_directory);
    // A child that still holds a file open makes a plain unmount fail; detached, the mount goes
    // once it lets go.
    if (::umount2(dir.constData(), 0) != 0)
        ::umount2(dir.constData(), MNT_DETACH);
}

bool TmpfsMount::remount(unsigned long flags)
{
    if (::mount(nullptr, QFile::encodeName(m_directory).constData(), nullptr, MS_REMOUNT | flags, nullptr) ==
        0)
        return true;
    m_error = QStringLiteral("cannot remount %1: %2")
                  .arg(m_directory, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

bool TmpfsMount::remountReadOnly()
{
    return remount(MS_RDONLY | MS_NOSUID | MS_NODEV);
}

bool TmpfsMount::remountWritable()
{
    return remount(MS_NOSUID | MS_NODEV);
}

qint64 TmpfsMount::fill(const QString &file)
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return 0;
    const QByteArray block(4096, 'x');
    qint64 written = 0;
    for (;;) {
        const qint64 n = out.write(block);
        if (n <= 0 || !out.flush())
            break;
        written += n;
    }
    return written;
}

bool TmpfsMount::mountingDisabled()
{
    return qEnvironmentVariableIntValue("PURGELINE_TEST_NO_MOUNT") == 1;
}

bool overwriteBytes(const QString &file, qint64 offset, qint64 length)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    QByteArray pattern(length, char(0xA5));
    return f.write(pattern) == length && f.flush();
}

QByteArray fileDigest(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}
