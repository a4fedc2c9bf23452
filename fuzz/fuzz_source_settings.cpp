// A source as `source add` (and the window's source dialog) takes it: `--set KEY=VALUE` lines and
// `--endpoint URL` lines, checked for every registered provider the way the command line checks
// them. A source that passes is then used as the queue uses one: its limits, its rate bucket, its
// transport, its path mapping and its requests, none of which may misbehave on what was accepted.
#include "changes/sourcemapping.h"
#include "core/tokenbucket.h"
#include "fuzzinput.h"
#include "genericsource.h"
#include "net/httptransport.h"
#include "providers/providerregistry.h"
#include "queue/queuedecisions.h"
#include "queue/sourcevalidator.h"

#include <cmath>

namespace {
// The input's lines: "endpoint URL" adds an endpoint, "KEY=VALUE" a setting (a repeatable one
// keeps every value, one per line, as `source add` does), "secret" makes the source have one.
void read(const QStringList &lines, const Provider &provider, SourceConfig *source)
{
    const QList<SettingSpec> specs = ProviderRegistry::allSettings(provider);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("endpoint "))) {
            source->endpoints.append(line.mid(9));
            continue;
        }
        if (line == QLatin1String("secret")) {
            source->secret.kind = SecretRef::Kind::Keychain;
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        const bool repeatable = std::any_of(specs.cbegin(), specs.cend(), [&](const SettingSpec &spec) {
            return spec.key == key && spec.repeatable;
        });
        if (repeatable && source->settings.contains(key))
            source->settings[key] += QLatin1Char('\n') + line.mid(eq + 1);
        else
            source->settings.insert(key, line.mid(eq + 1));
    }
}

void useAccepted(const Provider &provider, const SourceConfig &source)
{
    constexpr qint64 nowMs = 1700000000000;
    for (const MatchKind match : provider.info().matches) {
        const EffectiveLimits limits = EffectiveLimits::of(provider, source, match);
        FUZZ_CHECK(limits.batchSizeFor(match) >= 1);
        FUZZ_CHECK(std::isfinite(limits.ratePerSecond) && limits.ratePerSecond >= 0);
        FUZZ_CHECK(limits.timeoutSeconds >= 1 && limits.concurrency >= 1 && limits.retryForSeconds >= 1);
        const QueueDecisions::RateBucket rate =
            QueueDecisions::rateBucket(provider.rateKey(source), QString(), limits);
        TokenBucket bucket(rate.ratePerSecond, rate.burst, nowMs);
        for (int i = 0; i <= rate.burst && i < 1000; ++i) {
            const qint64 wait = bucket.take(nowMs);
            FUZZ_CHECK(wait >= 0);
        }
    }
    (void)provider.capacityKey(source);
    (void)transportFromSettings(source).redactedProxy();
    const SourceMapping mapping = SourceMapping::of(source);
    FUZZ_CHECK(mapping.problem().isEmpty());
    (void)mapping.repositoryMapper(QStringLiteral("/srv/site")).urls(QStringLiteral("public/a b.png"));
    (void)mapping.urlsForLocalFile(QStringLiteral("/srv/site/public/a.png"));
    if (provider.info().isLocal)
        return;
    for (const QString &lane : provider.lanes(source))
        for (const PurgeBatch &batch : GenericSource::batchesFor(provider))
            (void)provider.buildRequest(source, lane, batch, QStringLiteral("fuzz-secret")).redactedText();
    (void)provider.buildCheckRequest(source, QStringLiteral("fuzz-secret"));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList lines = FuzzInput::lines(FuzzInput::bytes(data, size));
    const ProviderRegistry &registry = ProviderRegistry::instance();
    for (const QString &type : registry.types()) {
        const Provider &provider = *registry.find(type);
        SourceConfig source;
        source.id = 1;
        source.name = QStringLiteral("fuzzed");
        source.type = type;
        read(lines, provider, &source);
        for (const SettingSpec &spec : ProviderRegistry::allSettings(provider))
            if (const QString value = source.setting(spec.key); !value.isEmpty())
                (void)SourceValidator::checkSettingValue(spec, value);
        const bool accepted = SourceValidator::checkEndpoints(provider, source.endpoints).isEmpty() &&
                              SourceValidator::checkSettings(provider, source.settings).isEmpty() &&
                              SourceValidator::checkSecretsInTransit(provider, source).isEmpty() &&
                              provider.validateSource(source).isEmpty();
        if (accepted)
            useAccepted(provider, source);
    }
    return 0;
}
