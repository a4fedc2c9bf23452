#include "requester.h"

#include <QSysInfo>
#include <pwd.h>
#include <unistd.h>

Requester Requester::ofThisProcess()
{
    Requester requester;
    const passwd *account = ::getpwuid(::getuid());
    // The login the session says ($USER, as sudo and su set it), else the process's account.
    requester.login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (requester.login.isEmpty() && account && account->pw_name)
        requester.login = QString::fromLocal8Bit(account->pw_name);
    requester.name = qEnvironmentVariable("PURGELINE_NAME").trimmed();
    if (requester.name.isEmpty() && account && account->pw_gecos)
        // GECOS is "Full Name,room,phone,...": the name is its first field.
        requester.name = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
    if (requester.name.isEmpty())
        requester.name = requester.login;
    requester.host = QSysInfo::machineHostName();
    return requester;
}
