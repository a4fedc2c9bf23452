#include "memcachierprovider.h"

#include "core/replyclassifier.h"

#include <QCoreApplication>

namespace {
struct MemcachierProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(MemcachierProvider)
};
} // namespace

static const QString cacheIdKey = QStringLiteral("cache_id");
static const QString userKey = QStringLiteral("user");

MemcachierProvider::MemcachierProvider()
{
    m_info.type = QStringLiteral("memcachier");
    m_info.displayName = QStringLiteral("MemCachier");
    m_info.category = ProviderCategory::ObjectCache;
    m_info.credentials.url = QStringLiteral("https://www.memcachier.com/documentation/analytics-api");
    m_info.credentials.text =
        MemcachierProviderTr::tr("The cache ID and a user name and password with the API capability are on "
                                 "the Settings page of the cache's analytics dashboard.");
    m_info.secretLabel = MemcachierProviderTr::tr("Password");
    m_info.secret = ProviderInfo::SecretNeed::Required;
    m_info.matches = {MatchKind::All};
    m_info.supportsInvalidate = false;
    m_info.hasStatus = false;
    m_info.isLocal = false;
    m_info.multipleEndpoints = false;
    m_info.defaultEndpoint = QStringLiteral("https://analytics.memcachier.com");
    m_info.settings = {
        {cacheIdKey,
         MemcachierProviderTr::tr("Cache ID"),
         SettingSpec::Kind::Text,
         true,
         {},
         {},
         MemcachierProviderTr::tr(
             "The cache ID shown on the Settings page of the MemCachier analytics dashboard")},
        {userKey,
         MemcachierProviderTr::tr("User name"),
         SettingSpec::Kind::Text,
         true,
         {},
         {},
         MemcachierProviderTr::tr("A credential user name that has the API capability")},
    };
    m_info.limits.maxBatchCount = 1; // a flush has no targets; one flush per request
    m_info.limits.maxBodyBytes = 0;
    // MemCachier documents no rate limit; a flush empties the whole cache, so more than one a
    // second is never useful. Conservative and unverified.
    m_info.limits.ratePerSecond = 1;
    m_info.limits.burst = 2;
    m_info.limits.concurrency = 1;
    m_info.limits.timeoutSeconds = 30;
}

// The cache id goes into the URL path as is; only RFC 3986 unreserved characters are safe there
// without changing which resource is addressed.
static bool isUrlSafe(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
           c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('~');
}

QString MemcachierProvider::validateSource(const SourceConfig &source) const
{
    const QString cacheId = source.setting(cacheIdKey);
    if (cacheId.isEmpty())
        return MemcachierProviderTr::tr(
            "setting cache_id is empty: give the cache ID from the analytics dashboard's Settings page");
    for (const QChar c : cacheId) {
        if (isUrlSafe(c))
            continue;
        const QString shown =
            c.isSpace() ? MemcachierProviderTr::tr("a space or line break") : QStringLiteral("\"%1\"").arg(c);
        return MemcachierProviderTr::tr("setting cache_id \"%1\" contains %2: a cache ID has only letters, "
                                        "digits, '-', '_', '.' and '~'")
            .arg(cacheId, shown);
    }
    const QString user = source.setting(userKey).trimmed();
    if (user.isEmpty())
        return MemcachierProviderTr::tr(
            "setting user is empty: give the credential user name from the analytics dashboard");
    // Basic auth separates user and password at the first ':'.
    if (user.contains(QLatin1Char(':')))
        return MemcachierProviderTr::tr(
                   "setting user \"%1\" contains ':', which Basic authentication cannot carry")
            .arg(user);
    return {};
}

QString MemcachierProvider::validateBatch(const SourceConfig &source, const PurgeBatch &batch) const
{
    if (batch.match != MatchKind::All)
        return MemcachierProviderTr::
            tr("provider memcachier flushes the whole cache and does not support --match %1; use --match all")
                .arg(matchName(batch.match));
    return Provider::validateBatch(source, batch);
}

HttpRequestSpec MemcachierProvider::buildRequest(const SourceConfig &source, const QString &,
                                                 const PurgeBatch &, const QString &secret) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = endpointUrl(source, QStringLiteral("/api/v2/caches/%1/flush").arg(source.setting(cacheIdKey)));
    // A newline that came along with a pasted or piped credential makes MemCachier answer
    // 401 "Bad user" (the documented pitfall of `echo` without -n); credentials never carry
    // surrounding whitespace, so strip it before encoding.
    spec.setHeader("Authorization", basicAuth(source.setting(userKey).trimmed(), secret.trimmed()), true);
    return spec;
}

Outcome MemcachierProvider::interpretReply(const SourceConfig &source, const PurgeBatch &,
                                           const HttpReply &reply) const
{
    // The body excerpt may echo the Authorization header, whose Basic credentials the queue
    // cannot recognise as the secret.
    return withoutCredentials(classifyReply(source, reply));
}

Outcome MemcachierProvider::classifyReply(const SourceConfig &source, const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    const int status = reply.status;
    // The flush endpoint answers 204 (some documentation says 200) with nothing to read: the
    // status is the whole answer.
    if (status >= 200 && status < 300)
        return Outcome::succeeded();
    const QString excerpt = ReplyClassifier::bodyExcerpt(reply.body);
    const QString said = excerpt.isEmpty() ? QString() : QLatin1String(" \"") + excerpt + QLatin1Char('"');
    const QString cacheId = source.setting(cacheIdKey);
    switch (status) {
    case 401:
    case 403:
        return Outcome::failed(
            MemcachierProviderTr::tr("MemCachier rejected the credentials (HTTP %1%2): check the setting "
                                     "user \"%3\" and the password; "
                                     "\"Bad user\" means they do not match or the credential lacks the API "
                                     "capability (enable it on "
                                     "the analytics dashboard's Settings page). Surrounding spaces and "
                                     "newlines were already removed.")
                .arg(QString::number(status), said, source.setting(userKey).trimmed()));
    case 404:
        return Outcome::failed(MemcachierProviderTr::tr(
                                   "MemCachier has no cache with ID \"%1\" for this credential (HTTP 404%2): "
                                   "check the setting cache_id")
                                   .arg(cacheId, said));
    case 400:
        return Outcome::failed(
            MemcachierProviderTr::tr("MemCachier rejected the flush of cache \"%1\" (HTTP 400%2)")
                .arg(cacheId, said));
    default:
        return ReplyClassifier::classify(reply);
    }
}
