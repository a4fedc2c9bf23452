#include "imgixprovider.h"

#include "core/replyclassifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct ImgixProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(ImgixProvider)
};
} // namespace

static const QString apiKey = QStringLiteral("api");
static const QString apiV1 = QStringLiteral("v1");
static const QString apiLegacy = QStringLiteral("legacy");

ImgixProvider::ImgixProvider()
{
    m_info.type = QStringLiteral("imgix");
    m_info.displayName = QStringLiteral("imgix");
    m_info.category = ProviderCategory::Cdn;
    m_info.credentials.url = QStringLiteral("https://docs.imgix.com/apis/management/overview");
    m_info.credentials.text = ImgixProviderTr::tr(
        "Generate an API key with the Purge permission on the API Keys page of the imgix dashboard.");
    m_info.secretLabel = ImgixProviderTr::tr("API key");
    m_info.secret = ProviderInfo::SecretNeed::Required;
    // Keys are one word; a space means two things were pasted (or a label with the key).
    m_info.secretFormat = {QStringLiteral("\\S+"), ImgixProviderTr::tr("one word without spaces")};
    // The purge API takes one fully qualified asset URL: no wildcard, prefix, tag or purge-all.
    m_info.matches = {MatchKind::Exact};
    m_info.supportsInvalidate = false;
    // A 200 means "accepted"; imgix offers no endpoint to ask whether a purge has finished.
    m_info.hasStatus = false;
    m_info.isLocal = false;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QStringLiteral("https://api.imgix.com");
    m_info.settings = {
        {apiKey,
         ImgixProviderTr::tr("API version"),
         SettingSpec::Kind::Choice,
         false,
         {apiV1, apiLegacy},
         apiV1,
         ImgixProviderTr::tr("v1: POST /api/v1/purge with a Bearer key that has the Purge permission; "
                             "legacy: the old POST /v2/image/purger with Basic auth")},
    };
    // imgix serves through Fastly (docs.imgix.com "Purging assets": a purge takes effect within
    // seconds): X-Cache as Fastly's, and Age from when the rendered image was cached.
    m_info.verification.ageIsSignal = true;
    m_info.verification.cacheSignals = {
        {"X-Cache", {QStringLiteral("MISS"), QStringLiteral("PASS")}, {QStringLiteral("HIT")}, {}}};
    m_info.limits.maxBatchCount = 1; // one "url" attribute per purge request
    m_info.limits.maxBodyBytes = 0;
    // imgix documents no rate limit for purges (only "space purges of the same URL 10 s apart");
    // 10 per second is an unverified, deliberately modest figure. A rate with nothing said about
    // bursts is paced with a burst of 1, so no sliding second ever holds more than 10 (a burst
    // of 10 would allow 19 in the first second); a 429 with Retry-After still slows it down.
    m_info.limits.ratePerSecond = 10;
    m_info.limits.burst = 1;
    m_info.limits.concurrency = 4;
    m_info.limits.timeoutSeconds = 30;
}

bool ImgixProvider::isLegacy(const SourceConfig &source)
{
    return source.setting(apiKey, apiV1) == apiLegacy;
}

QString ImgixProvider::validateSource(const SourceConfig &source) const
{
    const QString api = source.setting(apiKey, apiV1);
    if (api != apiV1 && api != apiLegacy)
        return ImgixProviderTr::tr("setting api is \"%1\": expected v1 or legacy").arg(api);
    return {};
}

QString ImgixProvider::validateBatch(const SourceConfig &source, const PurgeBatch &batch) const
{
    if (const QString error = Provider::validateBatch(source, batch); !error.isEmpty())
        return error;
    // A trailing * looks like a wildcard purge, which imgix would take literally and quietly
    // purge nothing useful; say so instead.
    for (const QString &target : batch.targets)
        if (target.endsWith(QLatin1Char('*')))
            return ImgixProviderTr::tr("imgix purges exact URLs only, but \"%1\" ends with the wildcard *")
                .arg(target);
    return {};
}

