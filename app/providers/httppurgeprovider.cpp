#include "httppurgeprovider.h"

#include "core/replyclassifier.h"

#include <QCoreApplication>
#include <QSet>

namespace {
struct HttpPurgeProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(HttpPurgeProvider)
};
} // namespace

static const QString kPrefixMethod = QStringLiteral("prefix_method");
static const QString kBanHeader = QStringLiteral("ban_header");
static const QString kSecretHeader = QStringLiteral("secret_header");
// X-Ban-Url is the name most published Varnish BAN recipes read the regex from.
static const QString kDefaultBanHeader = QStringLiteral("X-Ban-Url");

// RFC 9110 field-name: a token.
static bool isHeaderName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const char ch = c.toLatin1();
        const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                        (ch != 0 && QByteArrayView("!#$%&'*+-.^_`|~").contains(ch));
        if (!ok || c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Caches answer purges with small HTML pages (Varnish's synth, nginx's error pages) whose
// <title> says it all; anything else is shown as a short excerpt.
static QString replyText(const QByteArray &body)
{
    const qsizetype open = body.indexOf("<title>");
    const qsizetype close = open < 0 ? -1 : body.indexOf("</title>", open);
    if (close > open)
        return ReplyClassifier::bodyExcerpt(body.mid(open + 7, close - open - 7), 120);
    return ReplyClassifier::bodyExcerpt(body, 120);
}

HttpPurgeProvider::HttpPurgeProvider()
{
    m_info.type = QStringLiteral("http-purge");
    m_info.displayName = HttpPurgeProviderTr::tr("HTTP PURGE/BAN (Varnish, nginx, Squid)");
    m_info.category = ProviderCategory::HttpCache;
    m_info.credentials.text = HttpPurgeProviderTr::tr(
        "A cache you run has no account: enter the address of each cache as an endpoint, and a token only if "
        "your VCL or nginx configuration checks one in a header.");
    m_info.secretLabel = HttpPurgeProviderTr::tr("Purge token");
    m_info.secret = ProviderInfo::SecretNeed::Optional;
    m_info.matches = {MatchKind::Exact, MatchKind::Prefix, MatchKind::All};
    m_info.supportsInvalidate = false;
    m_info.hasStatus = false;
    m_info.isLocal = false;
    m_info.multipleEndpoints = true;
    m_info.defaultEndpoint = QString(); // a cache the team runs: there is no public default

    using K = SettingSpec::Kind;
    m_info.settings = {
        {kPrefixMethod,
         HttpPurgeProviderTr::tr("Prefix purge method"),
         K::Choice,
         false,
         {QStringLiteral("ban"), QStringLiteral("wildcard")},
         QStringLiteral("ban"),
         HttpPurgeProviderTr::tr(
             "ban: a BAN request whose ban header carries an anchored regex of the path prefix (Varnish; "
             "needed for --match all). wildcard: PURGE of the prefix followed by \"*\" (ngx_cache_purge 2.4 "
             "or "
             "later; Debian 12's 2.3 has no partial purge and answers 404).")},
        {kBanHeader,
         HttpPurgeProviderTr::tr("Ban header"),
         K::Text,
         false,
         {},
         kDefaultBanHeader,
         HttpPurgeProviderTr::tr(
             "Header of BAN requests that carries the regex, e.g. \"^/img/\"; the VCL passes it to "
             "ban(\"req.url ~ \" + req.http.<header>).")},
        {kSecretHeader,
         HttpPurgeProviderTr::tr("Secret header"),
         K::Text,
         false,
         {},
         {},
         HttpPurgeProviderTr::tr(
             "Header that carries the secret on every PURGE/BAN, for caches that check a token as well as "
             "the client address; required when a secret is configured.")},
    };

    // One URL per request; the caches are the team's own, so nothing documents a rate limit.
    m_info.limits.maxBatchCount = 1;
    m_info.limits.maxBodyBytes = 0;
    // nginx: $upstream_cache_status (nginx.org/en/docs/http/ngx_http_upstream_module.html), as
    // sites add it: X-Cache-Status MISS, BYPASS, EXPIRED, STALE, UPDATING, REVALIDATED, HIT.
    // Squid and many Varnish configurations: X-Cache "HIT"/"MISS" (Squid: "HIT from host").
    // Varnish always sends Age (0 for a copy just fetched).
    m_info.verification.ageIsSignal = true;
    m_info.verification.cacheSignals = {{"X-Cache-Status",
                                         {QStringLiteral("MISS"), QStringLiteral("BYPASS"),
                                          QStringLiteral("EXPIRED"), QStringLiteral("REVALIDATED")},
                                         {QStringLiteral("HIT")},
                                         {QStringLiteral("STALE"), QStringLiteral("UPDATING")}},
                                        {"X-Cache", {QStringLiteral("MISS")}, {QStringLiteral("HIT")}, {}}};
    m_info.limits.ratePerSecond = 0;
    m_info.limits.burst = 1;
    m_info.limits.concurrency = 8;
    m_info.limits.timeoutSeconds = 10;
}

HttpPurgeProvider::PrefixMethod HttpPurgeProvider::prefixMethod(const SourceConfig &source)
{
    return source.setting(kPrefixMethod) == QLatin1String("wildcard") ? PrefixMethod::Wildcard
                                                                      : PrefixMethod::Ban;
}

QString HttpPurgeProvider::banHeader(const SourceConfig &source)
{
    return source.setting(kBanHeader, kDefaultBanHeader);
}

QByteArray HttpPurgeProvider::methodFor(const SourceConfig &source, const PurgeBatch &batch)
{
    if (batch.match == MatchKind::All ||
        (batch.match == MatchKind::Prefix && prefixMethod(source) == PrefixMethod::Ban))
        return QByteArrayLiteral("BAN");
    return QByteArrayLiteral("PURGE");
}

QString HttpPurgeProvider::validateSource(const SourceConfig &source) const
{
    if (source.endpoints.isEmpty())
        return HttpPurgeProviderTr::tr(
            "http-purge needs at least one --endpoint: the base URL of each cache, e.g. "
            "--endpoint http://127.0.0.1:6081");
    QSet<QString> seen;
    for (const QString &endpoint : source.endpoints) {
        const QUrl url(endpoint, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.host().isEmpty())
            return HttpPurgeProviderTr::tr(
                       "malformed --endpoint \"%1\": expected an absolute http:// or https:// URL")
                .arg(endpoint);
        if (url.hasQuery() || url.hasFragment())
            return HttpPurgeProviderTr::tr(
                       "--endpoint \"%1\" must not have a query or fragment: the target's path and query are "
                       "appended to it")
                .arg(endpoint);
        if (!url.userInfo().isEmpty())
            return HttpPurgeProviderTr::tr(
                       "--endpoint \"%1\" must not carry a user name or password; put a token in the secret "
                       "and name its header with --set secret_header=NAME")
                .arg(endpoint);
        QString key = url.toString(QUrl::FullyEncoded);
        while (key.endsWith(QLatin1Char('/')))
            key.chop(1);
        if (seen.contains(key))
            return HttpPurgeProviderTr::tr("--endpoint \"%1\" is given twice").arg(endpoint);
        seen.insert(key);
    }
    const QString method = source.setting(kPrefixMethod, QStringLiteral("ban"));
    if (method != QLatin1String("ban") && method != QLatin1String("wildcard"))
        return HttpPurgeProviderTr::tr("prefix_method \"%1\" is not one of: ban, wildcard").arg(method);
    const QString ban = banHeader(source);
    if (!isHeaderName(ban))
        return HttpPurgeProviderTr::tr("ban_header \"%1\" is not a valid HTTP header name").arg(ban);
    const QString secretHeader = source.setting(kSecretHeader);
    if (!secretHeader.isEmpty()) {
        if (!isHeaderName(secretHeader))
            return HttpPurgeProviderTr::tr("secret_header \"%1\" is not a valid HTTP header name")
                .arg(secretHeader);
        if (secretHeader.compare(QLatin1String("Host"), Qt::CaseInsensitive) == 0 ||
            secretHeader.compare(ban, Qt::CaseInsensitive) == 0)
            return HttpPurgeProviderTr::tr(
                       "secret_header \"%1\" collides with the Host or ban header the purge needs")
                .arg(secretHeader);
    }
    if (source.secret.kind != SecretRef::Kind::None && secretHeader.isEmpty())
        return HttpPurgeProviderTr::tr(
            "a secret is configured but secret_header is not set: --set secret_header=NAME names the "
            "header that carries it (e.g. X-Purge-Token)");
    return {};
}

QString HttpPurgeProvider::validateBatch(const SourceConfig &source, const PurgeBatch &batch) const
{
    if (const QString error = Provider::validateBatch(source, batch); !error.isEmpty())
        return error;
    if (batch.match == MatchKind::All && prefixMethod(source) != PrefixMethod::Ban)
        return HttpPurgeProviderTr::tr(
            "--match all needs BAN support: it is only available with --set prefix_method=ban (Varnish)");
    return {};
}

QStringList HttpPurgeProvider::lanes(const SourceConfig &source) const
{
    return source.endpoints;
}

QString HttpPurgeProvider::encodedPathAndQuery(const QUrl &target)
{
    QString path = QString::fromLatin1(
        target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment));
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/')); // "http://site" and "http://site?q" have an empty path
    return path;
}

