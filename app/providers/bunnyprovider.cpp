#include "bunnyprovider.h"

#include "core/replyclassifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {
struct BunnyProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(BunnyProvider)
};
const QString kPullZone = QStringLiteral("pull_zone");
// "CDN-Tag header values are limited to 1024 bytes" (docs.bunny.net, CDN > Purge Cache): a longer
// tag can never have been attached to a file, so purging it does nothing.
constexpr int kMaxTagBytes = 1024;
} // namespace

BunnyProvider::BunnyProvider()
{
    m_info.type = QStringLiteral("bunny");
    m_info.displayName = QStringLiteral("bunny.net");
    m_info.category = ProviderCategory::Cdn;
    m_info.credentials.url = QStringLiteral("https://docs.bunny.net/account/api-keys");
    m_info.credentials.text =
        BunnyProviderTr::tr("The account API key is under Account, API key in the bunny.net dashboard.");
    m_info.secretLabel = BunnyProviderTr::tr("API access key");
    m_info.secret = ProviderInfo::SecretNeed::Required;
    // Keys are one word; a space means two things were pasted (or a label with the key).
    m_info.secretFormat = {QStringLiteral("\\S+"), BunnyProviderTr::tr("one word without spaces")};
    m_info.matches = {MatchKind::Exact, MatchKind::Prefix, MatchKind::Tag, MatchKind::All};
    m_info.supportsInvalidate = false;
    // async=false makes the call wait until the purge is done, so a 200 is the final word.
    m_info.hasStatus = false;
    m_info.isLocal = false;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QStringLiteral("https://api.bunny.net");
    m_info.settings = {
        {kPullZone,
         BunnyProviderTr::tr("Pull zone ID"),
         SettingSpec::Kind::Text,
         false,
         {},
         {},
         BunnyProviderTr::tr("The numeric ID of the pull zone, for --match tag and --match all (POST "
                             "/pullzone/<ID>/purgeCache); URL purges work without it")},
    };
    // "Purge URL" takes one url query parameter per call; "Purge Cache" takes one CacheTag.
    // support.bunny.net "Understanding the CDN-Cache header": HIT, MISS, EXPIRED, BYPASS.
    m_info.verification.cacheSignals = {
        {"CDN-Cache",
         {QStringLiteral("MISS"), QStringLiteral("EXPIRED"), QStringLiteral("BYPASS")},
         {QStringLiteral("HIT")},
         {}}};
    m_info.limits.maxBatchCount = 1;
    m_info.limits.maxBodyBytes = 0;
    // docs.bunny.net "Purge Rate Limits": token buckets per account and per purge type, one token
    // per purged item. Exact: burst 120, refill 5/s. Prefix (wildcard, '*' or a path ending in '/'):
    // burst 20, refill 0.5/s. A 429 says when to retry.
    m_info.limits.ratePerSecond = 5;
    m_info.limits.burst = 120;
    m_info.limits.rateClasses = {{prefixClass(), RateLimit{0.5, 20}}};
    // async=false calls last until the edge has purged; a few in flight keep the bucket busy.
    m_info.limits.concurrency = 8;
    m_info.limits.timeoutSeconds = 60;
}

QString BunnyProvider::validateSource(const SourceConfig &source) const
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    const QString zone = source.setting(kPullZone);
    if (!zone.isEmpty() && !digits.match(zone).hasMatch())
        return BunnyProviderTr::tr("setting pull_zone \"%1\" must be the numeric pull zone ID shown in the "
                                   "bunny.net dashboard")
            .arg(zone);
    return {};
}

