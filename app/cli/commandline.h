#pragma once

#include <QStringList>

// The command-line face of the engine (DESIGN.md, "Command line").
namespace CommandLine {

// True when the arguments name a command (so no window is opened).
bool isCommand(const QStringList &arguments);
// Runs the command; returns the process exit status. Needs a QCoreApplication.
int run(const QStringList &arguments);
// Extracts --profile DIR (or --profile=DIR) from anywhere before the command.
QString profileOption(const QStringList &arguments);

} // namespace CommandLine
