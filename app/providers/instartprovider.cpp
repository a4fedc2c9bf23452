#include "instartprovider.h"

#include "core/replyclassifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace {
struct InstartProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(InstartProvider)
};
const QString kCacheKeyModifier = QStringLiteral("cache_key_modifier");

} // namespace

// "message: detail", or just the message when the server said nothing useful.
static QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + QLatin1String(": ") + detail;
}

InstartProvider::InstartProvider()
{
    using K = SettingSpec::Kind;
    m_info.type = QStringLiteral("instart");
    m_info.displayName = QStringLiteral("Instart Logic");
    m_info.category = ProviderCategory::Cdn;
    m_info.credentials.text =
        InstartProviderTr::tr("Instart Logic takes the user name and password of a portal account allowed to "
                              "use the API; your account administrator can create one.");
    m_info.secretLabel = InstartProviderTr::tr("Password");
    m_info.secret = ProviderInfo::SecretNeed::Required;
    m_info.matches = {MatchKind::Exact, MatchKind::Prefix};
    m_info.supportsInvalidate = true; // EXPIRE: a soft purge, stale copies may still be served
    m_info.hasStatus = true;          // every purge is a transaction polled until SUCCESS
    m_info.isLocal = false;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QStringLiteral("https://api.instartlogic.com");
    m_info.settings = {
        {QStringLiteral("customer"),
         InstartProviderTr::tr("Customer (company name)"),
         K::Text,
         true,
         {},
         {},
         InstartProviderTr::tr(
             "The company name in the API path: https://api.instartlogic.com/<customer>/v1/...")},
        {QStringLiteral("user"),
         InstartProviderTr::tr("User name"),
         K::Text,
         true,
         {},
         {},
         InstartProviderTr::tr("The Instart Logic portal user; the password is the secret")},
    };
    // No limit on URIs per request is documented ("There is no limit on the number of URI
    // objects"), but one 400 rejects the whole request (a single domain the user may not purge),
    // so batches are kept to a size whose failure or retry stays cheap. 512 KB keeps the body well
    // under the 1 MB request limit common in front of APIs (nginx's default client_max_body_size).
    // Instart documents no cache status header: Age alone tells (the default), else nothing.
    m_info.verification.ageIsSignal = true;
    m_info.limits.maxBatchCount = 500;
    m_info.limits.maxBodyBytes = 512 * 1024;
    // "a rate limit of 2 cache purge requests per second, per customer"; above it the API answers
    // 503. Burst 1 so no one-second window ever holds more than two requests.
    m_info.limits.ratePerSecond = 2;
    m_info.limits.burst = 1;
    m_info.limits.concurrency = 2;
    m_info.limits.timeoutSeconds = 30;
    // The documented status check pace; sub-second intervals are allowed for test servers.
    m_info.limits.pollIntervalSeconds = 10;
    m_info.limits.pollTimeoutSeconds = 3600;

    m_info.options = {
        {kCacheKeyModifier,
         InstartProviderTr::tr("Cache key modifier"),
         OptionSpec::Kind::Text,
         false,
         {MatchKind::Prefix},
         InstartProviderTr::tr(
             "cache_key_modifier_regex: purge only the variants whose cache key modifier matches, "
             "as in device_type_* (prefix purges only)"),
         QStringLiteral("cache-key-modifier"),
         &InstartProvider::checkCacheKeyModifier},
    };
}

QString InstartProvider::validateSource(const SourceConfig &source) const
{
    const QString customer = source.setting(QStringLiteral("customer"));
    if (customer.trimmed().isEmpty())
        return InstartProviderTr::tr(
            "setting customer is missing: set it to the company name of the Instart Logic account");
    static const QRegularExpression badCustomerChars(QStringLiteral("[\\s/?#%\\\\]"));
    if (customer.contains(badCustomerChars))
        return InstartProviderTr::tr(
                   "setting customer \"%1\" must be the bare company name: it may not contain white space or "
                   "any of / ? # % \\")
            .arg(customer);
    const QString user = source.setting(QStringLiteral("user"));
    if (user.isEmpty())
        return InstartProviderTr::tr("setting user is missing: set it to the Instart Logic user name");
    if (user != user.trimmed())
        return InstartProviderTr::tr("setting user \"%1\" has leading or trailing white space").arg(user);
    if (user.contains(QLatin1Char(':'))) // Basic auth separates user and password with the first ':'
        return InstartProviderTr::tr("setting user \"%1\" must not contain ':'").arg(user);
    if (source.endpoints.size() > 1)
        return InstartProviderTr::tr("provider instart takes one --endpoint, but %n were given", nullptr,
                                     int(source.endpoints.size()));
    return {};
}

