#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

// Runs the purgeline binary (PURGELINE_BIN) as a child process for command-line contract tests.
// The child gets a clean environment: HOME and the XDG directories inside the test's temporary
// directory, no DISPLAY, no D-Bus session, offscreen platform, C.UTF-8. While the child runs the
// test's event loop keeps turning, so an in-process FakeHttpServer answers it.
struct CliResult
{
    QString command; // "purgeline ARGS...", for messages
    int exitCode = -1;
    bool finished = false; // the child exited normally before the deadline
    bool crashed = false;  // ended by a signal (SIGKILL) or a crash
    QByteArray out;
    QByteArray err;

    bool exited(int code) const { return finished && exitCode == code; }

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // stdout parsed as one JSON object; empty with *error set when it is not exactly that.
    QJsonObject json(QString *error = nullptr) const;
    // For QVERIFY2 messages.
    QByteArray describe() const;
};

class QProcess;
class ScratchPostgres;

// A purgeline child started with CliRunner::start, for tests that signal or kill it mid-run.
class CliProcess
{
public:
    CliProcess(std::unique_ptr<QProcess> process, QString command);
    ~CliProcess();
    bool isRunning() const;
    qint64 pid() const;
    // Turns the event loop (so in-process fake servers answer) until pred() or the child ends.
    bool runUntil(const std::function<bool()> &pred, int timeoutMs);
    void signal(int signalNumber);
    void kill(); // SIGKILL: no handler runs in the child
    // Waits for the child to end (killing it after timeoutMs) and collects what it printed.
    CliResult wait(int timeoutMs = 60000);
    QByteArray readStandardError();

private:
    std::unique_ptr<QProcess> m_process;
    QString m_command;
    QByteArray m_err;
};

class CliRunner
{
public:
    // profileDir is passed as --profile; homeDir (created when missing) becomes HOME. When the
    // tests run on PostgreSQL (ScratchPostgres::wanted()), --profile names a fresh database
    // instead, unless keepProfile: then profileDir is passed as it is (a URL, or a directory the
    // test needs to be one).
    CliRunner(const QString &profileDir, const QString &homeDir, bool keepProfile = false);
    ~CliRunner();

    static QString binary(); // $PURGELINE_BIN

    // Environment variables only the child sees (never set in the test process).
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }

    // Runs `purgeline --profile DIR ARGS...`, feeding stdinData (stdin is closed afterwards, so a
    // command that reads stdin sees end of file). Kills the child after timeoutMs.
    CliResult run(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 60000) const;
    // The same, returning at once with the child running (null when it could not start).
    std::unique_ptr<CliProcess> start(const QStringList &args, const QByteArray &stdinData = {}) const;

    QString profileDir() const { return m_profile; }

private:
    std::unique_ptr<ScratchPostgres> m_scratch;
    QString m_profile;
    QString m_home;
    QMap<QString, QString> m_env;
};
