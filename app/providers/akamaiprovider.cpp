#include "akamaiprovider.h"

#include "core/replyclassifier.h"
#include "edgegridsigner.h"
#include "edgerc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>
#include <cmath>

namespace {
struct AkamaiProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(AkamaiProvider)
};

const QString kHost = QStringLiteral("host");
const QString kClientToken = QStringLiteral("client_token");
const QString kAccessToken = QStringLiteral("access_token");
const QString kNetwork = QStringLiteral("network");
const QString kProduction = QStringLiteral("production");
const QString kStaging = QStringLiteral("staging");

// "message: detail", or just the message when there is no detail.
QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + QLatin1String(": ") + detail;
}

QJsonObject jsonObjectOf(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

// A problem+json document's own words: "title: detail (support id X)", else the start of the body.
QString problemText(const HttpReply &reply)
{
    bool ok = false;
    const QJsonObject problem = jsonObjectOf(reply.body, &ok);
    if (!ok)
        return ReplyClassifier::bodyExcerpt(reply.body);
    QStringList parts;
    for (const char *field : {"title", "detail"})
        if (const QString text = problem.value(QLatin1String(field)).toString().simplified(); !text.isEmpty())
            parts << text;
    QString text = parts.join(QLatin1String(": "));
    if (const QString support = problem.value(QLatin1String("supportId")).toString(); !support.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                AkamaiProviderTr::tr("(support id %1)").arg(support);
    return text.isEmpty() ? ReplyClassifier::bodyExcerpt(reply.body) : text;
}

// A bare host name, with an optional port: what .edgerc's host is without "https://".
bool isBareHost(const QString &host)
{
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:"
                       "[0-9]{1,5})?$"));
    return hostName.match(host).hasMatch();
}

// The tokens go into the Authorization header as "client_token=...;": no separators, no spaces.
QString checkToken(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return AkamaiProviderTr::tr(
                   "setting %1 is missing: copy it from the API client's .edgerc (or use --edgerc FILE)")
            .arg(key);
    static const QRegularExpression tokenChars(QStringLiteral("^[!-~]+$"));
    if (!tokenChars.match(value).hasMatch() || value.contains(QLatin1Char(';')))
        return AkamaiProviderTr::tr(
                   "setting %1 contains white space, ';' or a character outside printable ASCII; "
                   "copy it again from the API client's .edgerc")
            .arg(key);
    return {};
}
} // namespace

