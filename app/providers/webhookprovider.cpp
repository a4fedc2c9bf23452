#include "webhookprovider.h"

#include "core/replyclassifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {
struct WebhookProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(WebhookProvider)
};
const QString kMethod = QStringLiteral("method");
const QString kUrlTemplate = QStringLiteral("url_template");
const QString kHeader = QStringLiteral("header");
const QString kBodyTemplate = QStringLiteral("body_template");
const QString kSuccess = QStringLiteral("success");

const QString kUrl = QStringLiteral("url");
const QString kUrlsJson = QStringLiteral("urls_json");
const QString kTargetsJson = QStringLiteral("targets_json");
const QString kAction = QStringLiteral("action");
const QString kMatch = QStringLiteral("match");
const QString kSecret = QStringLiteral("secret");
// The same for every send of one transaction (a retry, or another worker taking it over after
// its first one stopped), different for every other: a hook that keeps the ones it has seen
// purges once, as an idempotency key (the term of RFC-draft "The Idempotency-Key HTTP Header").
const QString kRequestId = QStringLiteral("request_id");

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{([^{}]*)\\}\\}"));
    return pattern;
}

// RFC 9110 token: methods and header names.
bool isToken(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return token.match(text).hasMatch();
}

QStringList allowedIn(WebhookProvider::Place place)
{
    switch (place) {
    case WebhookProvider::Place::Url:
        return {kUrl, kAction, kMatch, kRequestId};
    case WebhookProvider::Place::Header:
        return {kSecret, kAction, kMatch, kRequestId};
    case WebhookProvider::Place::Body:
        break;
    }
    return {kUrl, kUrlsJson, kTargetsJson, kAction, kMatch, kRequestId};
}

QString braced(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names)
        result << QStringLiteral("{{%1}}").arg(name);
    return result.join(QLatin1String(", "));
}

bool uses(const QString &text, const QString &name)
{
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        if (it.next().captured(1).trimmed() == name)
            return true;
    return false;
}

// A string's JSON form without the quotes, for {{url}} inside a JSON string of the body.
QString jsonStringContent(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact); // ["..."]
    return QString::fromUtf8(json.mid(2, json.size() - 4));
}

QString jsonArray(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

bool isUrlMatch(MatchKind match)
{
    return match == MatchKind::Exact || match == MatchKind::Prefix;
}
} // namespace

