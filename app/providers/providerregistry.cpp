#include "providerregistry.h"

#include "akamaiprovider.h"
#include "bunnyprovider.h"
#include "cloudflareprovider.h"
#include "cloudfrontprovider.h"
#include "fastlyprovider.h"
#include "httppurgeprovider.h"
#include "imgixprovider.h"
#include "instartprovider.h"
#include "keycdnprovider.h"
#include "memcachierprovider.h"
#include "pagecacheprovider.h"
#include "webhookprovider.h"

#include <QCoreApplication>
#include <climits>
#include <cmath>

namespace {
struct ProviderRegistryTr
{
    Q_DECLARE_TR_FUNCTIONS(ProviderRegistry)
};
} // namespace

const ProviderRegistry &ProviderRegistry::instance()
{
    static const ProviderRegistry registry;
    return registry;
}

ProviderRegistry::ProviderRegistry()
{
    m_providers.push_back(std::make_unique<CloudflareProvider>());
    m_providers.push_back(std::make_unique<FastlyProvider>());
    m_providers.push_back(std::make_unique<AkamaiProvider>());
    m_providers.push_back(std::make_unique<CloudFrontProvider>());
    m_providers.push_back(std::make_unique<HttpPurgeProvider>());
    m_providers.push_back(std::make_unique<ImgixProvider>());
    m_providers.push_back(std::make_unique<InstartProvider>());
    m_providers.push_back(std::make_unique<MemcachierProvider>());
    m_providers.push_back(std::make_unique<PageCacheProvider>());
    m_providers.push_back(std::make_unique<BunnyProvider>());
    m_providers.push_back(std::make_unique<KeycdnProvider>());
    m_providers.push_back(std::make_unique<WebhookProvider>());
}

const Provider *ProviderRegistry::find(const QString &type) const
{
    for (const auto &provider : m_providers)
        if (provider->info().type == type)
            return provider.get();
    return nullptr;
}

QStringList ProviderRegistry::types() const
{
    QStringList result;
    for (const auto &provider : m_providers)
        result.append(provider->info().type);
    return result;
}

QList<ProviderCategory> ProviderRegistry::categories()
{
    return {ProviderCategory::Cdn, ProviderCategory::HttpCache, ProviderCategory::ObjectCache,
            ProviderCategory::PageCache};
}

QString ProviderRegistry::categoryName(ProviderCategory category)
{
    switch (category) {
    case ProviderCategory::Cdn:
        return ProviderRegistryTr::tr("CDNs");
    case ProviderCategory::HttpCache:
        return ProviderRegistryTr::tr("HTTP caches you run");
    case ProviderCategory::ObjectCache:
        return ProviderRegistryTr::tr("Object caches");
    case ProviderCategory::PageCache:
        return ProviderRegistryTr::tr("Page cache on disk");
    }
    return {};
}

QStringList ProviderRegistry::typesIn(ProviderCategory category) const
{
    QStringList result;
    for (const auto &provider : m_providers)
        if (provider->info().category == category)
            result.append(provider->info().type);
    return result;
}

