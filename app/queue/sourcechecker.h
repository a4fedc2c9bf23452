#pragma once

#include "core/sourceconfig.h"
#include "purgeoptions.h"

#include <QObject>

class PurgeService;
struct HttpReply;
struct HttpRequestSpec;
struct ProviderInfo;
class Redactor;

// A source's "Check": sends the provider's harmless check request where it has one (on the
// engine's one network client, with the secret resolved like the queue resolves it, never
// shown), otherwise shows what a sample purge would send without sending it. Everything it
// reports passes through the engine's redactor.
class SourceChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceChecker)
public:
    explicit SourceChecker(PurgeService &service, QObject *parent = nullptr);

    void run(const SourceConfig &source);
    bool isRunning() const { return m_running; }

    // A purge of one made-up target the source supports, for the dry run.
    static PurgeOptions samplePurge(const SourceConfig &source, const ProviderInfo &info);

signals:
    // summary: one line (the status); details: the redacted request and answer.
    void finished(const QString &sourceName, bool ok, const QString &summary, const QString &details);

private:
    void dryRun(const SourceConfig &source, const ProviderInfo &info);
    void send(const SourceConfig &source, const QString &secret);
    void report(const SourceConfig &source, const HttpRequestSpec &request, const HttpReply &reply,
                const Redactor &redactor);
    void done(const QString &sourceName, bool ok, const QString &summary, const QString &details = {});

    PurgeService &m_service;
    bool m_running = false;
};
