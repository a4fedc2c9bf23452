#include "secretresolver.h"

#include <QCoreApplication>

namespace {
struct SecretResolverTr
{
    Q_DECLARE_TR_FUNCTIONS(SecretResolver)
};
} // namespace

void SecretResolver::resolve(const SourceConfig &source, const QString &keychainKey,
                             std::function<void(const SecretStore::Result &)> callback) const
{
    using Status = SecretStore::Result::Status;
    switch (source.secret.kind) {
    case SecretRef::Kind::None:
        callback({Status::Ok, {}, {}});
        return;
    case SecretRef::Kind::Environment:
        if (!qEnvironmentVariableIsSet(qPrintable(source.secret.variable))) {
            callback({Status::NotFound,
                      {},
                      SecretResolverTr::tr(
                          "the environment variable %1 that holds the secret of source \"%2\" is not set")
                          .arg(source.secret.variable, source.name)});
            return;
        }
        callback({Status::Ok, qEnvironmentVariable(qPrintable(source.secret.variable)), {}});
        return;
    case SecretRef::Kind::Keychain:
        break;
    }
    const QString name = source.name;
    m_store.read(keychainKey, [callback = std::move(callback), name](const SecretStore::Result &result) {
        if (result.ok()) {
            callback(result);
            return;
        }
        callback(
            {result.status,
             {},
             SecretResolverTr::tr("cannot read the secret of source \"%1\": %2").arg(name, result.error)});
    });
}