QList<SettingSpec> ProviderRegistry::commonSettings()
{
    using K = SettingSpec::Kind;
    return {
        {QStringLiteral("timeout"),
         ProviderRegistryTr::tr("Timeout (seconds per attempt)"),
         K::Number,
         false,
         {},
         {},
         {}},
        {QStringLiteral("concurrency"),
         ProviderRegistryTr::tr("Transactions in flight"),
         K::Number,
         false,
         {},
         {},
         {}},
        {QStringLiteral("rate"),
         ProviderRegistryTr::tr("Transactions per second"),
         K::Number,
         false,
         {},
         {},
         ProviderRegistryTr::tr("Pacing; defaults to the provider's documented limit")},
        {QStringLiteral("burst"), ProviderRegistryTr::tr("Burst"), K::Number, false, {}, {}, {}},
        {QStringLiteral("batch_size"),
         ProviderRegistryTr::tr("Targets per transaction"),
         K::Number,
         false,
         {},
         {},
         ProviderRegistryTr::tr("Capped at the provider's maximum")},
        {QStringLiteral("collapse_over"),
         ProviderRegistryTr::tr("Collapse more than N URLs of one folder"),
         K::Number,
         false,
         {},
         {},
         ProviderRegistryTr::tr(
             "0 or empty: never. When a purge names more than N URLs in one folder of one host, and the "
             "provider takes prefixes, they are sent as one prefix purge of that folder where that bills "
             "fewer items or takes fewer requests. A prefix also purges what was not named")},
        {QStringLiteral("retry_for"),
         ProviderRegistryTr::tr("Keep retrying for (seconds)"),
         K::Number,
         false,
         {},
         QStringLiteral("1800"),
         ProviderRegistryTr::tr(
             "How long a purge that fails for a passing reason is tried again; a server's Retry-After is "
             "never waited past it")},
        {QStringLiteral("max_attempts"),
         ProviderRegistryTr::tr("Attempts before giving up"),
         K::Number,
         false,
         {},
         {},
         ProviderRegistryTr::tr("An optional cap; without it, failures that may pass are retried for as long "
                                "as retry_for allows. Replies that only ask to slow down are not counted")},
        {QStringLiteral("map"),
         ProviderRegistryTr::tr("Path mapping"),
         K::Text,
         false,
         {},
         {},
         ProviderRegistryTr::tr(
             "Where files are served, as PREFIX=URL_PREFIX; several mappings are allowed, separated by "
             "spaces or ';'. An absolute path maps files dropped on the window "
             "(/srv/site/public=https://www.example.com/); a path inside the repository maps changed "
             "files from git (public=https://www.example.com/). "
             "Both kinds may be combined; a --map on the command line takes precedence")},
        {QStringLiteral("require_reason"),
         ProviderRegistryTr::tr("Reason required"),
         K::Choice,
         false,
         {QStringLiteral("no"), QStringLiteral("yes")},
         QStringLiteral("no"),
         ProviderRegistryTr::tr("yes: every purge of this source must say why (--reason, the composer's "
                                "Reason); the reason is kept in the history with who asked and from where")},
        {QStringLiteral("approval_for_all"),
         ProviderRegistryTr::tr("Approval to purge everything"),
         K::Choice,
         false,
         {QStringLiteral("no"), QStringLiteral("yes")},
         QStringLiteral("no"),
         ProviderRegistryTr::tr(
             "yes: a purge of everything (--match all) waits until another person approves "
             "it (purgeline approve ID)")},
        {QStringLiteral("approval_over"),
         ProviderRegistryTr::tr("Approval over N targets"),
         K::Number,
         false,
         {},
         {},
         ProviderRegistryTr::tr("A purge of more targets than this waits until another person approves it; "
                                "empty or 0: never")},
        {QStringLiteral("proxy"),
         ProviderRegistryTr::tr("Proxy"),
         K::Text,
         false,
         {},
         {},
         ProviderRegistryTr::tr(
             "Empty: from the environment (https_proxy, http_proxy, no_proxy); \"none\": connect "
             "directly; or an http://, https://, socks5:// or socks5h:// URL")},
        {QStringLiteral("proxy_password_env"),
         ProviderRegistryTr::tr("Proxy password variable"),
         K::Text,
         false,
         {},
         {},
         ProviderRegistryTr::tr(
             "The environment variable that holds the proxy's password (never stored in the profile)")},
        {QStringLiteral("ca_file"),
         ProviderRegistryTr::tr("CA certificates file"),
         K::Text,
         false,
         {},
         {},
         ProviderRegistryTr::tr(
             "PEM file of the certificate authorities trusted for this source instead of the "
             "system's")},
        {QStringLiteral("client_cert"),
         ProviderRegistryTr::tr("Client certificate file"),
         K::Text,
         false,
         {},
         {},
         ProviderRegistryTr::tr("PEM certificate for servers that require one (mutual TLS)")},
        {QStringLiteral("client_key"),
         ProviderRegistryTr::tr("Client key file"),
         K::Text,
         false,
         {},
         {},
         ProviderRegistryTr::tr(
             "PEM private key of the client certificate, when it is not in the certificate file")},
        {QStringLiteral("client_key_password_env"),
         ProviderRegistryTr::tr("Client key passphrase variable"),
         K::Text,
         false,
         {},
         {},
         ProviderRegistryTr::tr("The environment variable that holds the client key's passphrase, for an "
                                "encrypted key (never stored in the profile)")},
        {QStringLiteral("pinned_key"),
         ProviderRegistryTr::tr("Pinned server key"),
         K::Text,
         false,
         {},
         {},
         ProviderRegistryTr::tr(
             "sha256//BASE64 hashes of the public keys the server may have, separated by ';'; "
             "any other key fails the request")},
    };
}

