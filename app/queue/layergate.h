#pragma once

#include "core/transactionrecord.h"

#include <QList>
#include <QString>
#include <functional>

// Decides, for a transaction of a layered request (PurgeOptions::layered), whether it may be sent
// now, must wait for the layers below it, or must end cancelled because one of them failed.
// Layer k (> 0) starts only when every transaction of layers 0..k-1 of the same request has
// settled; a lower layer's transaction that ends Failed or Cancelled stops every layer above it.
// Transactions of layer 0, and of requests that are not layered, always start.
//
// This is the one place that says what "the layer below is done" means. Today: its transactions
// succeeded. Verification widens that ("succeeded and its verification is settled") by passing
// a `settled` predicate; the queue asks the gate again whenever it pumps, so whoever changes what
// the predicate reads only has to make the queue pump (PurgeQueue::reconsiderLayers()).
class LayerGate final
{
public:
    // When a transaction of a lower layer counts as done, so that the layer above may start.
    // It is only asked about transactions that are not Failed or Cancelled.
    using Settled = std::function<bool(const TransactionRecord &)>;
    static bool succeeded(const TransactionRecord &t) { return t.state == TransactionState::Succeeded; }

    // stillCached: a lower layer's transaction whose purge verification found still cached after
    // its re-purge; it stops the layers above as a failure does (none by default).
    explicit LayerGate(Settled settled = &LayerGate::succeeded, Settled stillCached = {});

    struct Verdict
    {
        enum class Kind { Start, Wait, Cancel } kind = Kind::Start;
        QString message; // for Cancel: why ("not sent: layer 1 (rails-cache) failed")
        bool operator==(const Verdict &) const = default;
    };

    // What the layers of one request have reached, worked out once from its transactions and
    // then asked for each of them.
    struct Survey
    {
        int firstUnsettledLayer = -1; // lowest layer with a transaction not yet settled; -1: none
        int failedLayer = -1;         // lowest layer with a failed or cancelled transaction; -1: none
        QString failedSource;
        bool failedWasCancelled = false; // a cancel (by the user or a layer below), not a failure
        bool failedStillCached = false;  // succeeded, but verification found it still cached
    };
    Survey survey(const QList<TransactionRecord> &request) const;
    static Verdict verdict(const TransactionRecord &candidate, const Survey &survey);

    // survey() and verdict() in one: `request` is every transaction of the candidate's request
    // (the candidate itself may be among them).
    Verdict verdict(const TransactionRecord &candidate, const QList<TransactionRecord> &request) const
    {
        return verdict(candidate, survey(request));
    }

    // Whether the candidate's start depends on other transactions at all.
    static bool isGated(const TransactionRecord &t) { return t.layerCount > 0 && t.layer > 0; }

private:
    Settled m_settled;
    Settled m_stillCached;
};
