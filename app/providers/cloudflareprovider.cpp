#include "cloudflareprovider.h"

#include "core/replyclassifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {
struct CloudflareProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(CloudflareProvider)
};

const QString kZone = QStringLiteral("zone");
const QString kPlan = QStringLiteral("plan");
const QString kEmail = QStringLiteral("email");
const QString kAccount = QStringLiteral("account");
const QString kHeader = QStringLiteral("header");

const QString kFree = QStringLiteral("free");
const QString kPro = QStringLiteral("pro");
const QString kBusiness = QStringLiteral("business");
const QString kEnterprise = QStringLiteral("enterprise");

// Zone and account identifiers are 32 hexadecimal digits (the dashboard's "Zone ID" and
// "Account ID"; the OpenAPI identifier schema allows at most 32 characters).
bool isIdentifier(const QString &value)
{
    static const QRegularExpression id(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    return id.match(value).hasMatch();
}

ProviderLimits planLimits(int maxBatchCount, double ratePerSecond, int burst)
{
    ProviderLimits limits;
    limits.maxBatchCount = maxBatchCount;
    limits.ratePerSecond = ratePerSecond;
    limits.burst = burst;
    limits.concurrency = 4;
    limits.timeoutSeconds = 30;
    return limits;
}

QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + QLatin1String(": ") + detail;
}

