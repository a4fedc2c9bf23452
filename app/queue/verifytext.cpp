#include "verifytext.h"

#include "verifier.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct VerifyTextTr
{
    Q_DECLARE_TR_FUNCTIONS(VerifyText)
};
} // namespace

namespace VerifyText {

QString stateLabel(const QString &state)
{
    if (state == VerifyState::kPending)
        return VerifyTextTr::tr("verifying");
    if (state == VerifyState::kRepurging)
        return VerifyTextTr::tr("still cached: purged again");
    if (state == VerifyState::kFresh)
        return VerifyTextTr::tr("verified fresh");
    if (state == VerifyState::kStale)
        return VerifyTextTr::tr("still cached");
    if (state == VerifyState::kCannotTell)
        return VerifyTextTr::tr("cannot tell");
    return VerifyTextTr::tr("not verified");
}

QString progressLine(qint64 transactionId, const QString &state)
{
    return VerifyTextTr::tr("%1 #%2").arg(stateLabel(state).leftJustified(9), QString::number(transactionId));
}

Summary summarise(const QList<TransactionRecord> &transactions, const QList<ProbeRecord> &probes)
{
    Summary summary;
    // The last round of each URL decides: a re-purge's probe replaces its original's.
    QHash<qint64, qint64> roundOf; // transaction id -> 0 for an original, 1 for a re-purge
    for (const TransactionRecord &t : transactions) {
        roundOf.insert(t.id, t.verifies ? 1 : 0);
        if (!VerifyState::isSettled(t.verifyState))
            ++summary.unsettled;
    }
    QHash<QString, const ProbeRecord *> last; // "source url" -> its probe of the latest round
    QHash<QString, int> lastRound;
    QHash<qint64, QString> sourceOf;
    for (const TransactionRecord &t : transactions)
        sourceOf.insert(t.id, t.sourceName);
    for (const ProbeRecord &probe : probes) {
        const QString key = sourceOf.value(probe.transactionId) + QLatin1Char(' ') + probe.url;
        const int round = roundOf.value(probe.transactionId);
        if (!last.contains(key) || round >= lastRound.value(key)) {
            last.insert(key, &probe);
            lastRound.insert(key, round);
        }
    }
    QStringList stale;
    QStringList unknown;
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        const ProbeRecord &probe = **it;
        const QString source = sourceOf.value(probe.transactionId);
        if (probe.state == QLatin1String("fresh"))
            ++summary.fresh;
        else if (probe.state == QLatin1String("stale"))
            stale << VerifyTextTr::tr("STILL CACHED %1 (%2): %3").arg(probe.url, source, probe.signal);
        else if (probe.state == QLatin1String("cannot_tell"))
            unknown << VerifyTextTr::tr("cannot tell %1 (%2): %3").arg(probe.url, source, probe.signal);
    }
    stale.sort();
    unknown.sort();
    summary.stillCached = int(stale.size());
    summary.cannotTell = int(unknown.size());
    summary.lines = stale + unknown;
    if (!last.isEmpty())
        summary.lines << VerifyTextTr::tr("verified: %1 fresh, %2 still cached, %3 cannot tell")
                             .arg(summary.fresh)
                             .arg(summary.stillCached)
                             .arg(summary.cannotTell);
    return summary;
}

} // namespace VerifyText