WebhookProvider::WebhookProvider()
{
    using K = SettingSpec::Kind;
    m_info.type = QStringLiteral("webhook");
    m_info.displayName = WebhookProviderTr::tr("Webhook (in-house cache or deploy system)");
    m_info.category = ProviderCategory::HttpCache;
    m_info.credentials.text =
        WebhookProviderTr::tr("Your own endpoint: enter its URL and, if it checks one, the shared secret "
                              "your deploy system or in-house cache expects.");
    m_info.secretLabel = WebhookProviderTr::tr("Secret (sent where a header uses {{secret}})");
    m_info.secret = ProviderInfo::SecretNeed::Optional;
    // The hook decides what each match means; targets are passed through as given.
    m_info.matches = {MatchKind::Exact, MatchKind::Prefix, MatchKind::Tag, MatchKind::Host, MatchKind::All};
    m_info.supportsInvalidate = true; // passed on as {{action}}
    m_info.hasStatus = false;
    m_info.isLocal = false;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QString(); // the team's own service: --endpoint is required
    SettingSpec header{kHeader,
                       WebhookProviderTr::tr("Headers"),
                       K::Text,
                       false,
                       {},
                       {},
                       WebhookProviderTr::tr("NAME:VALUE, one header per --set header=... (or per line); a "
                                             "value may use {{secret}} (the header is then never shown), "
                                             "{{action}}, {{match}} and {{request_id}} (the same on every "
                                             "send of one transaction: an idempotency key)")};
    header.repeatable = true;
    m_info.settings = {
        {kMethod,
         WebhookProviderTr::tr("HTTP method"),
         K::Text,
         false,
         {},
         QStringLiteral("POST"),
         WebhookProviderTr::tr("Any HTTP method: POST, PUT, DELETE, PURGE, ...")},
        {kUrlTemplate,
         WebhookProviderTr::tr("URL template"),
         K::Text,
         false,
         {},
         {},
         WebhookProviderTr::tr("An absolute URL, or a path and query appended to the endpoint; {{url}} is "
                               "the target, percent-encoded, and sends one target per request; "
                               "{{action}} and {{match}} are the request's words. Default: the endpoint")},
        header,
        {kBodyTemplate,
         WebhookProviderTr::tr("Body template"),
         K::Text,
         false,
         {},
         {},
         WebhookProviderTr::tr("{{targets_json}}: the targets as a JSON array; {{urls_json}}: the same for "
                               "exact and prefix purges, [] otherwise; {{url}}: the one target, escaped for "
                               "a JSON string (one request per target); {{action}}, {{match}}. Sent as "
                               "application/json unless a Content-Type header is set. Default: no body")},
        {kSuccess,
         WebhookProviderTr::tr("Success status"),
         K::Text,
         false,
         {},
         QStringLiteral("2xx"),
         WebhookProviderTr::tr("2xx, or a comma-separated list of status codes and classes such as "
                               "200,204 or 2xx,404")},
    };
    // An in-house hook documents no limits. Up to 500 targets in one body, which stays under the
    // 1 MB request limit common in front of such services (nginx's client_max_body_size) for URLs
    // of ordinary length; 512 KB is enforced by splitting.
    m_info.limits.maxBatchCount = 500;
    m_info.limits.maxBodyBytes = 512 * 1024;
    m_info.limits.ratePerSecond = 0; // unpaced unless the source sets a rate
    m_info.limits.burst = 1;
    m_info.limits.concurrency = 4;
    m_info.limits.timeoutSeconds = 30;
}

QString WebhookProvider::checkTemplate(const QString &text, Place place, const QString &setting)
{
    static const QStringList known = {kUrl, kUrlsJson, kTargetsJson, kAction, kMatch, kSecret, kRequestId};
    const QStringList allowed = allowedIn(place);
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).trimmed();
        if (!known.contains(name))
            return WebhookProviderTr::tr("%1: unknown placeholder %2; known placeholders: %3")
                .arg(setting, m.captured(0), braced(known));
        if (allowed.contains(name))
            continue;
        if (name == kSecret)
            return WebhookProviderTr::tr("%1: {{secret}} may only appear in a header value (--set "
                                         "header=NAME:VALUE), where it is redacted whenever the request is "
                                         "shown")
                .arg(setting);
        return WebhookProviderTr::tr("%1: %2 cannot be used here; %1 takes %3")
            .arg(setting, m.captured(0), braced(allowed));
    }
    return {};
}

QString WebhookProvider::expand(const QString &text, Place place, const PurgeBatch &batch,
                                const QString &secret)
{
    const QString url = batch.targets.value(0);
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1).trimmed();
        if (name == kUrl)
            result += place == Place::Url ? QString::fromLatin1(QUrl::toPercentEncoding(url))
                                          : jsonStringContent(url);
        else if (name == kUrlsJson)
            result += jsonArray(isUrlMatch(batch.match) ? batch.targets : QStringList());
        else if (name == kTargetsJson)
            result += jsonArray(batch.targets);
        else if (name == kAction)
            result += actionName(batch.action);
        else if (name == kMatch)
            result += matchName(batch.match);
        else if (name == kSecret && place == Place::Header)
            result += secret;
        else if (name == kRequestId)
            result += batch.idempotencyKey.isEmpty() ? QString()
                                                     : QStringLiteral("purgeline-") + batch.idempotencyKey;
        // anything else was refused by checkTemplate and expands to nothing
    }
    return result + text.mid(last);
}

QList<std::pair<QString, QString>> WebhookProvider::headerTemplates(const SourceConfig &source)
{
    QList<std::pair<QString, QString>> result;
    for (const QString &line : source.setting(kHeader).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        result.append({line.left(qMax<qsizetype>(colon, 0)).trimmed(),
                       colon < 0 ? line : line.mid(colon + 1).trimmed()});
    }
    return result;
}

