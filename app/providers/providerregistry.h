#pragma once

#include "provider.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

// The one place that knows every provider type. Adding a provider adds one line in
// providerregistry.cpp and touches no other provider.
class ProviderRegistry
{
public:
    static const ProviderRegistry &instance();

    const Provider *find(const QString &type) const;
    QStringList types() const;
    // The categories in the order the source form lists them, each with its people's name, and the
    // types in one category (in registry order).
    static QList<ProviderCategory> categories();
    static QString categoryName(ProviderCategory category);
    QStringList typesIn(ProviderCategory category) const;

    // Settings every HTTP provider accepts (timeout, concurrency, rate, burst, batch_size, max_attempts).
    static QList<SettingSpec> commonSettings();
    // Provider settings plus common ones (and the polling ones for providers with status).
    static QList<SettingSpec> allSettings(const Provider &provider);
    static QList<SettingSpec> pollSettings(const ProviderLimits &limits);
    // verify, verify_base, verify_sample, verify_delay and origin, for providers that declare how
    // their caches show a purge took effect (ProviderInfo::verification).
    static QList<SettingSpec> verificationSettings();

    // Request options some provider declares, each key once (the command line offers their aliases).
    QList<OptionSpec> allOptions() const;
    const OptionSpec *findOption(const QString &key) const;

    // The words --match takes: the generic match names and the object words providers declare
    // (ProviderInfo::objectMatch), which all name MatchKind::Object.
    QStringList matchWords() const;
    std::optional<MatchKind> matchFromWord(const QString &word) const;
    // The settings files some provider reads (ProviderInfo::settingsFile), each option once.
    QList<SettingsFileSpec> settingsFiles() const;

private:
    ProviderRegistry();
    std::vector<std::unique_ptr<Provider>> m_providers;
};

// Limits in force for one source: the provider's documented ones (for its plan, and for a match
// where they differ by match), with the source's overrides (batch size can only go down).
struct EffectiveLimits
{
    int batchSize = 1;
    QMap<MatchKind, int> batchSizeByMatch; // lower documented maxima of some matches
    int maxBodyBytes = 0;
    double ratePerSecond = 0;
    int burst = 1;
    int concurrency = 1;
    int timeoutSeconds = 30;
    int maxAttempts = 0; // 0: no cap, only the retry budget ends retries
    int retryForSeconds =
        1800; // how long a transaction may keep being retried, from its first failed attempt
    double pollIntervalSeconds = 10; // fractional, so tests need not wait whole seconds
    int pollTimeoutSeconds = 3600;
    int maxItemsInProgress = 0; // see ProviderLimits
    int maxWildcardsInProgress = 0;
    // The provider's rate classes; a source's rate and burst settings can only lower them.
    QMap<QString, RateLimit> rateClasses;

    // Targets per request for match: the batch size, the match's own maximum, and never more
    // than the provider can hold in progress at once.
    int batchSizeFor(MatchKind match) const;

    static EffectiveLimits of(const Provider &provider, const SourceConfig &source,
                              std::optional<MatchKind> match = {});
};
