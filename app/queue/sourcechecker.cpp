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
    m_running = true;
    m_report = SourceCheckReport{};
    m_report.sourceName = source.name;
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    if (!provider) {
        add(SourceCheckStep::State::Failed,
            SourceCheckTr::tr("Unknown provider type \"%1\".").arg(source.type));
        done();
        return;
    }
    if (const QString error = provider->validateSource(source); !error.isEmpty()) {
        add(SourceCheckStep::State::Failed, SourceCheckTr::tr("The settings are not valid: %1").arg(error));
        done();
        return;
    }
    add(SourceCheckStep::State::Passed, SourceCheckTr::tr("The settings are complete and valid."));
    if (source.secret.kind == SecretRef::Kind::None) {
        if (provider->info().secret == ProviderInfo::SecretNeed::Required) {
            add(SourceCheckStep::State::Failed,
                SourceCheckTr::tr("No %1 is set; %2 needs one.")
                    .arg(provider->info().secretLabel, provider->info().displayName));
            done();
            return;
        }
        withSecret(source, QString());
        return;
    }
    QPointer<SourceChecker> self(this);
    SecretResolver(m_service.secrets())
        .resolve(source, m_service.sources().secretKey(source.id),
                 [self, source](const SecretStore::Result &result) {
                     if (!self)
                         return;
                     if (result.ok()) {
                         self->withSecret(source, result.secret);
                         return;
                     }
                     self->add(SourceCheckStep::State::Failed,
                               SourceCheckTr::tr("The secret could not be read: %1").arg(result.error));
                     self->done();
                 });
}

void SourceChecker::withSecret(const SourceConfig &source, const QString &secret)
{
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    const ProviderInfo &info = provider->info();
    if (source.secret.kind != SecretRef::Kind::None) {
        add(SourceCheckStep::State::Passed,
            SourceCheckTr::tr("The secret was found (%1).").arg(source.secret.describe()));
        if (info.secretFormat.declared()) {
            if (!info.secretFormat.fits(secret)) {
                add(SourceCheckStep::State::Failed,
                    SourceCheckTr::tr("The secret cannot be the %1 of %2: expected %3.")
                        .arg(info.secretLabel, info.displayName, info.secretFormat.description));
                done();
                return;
            }
            add(SourceCheckStep::State::Passed, SourceCheckTr::tr("The secret has the expected form (%1).")
                                                    .arg(info.secretFormat.description));
        }
    }
    if (provider->buildCheckRequest(source, secret).isValid()) {
        send(source, secret);
        return;
    }
    if (info.isLocal) {
        dryRun(source, info);
        done();
        return;
    }
    reachEndpoint(source);
}

void SourceChecker::reachEndpoint(const SourceConfig &source)
{
    // Where a purge would go, from the provider itself (Akamai builds its host from a setting).
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    const QList<PurgeService::PreviewItem> items =
        m_service.preview(m_service.plan(samplePurge(source, provider->info())));
    if (items.isEmpty() || items.constFirst().local || !items.constFirst().request.url.isValid()) {
        dryRun(source, provider->info()); // says why it could not be planned
        done();
        return;
    }
    // Only the origin, without credentials and with HEAD: nothing in it can purge or change
    // anything, yet any HTTP answer, even 404, proves the name resolves, the host (or the
    // proxy) accepts connections and, over https, that its certificate is valid for the name.
    QUrl root = items.constFirst().request.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                                        QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    root.setPath(QStringLiteral("/"));
    HttpRequestSpec request;
    request.method = "HEAD";
    request.url = root;
    request.transport = transportFromSettings(source);
    const int timeoutMs = EffectiveLimits::of(*provider, source).timeoutSeconds * 1000;
    QPointer<SourceChecker> self(this);
    m_service.http().send(request, timeoutMs, [self, source, root](const HttpReply &reply) {
        if (!self)
            return;
        const Provider *provider = ProviderRegistry::instance().find(source.type);
        const ProviderInfo &info = provider->info();
        const QString host = root.host();
        if (reply.isHttp()) {
            self->add(
                SourceCheckStep::State::Passed,
                root.scheme() == QLatin1String("https")
                    ? SourceCheckTr::tr("%1 answered a HEAD of / (%2): its name resolves, it accepts "
                                        "connections and its TLS certificate is valid.")
                          .arg(host, reply.describe())
                    : SourceCheckTr::tr("%1 answered a HEAD of / (%2): its name resolves and it accepts "
                                        "connections (plain HTTP, no certificate to check).")
                          .arg(host, reply.describe()));
        } else {
            self->add(SourceCheckStep::State::Failed,
                      SourceCheckTr::tr("%1 could not be reached: %2").arg(host, reply.describe()));
        }
        self->dryRun(source, info);
        self->add(
            SourceCheckStep::State::NotVerified,
            source.secret.kind == SecretRef::Kind::None
                ? SourceCheckTr::tr("Whether %1 accepts a purge: it has no request that checks this "
                                    "without purging something. The first purge will show it.")
                      .arg(info.displayName)
                : SourceCheckTr::tr("Whether %1 accepts the secret and allows it to purge: %1 has no "
                                    "request that checks this without purging something. The first purge "
                                    "will show it.")
                      .arg(info.displayName));
        self->done();
    });
}