AkamaiProvider::AkamaiProvider()
{
    using K = SettingSpec::Kind;
    m_info.type = QStringLiteral("akamai");
    m_info.displayName = QStringLiteral("Akamai Fast Purge");
    m_info.category = ProviderCategory::Cdn;
    m_info.credentials.url =
        QStringLiteral("https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials");
    m_info.credentials.text = AkamaiProviderTr::tr(
        "Create an API client with Fast Purge access in Akamai Control Center (Identity and access); its "
        ".edgerc file holds the host, the tokens and the client secret.");
    m_info.secretLabel = AkamaiProviderTr::tr("Client secret");
    m_info.secret = ProviderInfo::SecretNeed::Required;
    // The client_secret of an .edgerc is base64 (the EdgeGrid test data: 43 characters and "=").
    m_info.secretFormat = {QStringLiteral("[A-Za-z0-9+/]{16,}={0,2}"),
                           AkamaiProviderTr::tr("base64 text, as on the client_secret line of .edgerc")};
    // URLs (exact), cache tags and CP codes; Fast Purge has no prefix, host or purge-all.
    m_info.matches = {MatchKind::Exact, MatchKind::Tag, MatchKind::Object};
    m_info.objectMatch = {QStringLiteral("cpcode"), AkamaiProviderTr::tr("CP codes"),
                          AkamaiProviderTr::tr("Content provider codes: everything cached under them")};
    // invalidate: marks content stale, the edge asks the origin again (If-Modified-Since);
    // delete: removes it. Akamai recommends invalidate to spare the origin.
    m_info.supportsInvalidate = true;
    m_info.hasStatus = false; // v3 answers with estimatedSeconds; there is nothing to poll
    m_info.isLocal = false;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QStringLiteral("https://<API host>"); // built from the host setting
    m_info.settings = {
        {kHost,
         AkamaiProviderTr::tr("API host"),
         K::Text,
         true,
         {},
         {},
         AkamaiProviderTr::tr("The API client's host from .edgerc, such as akab-xxxx.luna.akamaiapis.net")},
        {kClientToken,
         AkamaiProviderTr::tr("Client token"),
         K::Text,
         true,
         {},
         {},
         AkamaiProviderTr::tr("client_token from .edgerc; the client secret is the secret")},
        {kAccessToken,
         AkamaiProviderTr::tr("Access token"),
         K::Text,
         true,
         {},
         {},
         AkamaiProviderTr::tr("access_token from .edgerc")},
        {kNetwork,
         AkamaiProviderTr::tr("Network"),
         K::Choice,
         false,
         {kStaging, kProduction},
         kProduction,
         AkamaiProviderTr::tr("Purge the staging network or production")},
    };
    m_info.settingsFile = {
        QStringLiteral("edgerc"), AkamaiProviderTr::tr(".edgerc file"),
        AkamaiProviderTr::tr("Read host, client_token, access_token and client_secret from an "
                             "Akamai .edgerc file (section: --section, default \"default\")."),
        QStringLiteral("default")};
    // A request may not need more object tokens than a bucket holds ("Rate limiting"), so the
    // bucket sizes are the most objects per request; the 50,000-byte body limit usually binds
    // first ("413": "the maximum message body size, which is 50,000 bytes").
    // techdocs.akamai.com/edge-diagnostics "Pragma headers": with Pragma: akamai-x-cache-on the
    // edge answers X-Cache "TCP_MISS from ...", "TCP_HIT", "TCP_MEM_HIT", "TCP_IMS_HIT",
    // "TCP_REFRESH_HIT"/"TCP_REFRESH_MISS" (revalidated with or fetched again from the origin),
    // "TCP_REFRESH_FAIL_HIT" (origin unreachable, held copy served). Akamai sends no Age.
    m_info.verification.probeHeaders = {{"Pragma", "akamai-x-cache-on"}};
    m_info.verification.ageIsSignal = false;
    m_info.verification.cacheSignals = {
        {"X-Cache",
         {QStringLiteral("TCP_MISS"), QStringLiteral("TCP_REFRESH_MISS"), QStringLiteral("TCP_REFRESH_HIT"),
          QStringLiteral("TCP_IMS_MISS"), QStringLiteral("TCP_NEGATIVE_MISS")},
         {QStringLiteral("TCP_HIT"), QStringLiteral("TCP_MEM_HIT"), QStringLiteral("TCP_IMS_HIT")},
         {QStringLiteral("TCP_REFRESH_FAIL_HIT")}}};
    m_info.limits.maxBatchCount = 10000; // URL/ARL bucket
    m_info.limits.maxBatchCountByMatch = {{MatchKind::Tag, 5000}, {MatchKind::Object, 300}};
    m_info.limits.maxBodyBytes = 50000;
    // The request bucket: 100 tokens refilled at 50 per second, per account.
    m_info.limits.ratePerSecond = 50;
    m_info.limits.burst = 100;
    m_info.limits.concurrency = 4;
    m_info.limits.timeoutSeconds = 30;
}

QString AkamaiProvider::validateSource(const SourceConfig &source) const
{
    const QString host = source.setting(kHost);
    if (host.isEmpty())
        return AkamaiProviderTr::tr(
            "setting host is missing: set it to the API client's host from .edgerc (or use --edgerc FILE)");
    if (host.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        host.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return AkamaiProviderTr::tr(
                   "setting host \"%1\" must be the bare host name, without http:// or https://")
            .arg(host);
    if (!isBareHost(host))
        return AkamaiProviderTr::tr(
                   "setting host \"%1\" is not a host name such as akab-xxxx.luna.akamaiapis.net")
            .arg(host);
    for (const QString &key : {kClientToken, kAccessToken})
        if (const QString problem = checkToken(key, source.setting(key)); !problem.isEmpty())
            return problem;
    const QString network = source.setting(kNetwork, kProduction);
    if (network != kProduction && network != kStaging)
        return AkamaiProviderTr::tr("setting network is \"%1\": expected staging or production").arg(network);
    if (source.endpoints.size() > 1)
        return AkamaiProviderTr::tr("provider akamai takes one --endpoint, but %n were given", nullptr,
                                    int(source.endpoints.size()));
    return {};
}

QString AkamaiProvider::checkTag(const QString &tag)
{
    // "A single tag can't exceed 128 characters"; alphanumerics and !#$%&'+./^_`|~- (Purge Cache
    // guide, "Cache tag requirements"; Property Manager's cacheTag behavior).
    if (tag.size() > 128)
        return AkamaiProviderTr::tr("cache tag \"%1\" is longer than Akamai's 128 characters").arg(tag);
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9!#$%&'+./^_`|~-]+$"));
    if (!allowed.match(tag).hasMatch())
        return AkamaiProviderTr::tr("cache tag \"%1\" may hold only letters, digits and !#$%&'+./^_`|~-")
            .arg(tag);
    return {};
}

QString AkamaiProvider::checkCpCode(const QString &code)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    if (!digits.match(code).hasMatch() || code.toLongLong() <= 0 || code.toLongLong() > 2147483647)
        return AkamaiProviderTr::tr("CP code \"%1\" is not a CP code number such as 12345").arg(code);
    return {};
}

