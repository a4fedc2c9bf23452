#include "sourcevalidator.h"

#include "changes/pathmapper.h"
#include "core/sourceconfig.h"
#include "net/httptransport.h"
#include "providers/providerregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

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
        // toDouble reads "inf" and "nan" too, which are no count, rate or time.
        if (!ok || !std::isfinite(number) || number < 0)
            return SourceCommands::tr("setting %1 must be a non-negative number, not \"%2\"")
                .arg(spec.key, value);
        if (number < spec.minimum)
            return SourceCommands::tr("setting %1 must be at least %2, not \"%3\"")
                .arg(spec.key)
                .arg(spec.minimum)
                .arg(value);
    }
    // A count of URLs: "2.5" would read as a threshold nobody meant.
    if (spec.key == QLatin1String("collapse_over") && value.toDouble() != std::floor(value.toDouble()))
        return SourceCommands::tr("setting %1 must be a whole number of URLs, not \"%2\"")
            .arg(spec.key, value);
    if (spec.key == QLatin1String("map"))
        if (const QString error = PathMapper().addSetting(value); !error.isEmpty())
            return SourceCommands::tr("setting map: %1").arg(error);
    if (spec.kind == SettingSpec::Kind::Choice && !spec.choices.contains(value))
        return SourceCommands::tr("setting %1 must be one of %2, not \"%3\"")
            .arg(spec.key, spec.choices.join(QStringLiteral(", ")), value);
    if (spec.key == QLatin1String("proxy") && value != QLatin1String("none")) {
        static const QStringList schemes{QStringLiteral("http"), QStringLiteral("https"),
                                         QStringLiteral("socks5"), QStringLiteral("socks5h")};
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme()))
            return SourceCommands::tr("setting proxy must be \"none\" or an http://, https://, socks5:// or "
                                      "socks5h:// URL, not \"%1\"")
                .arg(HttpTransport::redactProxy(value));
        // Secrets never go into the profile: a password in the URL would be stored with the source.
        if (!url.password().isEmpty())
            return SourceCommands::tr(
                       "setting proxy \"%1\" holds a password, which would be stored in the profile: "
                       "leave it out and name the environment variable that holds it with "
                       "--set proxy_password_env=VARIABLE")
                .arg(HttpTransport::redactProxy(value));
    }
    if ((spec.key == QLatin1String("proxy_password_env") ||
         spec.key == QLatin1String("client_key_password_env")) &&
        !isValidVariableName(value))
        return SourceCommands::tr("setting %1 must name an environment variable, not \"%2\"")
            .arg(spec.key, value);
    if (spec.key == QLatin1String("pinned_key")) {
        static const QRegularExpression pin(QStringLiteral("^sha256//[A-Za-z0-9+/]{43}=$"));
        for (const QString &entry : value.split(QLatin1Char(';')))
            if (!pin.match(entry.trimmed()).hasMatch())
                return SourceCommands::tr(
                           "setting pinned_key must be sha256//BASE64 hashes separated by ';', not \"%1\"")
                    .arg(entry);
    }
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

QString SourceValidator::checkSecretsInTransit(const Provider &provider, const SourceConfig &source)
{
    const QStringList endpoints =
        source.endpoints.isEmpty() ? QStringList{provider.info().defaultEndpoint} : source.endpoints;
    const bool hasSecret = source.secret.kind != SecretRef::Kind::None;
    bool plainEndpoint = false;
    for (const QString &endpoint : endpoints) {
        const QUrl url(endpoint);
        if (url.scheme() != QLatin1String("http"))
            continue;
        plainEndpoint = true;
        if (hasSecret && !isLoopbackHost(url.host()))
            return SourceCommands::tr(
                       "--endpoint \"%1\" would send the secret over plain http:// to %2: use https:// (only "
                       "loopback addresses may be plain http://)")
                .arg(endpoint, url.host());
    }
    const QString proxy = source.setting(QStringLiteral("proxy"));
    const QUrl proxyUrl(proxy);
    if (proxy.isEmpty() || proxy == QLatin1String("none") || proxyUrl.scheme() == QLatin1String("https") ||
        isLoopbackHost(proxyUrl.host()))
        return {};
    const QString shown = HttpTransport::redactProxy(proxy);
    if (!proxyUrl.userName().isEmpty() || !proxyUrl.password().isEmpty())
        return SourceCommands::tr(
                   "setting proxy \"%1\" would send its user name and password in clear to %2: use an "
                   "https:// proxy")
            .arg(shown, proxyUrl.host());
    if (hasSecret && plainEndpoint)
        return SourceCommands::tr(
                   "setting proxy \"%1\" would see the secret sent over plain http:// in clear: use https:// "
                   "endpoints, an https:// proxy, or proxy=none")
            .arg(shown);
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
