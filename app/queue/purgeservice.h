#pragma once

#include "planner.h"
#include "prefixcollapse.h"
#include "purgeoptions.h"
#include "purgequeue.h"
#include "queueddedup.h"
#include "queuesettings.h"
#include "requester.h"
#include "storage/presetstore.h"
#include "storage/profilevalues.h"
#include "storage/sourcestore.h"
#include "storage/transactionstore.h"
#include "storage/verificationstore.h"
#include "targetresolver.h"

#include <QJsonObject>
#include <QObject>
#include <memory>

class Clock;
class Database;
class QTimer;
class HttpClient;
class SecretStore;
class SourceChecker;
class Verifier;

// The engine as one object, for every face: the command line, the window, presets, the tray
// and history's "run again" all take a purge through the same steps here: validate, resolve
// what the user picked for each source (its own mapping, its provider's options), plan within
// each provider's limits, then preview it or record and run it. Neither face plans, maps or
// redacts on its own.
class PurgeService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurgeService)
public:
    // secrets and clock may be null: the OS keychain and the system clock are used then.
    PurgeService(Database &db, SecretStore *secrets = nullptr, Clock *clock = nullptr,
                 QObject *parent = nullptr);
    ~PurgeService() override;

    // A purge resolved per source and split into transactions, not yet recorded.
    struct Plan
    {
        PurgeOptions options;
        ResolvedPurge resolved;
        QList<TransactionRecord> transactions; // without what queued work already covers
        QList<AlreadyQueued> alreadyQueued;    // that work, as the profile holds it now
        // Sources whose collapse_over setting turned many URLs of a folder into one prefix.
        QList<SourceCollapse> collapses;
        QString error; // names what is wrong; nothing may be queued when set
        bool ok() const { return error.isEmpty(); }
    };
    Plan plan(const PurgeOptions &options) const;

    // One request as it would be sent, built with a placeholder instead of the secret.
    struct PreviewItem
    {
        QString sourceName;
        QString sourceType;
        bool local = false;
        QString localText;       // what a local provider would do
        HttpRequestSpec request; // for HTTP providers

        QString text() const; // method, URL, headers (secrets redacted), body
        QJsonObject toJson() const;
    };
    QList<PreviewItem> preview(const Plan &plan) const;
    // The preview as text, one entry per request; error as in Plan.
    QStringList previewTexts(const PurgeOptions &options, QString *error) const;

    // Per target, in order: what keeps it from being sent to the named sources with this action
    // and match (the first problem found, naming the source when there are several), or an empty
    // string. Unknown sources are skipped; they are the plan's to report.
    QStringList targetProblems(const QStringList &sourceNames, PurgeAction action, MatchKind match,
                               const QStringList &targets) const;

    // A past request again, as it was sent: each source gets the targets its own transactions
    // carried (only those of the transactions in `only`, when given), with their options.
    Plan planAgain(qint64 requestId, const QList<qint64> &only = {}) const;

    struct Submitted
    {
        qint64 requestId = 0;
        QList<TransactionRecord> transactions;
        QString error;            // names what is wrong; nothing was queued when set
        bool nothingToDo = false; // a git selection that chose no file: not an error, nothing queued
        // What queued work already covered, decided in the same commit as the new request.
        QList<AlreadyQueued> alreadyQueued;
        // Set when the request waits for a second person's approval: why (its sources' settings).
        QString approvalBecause;
        // Queued work covered it all: no request was recorded (requestId 0), and that is no error.
        bool whollyFolded() const { return requestId == 0 && error.isEmpty() && !alreadyQueued.isEmpty(); }
    };
    // Plans, records and queues a purge. origin: "cli", "gui", "preset NAME", ...
    Submitted submit(const PurgeOptions &options, const QString &origin);
    // Records and queues what plan() returned (the command line prints the plan first).
    Submitted submit(Plan plan, const QString &origin);

    // A second person's decision on a request awaiting approval: approved, its transactions are
    // queued for any worker (this process does not run them itself); rejected, they end cancelled
    // with the reason, and nothing is sent. The one who asked cannot approve.
    struct Decision
    {
        QList<TransactionRecord> transactions; // the request's, as decided
        QString error;                         // names what is wrong; nothing changed when set
    };
    Decision decide(qint64 requestId, bool approve, const QString &reason = {});

    // Who this process asks and decides as (Requester::ofThisProcess for this profile).
    Requester requester() const;
    // The name this person goes by on this profile, saved on this machine ("" forgets it).
    bool setDisplayName(const QString &name, QString *error = nullptr);

    // Queues work no live process owns: left "sending" by a crash, or retry-scheduled and
    // waiting-for-status after a command-line run without --wait; and verifications such runs
    // began and did not finish. Returns how many transactions it took over.
    int adoptOrphanedWork();

    // Many workers, one queue (a shared profile): while on, this process keeps claiming due work
    // no live process runs, a portion at a time (about two rounds of its concurrency), every
    // second and whenever another process says the queue changed. A worker, each window and
    // each `purge --wait` on a PostgreSQL profile claim this way.
    void setClaiming(bool on);
    bool isClaiming() const { return m_claimTimer != nullptr; }
    // Claims once now; returns how many transactions it took over.
    int claimDueWork();
    // Whether the profile is shared by several machines (PostgreSQL).
    bool isSharedProfile() const;

    // The profile's queue settings, applied to this service's queue.
    QueueSettings queueSettings() const { return m_queueSettings; }
    bool hasStoredQueueSettings() const;
    bool setQueueSettings(const QueueSettings &settings, QString *error = nullptr);

    SourceStore &sources() { return m_sources; }
    const SourceStore &sources() const { return m_sources; }
    TransactionStore &transactions() { return m_transactions; }
    PresetStore &presets() { return m_presets; }
    SecretStore &secrets() { return *m_secrets; }
    PurgeQueue &queue() { return *m_queue; }
    Verifier &verifier() { return *m_verifier; }
    VerificationStore &verifications() { return m_verifications; }
    Clock &clock() { return *m_clock; }
    HttpClient &http() { return *m_http; }
    ProfileValues &profileValues() { return m_profileValues; }
    SourceChecker &checker();

