#include "fastlyprovider.h"

#include "core/replyclassifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {
struct FastlyProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(FastlyProvider)
};

const QString kService = QStringLiteral("service");

QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + QLatin1String(": ") + detail;
}

// Fastly's errors are {"msg": "...", "detail": "..."}; otherwise the start of the body.
QString errorDetail(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString msg = object.value(QLatin1String("msg")).toString().simplified();
    const QString detail = object.value(QLatin1String("detail")).toString().simplified();
    if (!msg.isEmpty() && !detail.isEmpty() && detail != msg)
        return msg + QLatin1String(" (") + detail + QLatin1Char(')');
    if (!msg.isEmpty() || !detail.isEmpty())
        return msg.isEmpty() ? detail : msg;
    return ReplyClassifier::bodyExcerpt(body);
}

ProviderLimits documentedLimits(int maxBatchCount, double ratePerSecond, int burst)
{
    ProviderLimits result;
    result.maxBatchCount = maxBatchCount;
    result.ratePerSecond = ratePerSecond;
    result.burst = burst;
    // URL purges are one per request and not rate limited, so they are sent several at a time.
    result.concurrency = 16;
    result.timeoutSeconds = 30;
    return result;
}

} // namespace

FastlyProvider::FastlyProvider()
{
    m_info.type = QStringLiteral("fastly");
    m_info.displayName = QStringLiteral("Fastly");
    m_info.category = ProviderCategory::Cdn;
    m_info.credentials.url = QStringLiteral("https://docs.fastly.com/en/guides/using-api-tokens");
    m_info.credentials.text =
        FastlyProviderTr::tr("Create an API token with the purge_select (or purge_all) scope under Account, "
                             "API tokens in the Fastly control panel.");
    m_info.secretLabel = FastlyProviderTr::tr("API token");
    m_info.secret = ProviderInfo::SecretNeed::Required;
    // Tokens are one word; a space means two things were pasted (or a label with the token).
    m_info.secretFormat = {QStringLiteral("\\S+"), FastlyProviderTr::tr("one word without spaces")};
    // No prefix or host purge; tags are surrogate keys.
    m_info.matches = {MatchKind::Exact, MatchKind::Tag, MatchKind::All};
    m_info.supportsInvalidate = true; // soft purge: marks objects stale instead of removing them
    m_info.hasStatus = false;         // purges are done when answered; there is nothing to poll
    m_info.isLocal = false;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QStringLiteral("https://api.fastly.com");
    m_info.settings = {
        {kService,
         FastlyProviderTr::tr("Service ID"),
         SettingSpec::Kind::Text,
         false,
         {},
         {},
         FastlyProviderTr::tr(
             "The service's ID (needed for --match tag and --match all; URL purges work without)")},
    };

    // docs.fastly.com/api, "Rate limiting": 1,000 non-read requests per hour per user (token);
    // "Surrogate key and URL purge requests are also not limited, but purge all requests count
    // against the per-hour rate limit". So URL and key purges are unpaced, and purge all has a
    // bucket of its own whose burst plus an hour's refill is 1,000: 10 + 990/h.
    // www.fastly.com/documentation/reference/http/http-headers/X-Cache/: "HIT" or "MISS" per
    // cache the request passed, the edge's last ("MISS, HIT" is a shield miss then an edge hit);
    // "PASS" was never cached. Age counts from when the copy entered the cache.
    m_info.verification.ageIsSignal = true;
    m_info.verification.cacheSignals = {
        {"X-Cache", {QStringLiteral("MISS"), QStringLiteral("PASS")}, {QStringLiteral("HIT")}, {}}};
    m_info.limits = documentedLimits(1, 0, 1); // a URL purge names one URL
    m_info.limitRules = {
        // "Up to 256 surrogate keys can be purged in one batch request" (PurgeApi, bulk_purge_tag).
        {{}, {MatchKind::Tag}, documentedLimits(256, 0, 1), {}},
        {{}, {MatchKind::All}, documentedLimits(1, 990.0 / 3600.0, 10), QStringLiteral("purge_all")},
    };
}

QString FastlyProvider::validateSource(const SourceConfig &source) const
{
    if (source.hasSetting(kService)) {
        static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9]+$"));
        const QString service = source.setting(kService);
        if (!id.match(service).hasMatch())
            return FastlyProviderTr::tr(
                       "setting service \"%1\" is not a Fastly service ID: expected letters and "
                       "digits only, as in SU1Z0isxPaozGVKXdv0eY")
                .arg(service);
    }
    if (source.endpoints.size() > 1)
        return FastlyProviderTr::tr("provider fastly takes one --endpoint, but %n were given", nullptr,
                                    int(source.endpoints.size()));
    return {};
}

