#include "cloudfrontprovider.h"

#include "core/replyclassifier.h"
#include "sigv4signer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {
struct CloudFrontProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(CloudFrontProvider)
};

const QString kDistribution = QStringLiteral("distribution");
const QString kAccessKeyId = QStringLiteral("access_key_id");
const QString kSessionTokenEnv = QStringLiteral("session_token_env");
const QString kApiVersion = QStringLiteral("/2020-05-31");
const QString kXmlNamespace = QStringLiteral("http://cloudfront.amazonaws.com/doc/2020-05-31/");
// The CloudFront API has one endpoint, in us-east-1 (AWS General Reference, "CloudFront endpoints").
const QString kRegion = QStringLiteral("us-east-1");
const QString kService = QStringLiteral("cloudfront");
// "The maximum length of a path is 4,000 characters" (Developer Guide, "Invalidation paths").
constexpr int kMaxPathLength = 4000;

QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + QLatin1String(": ") + detail;
}

// The texts of the child elements of the element at path ({"Invalidation"},
// {"ErrorResponse", "Error"}); *ok is false when the body is not well-formed XML with that root.
QHash<QString, QString> childTexts(const QByteArray &body, const QStringList &path, bool *ok)
{
    QHash<QString, QString> texts;
    QXmlStreamReader xml(body);
    QStringList open;
    bool rootSeen = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (open.isEmpty())
                rootSeen = name == path.value(0);
            if (open == path) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (!texts.contains(name))
                    texts.insert(name, text);
                continue; // readElementText consumed the end element
            }
            open << name;
        } else if (xml.isEndElement() && !open.isEmpty()) {
            open.removeLast();
        }
    }
    *ok = !xml.hasError() && rootSeen;
    return texts;
}

// "https://cloudfront.amazonaws.com/2020-05-31/distribution/EDFDVBD6EXAMPLE/invalidation/IDFDVBD632BHDS5"
QString invalidationIdFromLocation(const QByteArray &location)
{
    static const QRegularExpression tail(QStringLiteral("/invalidation/([A-Za-z0-9]+)/?$"));
    const QRegularExpressionMatch match = tail.match(QString::fromLatin1(location));
    return match.hasMatch() ? match.captured(1) : QString();
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
} // namespace

