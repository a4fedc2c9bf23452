#pragma once

#include "core/transactionrecord.h"
#include "storage/verificationstore.h"

#include <QList>
#include <QString>
#include <QStringList>

// The engine's words about verification, for every face (command line, window, tray).
namespace VerifyText {

// One line as a transaction's verification moves on: "verifying #12", "verified #12: fresh", ...
QString progressLine(qint64 transactionId, const QString &verifyState);
// The state as a short label ("verified fresh", "still cached", "cannot tell", ...).
QString stateLabel(const QString &verifyState);

struct Summary
{
    QStringList lines;   // what to tell: still cached and cannot-tell URLs, named, and the counts
    int fresh = 0;       // URLs verified fresh (in their last round)
    int stillCached = 0; // URLs still cached after the re-purge
    int cannotTell = 0;
    int unsettled = 0; // transactions whose verification has not ended
};
// Over the transactions of a run and their probes; a URL purged again counts by its last round.
Summary summarise(const QList<TransactionRecord> &transactions, const QList<ProbeRecord> &probes);

} // namespace VerifyText
