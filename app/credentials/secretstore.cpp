#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

struct SecretStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

SecretStore::Result resultOf(const QKeychain::Job &job)
{
    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError: result.status = SecretStore::Result::Status::Ok; break;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Result::Status::NotFound;
        result.error = SecretStoreTr::tr("no secret stored in the keychain for this source");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Debian's libsecret backend reports a missing Secret Service as OtherError.
        result.status = SecretStore::Result::Status::Unavailable;
        result.error = SecretStoreTr::tr("the system keychain is not available (%1)").arg(job.errorString());
        break;
    default:
        result.status = SecretStore::Result::Status::Error;
        result.error = SecretStoreTr::tr("keychain error: %1").arg(job.errorString());
        break;
    }
    return result;
}

SecretStore::Result runNow(const std::function<void(SecretStore::Callback)> &start)
{
    SecretStore::Result result;
    QEventLoop loop;
    bool done = false;
    start([&](const SecretStore::Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done) {
        // A keychain that never answers (a prompt nobody sees) must not hang a deploy hook.
        QTimer::singleShot(30000, &loop, [&] {
            result.status = SecretStore::Result::Status::Unavailable;
            result.error = SecretStoreTr::tr("the system keychain did not answer within 30 s");
            loop.quit();
        });
        loop.exec();
    }
    return result;
}

} // namespace

SecretStore::Result SecretStore::readNow(const QString &key)
{
    return runNow([&](Callback cb) { read(key, std::move(cb)); });
}

SecretStore::Result SecretStore::writeNow(const QString &key, const QString &secret)
{
    return runNow([&](Callback cb) { write(key, secret, std::move(cb)); });
}

SecretStore::Result SecretStore::removeNow(const QString &key)
{
    return runNow([&](Callback cb) { remove(key, std::move(cb)); });
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

void KeychainSecretStore::read(const QString &key, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [callback](QKeychain::Job *finished) {
        Result result = resultOf(*finished);
        if (result.ok())
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        callback(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [callback](QKeychain::Job *finished) { callback(resultOf(*finished)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [callback](QKeychain::Job *finished) { callback(resultOf(*finished)); });
    job->start();
}

void MemorySecretStore::read(const QString &key, Callback callback)
{
    Result result;
    if (m_secrets.contains(key)) {
        result.secret = m_secrets.value(key);
    } else {
        result.status = Result::Status::NotFound;
        result.error = tr("no secret stored for this source");
    }
    QMetaObject::invokeMethod(this, [callback, result] { callback(result); }, Qt::QueuedConnection);
}

void MemorySecretStore::write(const QString &key, const QString &secret, Callback callback)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(this, [callback] { callback(Result{}); }, Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString &key, Callback callback)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(this, [callback] { callback(Result{}); }, Qt::QueuedConnection);
}
