#pragma once

#include "core/sourceconfig.h"
#include "purgeoptions.h"
#include "sourcecheckreport.h"

#include <QObject>

class PurgeService;
struct HttpReply;
struct HttpRequestSpec;
struct ProviderInfo;
class Redactor;

// A source's "Check": checks its settings, that its secret resolves (like the queue resolves it,
// never shown) and has the provider's declared form, then sends the provider's harmless check
// request where it has one. Where it has none, it checks what can be checked without purging (the
// endpoint's name, connection and TLS certificate, by a HEAD without credentials), shows what a
// sample purge would send, and says plainly what stays unverified. Everything it reports passes
// through the engine's redactor.
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
    void finished(const SourceCheckReport &report);

private:
    void withSecret(const SourceConfig &source, const QString &secret);
    void reachEndpoint(const SourceConfig &source);
    void dryRun(const SourceConfig &source, const ProviderInfo &info);
    void send(const SourceConfig &source, const QString &secret);
    void report(const HttpRequestSpec &request, const HttpReply &reply, const Redactor &redactor);
    void add(SourceCheckStep::State state, const QString &text);
    void done(const QString &summary = {});

    PurgeService &m_service;
    bool m_running = false;
    SourceCheckReport m_report; // of the check under way
};