QList<SettingSpec> ProviderRegistry::pollSettings(const ProviderLimits &limits)
{
    using K = SettingSpec::Kind;
    SettingSpec interval{QStringLiteral("poll_interval"),
                         ProviderRegistryTr::tr("Status poll interval (seconds)"),
                         K::Number,
                         false,
                         {},
                         QString::number(limits.pollIntervalSeconds),
                         ProviderRegistryTr::tr("How often a pending purge is asked for its status")};
    interval.minimum = 0.1; // sub-second polling is for test servers; providers document seconds
    SettingSpec timeout{
        QStringLiteral("poll_timeout"),
        ProviderRegistryTr::tr("Status poll time limit (seconds)"),
        K::Number,
        false,
        {},
        QString::number(limits.pollTimeoutSeconds),
        ProviderRegistryTr::tr("How long a purge may stay pending before it counts as failed")};
    timeout.minimum = 1;
    return {interval, timeout};
}

QList<SettingSpec> ProviderRegistry::verificationSettings()
{
    using K = SettingSpec::Kind;
    SettingSpec verify{
        QStringLiteral("verify"),
        ProviderRegistryTr::tr("Verify purges"),
        K::Choice,
        false,
        {QStringLiteral("off"), QStringLiteral("head"), QStringLiteral("get")},
        QStringLiteral("off"),
        ProviderRegistryTr::tr("After a purge, ask for each purged URL (HEAD, or GET to compare bodies) "
                               "and read the cache's own signals: verified fresh, still cached "
                               "(purged once more), or cannot tell")};
    SettingSpec base{
        QStringLiteral("verify_base"),
        ProviderRegistryTr::tr("Verify at"),
        K::Url,
        false,
        {},
        {},
        ProviderRegistryTr::tr("Ask this host instead of the public URL (a staging host, or the cache "
                               "itself), keeping the URL's path, query and Host header")};
    SettingSpec sample{
        QStringLiteral("verify_sample"),
        ProviderRegistryTr::tr("URLs verified per request"),
        K::Number,
        false,
        {},
        QStringLiteral("20"),
        ProviderRegistryTr::tr("For large purges, this many URLs of each request, spread over it")};
    sample.minimum = 1;
    SettingSpec delay{QStringLiteral("verify_delay"),
                      ProviderRegistryTr::tr("Verify after (seconds)"),
                      K::Number,
                      false,
                      {},
                      QStringLiteral("2"),
                      ProviderRegistryTr::tr("How long after a purge took effect its URLs are asked for")};
    delay.minimum = 1; // Age counts whole seconds: sooner, a copy fetched after the purge cannot be told
    SettingSpec origin{QStringLiteral("origin"),
                       ProviderRegistryTr::tr("Origin"),
                       K::Url,
                       false,
                       {},
                       {},
                       ProviderRegistryTr::tr("The origin server behind the cache: a cached copy whose ETag, "
                                              "Last-Modified or body equals the origin's counts as fresh")};
    return {verify, base, sample, delay, origin};
}

QList<SettingSpec> ProviderRegistry::allSettings(const Provider &provider)
{
    QList<SettingSpec> result = provider.info().settings;
    if (provider.info().hasStatus)
        result += pollSettings(provider.info().limits);
    if (!provider.info().verification.isEmpty())
        result += verificationSettings();
    if (!provider.info().isLocal)
        result += commonSettings();
    return result;
}

const OptionSpec *ProviderRegistry::findOption(const QString &key) const
{
    for (const auto &provider : m_providers)
        if (const OptionSpec *spec = provider->info().option(key))
            return spec;
    return nullptr;
}

QList<OptionSpec> ProviderRegistry::allOptions() const
{
    QList<OptionSpec> result;
    for (const auto &provider : m_providers)
        for (const OptionSpec &spec : provider->info().options)
            if (!std::any_of(result.cbegin(), result.cend(),
                             [&](const OptionSpec &s) { return s.key == spec.key; }))
                result << spec;
    return result;
}

