#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Runs the purgeline binary (PURGELINE_BIN) as a child process for command-line contract tests.
// The child gets a clean environment: HOME and the XDG directories inside the test's temporary
// directory, no DISPLAY, no D-Bus session, offscreen platform, C.UTF-8. While the child runs the
// test's event loop keeps turning, so an in-process FakeHttpServer answers it.
struct CliResult
{
    int exitCode = -1;
    bool finished = false;   // the child exited normally before the deadline
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // stdout parsed as one JSON object; empty with *error set when it is not exactly that.
    QJsonObject json(QString *error = nullptr) const;
    // For QVERIFY2 messages.
    QByteArray describe() const;
};

class CliRunner
{
public:
    // profileDir is passed as --profile; homeDir (created when missing) becomes HOME.
    CliRunner(const QString &profileDir, const QString &homeDir);

    static QString binary();   // $PURGELINE_BIN

    // Environment variables only the child sees (never set in the test process).
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }

    // Runs `purgeline --profile DIR ARGS...`, feeding stdinData (stdin is closed afterwards, so a
    // command that reads stdin sees end of file). Kills the child after timeoutMs.
    CliResult run(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 60000) const;

    QString profileDir() const { return m_profile; }

private:
    QString m_profile;
    QString m_home;
    QMap<QString, QString> m_env;
};