QString InstartProvider::checkTarget(const QString &target)
{
    static const QRegularExpression whiteSpace(QStringLiteral("[\\s\\x00-\\x1f\\x7f]"));
    if (target.contains(whiteSpace))
        return InstartProviderTr::tr("target \"%1\" contains white space or control characters").arg(target);
    static const QRegularExpression shape(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)$"));
    const QRegularExpressionMatch parts = shape.match(target);
    const QString scheme = parts.hasMatch() ? parts.captured(1).toLower() : QString();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return InstartProviderTr::tr("malformed URL \"%1\": expected an absolute http:// or https:// URL")
            .arg(target);
    QString host = parts.captured(2);
    const QString rest = parts.captured(3);
    if (host.contains(QLatin1Char('@')))
        return InstartProviderTr::tr("target \"%1\" must not contain a user name or password").arg(target);
    static const QRegularExpression portSuffix(QStringLiteral(":([0-9]*)$"));
    if (const QRegularExpressionMatch port = portSuffix.match(host); port.hasMatch()) {
        bool ok = false;
        const int number = port.captured(1).toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return InstartProviderTr::tr("target \"%1\" has an invalid port \"%2\"")
                .arg(target, port.captured(1));
        host.chop(port.capturedLength(0));
    }
    if (host.isEmpty())
        return InstartProviderTr::tr("target \"%1\" has no host").arg(target);
    // A domain wildcard is one whole leading label: the API matches it against the host patterns
    // of the customer's property configurations.
    const bool wildcard = host.startsWith(QLatin1String("*."));
    const QString name = wildcard ? host.mid(2) : host;
    if (name.contains(QLatin1Char('*')))
        return InstartProviderTr::tr(
                   "target \"%1\": a '*' in the host is only allowed as its whole first label, as in "
                   "http://*.example.net/")
            .arg(target);
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}["
                       "A-Za-z0-9_])?)*\\.?$"));
    if (!hostName.match(name).hasMatch())
        return InstartProviderTr::tr(
                   "target \"%1\": \"%2\" is not a valid host name (write internationalized names in their "
                   "xn-- "
                   "form)")
            .arg(target, name);
    if (!rest.startsWith(QLatin1Char('/')))
        return InstartProviderTr::tr("target \"%1\" has no path: add at least \"/\" after the host")
            .arg(target);
    if (rest.contains(QLatin1Char('#')))
        return InstartProviderTr::tr("target \"%1\" must not contain a fragment (#...): caches never see it")
            .arg(target);
    // EXACT_LITERAL and PREFIX_LITERAL take the path literally; a prefix already covers
    // everything below it, so a '*' there is almost certainly a mistaken glob.
    if (rest.contains(QLatin1Char('*')))
        return InstartProviderTr::tr(
                   "target \"%1\": '*' in the path is taken literally by Instart Logic; use --match prefix "
                   "with "
                   "the path up to where the '*' was")
            .arg(target);
    return {};
}

QString InstartProvider::checkCacheKeyModifier(const QString &modifier)
{
    const qsizetype star = modifier.indexOf(QLatin1Char('*'));
    if (star >= 0 && star != modifier.size() - 1)
        return InstartProviderTr::tr(
                   "--cache-key-modifier \"%1\": Instart Logic allows a '*' wildcard only at the end, as in "
                   "\"device_type_*\"")
            .arg(modifier);
    static const QRegularExpression whiteSpace(QStringLiteral("[\\s\\x00-\\x1f\\x7f]"));
    if (modifier.contains(whiteSpace))
        return InstartProviderTr::tr("--cache-key-modifier \"%1\" contains white space or control characters")
            .arg(modifier);
    return {};
}

QString InstartProvider::validateBatch(const SourceConfig &, const PurgeBatch &batch) const
{
    if (!m_info.matches.contains(batch.match))
        return InstartProviderTr::tr("provider instart does not support --match %1: use exact or prefix")
            .arg(matchName(batch.match));
    if (batch.targets.isEmpty())
        return InstartProviderTr::tr("no targets given");
    if (batch.options.contains(kCacheKeyModifier) && batch.match != MatchKind::Prefix)
        return InstartProviderTr::tr(
            "--cache-key-modifier works only with --match prefix: Instart Logic answers 400 Bad Request "
            "when cache_key_modifier_regex is sent with an exact match");
    if (const QString problem = checkOptions(batch); !problem.isEmpty())
        return problem;
    for (const QString &target : batch.targets)
        if (const QString problem = checkTarget(target); !problem.isEmpty())
            return problem;
    return {};
}

QString InstartProvider::rateKey(const SourceConfig &source) const
{
    // The documented limit is per customer, not per source or per user.
    return QStringLiteral("instart:") + source.setting(QStringLiteral("customer")).trimmed().toLower();
}

