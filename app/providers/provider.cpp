#include "provider.h"

#include "core/replyclassifier.h"
#include "credentials/redactor.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct ProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(Provider)
};
} // namespace

QString Provider::validateSource(const SourceConfig &) const
{
    return {};
}

QString Provider::validateBatch(const SourceConfig &, const PurgeBatch &batch) const
{
    if (!info().matches.contains(batch.match))
        return ProviderTr::tr("provider %1 does not support --match %2")
            .arg(info().type, matchName(batch.match));
    if (batch.action == PurgeAction::Invalidate && !info().supportsInvalidate)
        return ProviderTr::tr("provider %1 does not support --action invalidate").arg(info().type);
    if (batch.match != MatchKind::All && batch.targets.isEmpty())
        return ProviderTr::tr("no targets given");
    if (batch.match == MatchKind::All && !batch.targets.isEmpty())
        return ProviderTr::tr("--match all takes no targets, but %n were given", nullptr,
                              int(batch.targets.size()));
    if (const QString problem = checkOptions(batch); !problem.isEmpty())
        return problem;
    if (batch.match == MatchKind::Exact || batch.match == MatchKind::Prefix)
        return checkUrlTargets(batch);
    return {};
}

const OptionSpec *ProviderInfo::option(const QString &key) const
{
    for (const OptionSpec &spec : options)
        if (spec.key == key)
            return &spec;
    return nullptr;
}

QString ProviderInfo::planOf(const SourceConfig &source) const
{
    if (planSetting.isEmpty())
        return {};
    for (const SettingSpec &spec : settings)
        if (spec.key == planSetting)
            return source.setting(planSetting, spec.defaultValue).trimmed();
    return source.setting(planSetting).trimmed();
}

const LimitsRule *ProviderInfo::limitsRule(const SourceConfig &source, std::optional<MatchKind> match) const
{
    const QString plan = planOf(source);
    for (const LimitsRule &rule : limitRules) {
        if (!rule.plan.isEmpty() && rule.plan != plan)
            continue;
        if (!rule.matches.isEmpty() && (!match || !rule.matches.contains(*match)))
            continue;
        return &rule;
    }
    return nullptr;
}

const ProviderLimits &ProviderInfo::limitsFor(const SourceConfig &source,
                                              std::optional<MatchKind> match) const
{
    const LimitsRule *rule = limitsRule(source, match);
    return rule ? rule->limits : limits;
}

QString ProviderInfo::rateBucket(const SourceConfig &source, MatchKind match) const
{
    const LimitsRule *rule = limitsRule(source, match);
    return rule ? rule->bucket : QString();
}

QString Provider::checkOptions(const PurgeBatch &batch) const
{
    for (auto it = batch.options.cbegin(); it != batch.options.cend(); ++it) {
        const OptionSpec *spec = info().option(it.key());
        if (!spec)
            return ProviderTr::tr("provider %1 has no option %2").arg(info().type, it.key());
        if (!spec->matches.isEmpty() && !spec->matches.contains(batch.match)) {
            QStringList names;
            for (MatchKind match : spec->matches)
                names << matchName(match);
            return ProviderTr::tr("option %1 works only with --match %2")
                .arg(it.key(), names.join(QLatin1String(", ")));
        }
        if (it.value().size() > 1 && !spec->repeatable)
            return ProviderTr::tr("option %1 takes one value, but %n were given", nullptr,
                                  int(it.value().size()))
                .arg(it.key());
        for (const QString &value : it.value()) {
            if (value.isEmpty())
                return ProviderTr::tr("option %1 needs a value").arg(it.key());
            if (spec->kind == OptionSpec::Kind::Header) {
                const qsizetype colon = value.indexOf(QLatin1Char(':'));
                static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
                if (colon <= 0 || !token.match(value.left(colon).trimmed()).hasMatch())
                    return ProviderTr::tr("option %1 \"%2\": expected NAME:VALUE with a valid header name")
                        .arg(it.key(), value);
                if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')))
                    return ProviderTr::tr("option %1 \"%2\" contains a line break").arg(it.key(), value);
            }
            if (spec->validate)
                if (const QString problem = spec->validate(value); !problem.isEmpty())
                    return problem;
        }
    }
    return {};
}

