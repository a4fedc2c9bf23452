#include "clirunner.h"

#include "scratchpostgres.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <csignal>

QJsonObject CliResult::json(QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    QString problem;
    if (parseError.error != QJsonParseError::NoError)
        problem = QStringLiteral("stdout is not JSON: %1 at offset %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
    else if (!doc.isObject())
        problem = QStringLiteral("stdout is JSON but not an object");
    if (error)
        *error = problem;
    return problem.isEmpty() ? doc.object() : QJsonObject();
}

QByteArray CliResult::describe() const
{
    return command.toUtf8() + "\n-> exit " + QByteArray::number(exitCode) +
           (crashed    ? " (killed or crashed)"
            : finished ? ""
                       : " (did not finish)") +
           "\n--- stdout:\n" + out.left(4000) + "\n--- stderr:\n" + err.left(4000);
}

CliRunner::CliRunner(const QString &profileDir, const QString &homeDir, bool keepProfile)
    : m_scratch(!keepProfile && ScratchPostgres::wanted() ? std::make_unique<ScratchPostgres>() : nullptr),
      m_profile(m_scratch ? m_scratch->url() : profileDir), m_home(homeDir)
{
    // libpq in the child reads the test server's password from here.
    if (const QString passFile = qEnvironmentVariable("PGPASSFILE"); !passFile.isEmpty())
        m_env.insert(QStringLiteral("PGPASSFILE"), passFile);
    QDir().mkpath(m_home);
    QDir().mkpath(m_home + QStringLiteral("/runtime"));
    QFile::setPermissions(m_home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

CliRunner::~CliRunner() = default;

QString CliRunner::binary()
{
    return qEnvironmentVariable("PURGELINE_BIN");
}

std::unique_ptr<CliProcess> CliRunner::start(const QStringList &args, const QByteArray &stdinData) const
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

    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_home);
    process->start(binary(), QStringList{QStringLiteral("--profile"), m_profile} + args);
    if (!process->waitForStarted(10000))
        return nullptr;
    if (!stdinData.isEmpty())
        process->write(stdinData);
    process->closeWriteChannel();
    return std::make_unique<CliProcess>(std::move(process),
                                        QStringLiteral("purgeline ") + args.join(QLatin1Char(' ')));
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs) const
{
    std::unique_ptr<CliProcess> child = start(args, stdinData);
    if (!child) {
        CliResult result;
        result.command = QStringLiteral("purgeline ") + args.join(QLatin1Char(' '));
        result.err = "could not start " + binary().toUtf8();
        return result;
    }
    return child->wait(timeoutMs);
}

CliProcess::CliProcess(std::unique_ptr<QProcess> process, QString command)
    : m_process(std::move(process)), m_command(std::move(command))
{
}

CliProcess::~CliProcess()
{
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool CliProcess::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

qint64 CliProcess::pid() const
{
    return m_process->processId();
}

bool CliProcess::runUntil(const std::function<bool()> &pred, int timeoutMs)
{
    // Never block in waitForFinished while the child may be talking to a server in this process.
    const QDeadlineTimer deadline(timeoutMs);
    while (!pred() && isRunning() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        m_process->waitForFinished(5);
    }
    return pred();
}

void CliProcess::signal(int signalNumber)
{
    ::kill(pid_t(pid()), signalNumber);
}

void CliProcess::kill()
{
    m_process->kill();
}

QByteArray CliProcess::readStandardError()
{
    m_err += m_process->readAllStandardError();
    return m_err;
}

CliResult CliProcess::wait(int timeoutMs)
{
    CliResult result;
    result.command = m_command;
    runUntil([] { return false; }, timeoutMs);
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(5000);
    } else {
        result.finished = m_process->exitStatus() == QProcess::NormalExit;
        result.crashed = m_process->exitStatus() == QProcess::CrashExit;
        result.exitCode = m_process->exitCode();
    }
    result.out = m_process->readAllStandardOutput();
    result.err = readStandardError();
    return result;
}
