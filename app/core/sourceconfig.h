#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// How a source finds its secret. The secret itself never lives here.
struct SecretRef
{
    enum class Kind { None, Keychain, Environment };
    Kind kind = Kind::None;
    QString variable;   // the environment variable's name, for Kind::Environment

    QString describe() const;   // "stored in keychain", "from environment variable X", "none"
};

// One configured cache endpoint, as stored in the database (no secrets).
struct SourceConfig
{
    qint64 id = 0;
    QString name;
    QString type;
    QStringList endpoints;              // base URLs; empty means the provider's default
    QMap<QString, QString> settings;    // --set KEY=VALUE
    SecretRef secret;

    QString setting(const QString &key, const QString &fallback = {}) const;
    bool hasSetting(const QString &key) const { return settings.contains(key); }
    QString endpoint(const QString &fallback) const { return endpoints.isEmpty() ? fallback : endpoints.first(); }
};
