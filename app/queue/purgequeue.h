#pragma once

#include "core/tokenbucket.h"
#include "core/transactionrecord.h"
#include "credentials/redactor.h"
#include "layergate.h"
#include "pacingledger.h"
#include "providers/providerregistry.h"
#include "queuedecisions.h"
#include "storage/transactionstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <deque>
#include <map>
#include <memory>

class Clock;
class HttpClient;
class QTimer;
class SecretStore;
class SourceStore;

// Runs transactions: paces them per rate key, bounds concurrency per source and overall,
// retries with backoff, polls status, honours cancel and retry. Every state change is
// committed to the store before the next network step.
class PurgeQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurgeQueue)
public:
    struct Services
    {
        TransactionStore *transactions = nullptr;
        SourceStore *sources = nullptr;
        SecretStore *secrets = nullptr;
        HttpClient *http = nullptr;
        Clock *clock = nullptr;
        const ProviderRegistry *providers = nullptr;
    };

    PurgeQueue(const Services &services, QObject *parent = nullptr);
    ~PurgeQueue() override;

    void setGlobalConcurrency(int limit) { m_globalConcurrency = qMax(1, limit); }
    void setBackoff(qint64 baseMs, qint64 capMs);
    // Defaults for sources that do not set max_attempts / poll_interval themselves.
    // maxAttempts 0: no cap; retryForSeconds 0: the source's or the default budget.
    void setSourceDefaults(int maxAttempts, double pollIntervalSeconds, int retryForSeconds = 0);
    void setPaused(bool paused);
    // Paces together with every other process that uses the same folder (the profile's): see
    // PacingLedger. Without it this queue paces on its own.
    void setPacingDirectory(const QString &directory);
    void setPacingLedger(std::unique_ptr<PacingLedger> ledger) { m_ledger = std::move(ledger); }
    bool isPaused() const { return m_paused; }
    // Layered requests: what lets a layer start (see LayerGate). Whatever the gate's `settled`
    // predicate reads, when it changes outside the queue, call reconsiderLayers() after it.
    void setLayerGate(const LayerGate &gate) { m_layerGate = gate; }
    void reconsiderLayers() { requestPump(); }

    // Starts running stored transactions (from a new request, or from resume).
    void add(const QList<TransactionRecord> &transactions);
    // Not-yet-sent work stops; in-flight work ends cancelled instead of retrying.
    void cancel(const QList<qint64> &ids);
    // Failed or cancelled transactions go back to the queue with fresh attempts.
    QList<qint64> retry(const QList<qint64> &ids);
    // Stops everything now: in-flight requests are aborted and go back to "queued" in the store.
    void shutdown();
    // On a shared profile, work for a source whose secret this process cannot find is left to a
    // process that has it (released, and not claimed again here) instead of failing.
    void setLeaveWorkWithoutSecret(bool leave) { m_leaveWithoutSecret = leave; }
    // Sources this queue leaves to others (see above): claims skip them.
    QSet<qint64> sourcesLeftToOthers() const { return m_sourcesLeft; }

    QList<TransactionRecord> tracked() const { return m_tracked.values(); }
    bool isTracked(qint64 id) const { return m_tracked.contains(id); }
    int inFlightCount() const { return m_globalInFlight; }
    // No tracked transaction is waiting for its first answer (queued or being sent). One that waits
    // for the layers below it (LayerGate) is not waiting for an answer of its own.
    bool allAnswered() const;
    // Every tracked transaction is final.
    bool allFinal() const;

signals:
    void transactionChanged(const TransactionRecord &transaction);
    void transactionAdded(const TransactionRecord &transaction);
    // Given to add() but not run: its request awaits a second person's approval. Views show it;
    // whoever claims it after the approval runs it.
    void transactionHeld(const TransactionRecord &transaction);
    void settled(); // something became answered or final; callers re-check allAnswered/allFinal
    // The queue no longer runs the transaction: another process claimed it (this one's lease had
    // run out), or it was left for a process that has its source's secret. It is not final.
    void transactionLeft(qint64 id, const QString &why);

