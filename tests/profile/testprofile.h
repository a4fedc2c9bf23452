#pragma once

#include "core/clock.h"
#include "credentials/secretstore.h"
#include "queue/purgeservice.h"
#include "scratchpostgres.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

// The one test profile: a temporary profile directory with its database, an in-memory keychain,
// a manual (or the system) clock, and the engine object every face uses, built on them. Tests
// add sources and purge through the service exactly as the window and the command line do.
// When PURGELINE_TEST_PROFILE names a PostgreSQL server, the database is a fresh one there
// (ScratchPostgres) instead of a SQLite file: the same tests run on both backends.
class TestProfile
{
    Q_DISABLE_COPY_MOVE(TestProfile)
public:
    enum class Time { Manual, System };
    // secrets: null for the profile's own in-memory keychain.
    explicit TestProfile(Time time = Time::Manual, SecretStore *secrets = nullptr);
    ~TestProfile();

    PurgeService &service() { return *m_service; }
    PurgeQueue &queue() { return m_service->queue(); }
    SourceStore &sources() { return m_service->sources(); }
    TransactionStore &transactions() { return m_service->transactions(); }
    SecretStore &secrets() { return *m_secrets; }
    Database &db() { return m_db; }
    ManualClock &clock() { return m_clock; } // drives the service only with Time::Manual
    QString path() const { return m_dir.path(); }
    // What --profile names this profile by: the directory, or the PostgreSQL URL.
    QString location() const { return m_scratch ? m_scratch->url() : m_dir.path(); }
    bool isPostgres() const { return m_scratch != nullptr; }

    // Adds a source. Without `secret`, a non-empty secretValue goes to the keychain and an empty
    // one means the source has none; with it, the reference is stored as given (and secretValue,
    // when set, written to the keychain). Fails the test process on bad input.
    SourceConfig addSource(const QString &name, const QString &type, const QStringList &endpoints = {},
                           const QMap<QString, QString> &settings = {}, const QString &secretValue = {},
                           std::optional<SecretRef> secret = std::nullopt, QString *secretKey = nullptr);

    // Plans, records and queues through the engine; fails the test process on an error.
    PurgeService::Submitted submit(const PurgeOptions &options);
    PurgeService::Submitted submit(const QString &source, const QStringList &targets,
                                   MatchKind match = MatchKind::Exact);

    // Every byte the database wrote, so a test can assert a secret is nowhere in the profile.
    QByteArray databaseBytes() const;

    // Runs the event loop (advancing the manual clock by stepMs each turn) until pred() or timeoutMs.
    bool runUntil(const std::function<bool()> &pred, int timeoutMs = 10000, qint64 stepMs = 0);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchPostgres> m_scratch; // dropped after m_db has closed its connection
    Database m_db;
    MemorySecretStore m_ownSecrets;
    SecretStore *m_secrets;
    ManualClock m_clock;
    std::unique_ptr<PurgeService> m_service;
};
