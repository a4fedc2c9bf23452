#include "clirunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

QJsonObject CliResult::json(QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    QString problem;
    if (parseError.error != QJsonParseError::NoError)
        problem = QStringLiteral("stdout is not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
    else if (!doc.isObject())
        problem = QStringLiteral("stdout is JSON but not an object");
    if (error)
        *error = problem;
    return problem.isEmpty() ? doc.object() : QJsonObject();
}

QByteArray CliResult::describe() const
{
    return QByteArray("exit ") + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)")
        + "\n--- stdout:\n" + out.left(4000) + "\n--- stderr:\n" + err.left(4000);
}

CliRunner::CliRunner(const QString &profileDir, const QString &homeDir) : m_profile(profileDir), m_home(homeDir)
{
    QDir().mkpath(m_home);
    QDir().mkpath(m_home + QStringLiteral("/runtime"));
    QFile::setPermissions(m_home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString CliRunner::binary()
{
    return qEnvironmentVariable("PURGELINE_BIN");
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH", QStringLiteral("/usr/bin:/bin")));
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
        env.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_home);
    CliResult result;
    process.start(binary(), QStringList{QStringLiteral("--profile"), m_profile} + args);
    if (!process.waitForStarted(10000)) {
        result.err = "could not start " + binary().toUtf8() + ": " + process.errorString().toUtf8();
        return result;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();

    // Never block in waitForFinished while the child may be talking to a server in this process.
    const QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        process.waitForFinished(5);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        result.finished = process.exitStatus() == QProcess::NormalExit;
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
