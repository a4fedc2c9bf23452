#pragma once

#include <QString>
#include <QtGlobal>

// Who runs a transaction: the process that last claimed or wrote it, on the machine it runs on,
// with a lease it renews while it lives. On one machine a process that is gone is seen at once
// (its pid is free); on a shared profile another machine's process can only be judged by its
// lease, which ends when it stops renewing it (it died, its machine went to sleep, or its network
// went away). Then another process may take the work over.
namespace WorkOwner {

qint64 pid();
// This machine as the shared profile knows it: $PURGELINE_HOST, else the host name. Two
// machines (or containers) with one host name need the variable to tell them apart.
QString host();

// How long a claim lasts without renewal: $PURGELINE_LEASE_SECONDS, else 30 s, unless set.
qint64 leaseMs();
void setLeaseMs(qint64 ms);

// Whether the recorded owner still runs the work. This process counts as live. A row written
// before owners had hosts (ownerHost empty) is judged as one of this machine's.
bool isLive(qint64 ownerPid, const QString &ownerHost, qint64 leaseUntilMs, qint64 nowMs);
bool isSelf(qint64 ownerPid, const QString &ownerHost);
bool processAlive(qint64 pid);

} // namespace WorkOwner
