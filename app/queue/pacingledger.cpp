#include "pacingledger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {

// The record as it lies in the file; a different size or magic is read as "no record".
struct Record
{
    quint32 magic = 0;
    quint32 version = 0;
    TokenBucket::State state;
};
constexpr quint32 kMagic = 0x50474c50; // "PLGP"
constexpr quint32 kVersion = 1;

// Holds the lock for as long as it lives, also when change throws.
class FileLock final
{
public:
    explicit FileLock(int fd) : m_fd(fd)
    {
        while (::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) {
        }
    }
    ~FileLock() { ::flock(m_fd, LOCK_UN); }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

private:
    int m_fd;
};

} // namespace

PacingLedger::PacingLedger(const QString &directory) : m_directory(directory) {}

PacingLedger::~PacingLedger()
{
    for (int fd : std::as_const(m_files))
        if (fd >= 0)
            ::close(fd);
}

QString PacingLedger::storedName(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

int PacingLedger::fileFor(const QString &key)
{
    if (const auto it = m_files.constFind(key); it != m_files.cend())
        return *it;
    const QString name = storedName(key);
    int fd = -1;
    if (QDir().mkpath(m_directory)) {
        const QByteArray path = QFile::encodeName(m_directory + QLatin1Char('/') + name);
        fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    }
    if (fd < 0 && !m_warned) {
        m_warned = true;
        qWarning("pacing: cannot write %s; this process paces on its own", qPrintable(m_directory));
    }
    m_files.insert(key, fd);
    return fd;
}

qint64 PacingLedger::update(const QString &key, TokenBucket &bucket, qint64 nowMs,
                            const std::function<qint64(TokenBucket &)> &change)
{
    const int fd = isShared() ? fileFor(key) : -1;
    if (fd < 0)
        return change(bucket);
    FileLock lock(fd);
    Record record;
    if (::pread(fd, &record, sizeof record, 0) == ssize_t(sizeof record) && record.magic == kMagic &&
        record.version == kVersion)
        bucket.restore(record.state, nowMs);
    const qint64 result = change(bucket);
    record.magic = kMagic;
    record.version = kVersion;
    record.state = bucket.state();
    if (::pwrite(fd, &record, sizeof record, 0) != ssize_t(sizeof record) && !m_warned) {
        m_warned = true;
        qWarning("pacing: cannot record pacing in %s; this process paces on its own",
                 qPrintable(m_directory));
    }
    return result;
}