private:
    void applyQueueSettings();
    // Each resolved source's batch with what its queued, never-sent work covers taken out.
    struct SourceDedup
    {
        const ResolvedSource *source = nullptr;
        QueuedDedup::Result result;
    };
    // layered: a layered plan folds into no queued work.
    QList<SourceDedup> dedup(const ResolvedPurge &resolved, PurgeAction action, MatchKind match,
                             bool layered = false) const;
    // Numbers each transaction of a layered plan by its source's place in the order given.
    static void assignLayers(const PurgeOptions &options, const ResolvedPurge &resolved,
                             QList<TransactionRecord> &transactions);
    // Plans what remains for each source (collapsing folders where its collapse_over setting
    // allows); returns the planner's error, if any.
    QString planRemaining(const QList<SourceDedup> &sources, qint64 nowMs,
                          QList<TransactionRecord> *transactions,
                          QList<SourceCollapse> *collapses = nullptr) const;
    static QList<AlreadyQueued> alreadyQueuedOf(const QList<SourceDedup> &sources);
    // Why the purge's verify choice cannot be honoured, or empty.
    static QString verificationProblem(const PurgeOptions &options, const ResolvedPurge &resolved);
    // Hands this process's queue the transactions among `ids` that no live process runs.
    void adoptUnowned(const QList<qint64> &ids);
    // Queues those of `orphaned` this process's queue does not track yet; returns how many.
    int adopt(const QList<TransactionRecord> &orphaned);
    // The still-cached URLs of a verified transaction sent once more (Verifier::Services::repurge).
    QList<TransactionRecord> repurge(const TransactionRecord &original, const QStringList &urls);

    void renewLeases();

    Database &m_db;
    QTimer *m_leaseTimer = nullptr;
    QTimer *m_claimTimer = nullptr;
    SourceStore m_sources;
    TransactionStore m_transactions;
    PresetStore m_presets;
    QueueSettingsStore m_queueSettingsStore;
    ProfileValues m_profileValues;
    QueueSettings m_queueSettings;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore *m_secrets;
    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    HttpClient *m_http;
    std::unique_ptr<PurgeQueue> m_queue;
    VerificationStore m_verifications;
    std::unique_ptr<Verifier> m_verifier;
    SourceChecker *m_checker = nullptr;
};