QString WebhookProvider::checkSuccess(const QString &success)
{
    static const QRegularExpression code(QStringLiteral("^([1-5][0-9][0-9]|[1-5]xx)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = success.split(QLatin1Char(','));
    for (const QString &part : parts)
        if (!code.match(part.trimmed()).hasMatch())
            return WebhookProviderTr::tr("setting success \"%1\": expected 2xx or a comma-separated list of "
                                         "status codes and classes, such as 200,204 or 2xx,404")
                .arg(success);
    return {};
}

bool WebhookProvider::isSuccess(const QString &success, int status)
{
    for (const QString &raw : success.split(QLatin1Char(','))) {
        const QString part = raw.trimmed().toLower();
        if (part.endsWith(QLatin1String("xx")) && part.size() == 3 ? status / 100 == part.left(1).toInt()
                                                                   : status == part.toInt())
            return true;
    }
    return false;
}

QString WebhookProvider::urlTemplate(const SourceConfig &source) const
{
    const QString given = source.setting(kUrlTemplate);
    QString base = source.endpoint(QString());
    if (given.isEmpty())
        return base;
    // A template with a scheme of its own is a whole URL (validateSource refuses all but http(s)).
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (scheme.match(given).hasMatch())
        return given;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const bool joined = given.startsWith(QLatin1Char('/')) || given.startsWith(QLatin1Char('?'));
    return base + (joined ? given : QLatin1Char('/') + given);
}

bool WebhookProvider::sendsOneTargetPerRequest(const SourceConfig &source)
{
    return uses(source.setting(kUrlTemplate), kUrl) || uses(source.setting(kBodyTemplate), kUrl);
}

bool WebhookProvider::namesTargets(const SourceConfig &source)
{
    const QString body = source.setting(kBodyTemplate);
    return sendsOneTargetPerRequest(source) || uses(body, kUrlsJson) || uses(body, kTargetsJson);
}

ProviderLimits WebhookProvider::limits(const SourceConfig &source) const
{
    ProviderLimits limits = m_info.limits;
    if (sendsOneTargetPerRequest(source))
        limits.maxBatchCount = 1;
    return limits;
}

QString WebhookProvider::validateSource(const SourceConfig &source) const
{
    if (source.endpoints.isEmpty())
        return WebhookProviderTr::tr("webhook needs --endpoint URL: the base URL of the service to call");
    const QString method = source.setting(kMethod, QStringLiteral("POST"));
    if (!isToken(method))
        return WebhookProviderTr::tr("setting method \"%1\" is not a valid HTTP method (a token such as POST "
                                     "or PURGE)")
            .arg(method);

    const QString url = urlTemplate(source);
    if (const QString problem = checkTemplate(url, Place::Url, kUrlTemplate); !problem.isEmpty())
        return problem;
    PurgeBatch sample;
    sample.targets = {QStringLiteral("https://www.example.com/a b.html")};
    const QUrl expanded(expand(url, Place::Url, sample, {}), QUrl::StrictMode);
    if (!expanded.isValid() || expanded.host().isEmpty() ||
        (expanded.scheme() != QLatin1String("http") && expanded.scheme() != QLatin1String("https")))
        return WebhookProviderTr::tr(
                   "setting url_template \"%1\" does not make an absolute http:// or https:// "
                   "URL")
            .arg(source.setting(kUrlTemplate));

    if (const QString problem = checkTemplate(source.setting(kBodyTemplate), Place::Body, kBodyTemplate);
        !problem.isEmpty())
        return problem;

    bool usesSecret = false;
    QSet<QString> seen;
    for (const QString &line : source.setting(kHeader).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        if (line.contains(QLatin1Char('\r')))
            return WebhookProviderTr::tr("setting header \"%1\" contains a line break").arg(line.trimmed());
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = line.left(qMax<qsizetype>(colon, 0)).trimmed();
        if (colon <= 0 || !isToken(name))
            return WebhookProviderTr::tr(
                       "setting header \"%1\": expected NAME:VALUE with a valid header name")
                .arg(line);
        const QString lower = name.toLower();
        if (lower == QLatin1String("content-length") || lower == QLatin1String("transfer-encoding") ||
            lower == QLatin1String("connection"))
            return WebhookProviderTr::tr("setting header: %1 is set by the HTTP client; leave it out")
                .arg(name);
        if (seen.contains(lower))
            return WebhookProviderTr::tr("setting header: %1 is given twice").arg(name);
        seen.insert(lower);
        const QString value = line.mid(colon + 1);
        if (const QString problem =
                checkTemplate(value, Place::Header, QStringLiteral("header %1").arg(name));
            !problem.isEmpty())
            return problem;
        if (uses(value, kSecret)) {
            usesSecret = true;
            if (source.secret.kind == SecretRef::Kind::None)
                return WebhookProviderTr::tr("header %1 uses {{secret}}, but the source has no secret: add "
                                             "--secret-env VAR or --secret-stdin")
                    .arg(name);
        }
    }
    if (source.secret.kind != SecretRef::Kind::None && !usesSecret)
        return WebhookProviderTr::tr("a secret is configured but no header uses it: add --set "
                                     "header=NAME:...{{secret}} (e.g. \"Authorization: Bearer {{secret}}\")");

    return checkSuccess(source.setting(kSuccess, QStringLiteral("2xx")));
}

QString WebhookProvider::validateBatch(const SourceConfig &source, const PurgeBatch &batch) const
{
    if (const QString error = Provider::validateBatch(source, batch); !error.isEmpty())
        return error;
    // Without a target placeholder every request would look the same, whatever was asked for.
    if (batch.match != MatchKind::All && !namesTargets(source))
        return WebhookProviderTr::tr(
            "this webhook's url_template and body_template name no target ({{url}}, "
            "{{urls_json}} or {{targets_json}}), so it cannot say what to purge; only "
            "--match all works with it");
    return {};
}

HttpRequestSpec WebhookProvider::buildRequest(const SourceConfig &source, const QString &,
                                              const PurgeBatch &batch, const QString &secret) const
{
    if (sendsOneTargetPerRequest(source) && batch.targets.size() > 1)
        return {}; // the planner splits to one target; anything else would purge the wrong thing
    HttpRequestSpec spec;
    spec.method = source.setting(kMethod, QStringLiteral("POST")).toLatin1();
    spec.url = QUrl(expand(urlTemplate(source), Place::Url, batch, {}), QUrl::StrictMode);
    bool hasContentType = false;
    for (const auto &[name, value] : headerTemplates(source)) {
        // A secret pasted or read from the environment with a trailing newline would break the header.
        spec.setHeader(name.toLatin1(), expand(value, Place::Header, batch, secret.trimmed()).toUtf8(),
                       uses(value, kSecret));
        hasContentType |= name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
    }
    const QString body = source.setting(kBodyTemplate);
    if (!body.isEmpty()) {
        spec.body = expand(body, Place::Body, batch, {}).toUtf8();
        if (!hasContentType)
            spec.setHeader("Content-Type", "application/json");
    }
    return spec;
}

Outcome WebhookProvider::interpretReply(const SourceConfig &source, const PurgeBatch &,
                                        const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    const QString success = source.setting(kSuccess, QStringLiteral("2xx"));
    if (isSuccess(success, reply.status))
        return Outcome::succeeded();
    // The reply may quote the request's headers back, the secret one included.
    if (reply.status >= 200 && reply.status < 300) {
        const QString excerpt = ReplyClassifier::bodyExcerpt(reply.body);
        return withoutCredentials(Outcome::failed(
            WebhookProviderTr::tr("HTTP %1 is not a success status of this webhook (success=%2)")
                .arg(reply.status)
                .arg(success) +
            (excerpt.isEmpty() ? QString() : QLatin1String(": ") + excerpt)));
    }
    return withoutCredentials(ReplyClassifier::classify(reply));
}
