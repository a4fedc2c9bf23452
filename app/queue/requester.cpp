#include "requester.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QSysInfo>
#include <pwd.h>
#include <unistd.h>

namespace {

QString personFile(const QString &localDir)
{
    return QDir(localDir).filePath(QStringLiteral("person.ini"));
}

const QString kNameKey = QStringLiteral("person/name");
constexpr int kMaxNameLength = 100;

} // namespace

Requester Requester::ofThisProcess(const QString &localDir)
{
    Requester requester;
    const passwd *account = ::getpwuid(::getuid());
    // The login the session says ($USER, as sudo and su set it), else the process's account.
    requester.login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (requester.login.isEmpty() && account && account->pw_name)
        requester.login = QString::fromLocal8Bit(account->pw_name);
    requester.name = qEnvironmentVariable("PURGELINE_NAME").trimmed();
    if (requester.name.isEmpty() && !localDir.isEmpty())
        requester.name = savedName(localDir);
    if (requester.name.isEmpty() && account && account->pw_gecos)
        // GECOS is "Full Name,room,phone,...": the name is its first field.
        requester.name = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
    if (requester.name.isEmpty())
        requester.name = requester.login;
    requester.host = QSysInfo::machineHostName();
    return requester;
}

QString Requester::savedName(const QString &localDir)
{
    if (localDir.isEmpty() || !QFile::exists(personFile(localDir)))
        return {};
    const QSettings file(personFile(localDir), QSettings::IniFormat);
    const QString name = file.value(kNameKey).toString().trimmed();
    // A hand-edited file is held to what saveName() accepts.
    return name.size() <= kMaxNameLength && !name.contains(QLatin1Char('\n')) ? name : QString();
}

bool Requester::saveName(const QString &localDir, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (trimmed.contains(QLatin1Char('\n')) || trimmed.contains(QLatin1Char('\r')))
        return fail(QCoreApplication::translate("Requester", "a name is one line"));
    if (trimmed.size() > kMaxNameLength)
        return fail(
            QCoreApplication::translate("Requester", "a name has at most %1 characters").arg(kMaxNameLength));
    if (!QDir().mkpath(localDir))
        return fail(QCoreApplication::translate("Requester", "cannot create %1").arg(localDir));
    QSettings file(personFile(localDir), QSettings::IniFormat);
    if (trimmed.isEmpty())
        file.remove(kNameKey);
    else
        file.setValue(kNameKey, trimmed);
    file.sync();
    if (file.status() != QSettings::NoError)
        return fail(QCoreApplication::translate("Requester", "cannot write %1").arg(personFile(localDir)));
    return true;
}