CloudFrontProvider::CloudFrontProvider()
{
    using K = SettingSpec::Kind;
    m_info.type = QStringLiteral("cloudfront");
    m_info.displayName = QStringLiteral("Amazon CloudFront");
    m_info.category = ProviderCategory::Cdn;
    m_info.credentials.url =
        QStringLiteral("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html");
    m_info.credentials.text = CloudFrontProviderTr::tr(
        "Create an access key for an IAM user allowed cloudfront:CreateInvalidation; its secret access key "
        "is shown once, when it is created.");
    m_info.secretLabel = CloudFrontProviderTr::tr("Secret access key");
    m_info.secret = ProviderInfo::SecretNeed::Required;
    // AWS secret access keys are 40 characters of base64 ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    // in the IAM user guide); longer is allowed in case the format grows.
    m_info.secretFormat = {QStringLiteral("[A-Za-z0-9/+=]{40,}"),
                           CloudFrontProviderTr::tr("at least 40 letters, digits, “/” and “+”")};
    // File paths, paths ending in the '*' wildcard, and "/*" for the whole distribution.
    m_info.matches = {MatchKind::Exact, MatchKind::Prefix, MatchKind::All};
    m_info.supportsInvalidate = false; // an invalidation removes the files: it is a purge
    m_info.hasStatus = true;           // InProgress until Completed
    m_info.isLocal = false;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QStringLiteral("https://cloudfront.amazonaws.com");
    m_info.settings = {
        {kDistribution,
         CloudFrontProviderTr::tr("Distribution ID"),
         K::Text,
         true,
         {},
         {},
         CloudFrontProviderTr::tr("The distribution's ID, such as EDFDVBD6EXAMPLE")},
        {kAccessKeyId,
         CloudFrontProviderTr::tr("Access key ID"),
         K::Text,
         true,
         {},
         {},
         CloudFrontProviderTr::tr("An access key allowed cloudfront:CreateInvalidation and "
                                  "cloudfront:GetInvalidation; its secret access key is the secret")},
        {kSessionTokenEnv,
         CloudFrontProviderTr::tr("Session token variable"),
         K::Text,
         false,
         {},
         {},
         CloudFrontProviderTr::tr("For temporary credentials: the environment variable holding the session "
                                  "token, read each time a request is sent (such as AWS_SESSION_TOKEN)")},
    };
    // Up to 3,000 files in one invalidation, and that many (plus 15 wildcard paths) in progress
    // per distribution ("Concurrent invalidation request maximum").
    // docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html
    // (x-edge-result-type): X-Cache "Hit from cloudfront", "RefreshHit from cloudfront" (revalidated
    // with the origin), "Miss from cloudfront"; Age from the edge.
    m_info.verification.ageIsSignal = true;
    m_info.verification.cacheSignals = {
        {"X-Cache", {QStringLiteral("Miss"), QStringLiteral("RefreshHit")}, {QStringLiteral("Hit")}, {}}};
    m_info.limits.maxBatchCount = 3000;
    m_info.limits.maxItemsInProgress = 3000;
    m_info.limits.maxWildcardsInProgress = 15;
    // CreateInvalidation is throttled per account at 0.5 requests per second by default (AWS in
    // aws/aws-sdk-js#3983; CloudFront's quotas page gives no rate); Throttling is retried.
    m_info.limits.ratePerSecond = 0.5;
    m_info.limits.burst = 1;
    m_info.limits.concurrency = 2;
    m_info.limits.timeoutSeconds = 30;
    // The SDKs' InvalidationCompleted waiter asks every 20 seconds; invalidations usually finish
    // within minutes, an hour bounds the wait.
    m_info.limits.pollIntervalSeconds = 20;
    m_info.limits.pollTimeoutSeconds = 3600;
    // AWS CloudFront pricing, "Invalidation requests": "No additional charge for the first 1,000
    // paths requested for invalidation each month. Thereafter, $0.005 per path requested for
    // invalidation." Developer Guide, "Paying for file invalidation": a path with the * wildcard
    // counts as one path, even if it invalidates thousands of files. The allowance is per account.
    m_info.billing.unitSingular = CloudFrontProviderTr::tr("invalidation path");
    m_info.billing.unitPlural = CloudFrontProviderTr::tr("invalidation paths");
    m_info.billing.freePerMonth = 1000;
    m_info.billing.pricePerUnit = 0.005;
    m_info.billing.currencySymbol = QStringLiteral("$");
    m_info.billing.wildcardCountsAsOne = true;
}

QString CloudFrontProvider::validateSource(const SourceConfig &source) const
{
    const QString distribution = source.setting(kDistribution);
    if (distribution.isEmpty())
        return CloudFrontProviderTr::tr(
            "setting distribution is missing: set it to the distribution's ID, such as "
            "EDFDVBD6EXAMPLE");
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    if (!id.match(distribution).hasMatch())
        return CloudFrontProviderTr::tr("setting distribution \"%1\" is not a distribution ID such as "
                                        "EDFDVBD6EXAMPLE (letters and digits only)")
            .arg(distribution);
    const QString key = source.setting(kAccessKeyId);
    if (key.isEmpty())
        return CloudFrontProviderTr::tr(
            "setting access_key_id is missing: set it to the access key ID, such as "
            "AKIAIOSFODNN7EXAMPLE");
    // AccessKeyId: 16 to 128 word characters (IAM API Reference, AccessKey).
    static const QRegularExpression keyId(QStringLiteral("^\\w{16,128}$"));
    if (!keyId.match(key).hasMatch())
        return CloudFrontProviderTr::tr("setting access_key_id \"%1\" is not an access key ID such as "
                                        "AKIAIOSFODNN7EXAMPLE")
            .arg(key);
    static const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (source.hasSetting(kSessionTokenEnv) && !variable.match(source.setting(kSessionTokenEnv)).hasMatch())
        return CloudFrontProviderTr::tr(
                   "setting session_token_env \"%1\" is not an environment variable name")
            .arg(source.setting(kSessionTokenEnv));
    if (source.endpoints.size() > 1)
        return CloudFrontProviderTr::tr("provider cloudfront takes one --endpoint, but %n were given",
                                        nullptr, int(source.endpoints.size()));
    return {};
}