QStringList ProviderRegistry::matchWords() const
{
    QStringList words = allMatchNames();
    for (const auto &provider : m_providers)
        if (const QString &word = provider->info().objectMatch.name; !word.isEmpty() && !words.contains(word))
            words << word;
    return words;
}

std::optional<MatchKind> ProviderRegistry::matchFromWord(const QString &word) const
{
    if (const auto match = matchFromName(word))
        return match;
    for (const auto &provider : m_providers)
        if (!word.isEmpty() && provider->info().objectMatch.name == word)
            return MatchKind::Object;
    return std::nullopt;
}

QList<SettingsFileSpec> ProviderRegistry::settingsFiles() const
{
    QList<SettingsFileSpec> result;
    for (const auto &provider : m_providers) {
        const SettingsFileSpec &file = provider->info().settingsFile;
        if (!file.option.isEmpty() &&
            std::none_of(result.cbegin(), result.cend(),
                         [&](const SettingsFileSpec &f) { return f.option == file.option; }))
            result << file;
    }
    return result;
}

int EffectiveLimits::batchSizeFor(MatchKind match) const
{
    int size = qMin(batchSize, batchSizeByMatch.value(match, batchSize));
    const int capacity =
        match == MatchKind::Prefix || match == MatchKind::All ? maxWildcardsInProgress : maxItemsInProgress;
    if (capacity > 0)
        size = qMin(size, capacity);
    return qMax(1, size);
}

EffectiveLimits EffectiveLimits::of(const Provider &provider, const SourceConfig &source,
                                    std::optional<MatchKind> match)
{
    // A plan's or a match's documented limits where the provider declares rules for them, else
    // the provider's limits for this source (which may depend on its settings).
    const LimitsRule *rule = provider.info().limitsRule(source, match);
    const ProviderLimits documented = rule ? rule->limits : provider.limits(source);
    // A stored setting may hold any number ("1e300", or "inf" from before sources were checked for
    // it): it is bounded as a double, since converting one beyond int's range is undefined.
    const auto number = [&](const char *key, double fallback) {
        bool ok = false;
        const double value = source.setting(QLatin1String(key)).toDouble(&ok);
        return ok && std::isfinite(value) ? value : fallback;
    };
    const auto whole = [&](const char *key, double fallback, int minimum, int maximum = INT_MAX) {
        return int(qBound(double(minimum), number(key, fallback), double(maximum)));
    };
    EffectiveLimits limits;
    limits.batchSize = whole("batch_size", documented.maxBatchCount, 1, qMax(1, documented.maxBatchCount));
    limits.batchSizeByMatch = documented.maxBatchCountByMatch;
    limits.maxBodyBytes = documented.maxBodyBytes;
    limits.ratePerSecond = qMax(0.0, number("rate", documented.ratePerSecond));
    limits.burst = whole("burst", documented.burst, 1);
    limits.concurrency = whole("concurrency", documented.concurrency, 1);
    limits.timeoutSeconds = whole("timeout", documented.timeoutSeconds, 1);
    limits.maxAttempts = whole("max_attempts", documented.maxAttempts, 0); // 0: no cap
    limits.retryForSeconds = whole("retry_for", 1800, 1, 30 * 24 * 3600);
    limits.pollIntervalSeconds = qMax(0.05, number("poll_interval", documented.pollIntervalSeconds));
    limits.pollTimeoutSeconds = whole("poll_timeout", documented.pollTimeoutSeconds, 1);
    limits.maxItemsInProgress = documented.maxItemsInProgress;
    limits.maxWildcardsInProgress = documented.maxWildcardsInProgress;
    // 0 is "unpaced" for a rate: the lower of two rates is the one that paces more.
    const auto slower = [](double a, double b) { return a <= 0 ? b : b <= 0 ? a : qMin(a, b); };
    const bool sourceRate = source.hasSetting(QStringLiteral("rate"));
    const bool sourceBurst = source.hasSetting(QStringLiteral("burst"));
    for (auto it = documented.rateClasses.cbegin(); it != documented.rateClasses.cend(); ++it) {
        RateLimit rate = it.value();
        if (sourceRate)
            rate.ratePerSecond = slower(rate.ratePerSecond, limits.ratePerSecond);
        if (sourceBurst)
            rate.burst = qMin(rate.burst, limits.burst);
        limits.rateClasses.insert(it.key(), rate);
    }
    return limits;
}