QUrl InstartProvider::customerUrl(const SourceConfig &source, const QString &tail) const
{
    const QString customer = source.setting(QStringLiteral("customer")).trimmed();
    return endpointUrl(source,
                       QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(customer)) + tail);
}

HttpRequestSpec InstartProvider::baseRequest(const QByteArray &method, const QUrl &url,
                                             const SourceConfig &source, const QString &secret) const
{
    HttpRequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.setHeader("Authorization", basicAuth(source.setting(QStringLiteral("user")), secret), true);
    spec.setHeader("Accept", "application/json");
    return spec;
}

HttpRequestSpec InstartProvider::buildRequest(const SourceConfig &source, const QString &,
                                              const PurgeBatch &batch, const QString &secret) const
{
    const QString matchMode =
        batch.match == MatchKind::Prefix ? QStringLiteral("PREFIX_LITERAL") : QStringLiteral("EXACT_LITERAL");
    QJsonArray uris;
    for (const QString &target : batch.targets) {
        QJsonObject uri{{QStringLiteral("match_mode"), matchMode}, {QStringLiteral("uri_pattern"), target}};
        if (const QString modifier = batch.option(kCacheKeyModifier); !modifier.isEmpty())
            uri.insert(QStringLiteral("cache_key_modifier_regex"), modifier);
        uris.append(uri);
    }
    const QJsonObject request{{QStringLiteral("action"), batch.action == PurgeAction::Invalidate
                                                             ? QStringLiteral("EXPIRE")
                                                             : QStringLiteral("PURGE")},
                              {QStringLiteral("uris"), uris}};
    HttpRequestSpec spec =
        baseRequest("POST", customerUrl(source, QStringLiteral("/v1/cache/purge")), source, secret);
    spec.setHeader("Content-Type", "application/json");
    spec.body =
        QJsonDocument(QJsonObject{{QStringLiteral("purge_request"), request}}).toJson(QJsonDocument::Compact);
    return spec;
}

// A transaction id as the API writes it: a positive integer, as a JSON number or a string.
static QString transactionIdOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 1 && number <= 9007199254740992.0 && std::floor(number) == number)
            return QString::number(qint64(number));
        return {};
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (value.isString() && digits.match(value.toString()).hasMatch() && value.toString().toLongLong() > 0)
        return value.toString();
    return {};
}

// ".../transactions/67804160" -> "67804160"
static QString transactionIdFromUri(const QString &uri)
{
    static const QRegularExpression tail(QStringLiteral("/transactions/([0-9]{1,18})/?$"));
    const QRegularExpressionMatch match = tail.match(uri);
    return match.hasMatch() && match.captured(1).toLongLong() > 0 ? match.captured(1) : QString();
}