QByteArray HttpPurgeProvider::hostHeader(const QUrl &target)
{
    QByteArray host = target.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = target.port();
    const int defaultPort = target.scheme() == QLatin1String("https") ? 443 : 80;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QString HttpPurgeProvider::banRegex(const QString &encodedPathPrefix)
{
    // PCRE metacharacters; a percent-encoded path has no spaces, so the ban expression's
    // argument stays one word.
    static const QString special = QStringLiteral("\\^$.|?*+()[]{}");
    QString regex = QStringLiteral("^");
    for (const QChar c : encodedPathPrefix) {
        if (special.contains(c))
            regex += QLatin1Char('\\');
        regex += c;
    }
    return regex;
}

HttpRequestSpec HttpPurgeProvider::buildRequest(const SourceConfig &source, const QString &lane,
                                                const PurgeBatch &batch, const QString &secret) const
{
    HttpRequestSpec spec;
    QString base = lane.isEmpty() ? source.endpoint(QString()) : lane;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);

    spec.method = methodFor(source, batch);
    if (batch.match == MatchKind::All) {
        spec.url = QUrl(base + QLatin1Char('/'));
        spec.setHeader(banHeader(source).toLatin1(), QByteArrayLiteral("^/"));
    } else {
        if (batch.targets.isEmpty())
            return {};
        const QUrl target(batch.targets.first());
        const QString path = encodedPathAndQuery(target);
        const bool wildcard = batch.match == MatchKind::Prefix && spec.method == "PURGE";
        spec.url = QUrl(base + path + (wildcard ? QStringLiteral("*") : QString()));
        spec.setHeader(QByteArrayLiteral("Host"), hostHeader(target));
        if (spec.method == "BAN")
            spec.setHeader(banHeader(source).toLatin1(), banRegex(path).toLatin1());
    }
    const QString secretHeader = source.setting(kSecretHeader);
    if (!secretHeader.isEmpty() && !secret.isEmpty())
        spec.setHeader(secretHeader.toLatin1(), secret.toUtf8(), true);
    return spec;
}