QString FastlyProvider::validateBatch(const SourceConfig &source, const PurgeBatch &batch) const
{
    if (const QString problem = Provider::validateBatch(source, batch); !problem.isEmpty())
        return problem;
    // "Purge-all requests cannot be done in soft mode" (purge_all): refuse rather than purge hard.
    if (batch.match == MatchKind::All && batch.action == PurgeAction::Invalidate)
        return FastlyProviderTr::tr(
            "Fastly cannot soft-purge everything: purge all always removes every object. "
            "Use --action purge, or soft-purge a surrogate key that every object carries");
    if ((batch.match == MatchKind::Tag || batch.match == MatchKind::All) &&
        source.setting(kService).isEmpty())
        return FastlyProviderTr::tr("setting service is missing: --match %1 needs the source's --set "
                                    "service=SERVICE_ID")
            .arg(matchName(batch.match));
    static const QRegularExpression whiteSpace(QStringLiteral("[\\s\\x00-\\x1f\\x7f]"));
    for (const QString &target : batch.targets) {
        if (target.contains(whiteSpace))
            return FastlyProviderTr::tr("target \"%1\" contains white space or control characters")
                .arg(target);
        if (batch.match == MatchKind::Exact && QUrl(target).userInfo().size() > 0)
            return FastlyProviderTr::tr(
                       "URL \"%1\" carries a user name or password; caches key objects without it")
                .arg(target);
        // A surrogate key is at most 1024 bytes (Surrogate-Key header reference).
        if (batch.match == MatchKind::Tag && target.toUtf8().size() > 1024)
            return FastlyProviderTr::tr("surrogate key \"%1…\" is longer than 1024 bytes")
                .arg(target.left(40));
    }
    return {};
}

QString FastlyProvider::rateKey(const SourceConfig &source) const
{
    // The hourly limit is per user (token). Sources reading their token from one environment
    // variable use one token; a keychain secret belongs to its source alone.
    if (source.secret.kind == SecretRef::Kind::Environment && !source.secret.variable.isEmpty())
        return QStringLiteral("fastly:env:") + source.secret.variable;
    return QStringLiteral("fastly:source:%1").arg(source.id);
}

QString FastlyProvider::cachedUrlOf(const QString &target)
{
    QString rest = target;
    const qsizetype schemeEnd = rest.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0)
        rest = rest.mid(schemeEnd + 3);
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
        rest.truncate(hash);
    qsizetype authorityEnd = rest.size();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?')})
        if (const qsizetype at = rest.indexOf(c); at >= 0)
            authorityEnd = qMin(authorityEnd, at);
    QString authority = rest.left(authorityEnd);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
        authority = authority.mid(at + 1);
    // Host names are case-insensitive and reach the cache lower-cased; the path is kept as written,
    // encoding and all, because it is part of the cache key.
    return authority.toLower() + rest.mid(authorityEnd);
}

HttpRequestSpec FastlyProvider::buildRequest(const SourceConfig &source, const QString &,
                                             const PurgeBatch &batch, const QString &secret) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    const QString service = QString::fromLatin1(QUrl::toPercentEncoding(source.setting(kService).trimmed()));
    switch (batch.match) {
    case MatchKind::Exact: {
        // The queue splits URL purges to one per request; anything else is a caller bug, and an
        // invalid spec is refused by HttpClient rather than purging the wrong thing.
        if (batch.targets.size() != 1)
            return {};
        // The API form POST api.fastly.com/purge/{host}/{path} (purge-single-url) rather than
        // PURGE to the URL itself, so the request reaches the API with the token and not a cache.
        QString base = source.endpoint(m_info.defaultEndpoint);
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        spec.url = QUrl::fromEncoded(
            (base + QStringLiteral("/purge/") + cachedUrlOf(batch.targets.first())).toUtf8(),
            QUrl::StrictMode);
        break;
    }
    case MatchKind::Tag:
        spec.url = endpointUrl(source, QStringLiteral("/service/%1/purge").arg(service));
        spec.setHeader("Content-Type", "application/json");
        spec.body = QJsonDocument(QJsonObject{{QStringLiteral("surrogate_keys"),
                                               QJsonArray::fromStringList(batch.targets)}})
                        .toJson(QJsonDocument::Compact);
        break;
    case MatchKind::All:
        spec.url = endpointUrl(source, QStringLiteral("/service/%1/purge_all").arg(service));
        break;
    default:
        return {};
    }
    spec.setHeader("Fastly-Key", secret.trimmed().toUtf8(), true);
    spec.setHeader("Accept", "application/json");
    // validateBatch refuses a soft purge all; it is never sent, whatever the batch says.
    if (batch.action == PurgeAction::Invalidate && batch.match != MatchKind::All)
        spec.setHeader("Fastly-Soft-Purge", "1");
    return spec;
}