// Cloudflare's envelope lists errors as [{"code":N,"message":"..."}]: "code 1012: message; ...".
QString errorsOf(const QJsonObject &envelope)
{
    QStringList parts;
    const QJsonArray errors = envelope.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject error = value.toObject();
        const QString message = error.value(QLatin1String("message")).toString().simplified();
        const QJsonValue code = error.value(QLatin1String("code"));
        if (code.isDouble())
            parts << (message.isEmpty()
                          ? CloudflareProviderTr::tr("code %1").arg(code.toInteger())
                          : CloudflareProviderTr::tr("code %1: %2").arg(code.toInteger()).arg(message));
        else if (!message.isEmpty())
            parts << message;
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

CloudflareProvider::CloudflareProvider()
{
    using K = SettingSpec::Kind;
    m_info.type = QStringLiteral("cloudflare");
    m_info.displayName = QStringLiteral("Cloudflare");
    m_info.category = ProviderCategory::Cdn;
    m_info.credentials.url =
        QStringLiteral("https://developers.cloudflare.com/fundamentals/api/get-started/create-token/");
    m_info.credentials.text =
        CloudflareProviderTr::tr("Create an API token with the Zone, Cache Purge permission under My "
                                 "Profile, API Tokens in the Cloudflare dashboard.");
    m_info.secretLabel = CloudflareProviderTr::tr("API token (or Global API key with email)");
    m_info.secret = ProviderInfo::SecretNeed::Required;
    // Cloudflare's "Token formats" page: API tokens and Global API keys are 40 characters (now with a
    // cfut_/cfat_/cfk_ prefix and a checksum); the legacy Global API key is 37 hex digits.
    m_info.secretFormat = {QStringLiteral("[A-Za-z0-9_-]{37,}"),
                           CloudflareProviderTr::tr("letters, digits, “-” and “_”, at least 37 of them")};
    m_info.matches = {MatchKind::Exact, MatchKind::Prefix, MatchKind::Tag, MatchKind::Host, MatchKind::All};
    // The API has no soft purge; a 200 means accepted (the docs say to check CF-Cache-Status to
    // see an object evicted), and there is no status endpoint.
    m_info.supportsInvalidate = false;
    m_info.hasStatus = false;
    m_info.isLocal = false;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QStringLiteral("https://api.cloudflare.com/client/v4");
    m_info.settings = {
        {kZone,
         CloudflareProviderTr::tr("Zone ID"),
         K::Text,
         true,
         {},
         {},
         CloudflareProviderTr::tr(
             "The zone's 32-digit ID from the dashboard's Overview page (not its domain name)")},
        {kPlan,
         CloudflareProviderTr::tr("Plan"),
         K::Choice,
         false,
         {kFree, kPro, kBusiness, kEnterprise},
         kFree,
         CloudflareProviderTr::tr(
             "The zone's plan; it sets the documented purge rate, burst and items per request")},
        {kEmail,
         CloudflareProviderTr::tr("Account email (Global API key only)"),
         K::Text,
         false,
         {},
         {},
         CloudflareProviderTr::tr(
             "Set it only when the secret is the legacy Global API key (sent as X-Auth-Email and "
             "X-Auth-Key); leave it empty for an API token")},
        {kAccount,
         CloudflareProviderTr::tr("Account ID"),
         K::Text,
         false,
         {},
         {},
         CloudflareProviderTr::tr(
             "Optional: the zone's account. Purge limits are per account, so sources with the "
             "same account share one rate budget; without it each zone has its own")},
    };
    m_info.options = {
        {kHeader,
         CloudflareProviderTr::tr("Cache-key header"),
         OptionSpec::Kind::Header,
         true,
         {MatchKind::Exact},
         CloudflareProviderTr::tr(
             "NAME:VALUE of a request header that is part of the cache key (CF-Device-Type, "
             "CF-IPCountry, Accept-Language, Origin...); sent with every URL"),
         {},
         {}},
    };

    // Limits (developers.cloudflare.com/cache/how-to/purge-cache/, "Availability and limits",
    // applied per account, as a token bucket):
    //   requests: Free 5 per minute, bucket 25; Pro 5/s, 25; Business 10/s, 50; Enterprise 50/s, 500.
    //   single-file purge: Free 800, Pro and Business 1,500, Enterprise 3,000 URLs per second
    //   (a moving average); the older single-file page says Free 1,000 URLs per minute.
    // Items per request conflict between Cloudflare's own sources: that page says 100 operations
    // (Enterprise 500 URLs), but the single-file page, the API description and cloudflare-docs
    // PR #13619 / issue #21338 say 30 URLs per call on Free, Pro and Business (500 on
    // Enterprise), and the prefix page and the API description say 30 prefixes, tags or hosts.
    // The safe value is the one declared: 30 everywhere, 500 URLs on Enterprise. The 100 would
    // only ever be a raise, and a source's batch_size can only lower these.
    const int safeItems = 30;
    const int enterpriseUrls = 500;
    struct Plan
    {
        QString name;
        double ratePerSecond;
        int bucket;
    };
    const QList<Plan> plans = {
        {kFree, 5.0 / 60.0, 25}, {kPro, 5, 25}, {kBusiness, 10, 50}, {kEnterprise, 50, 500}};
    for (const Plan &plan : plans) {
        if (plan.name == kEnterprise) {
            // 50 requests/s of 500 URLs would be 25,000 URLs/s, far over the 3,000 URLs per second
            // Enterprise single-file purges may average. 6 requests of 500 a second stay at it; a
            // burst of 6 is one second's worth. They have a bucket of their own because they run
            // at another rate than the request bucket (which the page gives for tags, prefixes,
            // hosts and purge everything).
            m_info.limitRules.append(
                {plan.name,
                 {MatchKind::Exact},
                 planLimits(enterpriseUrls, 3000.0 / enterpriseUrls, 3000 / enterpriseUrls),
                 QStringLiteral("single-file")});
        }
        // On Free, Pro and Business the request bucket also paces single-file purges, which keeps
        // them well under the URL rates: at 30 URLs a request, Free 2.5 URLs/s, Pro 150, Business 300.
        m_info.limitRules.append({plan.name, {}, planLimits(safeItems, plan.ratePerSecond, plan.bucket), {}});
    }
    // developers.cloudflare.com/cache/concepts/cache-responses/: CF-Cache-Status HIT, MISS,
    // EXPIRED, STALE, BYPASS, REVALIDATED, UPDATING, DYNAMIC ("not eligible for caching").
    m_info.verification.ageIsSignal = true;
    m_info.verification.cacheSignals = {
        {"CF-Cache-Status",
         {QStringLiteral("MISS"), QStringLiteral("EXPIRED"), QStringLiteral("REVALIDATED"),
          QStringLiteral("DYNAMIC"), QStringLiteral("BYPASS")},
         {QStringLiteral("HIT")},
         {QStringLiteral("STALE"), QStringLiteral("UPDATING")}}};
    m_info.planSetting = kPlan;
    // Every plan has rules; these are the default plan's (free), which the source form shows.
    m_info.limits = planLimits(safeItems, 5.0 / 60.0, 25);
}

QString CloudflareProvider::validateSource(const SourceConfig &source) const
{
    const QString zone = source.setting(kZone);
    if (zone.trimmed().isEmpty())
        return CloudflareProviderTr::tr("setting zone is missing: set it to the zone's 32-digit Zone ID "
                                        "(dashboard, the domain's Overview page)");
    if (!isIdentifier(zone))
        return CloudflareProviderTr::tr(
                   "setting zone \"%1\" is not a Zone ID: expected 32 hexadecimal digits, "
                   "as shown on the domain's Overview page (not the domain name)")
            .arg(zone);
    const QString plan = source.setting(kPlan, kFree);
    if (!QStringList{kFree, kPro, kBusiness, kEnterprise}.contains(plan))
        return CloudflareProviderTr::tr("setting plan is \"%1\": expected free, pro, business or enterprise")
            .arg(plan);
    if (source.hasSetting(kEmail)) {
        const QString email = source.setting(kEmail);
        static const QRegularExpression address(QStringLiteral("^[^\\s@]+@[^\\s@]+$"));
        if (!address.match(email).hasMatch())
            return CloudflareProviderTr::tr(
                       "setting email \"%1\" is not an email address (it is the Cloudflare "
                       "login that goes with a Global API key)")
                .arg(email);
    }
    if (source.hasSetting(kAccount) && !isIdentifier(source.setting(kAccount)))
        return CloudflareProviderTr::tr(
                   "setting account \"%1\" is not an Account ID: expected 32 hexadecimal "
                   "digits")
            .arg(source.setting(kAccount));
    if (source.endpoints.size() > 1)
        return CloudflareProviderTr::tr("provider cloudflare takes one --endpoint, but %n were given",
                                        nullptr, int(source.endpoints.size()));
    return {};
}

QString CloudflareProvider::prefixOf(const QString &target)
{
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")})
        if (target.startsWith(scheme, Qt::CaseInsensitive))
            return target.mid(scheme.size());
    return target;
}

QString CloudflareProvider::checkTarget(MatchKind match, const QString &target)
{
    static const QRegularExpression whiteSpace(QStringLiteral("[\\s\\x00-\\x1f\\x7f]"));
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}"
                       "[A-Za-z0-9_])?)*$"));
    if (target.contains(whiteSpace))
        return CloudflareProviderTr::tr("target \"%1\" contains white space or control characters")
            .arg(target);
    switch (match) {
    case MatchKind::Prefix: {
        // Written host/path without a scheme; no query string or fragment, and at most 31 path
        // segments (purge by prefix, "Limitations").
        const QString prefix = prefixOf(target);
        const qsizetype slash = prefix.indexOf(QLatin1Char('/'));
        const QString host = slash < 0 ? prefix : prefix.left(slash);
        if (!hostName.match(host).hasMatch())
            return CloudflareProviderTr::tr(
                       "prefix \"%1\" must start with a host name, as in www.example.com/images")
                .arg(target);
        if (prefix.contains(QLatin1Char('?')) || prefix.contains(QLatin1Char('#')))
            return CloudflareProviderTr::tr("prefix \"%1\" must not contain a query string or fragment")
                .arg(target);
        if (prefix.contains(QLatin1Char('*')))
            return CloudflareProviderTr::tr(
                       "prefix \"%1\" contains '*': a prefix purge needs no wildcard, it already "
                       "covers everything below the path")
                .arg(target);
        if (slash >= 0 && prefix.mid(slash + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts).size() > 31)
            return CloudflareProviderTr::tr("prefix \"%1\" has more than 31 path segments").arg(target);
        return {};
    }
    case MatchKind::Host:
        if (!hostName.match(target).hasMatch())
            return CloudflareProviderTr::tr(
                       "host \"%1\" is not a host name: write it alone, as in images.example.com "
                       "(no scheme, port or path)")
                .arg(target);
        return {};
    case MatchKind::Tag:
        // Cache-Tag headers separate tags with commas; a purge names one tag per item.
        if (target.contains(QLatin1Char(',')))
            return CloudflareProviderTr::tr("tag \"%1\" contains a comma: give each tag on its own")
                .arg(target);
        if (target.toUtf8().size() > 1024)
            return CloudflareProviderTr::tr("tag \"%1\" is longer than 1024 bytes").arg(target.left(40));
        return {};
    case MatchKind::Exact:
    case MatchKind::All:
        break;
    }
    return {};
}

