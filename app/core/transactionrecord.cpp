#include "transactionrecord.h"

#include <QCoreApplication>

static const char *const kStateNames[] = {"queued",    "sending", "waiting-for-status", "retry-scheduled",
                                          "succeeded", "failed",  "cancelled",          "awaiting-approval"};

QString stateName(TransactionState state)
{
    return QLatin1String(kStateNames[int(state)]);
}

std::optional<TransactionState> stateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kStateNames)); ++i)
        if (name == QLatin1String(kStateNames[i]))
            return TransactionState(i);
    return std::nullopt;
}

bool isFinal(TransactionState state)
{
    return state == TransactionState::Succeeded || state == TransactionState::Failed ||
           state == TransactionState::Cancelled;
}

QString TransactionRecord::targetsSummary() const
{
    if (batch.match == MatchKind::All)
        return QCoreApplication::translate("TransactionRecord", "everything");
    if (batch.targets.size() == 1)
        return batch.targets.first();
    // Counted outside the call: lupdate 6.4 hangs on an arithmetic expression in the numerus argument.
    const int more = int(batch.targets.size()) - 1;
    return QCoreApplication::translate("TransactionRecord", "%1 and %n more", nullptr, more)
        .arg(batch.targets.value(0));
}
