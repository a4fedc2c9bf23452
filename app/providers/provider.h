#pragma once

#include "core/cacheverdict.h"
#include "core/httpexchange.h"
#include "core/purgetypes.h"
#include "core/sourceconfig.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// What a provider declares about one of its settings; the command line validates against it
// and the GUI builds its source form from it.
struct SettingSpec
{
    enum class Kind { Text, Choice, Number, Path, Url };
    QString key;
    QString label;
    Kind kind = Kind::Text;
    bool required = false;
    QStringList choices; // for Kind::Choice
    QString defaultValue;
    QString help;
    double minimum = 0; // for Kind::Number
    // Given more than once (--set KEY=A --set KEY=B), the values are kept one per line ("A\nB").
    bool repeatable = false;
};

// What a provider declares about an extra request option it understands (Instart's cache-key
// modifier, Cloudflare's cache-key headers, ...). The command line takes it as
// --option KEY=VALUE (and as --ALIAS VALUE when an alias is declared), the composer builds its
// field from it, and the engine validates and stores it without knowing what it means.
struct OptionSpec
{
    enum class Kind { Text, Header }; // Header: "NAME:VALUE"
    QString key;
    QString label;
    Kind kind = Kind::Text;
    bool repeatable = false;
    QList<MatchKind> matches; // the matches it applies to; empty: every match
    QString help;
    QString alias; // a command-line option of its own ("cache-key-modifier"), or empty
    // Extra checks of one value; returns a message naming what is wrong, or an empty string.
    std::function<QString(const QString &value)> validate;
};

// Pacing of one kind of request (ProviderLimits::rateClasses).
struct RateLimit
{
    double ratePerSecond = 0; // 0: unpaced
    int burst = 1;
};

// Documented limits of a provider; a source may lower batch size and override pacing.
struct ProviderLimits
{
    int maxBatchCount = 1; // targets per request
    // Matches whose documented maximum per request is lower (Akamai: 300 CP codes).
    QMap<MatchKind, int> maxBatchCountByMatch;
    int maxBodyBytes = 0;     // 0: no limit on the body size
    double ratePerSecond = 0; // 0: unpaced
    int burst = 1;
    int concurrency = 4; // requests in flight per source
    int timeoutSeconds = 30;
    // Attempts before a transaction fails, 0: no cap (transient failures are retried for the
    // retry budget, retry_for). Local providers whose failures a resend cannot mend set 1.
    int maxAttempts = 0;
    // Status polling, for providers with ProviderInfo::hasStatus (sources may override both
    // with the poll_interval and poll_timeout settings).
    double pollIntervalSeconds = 10;
    int pollTimeoutSeconds = 3600;
    // How much accepted, unfinished work the provider holds per Provider::capacityKey (CloudFront:
    // 3,000 paths and 15 wildcard paths per distribution); 0: no limit. Targets of prefix and
    // purge-all batches count as wildcards, all others as items. The queue keeps what does not
    // fit until earlier work completes, and no batch is planned larger than the capacity.
    int maxItemsInProgress = 0;
    int maxWildcardsInProgress = 0;
    // Kinds of request the provider paces separately (Bunny's exact and prefix purges), by the
    // name Provider::rateClass gives a batch: each has a bucket of its own under the source's rate
    // key. Batches of no class use ratePerSecond and burst above.
    QMap<QString, RateLimit> rateClasses;
};

// A provider-specific kind of target (MatchKind::Object): the word --match takes for it and
// the label the composer shows.
struct ObjectMatchSpec
{
    QString name; // "cpcode"
    QString label;
    QString help;
};

// A file the provider can read a source's settings and secret from (Akamai's .edgerc): the
// command line takes it as --OPTION FILE [--section NAME] (see Provider::importSettings).
struct SettingsFileSpec
{
    QString option; // "edgerc"; empty: no such file
    QString label;
    QString help;
    QString defaultSection;
};

// Documented limits that differ by plan or by match (Cloudflare's plans, Fastly's counted
// purge_all). A source's plan is the value of ProviderInfo::planSetting.
struct LimitsRule
{
    QString plan;             // empty: every plan
    QList<MatchKind> matches; // empty: every match
    ProviderLimits limits;
    // Requests under rules with the same bucket share one rate bucket per rate key; empty is the
    // provider's main bucket (the one ProviderInfo::limits paces).
    QString bucket;
};