QStringList Provider::lanes(const SourceConfig &) const
{
    return {QString()};
}

QString Provider::rateKey(const SourceConfig &source) const
{
    return QStringLiteral("source:%1").arg(source.id);
}

QString Provider::capacityKey(const SourceConfig &source) const
{
    return rateKey(source);
}

bool Provider::importSettings(const QString &, const QString &, QMap<QString, QString> *, QString *,
                              QString *error) const
{
    if (error)
        *error = ProviderTr::tr("provider %1 reads no settings file").arg(info().type);
    return false;
}

bool Provider::settingsFileSections(const QString &, QStringList *, QString *error) const
{
    if (error)
        *error = ProviderTr::tr("provider %1 reads no settings file").arg(info().type);
    return false;
}

QString Provider::rateClass(const SourceConfig &, const PurgeBatch &) const
{
    return {};
}

ProviderLimits Provider::limits(const SourceConfig &) const
{
    return info().limits;
}

int Provider::billedUnits(const SourceConfig &, const PurgeBatch &batch) const
{
    return batch.match == MatchKind::All ? 1 : int(batch.targets.size());
}

QString Provider::targetAsSent(const SourceConfig &, MatchKind, const QString &target) const
{
    return target;
}

HttpRequestSpec Provider::buildRequest(const SourceConfig &, const QString &, const PurgeBatch &,
                                       const QString &) const
{
    return {};
}

Outcome Provider::interpretReply(const SourceConfig &, const PurgeBatch &, const HttpReply &reply) const
{
    if (reply.isHttp() && reply.status >= 200 && reply.status < 300)
        return Outcome::succeeded();
    return ReplyClassifier::classify(reply);
}

HttpRequestSpec Provider::buildStatusRequest(const SourceConfig &, const QString &, const QString &,
                                             const QString &) const
{
    return {};
}

Outcome Provider::interpretStatusReply(const SourceConfig &, const HttpReply &reply) const
{
    return ReplyClassifier::classify(reply);
}

Outcome Provider::runLocal(const SourceConfig &, const PurgeBatch &) const
{
    return Outcome::failed(ProviderTr::tr("provider %1 cannot run locally").arg(info().type));
}

bool SecretFormat::fits(const QString &secret) const
{
    if (!declared())
        return true;
    // Compiled on each call: a check runs once, and nothing is shared between threads.
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern))
        .match(secret.trimmed())
        .hasMatch();
}

HttpRequestSpec Provider::buildCheckRequest(const SourceConfig &, const QString &) const
{
    return {};
}

QString Provider::checkUrlTargets(const PurgeBatch &batch)
{
    for (const QString &target : batch.targets) {
        const QUrl url(target, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.host().isEmpty())
            return ProviderTr::tr("malformed URL \"%1\": expected an absolute http:// or https:// URL")
                .arg(target);
    }
    return {};
}

QByteArray Provider::basicAuth(const QString &user, const QString &password)
{
    const QByteArray pair = user.toUtf8() + ':' + password.toUtf8();
    return QByteArrayLiteral("Basic ") + pair.toBase64();
}

QUrl Provider::endpointUrl(const SourceConfig &source, const QString &path) const
{
    QString base = source.endpoint(info().defaultEndpoint);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

QString Provider::perCredentialRateKey(const QString &type, const SourceConfig &source)
{
    if (source.secret.kind == SecretRef::Kind::Environment)
        return QStringLiteral("%1:env:%2").arg(type, source.secret.variable);
    return QStringLiteral("%1:source:%2").arg(type).arg(source.id);
}

QString Provider::withoutCredentials(const QString &text)
{
    return Redactor::withoutCredentials(text);
}

Outcome Provider::withoutCredentials(Outcome outcome)
{
    outcome.message = withoutCredentials(outcome.message);
    for (QString &detail : outcome.details)
        detail = withoutCredentials(detail);
    return outcome;
}
