#pragma once

#include "core/transactionrecord.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// How queued work already takes care of a new target.
enum class FoldKind {
    Same,        // the same target, match, action and options is queued
    UnderPrefix, // a URL (or narrower prefix) below a queued prefix
    UnderHost,   // a URL (or prefix) of a queued host purge
    UnderAll     // anything URL-shaped below a queued purge of everything
};

// New targets of one source that one queued request already covers.
struct FoldedTargets
{
    qint64 requestId = 0;
    FoldKind kind = FoldKind::Same;
    MatchKind match = MatchKind::Exact; // of the new targets
    QStringList targets;                // the new targets it takes; empty for a purge of everything
    QStringList coveredBy;              // the queued prefixes or hosts that take them
    QList<qint64> transactionIds;       // the queued transactions that will do it (on every lane)
};

// What a submission did not queue because a source's queued work covers it, as both faces show it.
struct AlreadyQueued
{
    QString sourceName;
    FoldedTargets folded;

    // "12 URLs already queued in request 41 (source cdn)"
    QString text() const;
    // "12 URLs", or "a purge of everything"
    QString countText() const;
};

// Decides which of a source's new targets queued work already covers, so a target is not queued
// twice and a preset or deploy hook that fires twice in a row costs one purge. Pure: the caller
// gives it the source's transactions that have never been sent (see
// TransactionStore::unsentBySource for why only those) and records the result.
class QueuedDedup final
{
public:
    struct Result
    {
        PurgeBatch remaining;        // what still has to be queued
        bool allFolded = false;      // queued work covers all of it: queue nothing for this source
        QList<FoldedTargets> folded; // in the order of the new targets
    };

    // wanted: all of one source's new batch; lanes: the source's lanes now (a target must be
    // covered on each, since each lane is a cache of its own); unsent: that source's queued,
    // never-sent transactions.
    static Result apply(const PurgeBatch &wanted, const QStringList &lanes,
                        const QList<TransactionRecord> &unsent);

    // Whether a queued purge of `queued` (matched as queuedMatch) also purges `target` (matched as
    // targetMatch), and how; nothing when it cannot be shown from the two texts alone. Action and
    // options are the caller's to compare.
    static std::optional<FoldKind> covers(MatchKind queuedMatch, const QString &queued, MatchKind targetMatch,
                                          const QString &target);
};
