#pragma once

#include "core/sourceconfig.h"
#include "secretstore.h"

#include <QString>
#include <functional>

// Finds a source's secret where its SecretRef says it lives: nowhere, an environment variable
// (read when needed, for deploy hooks), or the keychain (asynchronously). The queue and the
// source check both resolve through here, so both fail with the same words.
class SecretResolver final
{
public:
    explicit SecretResolver(SecretStore &store) : m_store(store) {}

    // keychainKey: the source's key in the keychain (SourceStore::secretKey). The callback runs
    // on the event loop for keychain reads, at once otherwise.
    void resolve(const SourceConfig &source, const QString &keychainKey,
                 std::function<void(const SecretStore::Result &)> callback) const;

private:
    SecretStore &m_store;
};
