#pragma once

#include "purgetypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

enum class TransactionState {
    Queued,
    Sending,
    WaitingForStatus,
    RetryScheduled,
    Succeeded,
    Failed,
    Cancelled,
    // Its request needs a second person's approval before anything is sent (RequestApproval).
    AwaitingApproval
};

QString stateName(TransactionState state);
std::optional<TransactionState> stateFromName(const QString &name);
bool isFinal(TransactionState state);

// One provider API call made from a purge request, as stored and as the queue runs it.
struct TransactionRecord
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 sourceId = 0;
    QString sourceName;
    QString lane; // the endpoint this batch goes to, for multi-endpoint providers
    PurgeBatch batch;
    TransactionState state = TransactionState::Queued;
    int attempts = 0; // purge requests sent (status polls are not attempts) since the last retry
    // Attempts of the tries before the last "Retry": kept so a retried transaction still shows
    // every time it was sent, not only the sends since.
    int earlierAttempts = 0;
    int polls = 0;
    qint64 nextAttemptAt = 0; // ms since epoch; 0 = now
    int lastHttpStatus = 0;
    QString lastError;
    // The error of the most recent attempt that failed, kept when a later try succeeds: the
    // history and its CSV say what went wrong even after it was put right.
    QString lastFailure;
    QString providerId;
    QString statusRef;
    int progress = -1; // percent, when the provider reports one
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 firstPolledAt = 0;
    qint64 retryingSince =
        0; // when its first attempt failed for a passing reason; the retry budget runs from it
    // Verification (Verifier): "" not verified, or a VerifyState name. Written by the verifier
    // alone, never by the queue's saves.
    QString verifyState;
    qint64 verifies = 0; // a re-purge: the transaction whose still-cached URLs it sends again
    // Layered plans (PurgeOptions::layered): the 0-based layer of the source this transaction
    // purges, and how many layers its request has (0: not layered). A layer starts only when every
    // layer below it has settled (LayerGate).
    int layer = 0;
    int layerCount = 0;
    // Not stored: when the provider said its purge takes effect (Akamai's estimatedSeconds).
    qint64 settlesAt = 0;

    QString targetsSummary() const;
    int totalAttempts() const { return attempts + earlierAttempts; }
};

// What the user asked for: sources x action x targets, from which transactions are planned.
struct RequestRecord
{
    qint64 id = 0;
    qint64 createdAt = 0;
    QString origin; // "cli", "gui", "preset NAME"
    QString user;   // login name of who asked
    QString person; // the name they go by (Requester), for history and its filter
    QString host;   // the machine the request came from
    QString reason; // why, as the requester said (--reason, the composer's Reason)
    QStringList sources;
    PurgeAction action = PurgeAction::Purge;
    MatchKind match = MatchKind::Exact;
    int targetCount = 0;
    QJsonObject definition; // what the user picked (PurgeOptions as JSON), for "run again"
    bool layered = false;   // its sources are ordered layers (also in definition)
    // A second person's approval (RequestApproval): "" none needed, else "awaiting", "approved"
    // or "rejected"; why it was needed; who decided (their name and login), when and why.
    QString approval;
    QString approvalBecause;
    QString decidedBy;
    qint64 decidedAt = 0;
    QString decisionReason;
};
