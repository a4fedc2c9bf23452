#pragma once

#include "planner.h"
#include "purgeoptions.h"
#include "purgequeue.h"
#include "storage/presetstore.h"
#include "storage/sourcestore.h"
#include "storage/transactionstore.h"

#include <QObject>
#include <memory>

class Clock;
class Database;
class HttpClient;
class SecretStore;

// The engine as one object for the window: stores, keychain, network, clock and the queue,
// plus the steps every face of Purgeline takes (validate and plan a purge, record it, run it;
// preview it; pick up work other processes left behind).
class PurgeService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurgeService)
public:
    // secrets and clock may be null: the OS keychain and the system clock are used then.
    PurgeService(Database &db, SecretStore *secrets = nullptr, Clock *clock = nullptr, QObject *parent = nullptr);
    ~PurgeService() override;

    struct Submitted
    {
        qint64 requestId = 0;
        QList<TransactionRecord> transactions;
        QString error;   // names what is wrong; nothing was queued when set
    };
    // Validates, plans, records and queues a purge. origin: "gui", "preset NAME", ...
    Submitted submit(const PurgeOptions &options, const QString &origin);
    // What would be sent, redacted, one entry per request (dry run); error as in submit.
    QStringList preview(const PurgeOptions &options, QString *error) const;
    // Plans without recording: sources looked up, targets read, limits applied.
    Planner::Result plan(const PurgeOptions &options) const;

    // Queues work no live process owns: left "sending" by a crash, or retry-scheduled and
    // waiting-for-status after a command-line run without --wait. Returns how many.
    int adoptOrphanedWork();

    SourceStore &sources() { return m_sources; }
    TransactionStore &transactions() { return m_transactions; }
    PresetStore &presets() { return m_presets; }
    SecretStore &secrets() { return *m_secrets; }
    PurgeQueue &queue() { return *m_queue; }
    Clock &clock() { return *m_clock; }

private:
    Planner::Result planWithChanges(const QList<SourceConfig> &sources, const PurgeSpec &spec,
                                    const ChangeQuery &query) const;

    SourceStore m_sources;
    TransactionStore m_transactions;
    PresetStore m_presets;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore *m_secrets;
    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    HttpClient *m_http;
    std::unique_ptr<PurgeQueue> m_queue;
};
