#include "testprofile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

TestProfile::TestProfile(Time time, SecretStore *secrets)
    : m_scratch(ScratchPostgres::wanted() ? std::make_unique<ScratchPostgres>() : nullptr), m_db(location()),
      m_secrets(secrets ? secrets : &m_ownSecrets)
{
    QString error;
    if (!m_db.open(&error))
        qFatal("cannot open the test profile: %s", qPrintable(error));
    m_service = std::make_unique<PurgeService>(m_db, m_secrets, time == Time::Manual ? &m_clock : nullptr);
}

TestProfile::~TestProfile()
{
    m_service.reset(); // stops the queue while the store is still there
}

SourceConfig TestProfile::addSource(const QString &name, const QString &type, const QStringList &endpoints,
                                    const QMap<QString, QString> &settings, const QString &secretValue,
                                    std::optional<SecretRef> secret, QString *secretKey)
{
    SourceConfig source;
    source.name = name;
    source.type = type;
    source.endpoints = endpoints;
    source.settings = settings;
    source.secret = secret.value_or(
        SecretRef{secretValue.isEmpty() ? SecretRef::Kind::None : SecretRef::Kind::Keychain, {}});
    const QString key = SourceStore::newSecretKey();
    if (!secretValue.isEmpty() && !m_secrets->writeNow(key, secretValue).ok())
        qFatal("cannot store the test secret");
    if (const QString error = sources().add(source, key); !error.isEmpty())
        qFatal("cannot add a test source: %s", qPrintable(error));
    if (secretKey)
        *secretKey = key;
    return source;
}

PurgeService::Submitted TestProfile::submit(const PurgeOptions &options)
{
    PurgeService::Submitted submitted = m_service->submit(options, QStringLiteral("test"));
    if (!submitted.error.isEmpty())
        qFatal("cannot submit the test purge: %s", qPrintable(submitted.error));
    return submitted;
}

PurgeService::Submitted TestProfile::submit(const QString &source, const QStringList &targets,
                                            MatchKind match)
{
    PurgeOptions options;
    options.sources = {source};
    options.targets = targets;
    options.match = match;
    return submit(options);
}

QByteArray TestProfile::databaseBytes() const
{
    if (m_scratch)
        return m_scratch->allText();
    QByteArray all;
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
        QFile file(QDir(m_dir.path()).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

bool TestProfile::runUntil(const std::function<bool()> &pred, int timeoutMs, qint64 stepMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (stepMs > 0)
            m_clock.advance(stepMs);
        else
            QThread::msleep(1);
    }
    return true;
}
