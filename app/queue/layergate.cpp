#include "layergate.h"

#include <QCoreApplication>

namespace {
struct LayerGateTr
{
    Q_DECLARE_TR_FUNCTIONS(LayerGate)
};
} // namespace

LayerGate::LayerGate(Settled settled, Settled stillCached)
    : m_settled(settled ? std::move(settled) : Settled(&LayerGate::succeeded)),
      m_stillCached(std::move(stillCached))
{
}

LayerGate::Survey LayerGate::survey(const QList<TransactionRecord> &request) const
{
    Survey s;
    for (const TransactionRecord &t : request) {
        const bool stillCached = t.state == TransactionState::Succeeded && m_stillCached && m_stillCached(t);
        const bool stopped =
            t.state == TransactionState::Failed || t.state == TransactionState::Cancelled || stillCached;
        if (stopped) {
            // The lowest stopped layer is the one to name: the layers above it were cancelled
            // because of it. Within a layer a failure is named rather than a cancel.
            const bool lower = s.failedLayer < 0 || t.layer < s.failedLayer;
            const bool sameButFailed =
                t.layer == s.failedLayer && s.failedWasCancelled && t.state == TransactionState::Failed;
            if (lower || sameButFailed) {
                s.failedLayer = t.layer;
                s.failedSource = t.sourceName;
                s.failedWasCancelled = t.state == TransactionState::Cancelled;
                s.failedStillCached = stillCached;
            }
        } else if (!m_settled(t) && (s.firstUnsettledLayer < 0 || t.layer < s.firstUnsettledLayer)) {
            s.firstUnsettledLayer = t.layer;
        }
    }
    return s;
}

LayerGate::Verdict LayerGate::verdict(const TransactionRecord &candidate, const Survey &survey)
{
    if (!isGated(candidate))
        return {};
    if (survey.failedLayer >= 0 && survey.failedLayer < candidate.layer) {
        const QString layer = QString::number(survey.failedLayer + 1); // people count layers from 1
        return {Verdict::Kind::Cancel,
                survey.failedStillCached
                    ? LayerGateTr::tr("not sent: layer %1 (%2) is still cached after its purge")
                          .arg(layer, survey.failedSource)
                : survey.failedWasCancelled
                    ? LayerGateTr::tr("not sent: layer %1 (%2) was cancelled").arg(layer, survey.failedSource)
                    : LayerGateTr::tr("not sent: layer %1 (%2) failed").arg(layer, survey.failedSource)};
    }
    if (survey.firstUnsettledLayer >= 0 && survey.firstUnsettledLayer < candidate.layer)
        return {Verdict::Kind::Wait, {}};
    return {};
}
