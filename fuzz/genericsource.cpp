#include "genericsource.h"

#include "providers/providerregistry.h"

namespace GenericSource {

SourceConfig of(const Provider &provider)
{
    const ProviderInfo &info = provider.info();
    SourceConfig source;
    source.id = 1;
    source.name = QStringLiteral("fuzzed");
    source.type = info.type;
    if (!info.isLocal && info.defaultEndpoint.isEmpty())
        source.endpoints = {QStringLiteral("http://127.0.0.1:8080")};
    for (const SettingSpec &spec : info.settings) {
        if (!spec.defaultValue.isEmpty())
            source.settings.insert(spec.key, spec.defaultValue);
        else if (!spec.choices.isEmpty())
            source.settings.insert(spec.key, spec.choices.constFirst());
        else if (spec.required)
            source.settings.insert(spec.key, spec.kind == SettingSpec::Kind::Number ? QStringLiteral("1")
                                             : spec.kind == SettingSpec::Kind::Url
                                                 ? QStringLiteral("https://example.com/")
                                                 : QStringLiteral("example"));
    }
    if (info.secret != ProviderInfo::SecretNeed::None)
        source.secret.kind = SecretRef::Kind::Keychain;
    return source;
}

QStringList targetsFor(MatchKind match)
{
    switch (match) {
    case MatchKind::Exact:
        return {QStringLiteral("https://example.com/a.jpg"), QStringLiteral("https://example.com/b%20c.png")};
    case MatchKind::Prefix:
        return {QStringLiteral("https://example.com/images/")};
    case MatchKind::Tag:
        return {QStringLiteral("product-42"), QStringLiteral("front")};
    case MatchKind::Host:
        return {QStringLiteral("example.com")};
    case MatchKind::Object:
        return {QStringLiteral("12345")};
    case MatchKind::All:
        break;
    }
    return {};
}

QList<PurgeBatch> batchesFor(const Provider &provider)
{
    QList<PurgeBatch> batches;
    const ProviderInfo &info = provider.info();
    for (const MatchKind match : info.matches) {
        for (const PurgeAction action : {PurgeAction::Purge, PurgeAction::Invalidate}) {
            if (action == PurgeAction::Invalidate && !info.supportsInvalidate)
                continue;
            PurgeBatch batch;
            batch.action = action;
            batch.match = match;
            batch.targets = targetsFor(match);
            batch.idempotencyKey = QStringLiteral("fuzzed-1");
            batches.append(batch);
        }
    }
    return batches;
}

} // namespace GenericSource