void SourceChecker::dryRun(const SourceConfig &source, const ProviderInfo &info)
{
    const PurgeOptions sample = samplePurge(source, info);
    QString error;
    const QStringList requests = m_service.previewTexts(sample, &error);
    if (!error.isEmpty()) {
        add(SourceCheckStep::State::Failed, SourceCheckTr::tr("The dry run failed: %1").arg(error));
        return;
    }
    const QString what = sample.targets.isEmpty() ? SourceCheckTr::tr("everything")
                                                  : sample.targets.join(QStringLiteral(", "));
    add(SourceCheckStep::State::Passed,
        info.isLocal
            ? SourceCheckTr::tr("Dry run, nothing done: a purge of %1 would do what is shown below.")
                  .arg(what)
            : SourceCheckTr::tr("Dry run, nothing sent: a purge of %1 would send what is shown below.")
                  .arg(what));
    m_report.details = requests.join(QStringLiteral("\n"));
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
    m_service.http().send(request, timeoutMs, [self, request, redactor](const HttpReply &reply) {
        if (self)
            self->report(request, reply, redactor);
    });
}

void SourceChecker::report(const HttpRequestSpec &request, const HttpReply &reply, const Redactor &redactor)
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
    const QString answer = redactor.redact(reply.describe());
    add(ok ? SourceCheckStep::State::Passed : SourceCheckStep::State::Failed,
        ok ? SourceCheckTr::tr("The check request was answered with %1.").arg(answer)
           : SourceCheckTr::tr("The check request failed: %1.").arg(answer));
    m_report.details = details;
    done(SourceCheckTr::tr("%1 → %2").arg(target, answer));
}

void SourceChecker::add(SourceCheckStep::State state, const QString &text)
{
    m_report.steps.append({state, text});
}

void SourceChecker::done(const QString &summary)
{
    m_running = false;
    SourceCheckReport report = std::move(m_report);
    m_report = SourceCheckReport{};
    if (!summary.isEmpty()) {
        report.summary = summary;
    } else if (!report.ok()) {
        for (const SourceCheckStep &step : std::as_const(report.steps))
            if (step.state == SourceCheckStep::State::Failed) {
                report.summary = step.text;
                break;
            }
    } else {
        report.summary = report.hasUnverified()
                             ? SourceCheckTr::tr("What can be checked without purging passed; not everything "
                                                 "could be verified.")
                             : SourceCheckTr::tr("Everything checked passed.");
    }
    // The server's words (status text, header values, body) escaped and capped like every other
    // reply text the engine passes on: a check is shown and copied, and must not carry a
    // terminal's control sequences or megabytes along.
    report.summary = PeopleText::safe(report.summary);
    for (SourceCheckStep &step : report.steps)
        step.text = PeopleText::safe(step.text);
    report.details = PeopleText::safe(report.details, 4 * PeopleText::kMaxChars);
    emit finished(report);
}
