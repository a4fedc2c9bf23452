// `purgeline changes`: the files that changed between two revisions (or the last two deploys in
// a Capistrano revisions.log), their status, the URLs they map to, and what was skipped and why.
#include "changes/changeselection.h"
#include "changesoptions.h"
#include "clicontext.h"
#include "commands.h"
#include "jsonformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

struct ChangesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangesCommand)
};

const QCommandLineOption
    kRepo({QStringLiteral("repo")},
          QStringLiteral("The git repository (work tree, bare, or a Capistrano deploy directory)."),
          QStringLiteral("DIR"));
const QCommandLineOption
    kRevisionsLog({QStringLiteral("revisions-log")},
                  QStringLiteral("Capistrano's revisions.log: compare the last two deploys."),
                  QStringLiteral("FILE"));
const QCommandLineOption kFrom({QStringLiteral("from")}, QStringLiteral("The old revision."),
                               QStringLiteral("REV"));
const QCommandLineOption kTo({QStringLiteral("to")}, QStringLiteral("The new revision."),
                             QStringLiteral("REV"));
const QCommandLineOption kOnly({QStringLiteral("only")}, QStringLiteral("images or all."),
                               QStringLiteral("KIND"), QStringLiteral("all"));
const QCommandLineOption kInclude({QStringLiteral("include")},
                                  QStringLiteral("Keep only paths matching GLOB."), QStringLiteral("GLOB"));
const QCommandLineOption kExclude({QStringLiteral("exclude")}, QStringLiteral("Drop paths matching GLOB."),
                                  QStringLiteral("GLOB"));
const QCommandLineOption kMap({QStringLiteral("map")}, QStringLiteral("Map a path prefix to a URL prefix."),
                              QStringLiteral("PATH_PREFIX=URL_PREFIX"));
const QCommandLineOption kJson({QStringLiteral("json")},
                               QStringLiteral("Print one JSON document on stdout."));

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

QString pathText(const ChangeEntry &e)
{
    return e.file.status == ChangedFile::Status::Renamed
               ? e.file.oldPath + QStringLiteral(" -> ") + e.file.path
               : e.file.path;
}

QString reasonText(const ChangeEntry &e)
{
    switch (e.skip) {
    case ChangeEntry::Skip::FilteredOut:
        return ChangesCommand::tr("filtered out: %1").arg(e.reason);
    case ChangeEntry::Skip::Unmapped:
        return ChangesCommand::tr("unmapped: %1").arg(e.reason);
    case ChangeEntry::Skip::NotDecodable:
        return ChangesCommand::tr("not decodable: %1").arg(e.reason);
    case ChangeEntry::Skip::None:
        break;
    }
    return {};
}

} // namespace

namespace ChangesOptions {

void add(CommandParser &parser)
{
    parser.addOptions({kRevisionsLog, kFrom, kTo, kOnly, kInclude, kExclude, kMap});
}

bool anySet(const QCommandLineParser &parser)
{
    for (const QCommandLineOption &option : {kRevisionsLog, kFrom, kTo, kOnly, kInclude, kExclude, kMap})
        if (parser.isSet(option))
            return true;
    return false;
}

bool read(CliContext &ctx, const QCommandLineParser &parser, const QString &repository, ChangeQuery *query)
{
    query->repository = absolute(repository);
    query->revisionsLog = absolute(parser.value(kRevisionsLog));
    query->from = parser.value(kFrom);
    query->to = parser.value(kTo);
    query->only = parser.value(kOnly);
    query->includes = parser.values(kInclude);
    query->excludes = parser.values(kExclude);
    query->maps = parser.values(kMap);
    if (repository.isEmpty()) {
        ctx.usageError(ChangesCommand::tr("no repository given"));
        return false;
    }
    if (const QString error = query->validate(); !error.isEmpty()) {
        ctx.usageError(error);
        return false;
    }
    return true;
}

} // namespace ChangesOptions

namespace ChangesReport {

// The report on stderr, for commands whose stdout carries something else (purge).
void printSummary(CliContext &ctx, const ChangeReport &report, bool listFiles)
{
    for (const QString &warning : report.warnings)
        ctx.err() << "purgeline: " << ChangesCommand::tr("warning: %1").arg(warning) << "\n";
    const QString from =
        report.fromRelease.isEmpty()
            ? report.fromRevision
            : ChangesCommand::tr("%1 (release %2)").arg(report.fromRevision, report.fromRelease);
    const QString to = report.toRelease.isEmpty()
                           ? report.toRevision
                           : ChangesCommand::tr("%1 (release %2)").arg(report.toRevision, report.toRelease);
    ctx.err() << ChangesCommand::tr("changes from %1 to %2: %3 file(s), %4 selected, %5 skipped")
                     .arg(from, to)
                     .arg(report.entries.size())
                     .arg(report.selected().size())
                     .arg(report.skipped().size())
              << "\n";
    if (listFiles)
        for (const ChangeEntry &e : report.skipped())
            ctx.err() << "  " << ChangesCommand::tr("skipped") << " "
                      << ChangedFile::statusName(e.file.status) << " " << pathText(e) << ": " << reasonText(e)
                      << "\n";
    ctx.err().flush();
}

} // namespace ChangesReport

namespace Commands {

int changes(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addOption(kRepo);
    ChangesOptions::add(parser);
    parser.addOption(kJson);
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(
            ChangesCommand::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(kRepo))
        return ctx.usageError(ChangesCommand::tr("--repo DIR is required"));
    ChangeQuery query;
    if (!ChangesOptions::read(ctx, parser, parser.value(kRepo), &query))
        return ExitUsage;
    ChangeSelection selection(query);
    QString error;
    if (!selection.load(&error))
        return ctx.usageError(error);
    const ChangeReport report = selection.report();

    if (parser.isSet(kJson)) {
        for (const QString &warning : report.warnings)
            ctx.err() << "purgeline: " << ChangesCommand::tr("warning: %1").arg(warning) << Qt::endl;
        ctx.out() << JsonFormat::document(report.toJson());
        return ExitOk;
    }
    ChangesReport::printSummary(ctx, report, false);
    // stdout: one line per file, tab-separated. Selected: STATUS, PATH (OLD -> NEW for a rename),
    // then each URL. Skipped: "skipped", STATUS, PATH, why.
    for (const ChangeEntry &e : report.selected()) {
        QStringList fields{ChangedFile::statusName(e.file.status), pathText(e)};
        fields += e.urls;
        ctx.out() << fields.join(QLatin1Char('\t')) << "\n";
        for (const QString &path : e.unmappedPaths)
            ctx.out() << "unmapped\t" << path << "\n";
    }
    for (const ChangeEntry &e : report.skipped())
        ctx.out() << "skipped\t" << ChangedFile::statusName(e.file.status) << "\t" << pathText(e) << "\t"
                  << reasonText(e) << "\n";
    ctx.out().flush();
    return ExitOk;
}

} // namespace Commands
