#include "workowner.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <cerrno>
#include <csignal>

namespace {
constexpr qint64 kDefaultLeaseMs = 30000;
qint64 g_leaseMs = 0; // 0: not set by the program

qint64 leaseFromEnvironment()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("PURGELINE_LEASE_SECONDS").toDouble(&ok);
    return ok && seconds >= 1 && seconds <= 3600 ? qint64(seconds * 1000) : kDefaultLeaseMs;
}
} // namespace

namespace WorkOwner {

qint64 pid()
{
    return QCoreApplication::applicationPid();
}

QString host()
{
    static const QString name = [] {
        const QString configured = qEnvironmentVariable("PURGELINE_HOST").trimmed();
        return configured.isEmpty() ? QSysInfo::machineHostName() : configured.left(200);
    }();
    return name;
}

qint64 leaseMs()
{
    static const qint64 fromEnvironment = leaseFromEnvironment();
    return g_leaseMs > 0 ? g_leaseMs : fromEnvironment;
}

void setLeaseMs(qint64 ms)
{
    g_leaseMs = qBound<qint64>(1000, ms, qint64(3600) * 1000);
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

bool isSelf(qint64 ownerPid, const QString &ownerHost)
{
    return ownerPid == pid() && (ownerHost.isEmpty() || ownerHost == host());
}

bool isLive(qint64 ownerPid, const QString &ownerHost, qint64 leaseUntilMs, qint64 nowMs)
{
    if (ownerPid <= 0)
        return false;
    if (ownerHost.isEmpty() || ownerHost == host())
        return ownerPid == pid() || processAlive(ownerPid);
    return leaseUntilMs > nowMs;
}

} // namespace WorkOwner