QString AkamaiProvider::validateBatch(const SourceConfig &, const PurgeBatch &batch) const
{
    if (!m_info.matches.contains(batch.match))
        return AkamaiProviderTr::tr("provider akamai does not support --match %1: use exact, tag or cpcode")
            .arg(matchName(batch.match));
    if (batch.targets.isEmpty())
        return AkamaiProviderTr::tr("no targets given");
    if (const QString problem = checkOptions(batch); !problem.isEmpty())
        return problem;
    if (batch.match == MatchKind::Exact)
        return checkUrlTargets(batch);
    for (const QString &target : batch.targets)
        if (const QString problem = batch.match == MatchKind::Tag ? checkTag(target) : checkCpCode(target);
            !problem.isEmpty())
            return problem;
    return {};
}

QString AkamaiProvider::rateKey(const SourceConfig &source) const
{
    // The buckets are per account; sources with one API client certainly share one, and the
    // account behind a client is not visible from here.
    return QStringLiteral("akamai:") + source.setting(kClientToken);
}

bool AkamaiProvider::importSettings(const QString &fileText, const QString &section,
                                    QMap<QString, QString> *settings, QString *secret, QString *error) const
{
    const std::optional<EdgeRc> rc =
        EdgeRc::parse(fileText, section.isEmpty() ? m_info.settingsFile.defaultSection : section, error);
    if (!rc)
        return false;
    // max-body is not taken: bodies stay under 50,000 bytes, which the documented default
    // (131072) signs whole, while the 8192 of older files would not.
    settings->insert(kHost, rc->host);
    settings->insert(kClientToken, rc->credentials.clientToken);
    settings->insert(kAccessToken, rc->credentials.accessToken);
    *secret = rc->credentials.clientSecret;
    return true;
}

bool AkamaiProvider::settingsFileSections(const QString &fileText, QStringList *sections,
                                          QString *error) const
{
    const std::optional<QStringList> names = EdgeRc::sections(fileText, error);
    if (!names)
        return false;
    *sections = *names;
    return true;
}

QString AkamaiProvider::purgePath(PurgeAction action, MatchKind match, const QString &network)
{
    const QString verb =
        action == PurgeAction::Invalidate ? QStringLiteral("invalidate") : QStringLiteral("delete");
    const QString type = match == MatchKind::Tag      ? QStringLiteral("tag")
                         : match == MatchKind::Object ? QStringLiteral("cpcode")
                                                      : QStringLiteral("url");
    return QStringLiteral("/ccu/v3/%1/%2/%3").arg(verb, type, network == kStaging ? kStaging : kProduction);
}