Outcome HttpPurgeProvider::interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                                          const HttpReply &reply) const
{
    if (!reply.isHttp())
        return ReplyClassifier::classify(reply);
    const QString method = QString::fromLatin1(methodFor(source, batch));
    const bool wildcard = method == QLatin1String("PURGE") && batch.match == MatchKind::Prefix;
    const int status = reply.status;
    const QString excerpt = replyText(reply.body);
    const QString described =
        excerpt.isEmpty() ? reply.describe() : reply.describe() + QLatin1String(": ") + excerpt;

    if (status >= 200 && status < 300)
        return Outcome::succeeded({}, method == QLatin1String("BAN")
                                          ? HttpPurgeProviderTr::tr("ban added (HTTP %1)").arg(status)
                                          : HttpPurgeProviderTr::tr("purged (HTTP %1)").arg(status));
    if (status == 404 && wildcard)
        return Outcome::failed(
            described + QStringLiteral(" — ") +
            HttpPurgeProviderTr::tr("the cache does not do partial purges: PURGE with a trailing \"*\" needs "
                                    "ngx_cache_purge 2.4 or later (Debian 12 ships 2.3); use single URLs, or "
                                    "prefix_method=ban on Varnish"));
    // Squid and ngx_cache_purge answer 404 (2.5+: 412) when the object was not in the cache:
    // the purge's goal holds.
    if ((status == 404 || status == 412) && method == QLatin1String("PURGE"))
        return Outcome::succeeded({}, HttpPurgeProviderTr::tr("was not cached (HTTP %1)").arg(status));
    if (status == 403 || status == 405)
        return Outcome::failed(
            described + QStringLiteral(" — ") +
            HttpPurgeProviderTr::tr(
                "the cache refused %1 from this client; most likely its purge ACL does not "
                "allow it: the VCL's acl checked in vcl_recv (Varnish), the "
                "proxy_cache_purge location's allow rules (nginx), or \"acl PURGE method "
                "PURGE\" with \"http_access allow PURGE\" for this address (Squid)")
                .arg(method) +
            (method == QLatin1String("BAN")
                 ? HttpPurgeProviderTr::tr(
                       "; nginx and Squid have no BAN at all (use prefix_method=wildcard with "
                       "ngx_cache_purge 2.4 or later)")
                 : QString()) +
            (status == 403 && source.hasSetting(kSecretHeader)
                 ? HttpPurgeProviderTr::tr("; or it rejected the secret sent in %1")
                       .arg(source.setting(kSecretHeader))
                 : QString()));
    if (status == 501 || (status == 404 && method == QLatin1String("BAN")))
        return Outcome::failed(
            described + QStringLiteral(" — ") +
            HttpPurgeProviderTr::tr("the cache has no handler for %1 requests; add one to its configuration")
                .arg(method));
    return ReplyClassifier::classify(reply);
}

HttpRequestSpec HttpPurgeProvider::buildCheckRequest(const SourceConfig &source, const QString &) const
{
    // HEAD of the first cache's root shows it answers; the secret is not sent because the
    // cache may pass a plain HEAD on to the origin, headers and all.
    HttpRequestSpec spec;
    if (source.endpoints.isEmpty())
        return spec;
    QString base = source.endpoints.first();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    spec.method = QByteArrayLiteral("HEAD");
    spec.url = QUrl(base + QLatin1Char('/'));
    return spec;
}