QString BunnyProvider::validateBatch(const SourceConfig &source, const PurgeBatch &batch) const
{
    if (const QString error = Provider::validateBatch(source, batch); !error.isEmpty())
        return error;
    if ((batch.match == MatchKind::Tag || batch.match == MatchKind::All) &&
        source.setting(kPullZone).isEmpty())
        return BunnyProviderTr::tr("--match %1 purges through a pull zone: set the source's pull_zone "
                                   "setting (--set pull_zone=ID) to its numeric ID")
            .arg(matchName(batch.match));
    for (const QString &target : batch.targets) {
        if (batch.match == MatchKind::Exact && target.contains(QLatin1Char('*')))
            return BunnyProviderTr::tr(
                       "\"%1\" contains '*', which bunny.net takes as a wildcard: use --match "
                       "prefix for a wildcard purge")
                .arg(target);
        if (batch.match == MatchKind::Prefix && target.indexOf(QLatin1Char('*')) >= 0 &&
            target.indexOf(QLatin1Char('*')) != target.size() - 1)
            return BunnyProviderTr::tr("prefix \"%1\" may end with '*' but contain no other '*'").arg(target);
        if (batch.match == MatchKind::Tag && target.toUtf8().size() > kMaxTagBytes)
            return BunnyProviderTr::tr("tag \"%1…\" is longer than the %2 bytes a CDN-Tag header may hold")
                .arg(target.left(40))
                .arg(kMaxTagBytes);
    }
    return {};
}

QString BunnyProvider::rateKey(const SourceConfig &source) const
{
    // The buckets are per account, that is per API key.
    return perCredentialRateKey(m_info.type, source);
}

// Whether bunny.net counts this URL purge as a prefix purge: "The URL contains a *, or the path ends
// with * or /" (docs.bunny.net, "Purge Rate Limits").
static bool isPrefixShaped(const QString &target)
{
    const QString path = QUrl(target).path();
    return target.contains(QLatin1Char('*')) || path.isEmpty() || path.endsWith(QLatin1Char('/'));
}

QString BunnyProvider::rateClass(const SourceConfig &, const PurgeBatch &batch) const
{
    if (batch.match == MatchKind::Exact && !isPrefixShaped(batch.targets.value(0)))
        return {};
    // Prefix purges, exact URLs that end in '/', and the pull-zone purges (tag, all): the rate
    // limits page classifies only URL purges, so zone-wide purges go to the stricter bucket.
    return prefixClass();
}

HttpRequestSpec BunnyProvider::baseRequest(const QUrl &url, const QString &secret) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = url;
    // A key pasted or piped in with a trailing newline would otherwise be rejected as wrong.
    spec.setHeader("AccessKey", secret.trimmed().toUtf8(), true);
    spec.setHeader("Accept", "application/json");
    return spec;
}