QUrl AkamaiProvider::apiUrl(const SourceConfig &source, const QString &path) const
{
    QString base = source.endpoints.isEmpty() ? QStringLiteral("https://") + source.setting(kHost)
                                              : source.endpoints.first();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

HttpRequestSpec AkamaiProvider::buildRequest(const SourceConfig &source, const QString &,
                                             const PurgeBatch &batch, const QString &secret) const
{
    return buildSignedRequest(source, batch, secret, QDateTime::currentDateTimeUtc(),
                              QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
}

HttpRequestSpec AkamaiProvider::buildSignedRequest(const SourceConfig &source, const PurgeBatch &batch,
                                                   const QString &secret, const QDateTime &time,
                                                   const QByteArray &nonce) const
{
    QJsonArray objects;
    for (const QString &target : batch.targets) {
        if (batch.match == MatchKind::Object)
            objects.append(target.toLongLong()); // CP codes are numbers: {"objects": [12345, 98765]}
        else
            objects.append(target);
    }
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = apiUrl(source, purgePath(batch.action, batch.match, source.setting(kNetwork, kProduction)));
    spec.setHeader("Content-Type", "application/json");
    spec.setHeader("Accept", "application/json");
    spec.body =
        QJsonDocument(QJsonObject{{QStringLiteral("objects"), objects}}).toJson(QJsonDocument::Compact);
    // A pasted secret with a trailing newline would otherwise sign everything wrong.
    const EdgeGridSigner signer(
        {source.setting(kClientToken), source.setting(kAccessToken), secret.trimmed()});
    return signer.sign(spec, EdgeGridSigner::timestamp(time), nonce); // Authorization is a secret header
}

qint64 AkamaiProvider::throttleDelayMs(const HttpReply &reply, MatchKind match, qint64 nowMs)
{
    if (const qint64 given = ReplyClassifier::retryAfterMs(reply, nowMs); given >= 0)
        return given;
    bool ok = false;
    const QJsonObject problem = jsonObjectOf(reply.body, &ok);
    const QJsonValue size = problem.value(QLatin1String("rateLimitCurrentRequestSize"));
    const QJsonValue remaining = problem.value(QLatin1String("rateLimitRemaining"));
    if (!ok || !size.isDouble() || !remaining.isDouble())
        return 5000; // "Wait five seconds, then retry once there are enough tokens" (429)
    // "Rate Limit exceeded" is the request bucket; "URL Rate Limit exceeded", "CPCODE Rate Limit
    // exceeded", ... an object bucket ("Rate limit response examples"). Their refill rates come
    // in X-Ratelimit-Limit-Per-Second(-Objects), or are the documented ones.
    const bool requests = problem.value(QLatin1String("title"))
                              .toString()
                              .trimmed()
                              .compare(QLatin1String("Rate Limit exceeded"), Qt::CaseInsensitive) == 0;
    double perSecond =
        reply.header(requests ? "X-Ratelimit-Limit-Per-Second" : "X-Ratelimit-Limit-Per-Second-Objects")
            .toDouble(&ok);
    if (!ok || perSecond <= 0)
        perSecond = requests                     ? 50.0
                    : match == MatchKind::Object ? 30.0 / 60
                    : match == MatchKind::Tag    ? 500.0 / 60
                                                 : 12000.0 / 60;
    const double lacking = qMax(1.0, size.toDouble() - remaining.toDouble());
    return qint64(std::ceil(lacking / perSecond * 1000));
}

Outcome AkamaiProvider::interpretReply(const SourceConfig &, const PurgeBatch &batch,
                                       const HttpReply &reply) const
{
    // Problem documents may quote what was sent; the queue redacts the Authorization header it
    // sent, this also catches other credential forms.
    return withoutCredentials(classifyReply(batch, reply));
}

Outcome AkamaiProvider::classifyReply(const PurgeBatch &batch, const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    const int status = reply.status;
    if (status >= 200 && status < 300) {
        bool ok = false;
        const QJsonObject object = jsonObjectOf(reply.body, &ok);
        const QString purgeId = object.value(QLatin1String("purgeId")).toString();
        if (!ok || purgeId.isEmpty()) {
            const QString excerpt = ReplyClassifier::bodyExcerpt(reply.body);
            return Outcome::failed(withDetail(
                AkamaiProviderTr::tr("malformed reply: HTTP %1 without a readable purgeId; the purge was "
                                     "probably accepted, but Akamai's answer cannot be read")
                    .arg(status),
                excerpt.isEmpty() ? AkamaiProviderTr::tr("empty body") : excerpt));
        }
        const QJsonValue seconds = object.value(QLatin1String("estimatedSeconds"));
        const QString message = seconds.isDouble()
                                    ? AkamaiProviderTr::tr("accepted as %1; expected done in ~%2 s")
                                          .arg(purgeId)
                                          .arg(qint64(seconds.toDouble()))
                                    : AkamaiProviderTr::tr("accepted as %1").arg(purgeId);
        Outcome outcome = Outcome::succeeded(purgeId, message);
        // Verification asks the edge only once the purge has had the time Akamai says it takes
        // (bounded: the value comes from outside).
        if (seconds.isDouble() && seconds.toDouble() > 0)
            outcome.settlesInMs = qint64(qMin(seconds.toDouble(), 24.0 * 3600) * 1000);
        return outcome;
    }
    const QString detail = problemText(reply);
    const QString http = QStringLiteral("HTTP %1").arg(status);
    switch (status) {
    case 400:
        return Outcome::failed(withDetail(
            AkamaiProviderTr::tr("%1: Akamai did not accept the request (check the URLs, tags or CP codes)")
                .arg(http),
            detail));
    case 401:
        return Outcome::failed(
            withDetail(AkamaiProviderTr::tr(
                           "%1: authentication failed: check client_token, access_token, the client secret "
                           "and the computer's clock")
                           .arg(http),
                       detail));
    case 403:
        return Outcome::failed(withDetail(
            AkamaiProviderTr::tr("%1: the API client may not purge this (check its CCU APIs grant and the "
                                 "properties the objects belong to)")
                .arg(http),
            detail));
    case 429:
        return Outcome::retry(withDetail(AkamaiProviderTr::tr("%1: rate limit reached").arg(http), detail),
                              throttleDelayMs(reply, batch.match, QDateTime::currentMSecsSinceEpoch()));
    case 507: // listed among Fast Purge's errors: the service cannot take the request now
        return Outcome::retry(withDetail(http, detail),
                              ReplyClassifier::retryAfterMs(reply, QDateTime::currentMSecsSinceEpoch()));
    default:
        break;
    }
    // 5xx and 408 are retried, 413 split, the rest final; the message is Akamai's own.
    Outcome outcome = ReplyClassifier::classify(reply);
    outcome.message = withDetail(http, detail);
    return outcome;
}