// What a provider charges per item of a request, for providers that bill that way (declared from
// their pricing page; see the provider's constructor). The engine cannot know how much of a free
// allowance was used already this month: it reports what one request bills against it.
struct BillingInfo
{
    QString unitSingular; // "invalidation path", for people
    QString unitPlural;   // "invalidation paths"
    int freePerMonth = 0; // units free each month (per account)
    double pricePerUnit = 0;
    QString currencySymbol; // "$"
    // A wildcard (prefix) target bills as one unit however many objects it matches.
    bool wildcardCountsAsOne = false;

    bool declared() const { return !unitPlural.isEmpty(); }
};

// Which kind of cache a provider purges; the source form groups its provider list by it.
enum class ProviderCategory { Cdn, HttpCache, ObjectCache, PageCache };

// Where a source's credentials come from, for people filling in its form: the provider's own
// documentation page about where its key or token is found, or, for caches the team runs itself
// (no such page can exist), what to enter instead.
struct CredentialsHelp
{
    QString url;  // the provider's official page; empty for self-hosted caches
    QString text; // one sentence: where the secret is, or what to enter instead
};

// What a provider's secret looks like, from its documentation, so a source's Check can say "this
// cannot be the key" before anything is sent. Deliberately loose: formats change (Cloudflare's
// prefixed tokens), so a secret that fits may still be wrong, but one that does not fit is wrong.
struct SecretFormat
{
    QString pattern;     // a regular expression the whole secret (trimmed) must match; empty: any
    QString description; // for people: "letters, digits, - and _, at least 37 of them"

    bool declared() const { return !pattern.isEmpty(); }
    // Whether secret has this form (always true when none is declared).
    bool fits(const QString &secret) const;
};

struct ProviderInfo
{
    enum class SecretNeed { None, Optional, Required };
    QString type; // the --type word
    QString displayName;
    ProviderCategory category = ProviderCategory::Cdn;
    CredentialsHelp credentials;
    QString secretLabel; // "API key", "Password"
    SecretNeed secret = SecretNeed::Required;
    SecretFormat secretFormat; // checked by the source's Check, never when purging
    QList<MatchKind> matches;
    bool supportsInvalidate = false;
    bool hasStatus = false; // replies may be Pending and need polling
    bool isLocal = false;   // runs without HTTP (runLocal)
    bool multipleEndpoints = false;
    QString defaultEndpoint;     // empty: --endpoint is required (HTTP providers)
    QList<SettingSpec> settings; // provider-specific settings (common ones are added by the engine)
    QList<OptionSpec> options;   // extra request options it understands
    ObjectMatchSpec objectMatch; // with MatchKind::Object in matches
    SettingsFileSpec settingsFile;
    ProviderLimits limits; // when no rule applies
    // How its caches show that a purge took effect, for verify=head|get; empty: it cannot be
    // verified (its targets are not URLs a client can ask for, or its caches say nothing).
    VerificationSpec verification;
    QString planSetting;          // the Choice setting that selects a plan, or empty
    QList<LimitsRule> limitRules; // the first that fits the source's plan and the match wins
    BillingInfo billing;          // only providers that charge per item declare it

    const OptionSpec *option(const QString &key) const;
    // The source's plan: its planSetting value, else that setting's default.
    QString planOf(const SourceConfig &source) const;
    // The rule in force for a source and match; without a match only rules for every match fit.
    const LimitsRule *limitsRule(const SourceConfig &source, std::optional<MatchKind> match = {}) const;
    const ProviderLimits &limitsFor(const SourceConfig &source, std::optional<MatchKind> match = {}) const;
    QString rateBucket(const SourceConfig &source, MatchKind match) const;
};

// A provider turns batches into HTTP request descriptions and replies into outcomes.
// It never sends anything itself.
class Provider
{
public:
    virtual ~Provider() = default;
    virtual const ProviderInfo &info() const = 0;