QString CloudflareProvider::validateBatch(const SourceConfig &, const PurgeBatch &batch) const
{
    if (!m_info.matches.contains(batch.match))
        return CloudflareProviderTr::tr("provider cloudflare does not support --match %1")
            .arg(matchName(batch.match));
    if (batch.action == PurgeAction::Invalidate)
        return CloudflareProviderTr::tr(
            "provider cloudflare does not support --action invalidate: its API has no "
            "soft purge");
    if (batch.match == MatchKind::All) {
        if (!batch.targets.isEmpty())
            return CloudflareProviderTr::tr("--match all takes no targets, but %n were given", nullptr,
                                            int(batch.targets.size()));
    } else if (batch.targets.isEmpty()) {
        return CloudflareProviderTr::tr("no targets given");
    }
    if (const QString problem = checkOptions(batch); !problem.isEmpty())
        return problem;
    QSet<QString> names;
    for (const QString &header : batch.options.value(kHeader)) {
        const QString name = header.left(header.indexOf(QLatin1Char(':'))).trimmed().toLower();
        if (names.contains(name))
            return CloudflareProviderTr::tr(
                       "option header names %1 twice; a cached object has one value for it")
                .arg(name);
        names.insert(name);
    }
    if (batch.match == MatchKind::Exact)
        if (const QString problem = checkUrlTargets(batch); !problem.isEmpty())
            return problem;
    for (const QString &target : batch.targets)
        if (const QString problem = checkTarget(batch.match, target); !problem.isEmpty())
            return problem;
    return {};
}