QString CloudFrontProvider::pathOf(const QString &url, QString *error)
{
    error->clear();
    static const QRegularExpression shape(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)([^#]*)(#.*)?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch parts = shape.match(url);
    const QString scheme = parts.hasMatch() ? parts.captured(1).toLower() : QString();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        *error =
            CloudFrontProviderTr::tr("malformed URL \"%1\": expected an absolute http:// or https:// URL")
                .arg(url);
        return {};
    }
    if (parts.captured(2).isEmpty() || parts.captured(2).contains(QLatin1Char('@'))) {
        *error = CloudFrontProviderTr::tr("target \"%1\" needs a host and no user name or password").arg(url);
        return {};
    }
    if (parts.hasCaptured(4)) {
        *error =
            CloudFrontProviderTr::tr("target \"%1\" must not contain a fragment (#...): caches never see it")
                .arg(url);
        return {};
    }
    QString raw = parts.captured(3);
    if (!raw.startsWith(QLatin1Char('/')))
        raw.prepend(QLatin1Char('/')); // "https://host" and "https://host?x" are the root
    if (raw.contains(QLatin1Char('*'))) {
        // "You can't use a wildcard within the path; only at the end of the path."
        *error =
            CloudFrontProviderTr::tr("target \"%1\" contains '*': CloudFront takes a '*' only at the end of "
                                     "a path; use --match prefix with the part before it")
                .arg(url);
        return {};
    }
    // RFC 1738, section 2.2: unsafe are space, < > " # % { } | \ ^ ~ [ ] `; a '%' that already
    // starts an escape stays as written, so an encoded URL is not encoded twice.
    static const QByteArray unsafe = QByteArrayLiteral(" <>\"#%{}|\\^~[]`");
    const QByteArray bytes = raw.toUtf8();
    QByteArray path;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        const auto byte = uchar(c);
        if (byte < 0x20 || byte == 0x7f) {
            *error = CloudFrontProviderTr::tr("target \"%1\" contains a control character").arg(url);
            return {};
        }
        if (c == '%' && i + 2 < bytes.size() && isHexDigit(bytes.at(i + 1)) && isHexDigit(bytes.at(i + 2))) {
            path += bytes.mid(i, 3);
            i += 2;
        } else if (byte >= 0x80 || unsafe.contains(c)) {
            path += '%' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
        } else {
            path += c;
        }
    }
    return QString::fromLatin1(path);
}

QStringList CloudFrontProvider::invalidationPaths(const PurgeBatch &batch)
{
    if (batch.match == MatchKind::All)
        return {QStringLiteral("/*")};
    QStringList paths;
    QSet<QString> seen; // one path per distribution, whatever host a URL named
    for (const QString &target : batch.targets) {
        QString error;
        QString path = pathOf(target, &error);
        if (!error.isEmpty())
            continue; // validateBatch refused it already
        if (batch.match == MatchKind::Prefix)
            path += QLatin1Char('*');
        if (!seen.contains(path)) {
            seen.insert(path);
            paths << path;
        }
    }
    return paths;
}

