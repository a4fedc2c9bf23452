#pragma once

#include <QCommandLineParser>
#include <QList>

// What a command accepts, as its parser declares it.
struct CommandSyntax
{
    struct Positional
    {
        QString name;
        QString description;
        QString syntax; // as the usage line shows it ("[TARGET...]"); the name when empty
    };
    QString name; // the command words ("source add")
    QString summary;
    QList<QCommandLineOption> options;
    QList<Positional> positionals;
    bool needsProfile = true;
};

// The parser every command declares its options and arguments on. It keeps what was declared, so
// the help text, the man page and the shell completions are read from the very declarations the
// command parses with (CliContext's describe mode) and cannot drift from what it accepts.
// It hides QCommandLineParser's declaring functions (which are not virtual): always declare
// through a CommandParser, never through a QCommandLineParser reference.
class CommandParser final : public QCommandLineParser
{
public:
    bool addOption(const QCommandLineOption &option);
    bool addOptions(const QList<QCommandLineOption> &options);
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = {});

    const QList<QCommandLineOption> &declaredOptions() const { return m_options; }
    const QList<CommandSyntax::Positional> &declaredPositionals() const { return m_positionals; }

private:
    QList<QCommandLineOption> m_options;
    QList<CommandSyntax::Positional> m_positionals;
};
