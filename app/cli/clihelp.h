#pragma once

#include "commandparser.h"

#include <QList>
#include <QString>

// The command line's documentation, rendered from one source: the syntax each command's parser
// declares (CommandSyntax) and the tables here (global options, exit statuses, environment).
// `purgeline --help`, `purgeline help COMMAND`, the man page purgeline(1) and the lists the shell
// completions read all come from it, so none of them can drift from what the commands accept.
namespace CliHelp {

struct Entry
{
    QString term;
    QString text;
};

QList<Entry> globalOptions();
QList<Entry> exitStatuses();
QList<Entry> environment();

// "--type TYPE", "--json": an option as it is typed.
QString optionTerm(const QCommandLineOption &option);
// "source add [OPTIONS] NAME": the command words, whether it takes options, its arguments.
QString synopsis(const CommandSyntax &command);

// `purgeline --help`: every command with its arguments and summary, the global options, exit
// statuses, environment and the request options providers declare.
QString overview(const QList<CommandSyntax> &commands);
// `purgeline help COMMAND`: the command's synopsis, summary, arguments and every option.
QString commandHelp(const CommandSyntax &command);
// purgeline(1) in roff (man(7) macros).
QString manPage(const QList<CommandSyntax> &commands, const QString &version);
// One option a line, "--name<TAB>VALUE-NAME<TAB>description" (VALUE-NAME empty for a switch), for
// the shell completions.
QString completionOptions(const QList<QCommandLineOption> &options);

} // namespace CliHelp