Outcome FastlyProvider::interpretReply(const SourceConfig &, const PurgeBatch &batch,
                                       const HttpReply &reply) const
{
    // Messages quote reply bodies, which could echo a credential back.
    return withoutCredentials(classifyReply(batch, reply));
}

Outcome FastlyProvider::classifyReply(const PurgeBatch &batch, const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    const int status = reply.status;
    if (status >= 200 && status < 300) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            const QString excerpt = ReplyClassifier::bodyExcerpt(reply.body);
            return Outcome::failed(
                withDetail(FastlyProviderTr::tr(
                               "malformed reply: HTTP %1 without a JSON object, so it is unknown whether "
                               "Fastly purged it")
                               .arg(status),
                           excerpt.isEmpty() ? FastlyProviderTr::tr("empty body") : excerpt));
        }
        const QJsonObject object = document.object();
        if (batch.match == MatchKind::Tag) {
            // {"key_1": "<purge id>", ...}: one id per key, recorded in the keys' order.
            QStringList ids;
            QStringList missing;
            for (const QString &key : batch.targets) {
                const QString id = object.value(key).toString();
                (id.isEmpty() ? missing : ids) << (id.isEmpty() ? key : id);
            }
            if (ids.isEmpty())
                return Outcome::failed(withDetail(
                    FastlyProviderTr::tr("malformed reply: HTTP %1 names none of the surrogate keys sent")
                        .arg(status),
                    ReplyClassifier::bodyExcerpt(reply.body)));
            return Outcome::succeeded(
                ids.join(QLatin1Char(' ')),
                missing.isEmpty()
                    ? QString()
                    : FastlyProviderTr::tr("no purge id for %1").arg(missing.join(QLatin1String(", "))));
        }
        // {"status": "ok", "id": "<purge id>"} (purge all has no id).
        const QString state = object.value(QLatin1String("status")).toString();
        if (state != QLatin1String("ok"))
            return Outcome::failed(
                withDetail(FastlyProviderTr::tr("Fastly answered HTTP %1 without status \"ok\"").arg(status),
                           ReplyClassifier::bodyExcerpt(reply.body)));
        return Outcome::succeeded(object.value(QLatin1String("id")).toString());
    }
    const QString detail = errorDetail(reply.body);
    switch (status) {
    case 429: {
        // Fastly-RateLimit-Reset is when the hourly window restarts, in UTC epoch seconds.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 after = ReplyClassifier::retryAfterMs(reply, now);
        bool ok = false;
        const qint64 reset = reply.header("Fastly-RateLimit-Reset").trimmed().toLongLong(&ok);
        if (ok && reset > 0)
            after = qMax<qint64>(0, reset * 1000 - now);
        return Outcome::retry(
            withDetail(FastlyProviderTr::tr("HTTP 429: over Fastly's 1,000 requests per hour"), detail),
            after);
    }
    case 401:
    case 403:
        return Outcome::failed(withDetail(
            FastlyProviderTr::tr("HTTP %1: Fastly refused the API token; it needs the purge_select scope "
                                 "(purge_all for --match all) on this service")
                .arg(status),
            detail));
    case 404:
        return Outcome::failed(
            withDetail(FastlyProviderTr::tr(
                           "HTTP 404: no such service or API path; check the source's service and endpoint"),
                       detail));
    case 400:
    case 422:
        return Outcome::failed(
            withDetail(FastlyProviderTr::tr("HTTP %1: Fastly rejected the purge").arg(status), detail));
    default:
        break;
    }
    Outcome outcome = ReplyClassifier::classify(reply);
    if (!detail.isEmpty() && outcome.kind != Outcome::Kind::Succeeded)
        outcome.message = withDetail(reply.describe(), detail);
    return outcome;
}