private:
    struct SecretState
    {
        enum class Status { Unknown, Loading, Ready, Failed } status = Status::Unknown;
        QString secret;
        QString error;
    };
    struct SourceRuntime
    {
        SourceConfig config;
        const Provider *provider = nullptr;
        EffectiveLimits limits;
        QString capacityKey; // Provider::capacityKey, for in-progress limits
        std::deque<qint64> ready;
        int inFlight = 0;
        SecretState secret;
        // Learns every form the secret took on the wire: replies that quote one get it redacted.
        Redactor redactor;
    };

    SourceRuntime *runtimeFor(qint64 sourceId);
    EffectiveLimits limitsFor(const Provider &provider, const SourceConfig &config) const;
    void track(const TransactionRecord &transaction);
    void schedule(const TransactionRecord &transaction);
    void unschedule(qint64 id);
    void requestPump();
    void pump();
    QueueDecisions::InProgressLoad inProgress(const QString &capacityKey) const;
    void loadSecret(SourceRuntime &runtime);
    void dispatch(SourceRuntime &runtime, TransactionRecord &transaction, QList<qint64> &polls);
    void send(SourceRuntime &runtime, qint64 id, bool poll);
    void handleReply(qint64 sourceId, qint64 id, bool poll, const HttpReply &reply);
    void applyOutcome(SourceRuntime &runtime, TransactionRecord &t, bool poll, Outcome outcome,
                      bool throttled = false);
    // The bucket that paces a batch of the source: its rate key, the plan's or match's bucket
    // (ProviderInfo::limitRules) and the batch's rate class (Provider::rateClass); made on first use.
    QString bucketKey(const SourceRuntime &runtime, const PurgeBatch &batch) const;
    // key: bucketKey(runtime, batch), which the callers have already worked out.
    TokenBucket &bucketFor(const SourceRuntime &runtime, const PurgeBatch &batch, const QString &key);
    // Takes a token from the batch's bucket (shared with other processes); 0 or ms to wait.
    qint64 takeToken(const SourceRuntime &runtime, const PurgeBatch &batch, const QString &key, qint64 nowMs);
    void adjustPacing(SourceRuntime &runtime, const PurgeBatch &batch, const HttpReply &reply,
                      const Outcome &outcome, bool throttled, qint64 sentAtMs);
    void finish(TransactionRecord &t, TransactionState state, const QString &message,
                const QString &eventKind, int httpStatus = 0);
    void record(const TransactionRecord &t, const QString &kind, int httpStatus, const QString &message);
    bool flush();
    // Stops running a transaction without recording anything (see transactionLeft).
    void forget(qint64 id, const QString &why);
    // Layered requests (LayerGate): every transaction of a request the queue tracks a layered
    // transaction of, and the gate's verdict for one that was never sent.
    void noteLayered(const TransactionRecord &t);
    QList<TransactionRecord> layerSiblings(qint64 requestId) const;
    // True when due work must not go to its ready line: it waits (held) or was cancelled.
    // surveys: each request's LayerGate::Survey, worked out once per pass.
    bool holdForLayers(qint64 id, QHash<qint64, LayerGate::Survey> &surveys);
    // Held work whose lower layers have settled goes to its ready line; that of a failed one ends.
    void releaseLayers(QHash<qint64, LayerGate::Survey> &surveys);

    Services m_services;
    QHash<qint64, TransactionRecord> m_tracked;
    QHash<qint64, SourceRuntime> m_sources;
    QHash<QString, TokenBucket> m_buckets;
    std::multimap<qint64, qint64> m_scheduled; // due time -> transaction id
    QHash<qint64, std::multimap<qint64, qint64>::iterator> m_scheduledById;
    QHash<qint64, quint64> m_inFlight; // transaction id -> HttpClient request id
    QHash<qint64, qint64> m_sentAt;    // transaction id -> when its request in flight went out
    std::unique_ptr<PacingLedger> m_ledger = std::make_unique<PacingLedger>(); // local until set
    QSet<qint64> m_cancelRequested;
    QSet<qint64> m_dispatching; // counted in flight by pump(), not handed to the client yet
    QSet<qint64> m_sourcesLeft;
    bool m_leaveWithoutSecret = false;
    QList<std::pair<TransactionRecord, EventRecord>> m_pendingWrites;
    LayerGate m_layerGate;
    QSet<qint64> m_layerHeld;                          // due, waiting for lower layers
    QHash<qint64, QList<qint64>> m_layerMembers;       // layered request id -> its transactions
    QHash<qint64, TransactionRecord> m_layerUntracked; // members this queue does not run, as stored
    QTimer *m_wakeTimer;
    bool m_pumpRequested = false;
    bool m_paused = false;
    int m_globalConcurrency = 32;
    int m_globalInFlight = 0;
    qint64 m_backoffBaseMs = 1000;
    qint64 m_backoffCapMs = 5 * 60 * 1000;
    int m_defaultMaxAttempts = 0;     // 0: the provider's documented cap (usually none)
    int m_defaultRetryFor = 0;        // 0: the built-in budget
    double m_defaultPollInterval = 0; // 0: 10 s
};
