#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class Provider;
struct SettingSpec;
struct SourceConfig;

// The rules a source's configuration must follow, shared by `purgeline source add` and the
// window's source dialog so both accept exactly the same sources. Each check returns a message
// naming what is wrong, or an empty string. Provider::validateSource adds provider rules.
class SourceValidator final
{
public:
    // Every given setting is known, well-formed, and every required one is present.
    static QString checkSettings(const Provider &provider, const QMap<QString, QString> &settings);
    // One value against its declaration (number, choice, map, URL); the value is not empty.
    static QString checkSettingValue(const SettingSpec &spec, const QString &value);
    // Endpoint count and form for the provider (none for local ones, one unless it takes several).
    static QString checkEndpoints(const Provider &provider, const QStringList &endpoints);
    static bool isAbsoluteHttpUrl(const QString &text);
    // No secret crosses the network in clear: not the source's over a plain http:// endpoint that
    // is not loopback, or through a cleartext proxy elsewhere; not the proxy's own user name and
    // password to a cleartext proxy elsewhere.
    static QString checkSecretsInTransit(const Provider &provider, const SourceConfig &source);

    // Letters, digits, '.', '_' and '-', starting with a letter or digit: names appear in
    // command lines and presets unquoted.
    static bool isValidName(const QString &name);
    static bool isValidVariableName(const QString &name);
};
