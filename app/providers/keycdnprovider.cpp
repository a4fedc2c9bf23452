#include "keycdnprovider.h"

#include "core/replyclassifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {
struct KeycdnProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(KeycdnProvider)
};
const QString kZone = QStringLiteral("zone");
} // namespace

KeycdnProvider::KeycdnProvider()
{
    m_info.type = QStringLiteral("keycdn");
    m_info.displayName = QStringLiteral("KeyCDN");
    m_info.category = ProviderCategory::Cdn;
    m_info.credentials.url = QStringLiteral("https://www.keycdn.com/api");
    m_info.credentials.text = KeycdnProviderTr::tr(
        "The API key is under Account settings, Authentication in the KeyCDN dashboard.");
    m_info.secretLabel = KeycdnProviderTr::tr("API key");
    m_info.secret = ProviderInfo::SecretNeed::Required;
    // Keys are one word; a space means two things were pasted (or a label with the key).
    m_info.secretFormat = {QStringLiteral("\\S+"), KeycdnProviderTr::tr("one word without spaces")};
    // Purge Zone URL, Purge Zone Tag and Purge Zone Cache; the API has no prefix or wildcard purge.
    m_info.matches = {MatchKind::Exact, MatchKind::Tag, MatchKind::All};
    m_info.supportsInvalidate = false;
    m_info.hasStatus = false; // the reply is the only answer; there is no purge status to ask for
    m_info.isLocal = false;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QStringLiteral("https://api.keycdn.com");
    m_info.settings = {
        {kZone,
         KeycdnProviderTr::tr("Zone ID"),
         SettingSpec::Kind::Text,
         true,
         {},
         {},
         KeycdnProviderTr::tr("The numeric ID of the zone (KeyCDN dashboard > Zones), as in "
                              "/zones/purgeurl/<ID>.json")},
    };
    // The API documentation names no maximum of urls or tags per call. 100 keeps one rejected
    // call (a single URL outside the zone fails the whole call) cheap to find and resend. A 2017
    // answer from KeyCDN support quoted in Drupal's purge_purger_keycdn issue 2878008 limited the
    // tags value to 128 characters; that is not in the API documentation and is not enforced.
    // www.keycdn.com/support/x-cache: X-Cache HIT, MISS, EXPIRED, STALE, ... (and Age).
    m_info.verification.ageIsSignal = true;
    m_info.verification.cacheSignals = {
        {"X-Cache",
         {QStringLiteral("MISS"), QStringLiteral("EXPIRED"), QStringLiteral("BYPASS")},
         {QStringLiteral("HIT")},
         {QStringLiteral("STALE"), QStringLiteral("UPDATING")}}};
    m_info.limits.maxBatchCount = 100;
    m_info.limits.maxBodyBytes = 0;
    // The API is rate limited per API key (www.keycdn.com/api, "Rate Limiting"; replies carry
    // X-Rate-Limit-Limit and X-Rate-Limit-Remaining). The limit was 20 requests per minute (KeyCDN
    // support, Drupal issue 2878008) until "2019-08-05 Increased API rate limit" in the API
    // changelog; replies recorded since (the exkeycdn client's README) show X-Rate-Limit-Limit: 60,
    // taken here as 60 a minute. 59 per 60 s with a burst of 1 keeps every 60-second window at or
    // under 60 calls; a 429 with Retry-After still pauses the key's bucket.
    m_info.limits.ratePerSecond = 59.0 / 60.0;
    m_info.limits.burst = 1;
    m_info.limits.concurrency = 2;
    m_info.limits.timeoutSeconds = 30;
}

QString KeycdnProvider::validateSource(const SourceConfig &source) const
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    const QString zone = source.setting(kZone);
    if (zone.isEmpty())
        return KeycdnProviderTr::tr("setting zone is missing: set it to the numeric zone ID (--set zone=ID)");
    if (!digits.match(zone).hasMatch())
        return KeycdnProviderTr::tr("setting zone \"%1\" must be the numeric zone ID shown in the KeyCDN "
                                    "dashboard, not the zone name or URL")
            .arg(zone);
    return {};
}

QString KeycdnProvider::validateBatch(const SourceConfig &source, const PurgeBatch &batch) const
{
    if (const QString error = Provider::validateBatch(source, batch); !error.isEmpty())
        return error;
    for (const QString &target : batch.targets) {
        if (batch.match == MatchKind::Exact && !QUrl(target).userInfo().isEmpty())
            return KeycdnProviderTr::tr("target \"%1\" must not contain a user name or password").arg(target);
        if (batch.match == MatchKind::Tag && target.contains(QRegularExpression(QStringLiteral("[\\s,]"))))
            return KeycdnProviderTr::tr("tag \"%1\" contains white space or a comma, which separate tags in "
                                        "the Cache-Tag header; give each tag on its own")
                .arg(target);
    }
    return {};
}

QString KeycdnProvider::rateKey(const SourceConfig &source) const
{
    return perCredentialRateKey(m_info.type, source);
}