QString CloudFrontProvider::validateBatch(const SourceConfig &, const PurgeBatch &batch) const
{
    if (!m_info.matches.contains(batch.match))
        return CloudFrontProviderTr::tr(
                   "provider cloudfront does not support --match %1: use exact, prefix or all")
            .arg(matchName(batch.match));
    if (batch.match == MatchKind::All && !batch.targets.isEmpty())
        return CloudFrontProviderTr::tr("--match all takes no targets, but %n were given", nullptr,
                                        int(batch.targets.size()));
    if (batch.match != MatchKind::All && batch.targets.isEmpty())
        return CloudFrontProviderTr::tr("no targets given");
    if (const QString problem = checkOptions(batch); !problem.isEmpty())
        return problem;
    // The base checks URLs strictly (no spaces); CloudFront paths take them encoded.
    for (const QString &target : batch.targets) {
        QString error;
        const QString path =
            pathOf(target, &error) + (batch.match == MatchKind::Prefix ? QStringLiteral("*") : QString());
        if (!error.isEmpty())
            return error;
        if (path.size() > kMaxPathLength)
            return CloudFrontProviderTr::tr(
                       "target \"%1\": its invalidation path has %2 characters, more than "
                       "CloudFront's %3")
                .arg(target.left(80) + QStringLiteral("…"))
                .arg(path.size())
                .arg(kMaxPathLength);
    }
    return {};
}

QString CloudFrontProvider::rateKey(const SourceConfig &source) const
{
    // The API throttles per account; an access key belongs to one.
    return QStringLiteral("cloudfront:") + source.setting(kAccessKeyId);
}

int CloudFrontProvider::billedUnits(const SourceConfig &, const PurgeBatch &batch) const
{
    return int(invalidationPaths(batch).size());
}

QString CloudFrontProvider::targetAsSent(const SourceConfig &, MatchKind match, const QString &target) const
{
    if (match == MatchKind::All)
        return QStringLiteral("/*");
    QString error;
    const QString path = pathOf(target, &error);
    if (!error.isEmpty())
        return target;
    return match == MatchKind::Prefix ? path + QLatin1Char('*') : path;
}

QString CloudFrontProvider::capacityKey(const SourceConfig &source) const
{
    // The in-progress maximum is per distribution, whichever key asks.
    return QStringLiteral("cloudfront:distribution:") + source.setting(kDistribution);
}

QString CloudFrontProvider::callerReference(const PurgeBatch &batch, const QStringList &paths)
{
    QStringList sorted = paths;
    sorted.sort();
    const QByteArray digest =
        QCryptographicHash::hash(sorted.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    return batch.idempotencyKey.isEmpty()
               ? QStringLiteral("purgeline-") + QString::fromLatin1(digest)
               : QStringLiteral("purgeline-%1-%2").arg(batch.idempotencyKey, QString::fromLatin1(digest));
}

QByteArray CloudFrontProvider::invalidationBatchXml(const QStringList &paths, const QString &callerReference)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeDefaultNamespace(kXmlNamespace);
    writer.writeStartElement(kXmlNamespace, QStringLiteral("InvalidationBatch"));
    writer.writeStartElement(kXmlNamespace, QStringLiteral("Paths"));
    writer.writeTextElement(kXmlNamespace, QStringLiteral("Quantity"), QString::number(paths.size()));
    writer.writeStartElement(kXmlNamespace, QStringLiteral("Items"));
    for (const QString &path : paths)
        writer.writeTextElement(kXmlNamespace, QStringLiteral("Path"), path);
    writer.writeEndElement(); // Items
    writer.writeEndElement(); // Paths
    writer.writeTextElement(kXmlNamespace, QStringLiteral("CallerReference"), callerReference);
    writer.writeEndElement(); // InvalidationBatch
    writer.writeEndDocument();
    return xml;
}

