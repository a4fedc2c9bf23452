#include "providerregistry.h"

#include "httppurgeprovider.h"
#include "imgixprovider.h"
#include "instartprovider.h"
#include "memcachierprovider.h"
#include "pagecacheprovider.h"

#include <QCoreApplication>

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
    m_providers.push_back(std::make_unique<HttpPurgeProvider>());
    m_providers.push_back(std::make_unique<ImgixProvider>());
    m_providers.push_back(std::make_unique<InstartProvider>());
    m_providers.push_back(std::make_unique<MemcachierProvider>());
    m_providers.push_back(std::make_unique<PageCacheProvider>());
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

QList<SettingSpec> ProviderRegistry::commonSettings()
{
    using K = SettingSpec::Kind;
    return {
        {QStringLiteral("timeout"), ProviderRegistryTr::tr("Timeout (seconds per attempt)"), K::Number, false, {}, {}, {}},
        {QStringLiteral("concurrency"), ProviderRegistryTr::tr("Requests in flight"), K::Number, false, {}, {}, {}},
        {QStringLiteral("rate"), ProviderRegistryTr::tr("Requests per second"), K::Number, false, {}, {},
         ProviderRegistryTr::tr("Pacing; defaults to the provider's documented limit")},
        {QStringLiteral("burst"), ProviderRegistryTr::tr("Burst"), K::Number, false, {}, {}, {}},
        {QStringLiteral("batch_size"), ProviderRegistryTr::tr("Targets per request"), K::Number, false, {}, {},
         ProviderRegistryTr::tr("Capped at the provider's maximum")},
        {QStringLiteral("max_attempts"), ProviderRegistryTr::tr("Attempts before giving up"), K::Number, false, {}, {}, {}},
        {QStringLiteral("map"), ProviderRegistryTr::tr("Path mapping"), K::Text, false, {}, {},
         ProviderRegistryTr::tr("PATH_PREFIX=URL_PREFIX pairs separated by spaces or ';': where the files of a repository are "
            "served, for purge --changes-from (a --map on the command line takes precedence)")},
        {QStringLiteral("proxy"), ProviderRegistryTr::tr("Proxy"), K::Text, false, {}, {},
         ProviderRegistryTr::tr("Empty: from the environment (https_proxy, http_proxy, no_proxy); \"none\": connect "
            "directly; or an http://, https://, socks5:// or socks5h:// URL")},
        {QStringLiteral("ca_file"), ProviderRegistryTr::tr("CA certificates file"), K::Text, false, {}, {},
         ProviderRegistryTr::tr("PEM file of the certificate authorities trusted for this source instead of the "
            "system's")},
        {QStringLiteral("client_cert"), ProviderRegistryTr::tr("Client certificate file"), K::Text, false, {}, {},
         ProviderRegistryTr::tr("PEM certificate for servers that require one (mutual TLS)")},
        {QStringLiteral("client_key"), ProviderRegistryTr::tr("Client key file"), K::Text, false, {}, {},
         ProviderRegistryTr::tr("PEM private key of the client certificate, when it is not in the certificate file")},
        {QStringLiteral("pinned_key"), ProviderRegistryTr::tr("Pinned server key"), K::Text, false, {}, {},
         ProviderRegistryTr::tr("sha256//BASE64 hashes of the public keys the server may have, separated by ';'; "
            "any other key fails the request")},
    };
}

QList<SettingSpec> ProviderRegistry::allSettings(const Provider &provider)
{
    QList<SettingSpec> result = provider.info().settings;
    if (!provider.info().isLocal)
        result += commonSettings();
    return result;
}

EffectiveLimits EffectiveLimits::of(const Provider &provider, const SourceConfig &source)
{
    const ProviderLimits &documented = provider.info().limits;
    const auto number = [&](const char *key, double fallback) {
        bool ok = false;
        const double value = source.setting(QLatin1String(key)).toDouble(&ok);
        return ok ? value : fallback;
    };
    EffectiveLimits limits;
    limits.batchSize = qBound(1, int(number("batch_size", documented.maxBatchCount)), documented.maxBatchCount);
    limits.maxBodyBytes = documented.maxBodyBytes;
    limits.ratePerSecond = qMax(0.0, number("rate", documented.ratePerSecond));
    limits.burst = qMax(1, int(number("burst", documented.burst)));
    limits.concurrency = qMax(1, int(number("concurrency", documented.concurrency)));
    limits.timeoutSeconds = qMax(1, int(number("timeout", documented.timeoutSeconds)));
    limits.maxAttempts = qMax(1, int(number("max_attempts", documented.maxAttempts)));
    limits.pollIntervalSeconds = qMax(0.05, number("poll_interval", 10));
    limits.pollTimeoutSeconds = qMax(1, int(number("poll_timeout", 3600)));
    return limits;
}
