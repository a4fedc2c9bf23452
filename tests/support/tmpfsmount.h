#pragma once

#include <QString>

// A small tmpfs mounted on an empty directory, for the database-fault tests: a profile on it can
// be filled up or remounted read-only. Unmounted when it goes away, whatever the test did.
// Needs root (or CAP_SYS_ADMIN): CI machines run the tests as root. On a machine that cannot
// mount, set PURGELINE_TEST_NO_MOUNT=1 to skip these cases instead of failing them.
class TmpfsMount
{
public:
    TmpfsMount(const QString &directory, qint64 sizeBytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; } // why it could not mount or remount
    QString path() const { return m_directory; }

    bool remountReadOnly();
    bool remountWritable();

    // Fills the file system with FILE (written until no space is left); returns its size.
    qint64 fill(const QString &file);

    // "skip": the machine says it cannot mount (PURGELINE_TEST_NO_MOUNT); otherwise empty.
    static bool mountingDisabled();

private:
    bool remount(unsigned long flags);
    QString m_directory;
    QString m_error;
    bool m_mounted = false;
};

// Overwrites `length` bytes of `file` at `offset` with a fixed non-zero pattern.
bool overwriteBytes(const QString &file, qint64 offset, qint64 length);
// The SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray fileDigest(const QString &file);
