#include "sourcecheck.h"

#include "changes/pathmapper.h"
#include "core/replyclassifier.h"
#include "credentials/secretstore.h"
#include "net/httpclient.h"
#include "providers/providerregistry.h"
#include "queue/purgeservice.h"

#include <QPointer>
#include <QRegularExpression>

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

// Replies sometimes quote credentials back (a 401 page echoing the Authorization header).
QString redacted(QString text, const QString &secret)
{
    if (!secret.isEmpty()) {
        text.replace(secret, kRedacted);
        text.replace(QString::fromLatin1(secret.toUtf8().toBase64()), kRedacted);
    }
    static const QRegularExpression credential(QStringLiteral("\\b(Basic|Bearer|Digest|Token)\\s+[A-Za-z0-9._~+/=:-]+"),
                                               QRegularExpression::CaseInsensitiveOption);
    text.replace(credential, QStringLiteral("\\1 ") + kRedacted);
    return text;
}

} // namespace

SourceCheck::SourceCheck(PurgeService &service, QObject *parent)
    : QObject(parent), m_service(service), m_http(new HttpClient(this))
{
}

PurgeOptions SourceCheck::samplePurge(const SourceConfig &source, const ProviderInfo &info)
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

void SourceCheck::run(const SourceConfig &source)
{
    if (m_running)
        return;
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    if (!provider) {
        emit finished(source.name, false, tr("Unknown provider type \"%1\".").arg(source.type), {});
        return;
    }
    m_running = true;
    // Whether the provider has a check request does not depend on the secret.
    if (!provider->buildCheckRequest(source, QString()).isValid()) {
        dryRun(source, provider->info());
        return;
    }
    switch (source.secret.kind) {
    case SecretRef::Kind::None: send(source, {}); return;
    case SecretRef::Kind::Environment: send(source, qEnvironmentVariable(qPrintable(source.secret.variable))); return;
    case SecretRef::Kind::Keychain: break;
    }
    QPointer<SourceCheck> self(this);
    m_service.secrets().read(m_service.sources().secretKey(source.id), [self, source](const SecretStore::Result &result) {
        if (!self)
            return;
        if (result.ok())
            self->send(source, result.secret);
        else
            self->done(source.name, false, tr("The secret could not be read: %1").arg(result.error));
    });
}

void SourceCheck::dryRun(const SourceConfig &source, const ProviderInfo &info)
{
    const PurgeOptions sample = samplePurge(source, info);
    QString error;
    const QStringList requests = m_service.preview(sample, &error);
    if (!error.isEmpty()) {
        done(source.name, false, tr("The dry run failed: %1").arg(error));
        return;
    }
    const QString what = sample.targets.isEmpty() ? tr("everything") : sample.targets.join(QStringLiteral(", "));
    done(source.name, true,
         tr("%1 has no harmless check request, so nothing was sent. Dry run: a purge of %2 would send:")
             .arg(info.displayName, what),
         requests.join(QStringLiteral("\n")));
}

void SourceCheck::send(const SourceConfig &source, const QString &secret)
{
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    HttpRequestSpec request = provider->buildCheckRequest(source, secret);
    request.transport = transportFromSettings(source); // checked the way its purges will travel
    const int timeoutMs = EffectiveLimits::of(*provider, source).timeoutSeconds * 1000;
    QPointer<SourceCheck> self(this);
    m_http->send(request, timeoutMs, [self, source, request, secret](const HttpReply &reply) {
        if (self)
            self->report(source, request, reply, secret);
    });
}

void SourceCheck::report(const SourceConfig &source, const HttpRequestSpec &request, const HttpReply &reply,
                         const QString &secret)
{
    const QString target = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.toDisplayString();
    const bool ok = reply.isHttp() && reply.status >= 200 && reply.status < 400;
    QString details = redacted(request.redactedText(), secret) + QLatin1Char('\n') + reply.describe() + QLatin1Char('\n');
    for (const auto &[name, value] : reply.headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) == 0)
            continue;   // session cookies are credentials too
        details += QString::fromLatin1(name) + QStringLiteral(": ") + redacted(QString::fromLatin1(value), secret)
                   + QLatin1Char('\n');
    }
    if (const QString excerpt = ReplyClassifier::bodyExcerpt(reply.body, 400); !excerpt.isEmpty())
        details += QLatin1Char('\n') + redacted(excerpt, secret) + QLatin1Char('\n');
    done(source.name, ok, tr("%1 → %2").arg(target, redacted(reply.describe(), secret)), details);
}

void SourceCheck::done(const QString &sourceName, bool ok, const QString &summary, const QString &details)
{
    m_running = false;
    emit finished(sourceName, ok, summary, details);
}
