#include "sourceconfig.h"

#include <QCoreApplication>

QString SecretRef::describe() const
{
    switch (kind) {
    case Kind::Keychain: return QCoreApplication::translate("SecretRef", "stored in keychain");
    case Kind::Environment:
        return QCoreApplication::translate("SecretRef", "from environment variable %1").arg(variable);
    case Kind::None: break;
    }
    return QCoreApplication::translate("SecretRef", "none");
}

QString SourceConfig::setting(const QString &key, const QString &fallback) const
{
    const auto it = settings.constFind(key);
    return it == settings.constEnd() || it->isEmpty() ? fallback : *it;
}