QUrl CloudFrontProvider::distributionUrl(const SourceConfig &source, const QString &tail) const
{
    return endpointUrl(
        source, kApiVersion + QStringLiteral("/distribution/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(source.setting(kDistribution))) + tail);
}

HttpRequestSpec CloudFrontProvider::sign(const SourceConfig &source, HttpRequestSpec spec,
                                         const QString &secret, const QDateTime &time) const
{
    AwsCredentials credentials{source.setting(kAccessKeyId), secret.trimmed(), {}};
    if (const QString variable = source.setting(kSessionTokenEnv); !variable.isEmpty())
        credentials.sessionToken = qEnvironmentVariable(qPrintable(variable)).trimmed();
    // Authorization and X-Amz-Security-Token are secret headers.
    return SigV4Signer(credentials, kRegion, kService).sign(spec, time);
}

HttpRequestSpec CloudFrontProvider::buildRequest(const SourceConfig &source, const QString &,
                                                 const PurgeBatch &batch, const QString &secret) const
{
    return buildSignedRequest(source, batch, secret, QDateTime::currentDateTimeUtc());
}

HttpRequestSpec CloudFrontProvider::buildSignedRequest(const SourceConfig &source, const PurgeBatch &batch,
                                                       const QString &secret, const QDateTime &time) const
{
    const QStringList paths = invalidationPaths(batch);
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = distributionUrl(source, QStringLiteral("/invalidation"));
    // "This operation requires a body. Ensure that the body is present and the Content-Type header
    // is set." (MissingBody)
    spec.setHeader("Content-Type", "application/xml");
    spec.body = invalidationBatchXml(paths, callerReference(batch, paths));
    return sign(source, spec, secret, time);
}

HttpRequestSpec CloudFrontProvider::buildStatusRequest(const SourceConfig &source, const QString &,
                                                       const QString &statusRef, const QString &secret) const
{
    return buildSignedStatusRequest(source, statusRef, secret, QDateTime::currentDateTimeUtc());
}

HttpRequestSpec CloudFrontProvider::buildSignedStatusRequest(const SourceConfig &source,
                                                             const QString &invalidationId,
                                                             const QString &secret,
                                                             const QDateTime &time) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = distributionUrl(source, QStringLiteral("/invalidation/") +
                                           QString::fromLatin1(QUrl::toPercentEncoding(invalidationId)));
    return sign(source, spec, secret, time);
}

HttpRequestSpec CloudFrontProvider::buildCheckRequest(const SourceConfig &source, const QString &secret) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = distributionUrl(source, QStringLiteral("/invalidation?MaxItems=1"));
    return sign(source, spec, secret, QDateTime::currentDateTimeUtc());
}

Outcome CloudFrontProvider::interpretReply(const SourceConfig &source, const PurgeBatch &,
                                           const HttpReply &reply) const
{
    return withoutCredentials(classifyReply(source, reply, false));
}

Outcome CloudFrontProvider::interpretStatusReply(const SourceConfig &source, const HttpReply &reply) const
{
    return withoutCredentials(classifyReply(source, reply, true));
}

Outcome CloudFrontProvider::classifyReply(const SourceConfig &source, const HttpReply &reply, bool poll) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    if (reply.status < 200 || reply.status >= 300)
        return errorOutcome(source, reply);
    bool ok = false;
    const QHash<QString, QString> invalidation =
        childTexts(reply.body, {QStringLiteral("Invalidation")}, &ok);
    QString id = ok ? invalidation.value(QStringLiteral("Id")) : QString();
    if (id.isEmpty() && !poll)
        id = invalidationIdFromLocation(reply.header("Location"));
    const QString status = invalidation.value(QStringLiteral("Status"));
    if (id.isEmpty() || status.isEmpty()) {
        const QString excerpt = ReplyClassifier::bodyExcerpt(reply.body);
        const QString detail = excerpt.isEmpty() ? CloudFrontProviderTr::tr("empty body") : excerpt;
        // A status poll changes nothing: an unreadable answer is asked again. An unreadable
        // CreateInvalidation answer is not resent blindly: the user can look first.
        if (poll)
            return Outcome::retry(withDetail(
                CloudFrontProviderTr::tr("malformed GetInvalidation reply: no Invalidation Id and Status"),
                detail));
        if (id.isEmpty())
            return Outcome::failed(
                withDetail(CloudFrontProviderTr::tr("malformed reply: HTTP %1 without an "
                                                    "Invalidation Id; the invalidation may "
                                                    "have been created")
                               .arg(reply.status),
                           detail));
    }
    if (status == QLatin1String("Completed"))
        return Outcome::succeeded(id, CloudFrontProviderTr::tr("invalidation %1 completed").arg(id));
    // InProgress, or a status this version does not know yet: asked again until Completed or
    // the poll time limit.
    Outcome outcome =
        Outcome::pending(id, -1,
                         status.isEmpty() || status == QLatin1String("InProgress")
                             ? CloudFrontProviderTr::tr("invalidation %1 in progress").arg(id)
                             : CloudFrontProviderTr::tr("invalidation %1: status %2").arg(id, status));
    outcome.providerId = id;
    return outcome;
}