HttpRequestSpec ImgixProvider::buildRequest(const SourceConfig &source, const QString &,
                                            const PurgeBatch &batch, const QString &secret) const
{
    // The queue splits to maxBatchCount (1); anything else is a caller bug, and an invalid spec
    // is refused by HttpClient rather than purging the wrong thing.
    if (batch.targets.size() != 1)
        return {};
    const QString &target = batch.targets.first();
    // A key pasted or piped in with a trailing newline would otherwise be rejected as wrong.
    const QByteArray key = secret.trimmed().toUtf8();

    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    if (isLegacy(source)) {
        spec.url = endpointUrl(source, QStringLiteral("/v2/image/purger"));
        spec.setHeader("Authorization", basicAuth(QString::fromUtf8(key), QString()), true);
        spec.setHeader("Content-Type", "application/x-www-form-urlencoded");
        spec.body = QByteArrayLiteral("url=") + QUrl::toPercentEncoding(target);
        return spec;
    }
    spec.url = endpointUrl(source, QStringLiteral("/api/v1/purge"));
    spec.setHeader("Authorization", QByteArrayLiteral("Bearer ") + key, true);
    spec.setHeader("Content-Type", "application/vnd.api+json");
    const QJsonObject attributes{{QStringLiteral("url"), target}};
    const QJsonObject data{{QStringLiteral("attributes"), attributes},
                           {QStringLiteral("type"), QStringLiteral("purges")}};
    spec.body = QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
    return spec;
}

// JSON:API error objects carry the human-readable reason in "detail" (or at least "title").
static QString jsonApiErrors(const QJsonObject &object)
{
    QStringList details;
    const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : errors) {
        const QJsonObject e = error.toObject();
        QString text = e.value(QStringLiteral("detail")).toString();
        if (text.isEmpty())
            text = e.value(QStringLiteral("title")).toString();
        if (!text.isEmpty())
            details.append(text.simplified());
    }
    return details.join(QLatin1String("; "));
}

static QString errorDetail(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        if (const QString details = jsonApiErrors(doc.object()); !details.isEmpty())
            return details;
    return ReplyClassifier::bodyExcerpt(body);
}

Outcome ImgixProvider::interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                                      const HttpReply &reply) const
{
    // Error details quote the reply body, which may echo the Authorization header back.
    return withoutCredentials(classifyReply(source, batch, reply));
}

Outcome ImgixProvider::classifyReply(const SourceConfig &source, const PurgeBatch &batch,
                                     const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    const int status = reply.status;
    const QString target = batch.targets.value(0);
    const QString detail = errorDetail(reply.body);
    const QString suffix = detail.isEmpty() ? QString() : QLatin1String(": ") + detail;

    if (status >= 200 && status < 300) {
        // The legacy purger documents no reply body worth reading; the status is the answer.
        if (isLegacy(source))
            return Outcome::succeeded();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
        // The HTTP status is imgix's documented success signal and the body only carries the
        // purge id, so an unreadable body still means "accepted". Calling it a failure would
        // make the user (or a retry) purge again, which imgix answers with a 409 duplicate.
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return Outcome::succeeded({}, ImgixProviderTr::tr("reply unreadable; no purge id"));
        const QJsonObject root = doc.object();
        const QJsonObject data = root.value(QStringLiteral("data")).toObject();
        // JSON:API never sends "errors" beside "data"; errors alone contradict the 2xx, and a
        // false success is worse than a false failure here.
        if (data.isEmpty() && root.contains(QStringLiteral("errors")))
            return Outcome::failed(
                ImgixProviderTr::tr("imgix answered HTTP %1 but reported errors for %2: %3")
                    .arg(QString::number(status), target, jsonApiErrors(root)));
        QString id =
            data.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("purge_id")).toString();
        if (id.isEmpty())
            id = data.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return Outcome::succeeded({}, ImgixProviderTr::tr("reply carries no purge id"));
        return Outcome::succeeded(id);
    }
    switch (status) {
    case 409:
        // Documented: a second purge of the same URL within 10 s is answered 409, and the
        // purge still happens.
        return Outcome::succeeded(
            {}, ImgixProviderTr::tr("duplicate purge of %1 within 10 s (HTTP 409); imgix still purges it")
                    .arg(target));
    case 401:
        return Outcome::failed(
            ImgixProviderTr::tr("imgix rejected the API key (HTTP 401); check the source's API key") +
            suffix);
    case 403:
        return Outcome::failed(
            ImgixProviderTr::tr(
                "imgix refused the purge (HTTP 403); the API key needs the Purge permission") +
            suffix);
    case 400:
    case 422:
        return Outcome::failed(ImgixProviderTr::tr("imgix rejected the purge of %1 (HTTP %2)")
                                   .arg(target, QString::number(status)) +
                               suffix);
    default:
        return ReplyClassifier::classify(reply);
    }
}