    // Checks settings beyond "required ones are present" (which the engine checks).
    // Returns a message naming what is wrong, or an empty string.
    virtual QString validateSource(const SourceConfig &source) const;

    // Checks a batch before anything is queued: supported match and action, well-formed targets,
    // and every option declared, applicable to the match and valid (see checkOptions).
    virtual QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const;

    // Independent destinations the same batch must reach (http-purge: each cache in a cluster).
    virtual QStringList lanes(const SourceConfig &source) const;

    // Sources sharing a key share one rate bucket (providers that limit per account).
    virtual QString rateKey(const SourceConfig &source) const;
    // Sources sharing a key share the in-progress capacity of ProviderLimits (the rate key unless
    // the provider counts it per something else, as CloudFront does per distribution).
    virtual QString capacityKey(const SourceConfig &source) const;

    // Reads a source's settings and secret from the text of info().settingsFile; section names
    // the part of the file to read (empty: its default). False with *error naming what is missing
    // or malformed, and never quoting a secret.
    virtual bool importSettings(const QString &fileText, const QString &section,
                                QMap<QString, QString> *settings, QString *secret, QString *error) const;
    // The sections of such a file a user may choose from (empty: the file has none), so the source
    // form can offer them without knowing the file's format. False with *error when it is unreadable.
    virtual bool settingsFileSections(const QString &fileText, QStringList *sections, QString *error) const;

    // The kind of request a batch is, for pacing: a key of limits().rateClasses, paced by its own
    // bucket under rateKey(source); empty (the default) for the provider's one bucket.
    virtual QString rateClass(const SourceConfig &source, const PurgeBatch &batch) const;
    // The limits for one source, where they depend on its settings (a webhook whose template
    // names one URL sends one URL per request); info().limits by default.
    virtual ProviderLimits limits(const SourceConfig &source) const;
    // How many units of info().billing one request for the batch bills (by default one per target,
    // one for a purge of everything); providers that merge targets into fewer items count those.
    virtual int billedUnits(const SourceConfig &source, const PurgeBatch &batch) const;
    // One target as the request carries it, for people ("/img/2026/*" for a prefix where the
    // provider writes prefixes that way); the target itself by default.
    virtual QString targetAsSent(const SourceConfig &source, MatchKind match, const QString &target) const;

    virtual HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane,
                                         const PurgeBatch &batch, const QString &secret) const;
    virtual Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                                   const HttpReply &reply) const;

    // Status polling, for providers with info().hasStatus.
    virtual HttpRequestSpec buildStatusRequest(const SourceConfig &source, const QString &lane,
                                               const QString &statusRef, const QString &secret) const;
    virtual Outcome interpretStatusReply(const SourceConfig &source, const HttpReply &reply) const;

    // Local providers (info().isLocal) do their work here, synchronously.
    virtual Outcome runLocal(const SourceConfig &source, const PurgeBatch &batch) const;

    // A harmless request to check settings and credentials, where the provider has one.
    virtual HttpRequestSpec buildCheckRequest(const SourceConfig &source, const QString &secret) const;

protected:
    // Shared helpers for subclasses.
    static QString
    checkUrlTargets(const PurgeBatch &batch);            // exact/prefix targets must be absolute http(s) URLs
    QString checkOptions(const PurgeBatch &batch) const; // against info().options
    static QByteArray basicAuth(const QString &user, const QString &password);
    // Replies sometimes quote the request's credentials back (a 401 page or JSON:API error that
    // echoes the Authorization header). The queue redacts the secret as such, but not what an
    // auth scheme encodes from it (Basic base64(user:key)), so outcome messages built from reply
    // bodies pass through this: any "Basic|Bearer|Digest|Token <credential>" becomes
    // "<scheme> [redacted]".
    static QString withoutCredentials(const QString &text);
    static Outcome withoutCredentials(Outcome outcome);
    QUrl endpointUrl(const SourceConfig &source, const QString &path) const; // base endpoint + path
    // A rate key for providers that limit per API key: sources that read their secret from the same
    // environment variable share it; any other source has its own (its keychain entry is its own).
    static QString perCredentialRateKey(const QString &type, const SourceConfig &source);
};