Outcome CloudFrontProvider::errorOutcome(const SourceConfig &source, const HttpReply &reply) const
{
    bool ok = false;
    const QHash<QString, QString> error =
        childTexts(reply.body, {QStringLiteral("ErrorResponse"), QStringLiteral("Error")}, &ok);
    const QString code = error.value(QStringLiteral("Code"));
    if (!ok || code.isEmpty())
        return ReplyClassifier::classify(reply); // a proxy's page, or no body: by status alone
    const QString message = QStringLiteral("HTTP %1 %2").arg(reply.status).arg(code);
    const QString detail = error.value(QStringLiteral("Message")).simplified();
    const qint64 retryAfter = ReplyClassifier::retryAfterMs(reply, QDateTime::currentMSecsSinceEpoch());
    // Both come with HTTP 400 and go away by themselves (CreateInvalidation, "Errors"; AWS common
    // errors): other invalidations finish, the account's request rate recovers.
    if (code == QLatin1String("TooManyInvalidationsInProgress"))
        return Outcome::throttle(
            withDetail(message, detail) + QStringLiteral(" — ") +
                CloudFrontProviderTr::tr("waiting for other invalidations of the distribution to complete"),
            qMax<qint64>(retryAfter, 60000));
    if (code == QLatin1String("Throttling") || code == QLatin1String("ThrottlingException") ||
        code == QLatin1String("RequestLimitExceeded"))
        return Outcome::throttle(withDetail(message, detail), qMax<qint64>(retryAfter, 2000));
    QString hint;
    if (code == QLatin1String("NoSuchDistribution"))
        hint = CloudFrontProviderTr::tr("check the source's distribution setting");
    else if (code == QLatin1String("AccessDenied"))
        hint = CloudFrontProviderTr::tr("the access key needs cloudfront:CreateInvalidation and "
                                        "cloudfront:GetInvalidation on this distribution");
    else if (code == QLatin1String("BatchTooLarge"))
        hint = CloudFrontProviderTr::tr("too many paths in one invalidation; lower the source's batch_size");
    else if (code == QLatin1String("InvalidClientTokenId") ||
             code == QLatin1String("SignatureDoesNotMatch") || code == QLatin1String("ExpiredToken") ||
             code == QLatin1String("RequestExpired")) {
        hint =
            CloudFrontProviderTr::tr("check access_key_id, the secret access key and the computer's clock");
        const QString variable = source.setting(kSessionTokenEnv);
        if (!variable.isEmpty() && qEnvironmentVariable(qPrintable(variable)).trimmed().isEmpty())
            hint += QLatin1String("; ") +
                    CloudFrontProviderTr::tr("the session token variable %1 is not set").arg(variable);
    }
    const QString text =
        withDetail(message, detail) + (hint.isEmpty() ? QString() : QStringLiteral(" — ") + hint);
    // 5xx (InternalError, ServiceUnavailable) may succeed later; every other code is final, 413
    // BatchTooLarge included (smaller batches are the fix, not a blind split).
    if (reply.status >= 500 && ReplyClassifier::isRetryableStatus(reply.status))
        return Outcome::retry(text, retryAfter);
    return Outcome::failed(text);
}
