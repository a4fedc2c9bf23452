#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

// Where secrets live. Asynchronous because the OS keychain is; callbacks run on the event loop.
// Implementations never log or persist a secret anywhere but the keychain itself.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Status { Ok, NotFound, Unavailable, Error };
        Status status = Status::Ok;
        QString secret;
        QString error;   // describes the failure; never contains the secret
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    virtual void read(const QString &key, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, Callback callback) = 0;
    virtual void remove(const QString &key, Callback callback) = 0;

    // Blocking forms for the command line (spin a local event loop).
    Result readNow(const QString &key);
    Result writeNow(const QString &key, const QString &secret);
    Result removeNow(const QString &key);
};

// The OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("Purgeline"), QObject *parent = nullptr);
    void read(const QString &key, Callback callback) override;
    void write(const QString &key, const QString &secret, Callback callback) override;
    void remove(const QString &key, Callback callback) override;

private:
    QString m_service;
};

// Process memory only: for tests, and for "this session only" secrets in the GUI.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, Callback callback) override;
    void write(const QString &key, const QString &secret, Callback callback) override;
    void remove(const QString &key, Callback callback) override;

private:
    QHash<QString, QString> m_secrets;
};