HttpRequestSpec BunnyProvider::buildRequest(const SourceConfig &source, const QString &,
                                            const PurgeBatch &batch, const QString &secret) const
{
    const QString zone = source.setting(kPullZone);
    if (batch.match == MatchKind::All || batch.match == MatchKind::Tag) {
        if (zone.isEmpty() || (batch.match == MatchKind::Tag && batch.targets.size() != 1))
            return {}; // refused by validateBatch / split to one tag by the planner
        HttpRequestSpec spec =
            baseRequest(endpointUrl(source, QStringLiteral("/pullzone/%1/purgeCache").arg(zone)), secret);
        if (batch.match == MatchKind::Tag) {
            spec.setHeader("Content-Type", "application/json");
            spec.body = QJsonDocument(QJsonObject{{QStringLiteral("CacheTag"), batch.targets.first()}})
                            .toJson(QJsonDocument::Compact);
        }
        return spec;
    }
    // The queue splits to maxBatchCount (1); anything else is a caller bug, and an invalid spec is
    // refused by HttpClient rather than purging the wrong thing.
    if (batch.targets.size() != 1)
        return {};
    QString target = batch.targets.first();
    if (batch.match == MatchKind::Prefix && !target.endsWith(QLatin1Char('*')))
        target += QLatin1Char('*');
    QByteArray query = "url=" + QUrl::toPercentEncoding(target) + "&async=false";
    // Without exactPath a URL ending in '/' is purged as a prefix ("purges only the exact path without
    // adding a wildcard suffix"; the docs add that pull zones which ignore query strings still
    // purge the prefix).
    if (batch.match == MatchKind::Exact && isPrefixShaped(target))
        query += "&exactPath=true";
    QUrl url = endpointUrl(source, QStringLiteral("/purge"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return baseRequest(url, secret);
}

// bunny.net errors are ApiErrorData: {"ErrorKey":"...","Field":"...","Message":"..."}.
static QString errorDetail(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    const QString message = error.value(QStringLiteral("Message")).toString().simplified();
    const QString key = error.value(QStringLiteral("ErrorKey")).toString().simplified();
    const QString field = error.value(QStringLiteral("Field")).toString().simplified();
    if (message.isEmpty() && key.isEmpty())
        return ReplyClassifier::bodyExcerpt(body);
    QString detail = message.isEmpty() ? key : message;
    if (!key.isEmpty() && !message.isEmpty())
        detail += QStringLiteral(" (%1)").arg(key);
    if (!field.isEmpty())
        detail += QStringLiteral(" [%1]").arg(field);
    return detail;
}

Outcome BunnyProvider::interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                                      const HttpReply &reply) const
{
    // Error bodies may quote the request back, AccessKey and all.
    return withoutCredentials(classifyReply(source, batch, reply));
}

Outcome BunnyProvider::classifyReply(const SourceConfig &source, const PurgeBatch &batch,
                                     const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    const int status = reply.status;
    // "Purge URL" answers 200 and "Purge Cache" 204, both without a body worth reading: the status
    // is the answer and there is no purge id.
    if (status >= 200 && status < 300)
        return Outcome::succeeded();
    const bool zonePurge = batch.match == MatchKind::Tag || batch.match == MatchKind::All;
    const QString what = zonePurge
                             ? BunnyProviderTr::tr("the purge of pull zone %1").arg(source.setting(kPullZone))
                             : BunnyProviderTr::tr("the purge of %1").arg(batch.targets.value(0));
    const QString detail = errorDetail(reply.body);
    const QString suffix = detail.isEmpty() ? QString() : QLatin1String(": ") + detail;
    switch (status) {
    case 400:
        return Outcome::failed(BunnyProviderTr::tr("bunny.net rejected %1 (HTTP 400)").arg(what) + suffix);
    case 401:
        return Outcome::failed(
            BunnyProviderTr::tr("bunny.net rejected the access key (HTTP 401); the secret must be the "
                                "account's API key (Account settings > API), not a storage zone password") +
            suffix);
    case 403:
        return Outcome::failed(BunnyProviderTr::tr("bunny.net refused %1 (HTTP 403)").arg(what) + suffix);
    case 404:
        if (zonePurge)
            return Outcome::failed(BunnyProviderTr::tr("bunny.net has no pull zone %1 on this account (HTTP "
                                                       "404); check the source's pull_zone setting")
                                       .arg(source.setting(kPullZone)) +
                                   suffix);
        return Outcome::failed(BunnyProviderTr::tr("bunny.net answered HTTP 404 to %1").arg(what) + suffix);
    case 429: {
        Outcome outcome = ReplyClassifier::classify(reply);
        outcome.message =
            BunnyProviderTr::tr("HTTP 429: bunny.net's purge rate limit for this account was reached") +
            suffix;
        return outcome;
    }
    default:
        return ReplyClassifier::classify(reply);
    }
}

HttpRequestSpec BunnyProvider::buildCheckRequest(const SourceConfig &source, const QString &secret) const
{
    // Reading the pull zone checks the key and the ID without purging anything.
    const QString zone = source.setting(kPullZone);
    if (zone.isEmpty())
        return {};
    HttpRequestSpec spec = baseRequest(endpointUrl(source, QStringLiteral("/pullzone/%1").arg(zone)), secret);
    spec.method = QByteArrayLiteral("GET");
    return spec;
}