static QJsonObject jsonObjectOf(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

// The API's own words about an error: its "description", else the start of the body.
static QString serverDescription(const HttpReply &reply)
{
    bool ok = false;
    const QJsonObject object = jsonObjectOf(reply.body, &ok);
    const QString description = object.value(QLatin1String("description")).toString().simplified();
    return ok && !description.isEmpty() ? description : ReplyClassifier::bodyExcerpt(reply.body);
}

Outcome InstartProvider::errorOutcome(const HttpReply &reply)
{
    const QString detail = serverDescription(reply);
    switch (reply.status) {
    case 400:
        return Outcome::failed(
            withDetail(InstartProviderTr::tr("HTTP 400: Instart Logic did not validate the request (the user "
                                             "may not be allowed to purge this "
                                             "domain, or no configuration exists for the path)"),
                       detail));
    case 401:
    case 403:
        return Outcome::failed(withDetail(
            InstartProviderTr::tr("HTTP %1: authentication failed: Instart Logic rejected the user name "
                                  "and password (or token); check the source's user setting and secret")
                .arg(reply.status),
            detail));
    case 404:
        return Outcome::failed(
            withDetail(InstartProviderTr::tr(
                           "HTTP 404: no such API path; check the source's customer setting and endpoint"),
                       detail));
    case 405:
        return Outcome::failed(
            withDetail(InstartProviderTr::tr(
                           "HTTP 405: the API does not allow this method here; check the source's endpoint"),
                       detail));
    case 406:
        return Outcome::failed(withDetail(
            InstartProviderTr::tr("HTTP 406: the API cannot answer in a format this request accepts"),
            detail));
    default:
        break;
    }
    Outcome outcome = ReplyClassifier::classify(reply);
    if (reply.status == 503)
        outcome.message +=
            QStringLiteral(" — ") +
            InstartProviderTr::tr("Instart Logic answers 503 above 2 purge requests per second per customer");
    return outcome;
}

// Messages quote reply bodies, which may echo the Authorization header (Basic user:password)
// back; the queue would not recognise that encoding as the secret.
Outcome InstartProvider::interpretReply(const SourceConfig &, const PurgeBatch &,
                                        const HttpReply &reply) const
{
    return withoutCredentials(classifyReply(reply));
}

Outcome InstartProvider::interpretStatusReply(const SourceConfig &, const HttpReply &reply) const
{
    return withoutCredentials(classifyStatusReply(reply));
}

Outcome InstartProvider::classifyReply(const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    // 201 is documented; 303 points at the transaction, which HttpClient does not follow.
    const bool accepted = (reply.status >= 200 && reply.status < 300) || reply.status == 303;
    if (!accepted)
        return errorOutcome(reply);

    bool ok = false;
    const QJsonObject object = jsonObjectOf(reply.body, &ok);
    QString id = transactionIdOf(object.value(QLatin1String("transaction_id")));
    if (id.isEmpty())
        id = transactionIdFromUri(object.value(QLatin1String("purge_response"))
                                      .toObject()
                                      .value(QLatin1String("transaction_status_uri"))
                                      .toString());
    if (id.isEmpty())
        id = transactionIdFromUri(QString::fromUtf8(reply.header("Location")));
    if (id.isEmpty()) {
        // Resending blindly could double the load; saying so lets the user look before retrying.
        const QString excerpt = ReplyClassifier::bodyExcerpt(reply.body);
        return Outcome::failed(withDetail(
            InstartProviderTr::tr("malformed reply: HTTP %1 without a readable transaction_id; the purge "
                                  "may have been accepted, but its progress cannot be followed")
                .arg(reply.status),
            excerpt.isEmpty() ? InstartProviderTr::tr("empty body") : excerpt));
    }
    Outcome outcome = Outcome::pending(id, -1, InstartProviderTr::tr("accepted as transaction %1").arg(id));
    outcome.providerId = id;
    return outcome;
}

HttpRequestSpec InstartProvider::buildStatusRequest(const SourceConfig &source, const QString &,
                                                    const QString &statusRef, const QString &secret) const
{
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(statusRef));
    return baseRequest("GET", customerUrl(source, QStringLiteral("/v1/transactions/") + id), source, secret);
}

Outcome InstartProvider::classifyStatusReply(const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    if (reply.status < 200 || reply.status >= 300)
        return errorOutcome(reply);

    // A status poll changes nothing, so an unreadable answer is polled again rather than failed.
    bool ok = false;
    const QJsonObject object = jsonObjectOf(reply.body, &ok);
    if (!ok)
        return Outcome::retry(
            withDetail(InstartProviderTr::tr("malformed transaction status reply (not a JSON object)"),
                       ReplyClassifier::bodyExcerpt(reply.body)));
    const QJsonObject response = object.value(QLatin1String("transaction_response")).toObject();
    const QString status = response.value(QLatin1String("transaction_status")).toString();
    if (status.isEmpty())
        return Outcome::retry(
            withDetail(InstartProviderTr::tr(
                           "malformed transaction status reply: no transaction_response.transaction_status"),
                       ReplyClassifier::bodyExcerpt(reply.body)));
    const QString id = transactionIdOf(object.value(QLatin1String("transaction_id")));
    const QString description = response.value(QLatin1String("transaction_status_description")).toString();

    if (status == QLatin1String("SUCCESS"))
        return Outcome::succeeded(id, id.isEmpty()
                                          ? InstartProviderTr::tr("purge completed")
                                          : InstartProviderTr::tr("transaction %1 completed").arg(id));
    if (status == QLatin1String("PENDING")) {
        // The next poll needs the id; the reply is the only place this method can read it from.
        if (id.isEmpty())
            return Outcome::retry(withDetail(
                InstartProviderTr::tr("malformed transaction status reply: PENDING without a transaction_id"),
                ReplyClassifier::bodyExcerpt(reply.body)));
        const QJsonValue percent = response.value(QLatin1String("percent_received_responses"));
        const int progress = percent.isDouble() ? qBound(0, int(percent.toDouble()), 100) : -1;
        Outcome outcome = Outcome::pending(
            id, progress, withDetail(InstartProviderTr::tr("transaction %1 pending").arg(id), description));
        outcome.providerId = id;
        return outcome;
    }
    const QString which = id.isEmpty() ? InstartProviderTr::tr("the transaction")
                                       : InstartProviderTr::tr("transaction %1").arg(id);
    Outcome outcome = Outcome::failed(withDetail(
        InstartProviderTr::tr("%1 ended with status %2").arg(which, status), description.simplified()));
    outcome.providerId = id;
    return outcome;
}
