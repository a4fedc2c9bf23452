#pragma once

#include "secretstore.h"

#include <QHash>

// The keychain, plus secrets kept for this session only. When the system has no keychain the
// window offers to hold a secret in memory until it quits instead of writing it to disk; the
// queue reads through this store, so such a source works until then (and shows "missing"
// after a restart).
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    // persistent: the keychain (or a MemorySecretStore in tests); not owned.
    explicit SessionSecretStore(SecretStore &persistent, QObject *parent = nullptr);

    // Session secrets win over the keychain, so one entered for this session is what is used.
    void read(const QString &key, Callback callback) override;
    void write(const QString &key, const QString &secret, Callback callback) override;
    void remove(const QString &key, Callback callback) override;

    void keepForSession(const QString &key, const QString &secret);
    bool isSessionOnly(const QString &key) const { return m_session.contains(key); }

private:
    SecretStore &m_persistent;
    QHash<QString, QString> m_session;
};
