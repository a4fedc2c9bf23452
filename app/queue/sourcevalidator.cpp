#include "sourcevalidator.h"

#include "changes/pathmapper.h"
#include "providers/providerregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {

// The messages keep the command line's wording (and translation context), which scripts and
// the documentation quote.
struct SourceCommands
{
    Q_DECLARE_TR_FUNCTIONS(SourceCommands)
};

} // namespace

QString SourceValidator::checkSettingValue(const SettingSpec &spec, const QString &value)
{
    if (spec.kind == SettingSpec::Kind::Number) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || number < 0)
            return SourceCommands::tr("setting %1 must be a non-negative number, not \"%2\"")
                .arg(spec.key, value);
        if (number < spec.minimum)
            return SourceCommands::tr("setting %1 must be at least %2, not \"%3\"")
                .arg(spec.key)
                .arg(spec.minimum)
                .arg(value);
    }
    if (spec.key == QLatin1String("map"))
        if (const QString error = PathMapper().addSetting(value); !error.isEmpty())
            return SourceCommands::tr("setting map: %1").arg(error);
    if (spec.kind == SettingSpec::Kind::Choice && !spec.choices.contains(value))
        return SourceCommands::tr("setting %1 must be one of %2, not \"%3\"")
            .arg(spec.key, spec.choices.join(QStringLiteral(", ")), value);
    if (spec.kind == SettingSpec::Kind::Url && !isAbsoluteHttpUrl(value))
        return SourceCommands::tr("setting %1 must be an absolute http:// or https:// URL, not \"%2\"")
            .arg(spec.key, value);
    return {};
}

QString SourceValidator::checkSettings(const Provider &provider, const QMap<QString, QString> &settings)
{
    const QList<SettingSpec> specs = ProviderRegistry::allSettings(provider);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                       [&](const SettingSpec &s) { return s.key == it.key(); });
        if (spec == specs.cend()) {
            QStringList known;
            for (const SettingSpec &s : specs)
                known << s.key;
            return SourceCommands::tr("unknown setting \"%1\" for type %2; known settings: %3")
                .arg(it.key(), provider.info().type, known.join(QStringLiteral(", ")));
        }
        if (const QString error = checkSettingValue(*spec, it.value()); !error.isEmpty())
            return error;
    }
    for (const SettingSpec &spec : specs)
        if (spec.required && settings.value(spec.key).isEmpty())
            return SourceCommands::tr("missing setting %1 (%2) for type %3: add --set %1=VALUE")
                .arg(spec.key, spec.label, provider.info().type);
    return {};
}

bool SourceValidator::isAbsoluteHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

QString SourceValidator::checkEndpoints(const Provider &provider, const QStringList &endpoints)
{
    const ProviderInfo &info = provider.info();
    if (info.isLocal && !endpoints.isEmpty())
        return SourceCommands::tr("type %1 works on local files and takes no --endpoint").arg(info.type);
    if (!info.isLocal && info.defaultEndpoint.isEmpty() && endpoints.isEmpty())
        return SourceCommands::tr("type %1 needs at least one --endpoint URL").arg(info.type);
    if (!info.multipleEndpoints && endpoints.size() > 1)
        return SourceCommands::tr("type %1 takes one --endpoint, not %2")
            .arg(info.type)
            .arg(endpoints.size());
    for (const QString &endpoint : endpoints)
        if (!isAbsoluteHttpUrl(endpoint))
            return SourceCommands::tr(
                       "malformed --endpoint \"%1\": expected an absolute http:// or https:// URL")
                .arg(endpoint);
    return {};
}

bool SourceValidator::isValidName(const QString &name)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return validName.match(name).hasMatch();
}

bool SourceValidator::isValidVariableName(const QString &name)
{
    static const QRegularExpression validVariable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return validVariable.match(name).hasMatch();
}