QString CloudflareProvider::rateKey(const SourceConfig &source) const
{
    // The purge token bucket is per account. Which account a token or key belongs to is not
    // visible here, so sources share a bucket when they name the same account, and otherwise
    // each zone has its own (two zones of one account without the setting may together go over).
    const QString account = source.setting(kAccount).trimmed().toLower();
    if (!account.isEmpty())
        return QStringLiteral("cloudflare:account:") + account;
    return QStringLiteral("cloudflare:zone:") + source.setting(kZone).trimmed().toLower();
}

HttpRequestSpec CloudflareProvider::buildRequest(const SourceConfig &source, const QString &,
                                                 const PurgeBatch &batch, const QString &secret) const
{
    QJsonObject body;
    switch (batch.match) {
    case MatchKind::Exact: {
        // With cache-key headers each file is {"url":..., "headers":{NAME:VALUE,...}}.
        QJsonObject headers;
        for (const QString &header : batch.options.value(kHeader)) {
            const qsizetype colon = header.indexOf(QLatin1Char(':'));
            headers.insert(header.left(colon).trimmed(), header.mid(colon + 1).trimmed());
        }
        QJsonArray files;
        for (const QString &target : batch.targets)
            files.append(headers.isEmpty() ? QJsonValue(target)
                                           : QJsonValue(QJsonObject{{QStringLiteral("url"), target},
                                                                    {QStringLiteral("headers"), headers}}));
        body.insert(QStringLiteral("files"), files);
        break;
    }
    case MatchKind::Prefix: {
        QJsonArray prefixes;
        for (const QString &target : batch.targets)
            prefixes.append(prefixOf(target));
        body.insert(QStringLiteral("prefixes"), prefixes);
        break;
    }
    case MatchKind::Tag:
        body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(batch.targets));
        break;
    case MatchKind::Host:
        body.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(batch.targets));
        break;
    case MatchKind::All:
        body.insert(QStringLiteral("purge_everything"), true);
        break;
    }

    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    const QString zone = QString::fromLatin1(QUrl::toPercentEncoding(source.setting(kZone).trimmed()));
    spec.url = endpointUrl(source, QStringLiteral("/zones/%1/purge_cache").arg(zone));
    // A secret pasted or piped in with a trailing newline would otherwise be rejected as wrong.
    const QByteArray key = secret.trimmed().toUtf8();
    const QString email = source.setting(kEmail).trimmed();
    if (email.isEmpty()) {
        spec.setHeader("Authorization", QByteArrayLiteral("Bearer ") + key, true);
    } else {
        spec.setHeader("X-Auth-Email", email.toUtf8());
        spec.setHeader("X-Auth-Key", key, true);
    }
    spec.setHeader("Content-Type", "application/json");
    spec.setHeader("Accept", "application/json");
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return spec;
}