QString KeycdnProvider::withoutScheme(const QString &url)
{
    QString rest = url.mid(url.indexOf(QLatin1String("://")) + 3);
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
        rest.truncate(hash); // caches never see the fragment
    return rest;
}

HttpRequestSpec KeycdnProvider::baseRequest(const QByteArray &method, const QUrl &url,
                                            const QString &secret) const
{
    HttpRequestSpec spec;
    spec.method = method;
    spec.url = url;
    // "You authenticate ... by providing your API key" as the Basic user name, password empty.
    spec.setHeader("Authorization", basicAuth(secret.trimmed(), QString()), true);
    spec.setHeader("Accept", "application/json");
    return spec;
}

HttpRequestSpec KeycdnProvider::buildRequest(const SourceConfig &source, const QString &,
                                             const PurgeBatch &batch, const QString &secret) const
{
    const QString zone = source.setting(kZone);
    if (batch.match == MatchKind::All)
        return baseRequest("GET", endpointUrl(source, QStringLiteral("/zones/purge/%1.json").arg(zone)),
                           secret);
    if (batch.targets.isEmpty())
        return {};
    // The documented request bodies are JSON ({"urls":[...]}, {"tags":[...]}) sent with
    // Content-Type: application/json; older clients sent the same as form fields (urls[0]=...).
    QJsonArray items;
    for (const QString &target : batch.targets)
        items.append(batch.match == MatchKind::Exact ? withoutScheme(target) : target);
    const bool tags = batch.match == MatchKind::Tag;
    HttpRequestSpec spec = baseRequest(
        "DELETE",
        endpointUrl(source, QStringLiteral("/zones/%1/%2.json")
                                .arg(tags ? QLatin1String("purgetag") : QLatin1String("purgeurl"), zone)),
        secret);
    spec.setHeader("Content-Type", "application/json");
    spec.body = QJsonDocument(QJsonObject{{tags ? QStringLiteral("tags") : QStringLiteral("urls"), items}})
                    .toJson(QJsonDocument::Compact);
    return spec;
}

Outcome KeycdnProvider::interpretReply(const SourceConfig &source, const PurgeBatch &,
                                       const HttpReply &reply) const
{
    // Descriptions and error pages may quote the request, Authorization header and all.
    return withoutCredentials(classifyReply(source, reply));
}

Outcome KeycdnProvider::classifyReply(const SourceConfig &source, const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    const int status = reply.status;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    const QJsonObject object = doc.object();
    const QString result = object.value(QStringLiteral("status")).toString();
    const QString description = object.value(QStringLiteral("description")).toString().simplified();
    const QString detail = description.isEmpty() ? ReplyClassifier::bodyExcerpt(reply.body) : description;
    const QString suffix = detail.isEmpty() ? QString() : QLatin1String(": ") + detail;

    if (status >= 200 && status < 300) {
        if (result == QLatin1String("success"))
            return Outcome::succeeded({}, description);
        if (result == QLatin1String("error"))
            return Outcome::failed(
                KeycdnProviderTr::tr("KeyCDN answered HTTP %1 but reported an error").arg(status) + suffix);
        // "JSON will be returned in all responses": without a status nobody can say whether the
        // purge happened, and calling it done could leave stale files in the cache.
        return Outcome::failed(
            KeycdnProviderTr::tr("malformed reply: HTTP %1 without a readable \"status\"; the "
                                 "purge may or may not have happened")
                .arg(status) +
            suffix);
    }
    switch (status) {
    case 401:
        return Outcome::failed(
            KeycdnProviderTr::tr("KeyCDN rejected the API key (HTTP 401); check the source's "
                                 "secret (KeyCDN dashboard > Account Settings > API)") +
            suffix);
    case 403:
        return Outcome::failed(KeycdnProviderTr::tr("KeyCDN refused the purge of zone %1 (HTTP 403)")
                                   .arg(source.setting(kZone)) +
                               suffix);
    case 404:
        return Outcome::failed(
            KeycdnProviderTr::tr("KeyCDN has no zone %1 for this API key (HTTP 404); check the "
                                 "source's zone setting")
                .arg(source.setting(kZone)) +
            suffix);
    case 400:
    case 422:
        return Outcome::failed(KeycdnProviderTr::tr("KeyCDN rejected the purge (HTTP %1)").arg(status) +
                               suffix);
    case 429: {
        Outcome outcome = ReplyClassifier::classify(reply);
        outcome.message =
            KeycdnProviderTr::tr("HTTP 429: the KeyCDN API rate limit of this API key was reached") + suffix;
        return outcome;
    }
    default: {
        Outcome outcome = ReplyClassifier::classify(reply);
        if (!description.isEmpty())
            outcome.message = reply.describe() + suffix;
        return outcome;
    }
    }
}

HttpRequestSpec KeycdnProvider::buildCheckRequest(const SourceConfig &source, const QString &secret) const
{
    // "View Zone" reads the zone: the key and the zone ID are checked, nothing is purged.
    return baseRequest(
        "GET", endpointUrl(source, QStringLiteral("/zones/%1.json").arg(source.setting(kZone))), secret);
}
