#pragma once

#include "core/cacheverdict.h"
#include "core/sourceconfig.h"
#include "core/tokenbucket.h"
#include "core/transactionrecord.h"
#include "storage/verificationstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <map>

class Clock;
class HttpClient;
class QTimer;
class SourceStore;
class TransactionStore;
class PurgeQueue;
struct SourceConfig;

// The state of a transaction's verification (TransactionRecord::verifyState).
namespace VerifyState {
inline const QString kPending = QStringLiteral("pending");        // probes due or in flight
inline const QString kRepurging = QStringLiteral("repurging");    // still cached: sent again, verified again
inline const QString kFresh = QStringLiteral("fresh");            // every probed URL verified fresh
inline const QString kStale = QStringLiteral("stale");            // still cached after the re-purge
inline const QString kCannotTell = QStringLiteral("cannot_tell"); // some URL showed no signal; none stale
bool isSettled(const QString &state);                             // "" or a final verdict
} // namespace VerifyState

// Closes the loop after a purge: once a transaction has succeeded (and taken effect, where the
// provider says when), asks for each purged URL (a sample of a large batch) as a client would,
// reads the verdict from the provider's declared cache signals (ProviderInfo::verification),
// optionally comparing with the origin, and records it per URL. URLs still cached are purged
// once more (a new transaction of the same request, through the engine's planner) and verified
// again; what stays cached is reported. Probes to one host are paced and bounded.
class Verifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Verifier)
public:
    struct Services
    {
        TransactionStore *transactions = nullptr;
        VerificationStore *verifications = nullptr;
        SourceStore *sources = nullptr;
        HttpClient *http = nullptr;
        Clock *clock = nullptr;
        PurgeQueue *queue = nullptr;
        // Plans, records and queues the URLs of `original` again (a re-purge); returns the new
        // transactions (their `verifies` set to original.id), or none when it could not.
        std::function<QList<TransactionRecord>(const TransactionRecord &original, const QStringList &urls)>
            repurge;
    };
    static constexpr double kProbesPerSecond = 10; // per host: probes reach the site, not an API
    static constexpr int kProbesInFlight = 4;      // per host
    static constexpr int kProbeTimeoutMs = 15000;

    explicit Verifier(const Services &services, QObject *parent = nullptr);
    ~Verifier() override;

    // The verify mode for a transaction: its request's choice, else its source's setting.
    QString modeFor(const TransactionRecord &transaction, const SourceConfig &source) const;
    // No probe due or in flight and no re-purge outstanding, for these transactions (or for any).
    bool isSettled(const QList<qint64> &transactionIds = {}) const;
    // Whether a succeeded transaction's verification is over (or will never run), for layers:
    // one that just succeeded and is to be verified is not, even before its probes are planned.
    bool isSettledFor(const TransactionRecord &transaction) const;
    // Finishes verifications a stopped process left (TransactionStore::claimUnfinishedVerifications):
    // the probes it had not sent are sent, a re-purge it had sent is followed to its verdict.
    void resumeUnfinished(const QList<TransactionRecord> &transactions);
    // The verify state this process set for a transaction ("" when it verified none).
    QString stateOf(qint64 transactionId) const { return m_states.value(transactionId); }

signals:
    void verificationChanged(qint64 transactionId, const QString &verifyState);

private:
    struct Pending
    {
        ProbeRecord record;
        QString mode;
        SourceConfig source; // as it was when the verification began: read once, not per probe
    };
    // What the verifier reads once per request rather than once per transaction: a large purge
    // succeeds thousands of times in a row, on the queue's hot path.
    struct RequestFacts
    {
        QString verify;                                     // PurgeOptions::verify of the request
        QHash<qint64, std::optional<SourceConfig>> sources; // source id -> its configuration
    };
    RequestFacts &factsFor(qint64 requestId) const;
    std::optional<SourceConfig> sourceFor(const TransactionRecord &transaction) const;
    void onTransactionChanged(const TransactionRecord &transaction);
    void start(const TransactionRecord &transaction);
    void resumeProbes(const TransactionRecord &transaction);
    void resumeRepurge(const TransactionRecord &transaction);
    void pump();
    void schedulePump(qint64 atMs);
    void sendProbe(const Pending &pending);
    void probeAnswered(qint64 probeId, const HttpReply &reply, const std::optional<OriginFacts> &origin,
                       qint64 sentAtMs);
    void conclude(qint64 transactionId);
    void setState(qint64 transactionId, const QString &state);
    QString hostKeyOf(const Pending &pending) const;

    Services m_services;
    QSet<qint64> m_started;                             // transactions whose verification began here
    std::map<qint64, Pending> m_due;                    // probe id -> due probe
    QHash<qint64, Pending> m_inFlight;                  // probe id -> probe in flight
    QHash<qint64, qint64> m_repurgeOf;                  // re-purge transaction id -> original id
    QHash<qint64, QString> m_states;                    // transaction id -> verify state, as set here
    mutable QHash<qint64, RequestFacts> m_requestFacts; // request id -> what was read for it
    QHash<QString, TokenBucket> m_hostBuckets;          // probe host -> its pacing
    QHash<QString, int> m_hostInFlight;
    QTimer *m_timer;
};