Outcome CloudflareProvider::interpretReply(const SourceConfig &, const PurgeBatch &batch,
                                           const HttpReply &reply) const
{
    // Messages quote reply bodies, which could echo a credential back.
    return withoutCredentials(classifyReply(batch, reply));
}

Outcome CloudflareProvider::classifyReply(const PurgeBatch &batch, const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    const int status = reply.status;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    const bool envelope = parseError.error == QJsonParseError::NoError && document.isObject() &&
                          document.object().value(QLatin1String("success")).isBool();
    const QJsonObject object = document.object();
    const QString errors = envelope ? errorsOf(object) : QString();
    const QString detail = envelope ? errors : ReplyClassifier::bodyExcerpt(reply.body);

    if (status >= 200 && status < 300) {
        // "success" is the API's answer; the HTTP status alone is not (it says 200 with
        // "success": false too). Without it nothing says the purge was accepted.
        if (!envelope)
            return Outcome::failed(
                withDetail(CloudflareProviderTr::tr(
                               "malformed reply: HTTP %1 without Cloudflare's JSON envelope, so it is "
                               "unknown whether the purge was accepted")
                               .arg(status),
                           detail.isEmpty() ? CloudflareProviderTr::tr("empty body") : detail));
        if (!object.value(QLatin1String("success")).toBool())
            return Outcome::failed(withDetail(
                CloudflareProviderTr::tr("Cloudflare answered HTTP %1 but reported failure").arg(status),
                errors.isEmpty() ? CloudflareProviderTr::tr("no error given") : errors));
        const QString id =
            object.value(QLatin1String("result")).toObject().value(QLatin1String("id")).toString();
        return Outcome::succeeded(id, id.isEmpty()
                                          ? CloudflareProviderTr::tr("accepted; the reply carries no "
                                                                     "purge id")
                                          : QString());
    }
    switch (status) {
    case 429: {
        // Over the plan's token bucket (or the API's global 1,200 requests per 5 minutes).
        const qint64 after = ReplyClassifier::retryAfterMs(reply, QDateTime::currentMSecsSinceEpoch());
        return Outcome::retry(
            withDetail(CloudflareProviderTr::tr("HTTP 429: over Cloudflare's purge rate limit"), detail),
            after);
    }
    case 400:
        return Outcome::failed(
            withDetail(CloudflareProviderTr::tr("HTTP 400: Cloudflare rejected the purge of %n item(s)",
                                                nullptr, qMax(1, int(batch.targets.size()))),
                       detail));
    case 401:
    case 403:
        return Outcome::failed(
            withDetail(CloudflareProviderTr::tr(
                           "HTTP %1: Cloudflare refused the credentials: the API token needs the Cache "
                           "Purge permission for this zone (with the email setting, the secret must be "
                           "the Global API key)")
                           .arg(status),
                       detail));
    case 404:
        return Outcome::failed(
            withDetail(CloudflareProviderTr::tr(
                           "HTTP 404: no such zone or API path; check the source's zone and endpoint"),
                       detail));
    case 413:
        return Outcome::split(withDetail(CloudflareProviderTr::tr("HTTP 413: request too large"), detail));
    default:
        break;
    }
    Outcome outcome = ReplyClassifier::classify(reply);
    if (envelope && !errors.isEmpty())
        outcome.message = withDetail(reply.describe(), errors);
    return outcome;
}
