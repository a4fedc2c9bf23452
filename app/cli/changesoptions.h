#pragma once

#include "changes/changequery.h"

#include "commandparser.h"

class CliContext;

// The <selection> options shared by `changes`, `purge --changes-from` and `preset save`
// (DESIGN.md, "Command line"): (--revisions-log FILE | --from REV --to REV) [--only images|all]
// [--include GLOB]... [--exclude GLOB]... [--map PATH_PREFIX=URL_PREFIX]...
namespace ChangesOptions {
void add(CommandParser &parser);
// True when any selection option is on the command line.
bool anySet(const QCommandLineParser &parser);
// Reads the options into a query for `repository` (made absolute, as is the revisions log, so a
// preset works from any directory) and validates it; prints the problem and returns false.
bool read(CliContext &ctx, const QCommandLineParser &parser, const QString &repository, ChangeQuery *query);
} // namespace ChangesOptions

struct ChangeReport;

namespace ChangesReport {
// Warnings and a one-line summary on stderr (and with listFiles each skipped file and why).
void printSummary(CliContext &ctx, const ChangeReport &report, bool listFiles);
} // namespace ChangesReport
