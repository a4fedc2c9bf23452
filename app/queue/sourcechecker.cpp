#include "sourcechecker.h"

#include "changes/pathmapper.h"
#include "core/peopletext.h"
#include "core/replyclassifier.h"
#include "credentials/redactor.h"
#include "credentials/secretresolver.h"
#include "credentials/secretstore.h"
#include "net/httpclient.h"
#include "providers/providerregistry.h"
#include "purgeservice.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>

namespace {
struct SourceCheckTr
{
    Q_DECLARE_TR_FUNCTIONS(SourceCheck)
};
} // namespace

SourceChecker::SourceChecker(PurgeService &service, QObject *parent) : QObject(parent), m_service(service) {}

PurgeOptions SourceChecker::samplePurge(const SourceConfig &source, const ProviderInfo &info)
{
    // The site's own address where the path mapping names it, so the preview looks familiar.
    QString site = QStringLiteral("https://www.example.com/");
    PathMapper mapper;
    if (mapper.addSetting(source.setting(QStringLiteral("map"))).isEmpty() && !mapper.isEmpty()) {
        site = mapper.rules().constFirst().urlPrefix;
        if (!site.endsWith(QLatin1Char('/')))
            site += QLatin1Char('/');
    }
    PurgeOptions options;
    options.sources = {source.name};
    if (info.matches.contains(MatchKind::Exact)) {
        options.match = MatchKind::Exact;
        options.targets = {site + QStringLiteral("index.html")};
    } else if (info.matches.contains(MatchKind::Prefix)) {
        options.match = MatchKind::Prefix;
        options.targets = {site};
    } else if (info.matches.contains(MatchKind::All)) {
        options.match = MatchKind::All;
    } else if (info.matches.contains(MatchKind::Tag)) {
        options.match = MatchKind::Tag;
        options.targets = {QStringLiteral("purgeline-check")};
    } else {
        options.match = MatchKind::Host;
        options.targets = {QUrl(site).host()};
    }
    return options;
}

void SourceChecker::run(const SourceConfig &source)
{
    if (m_running)
        return;
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    if (!provider) {
        emit finished(source.name, false, SourceCheckTr::tr("Unknown provider type \"%1\".").arg(source.type),
                      {});
        return;
    }
    m_running = true;
    // Whether the provider has a check request does not depend on the secret.
    if (!provider->buildCheckRequest(source, QString()).isValid()) {
        dryRun(source, provider->info());
        return;
    }
    QPointer<SourceChecker> self(this);
    SecretResolver(m_service.secrets())
        .resolve(source, m_service.sources().secretKey(source.id),
                 [self, source](const SecretStore::Result &result) {
                     if (!self)
                         return;
                     if (result.ok())
                         self->send(source, result.secret);
                     else
                         self->done(source.name, false,
                                    SourceCheckTr::tr("The secret could not be read: %1").arg(result.error));
                 });
}

void SourceChecker::dryRun(const SourceConfig &source, const ProviderInfo &info)
{
    const PurgeOptions sample = samplePurge(source, info);
    QString error;
    const QStringList requests = m_service.previewTexts(sample, &error);
    if (!error.isEmpty()) {
        done(source.name, false, SourceCheckTr::tr("The dry run failed: %1").arg(error));
        return;
    }
    const QString what = sample.targets.isEmpty() ? SourceCheckTr::tr("everything")
                                                  : sample.targets.join(QStringLiteral(", "));
    done(source.name, true,
         SourceCheckTr::tr(
             "%1 has no harmless check request, so nothing was sent. Dry run: a purge of %2 would send:")
             .arg(info.displayName, what),
         requests.join(QStringLiteral("\n")));
}

void SourceChecker::send(const SourceConfig &source, const QString &secret)
{
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    HttpRequestSpec request = provider->buildCheckRequest(source, secret);
    request.transport = transportFromSettings(source); // checked the way its purges will travel
    const int timeoutMs = EffectiveLimits::of(*provider, source).timeoutSeconds * 1000;
    Redactor redactor;
    redactor.addSecret(secret);
    redactor.addRequest(request);
    QPointer<SourceChecker> self(this);
    m_service.http().send(request, timeoutMs, [self, source, request, redactor](const HttpReply &reply) {
        if (self)
            self->report(source, request, reply, redactor);
    });
}

void SourceChecker::report(const SourceConfig &source, const HttpRequestSpec &request, const HttpReply &reply,
                           const Redactor &redactor)
{
    const QString target =
        QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.toDisplayString();
    const bool ok = reply.isHttp() && reply.status >= 200 && reply.status < 400;
    QString details =
        redactor.redact(request.redactedText()) + QLatin1Char('\n') + reply.describe() + QLatin1Char('\n');
    for (const auto &[name, value] : reply.headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) == 0)
            continue; // session cookies are credentials too
        details += QString::fromLatin1(name) + QStringLiteral(": ") +
                   redactor.redact(QString::fromLatin1(value)) + QLatin1Char('\n');
    }
    if (const QString excerpt = ReplyClassifier::bodyExcerpt(reply.body, 400); !excerpt.isEmpty())
        details += QLatin1Char('\n') + redactor.redact(excerpt) + QLatin1Char('\n');
    done(source.name, ok, SourceCheckTr::tr("%1 → %2").arg(target, redactor.redact(reply.describe())),
         details);
}

void SourceChecker::done(const QString &sourceName, bool ok, const QString &summary, const QString &details)
{
    m_running = false;
    // The server's words (status text, header values, body) escaped and capped like every other
    // reply text the engine passes on: a check is shown and copied, and must not carry a
    // terminal's control sequences or megabytes along.
    emit finished(sourceName, ok, PeopleText::safe(summary),
                  PeopleText::safe(details, 4 * PeopleText::kMaxChars));
}
