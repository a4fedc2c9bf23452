#include "sessionsecretstore.h"

SessionSecretStore::SessionSecretStore(SecretStore &persistent, QObject *parent)
    : SecretStore(parent), m_persistent(persistent)
{
}

void SessionSecretStore::read(const QString &key, Callback callback)
{
    if (!m_session.contains(key)) {
        m_persistent.read(key, std::move(callback));
        return;
    }
    Result result;
    result.secret = m_session.value(key);
    // Callbacks always come from the event loop, as the keychain's do.
    QMetaObject::invokeMethod(this, [callback = std::move(callback), result] { callback(result); }, Qt::QueuedConnection);
}

void SessionSecretStore::write(const QString &key, const QString &secret, Callback callback)
{
    // A secret that made it into the keychain replaces a session one.
    m_persistent.write(key, secret, [this, key, callback = std::move(callback)](const Result &result) {
        if (result.ok())
            m_session.remove(key);
        callback(result);
    });
}

void SessionSecretStore::remove(const QString &key, Callback callback)
{
    const bool hadSession = m_session.remove(key) > 0;
    m_persistent.remove(key, [hadSession, callback = std::move(callback)](Result result) {
        // The keychain may be what is missing; the session secret is gone either way.
        if (hadSession && !result.ok())
            result = Result{};
        callback(result);
    });
}

void SessionSecretStore::keepForSession(const QString &key, const QString &secret)
{
    m_session.insert(key, secret);
}
