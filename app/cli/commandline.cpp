#include "commandline.h"

#include "providers/providerregistry.h"

#include "clicontext.h"
#include "clihelp.h"
#include "commands.h"
#include "core/transactionrecord.h"

#include <QCoreApplication>
#include <algorithm>

namespace {

using Handler = int (*)(CliContext &, const QStringList &);

struct CommandEntry
{
    const char *name;
    Handler handler;
    const char *summary;
    bool needsProfile = true;
};

int help(CliContext &ctx, const QStringList &args);

// Every command, in the order the help and the man page list them. What each accepts is
// declared by its own parser (see CommandParser); this table adds only what it is for.
const QList<CommandEntry> &commandTable()
{
    static const QList<CommandEntry> table{
        {"source add", Commands::sourceAdd,
         "Add a source: a cache to purge, with its provider type, settings and where its secret is kept."},
        {"source list", Commands::sourceList, "List the profile's sources (never their secrets)."},
        {"source remove", Commands::sourceRemove, "Remove a source."},
        {"source check", Commands::sourceCheck,
         "Check a source without purging: its settings, that its secret resolves and has the provider's "
         "form, "
         "and the provider's harmless check request, or where it has none, the endpoint's name, connection "
         "and "
         "certificate, a dry run, and what stays unverified. Exit 1 when a check failed."},
        {"purge", Commands::purge,
         "Purge targets at one or more sources: the request is recorded, split, paced and sent; with --wait, "
         "until every transaction is final."},
        {"preset save", Commands::presetSave,
         "Save a purge request under a name, to run from here, the window or the tray."},
        {"preset list", Commands::presetList, "List the saved presets."},
        {"preset run", Commands::presetRun, "Run a saved preset."},
        {"preset remove", Commands::presetRemove, "Remove a saved preset."},
        {"history", Commands::history, "Show recorded transactions, newest first."},
        {"retry", Commands::retry, "Queue failed or cancelled transactions again."},
        {"resume", Commands::resume,
         "Finish the work left queued: by a run without --wait, a stopped run or a crash."},
        {"approve", Commands::approve,
         "Approve a request that waits for a second person (a source's approval_for_all or approval_over): "
         "its transactions are queued for the workers. The one who asked cannot approve it."},
        {"reject", Commands::reject,
         "Reject a request that waits for approval: its transactions end cancelled with the reason; nothing "
         "is sent."},
        {"worker", Commands::worker,
         "Run the profile's queue until stopped: claim due work no live process runs, a portion at a time, "
         "send, poll and verify it. On a shared (PostgreSQL) profile, one worker per server."},
        {"changes", Commands::changes,
         "Show the files changed between two revisions (or the last two deploys of a Capistrano "
         "revisions.log), "
         "the URLs they map to and what was skipped, without purging.",
         false},
        {"profile set-aside", Commands::profileSetAside,
         "Move a damaged database aside byte for byte and start a new one with every row SQLite can still "
         "read.",
         false},
        {"profile copy", Commands::profileCopy,
         "Copy a profile's sources, presets, settings and history into a new profile, between a directory "
         "(SQLite) and a postgresql:// URL either way. Ids are kept; secrets stay where they are.",
         false},
        {"help", help, "Print this help, a command's options, or the manual page.", false},
    };
    return table;
}

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &entry : commandTable())
        if (QLatin1String(entry.name) == name)
            return &entry;
    return nullptr;
}

// The first words of the commands: they alone mean "run headless".
QStringList commandWords()
{
    QStringList words;
    for (const CommandEntry &entry : commandTable()) {
        const QString first = QString::fromLatin1(entry.name).section(QLatin1Char(' '), 0, 0);
        if (!words.contains(first))
            words << first;
    }
    return words;
}

// What a command accepts, from its own parser: the command runs in describe mode and stops at
// parseSubcommand, before it touches the profile (describe mode opens none).
CommandSyntax describe(const CommandEntry &entry)
{
    CommandSyntax syntax;
    syntax.name = QString::fromLatin1(entry.name);
    syntax.summary = QString::fromLatin1(entry.summary);
    syntax.needsProfile = entry.needsProfile;
    CliContext ctx{QString()};
    ctx.describeInto(&syntax);
    entry.handler(ctx, {QStringLiteral("purgeline ") + syntax.name});
    return syntax;
}

QList<CommandSyntax> describeAll()
{
    QList<CommandSyntax> all;
    for (const CommandEntry &entry : commandTable())
        all.append(describe(entry));
    return all;
}

// Commands that only read the profile: they run on a read-only or locked profile too.
bool readsOnly(const QString &name, const QStringList &rest)
{
    static const QStringList readers{QStringLiteral("history"), QStringLiteral("source list"),
                                     QStringLiteral("source check"), QStringLiteral("preset list")};
    const bool dryRun = (name == QLatin1String("purge") || name == QLatin1String("preset run")) &&
                        rest.contains(QLatin1String("--dry-run"));
    return readers.contains(name) || dryRun;
}

// The values some option value names stand for, from the engine's own vocabularies, for the
// shell completions ("--type TYPE" completes provider types).
QStringList valuesOf(const QString &valueName)
{
    if (valueName == QLatin1String("TYPE"))
        return ProviderRegistry::instance().types();
    if (valueName == QLatin1String("MATCH"))
        return ProviderRegistry::instance().matchWords();
    if (valueName == QLatin1String("ACTION"))
        return {actionName(PurgeAction::Purge), actionName(PurgeAction::Invalidate)};
    if (valueName == QLatin1String("STATE")) {
        QStringList states;
        for (const TransactionState state :
             {TransactionState::Queued, TransactionState::Sending, TransactionState::WaitingForStatus,
              TransactionState::RetryScheduled, TransactionState::Succeeded, TransactionState::Failed,
              TransactionState::Cancelled})
            states << stateName(state);
        return states;
    }
    return {};
}

// `purgeline help [COMMAND...]`, and the forms the man page build and the completions use.
int help(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption man(
        {QStringLiteral("man")},
        QStringLiteral("Print the manual page purgeline(1) in roff (what the build installs)."));
    const QCommandLineOption commands(
        {QStringLiteral("commands")},
        QStringLiteral("List the commands, one a line (for shell completion)."));
    const QCommandLineOption options(
        {QStringLiteral("options")},
        QStringLiteral(
            "List COMMAND's options (without one, the global options), one a line: name, value name "
            "and description separated by tabs (for shell completion)."));
    const QCommandLineOption values(
        {QStringLiteral("values")},
        QStringLiteral("List the values an option's VALUE-NAME stands for (TYPE, MATCH, "
                       "ACTION, STATE), one a line (for shell completion)."),
        QStringLiteral("VALUE-NAME"));
    parser.addOptions({man, commands, options, values});
    parser.addPositionalArgument(QStringLiteral("COMMAND"), QStringLiteral("The command to describe."),
                                 QStringLiteral("[COMMAND]"));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    const QString name = parser.positionalArguments().join(QLatin1Char(' '));
    const CommandEntry *entry = name.isEmpty() ? nullptr : findCommand(name);
    if (!name.isEmpty() && !entry)
        return ctx.usageError(QCoreApplication::translate("CommandLine", "unknown command \"%1\"").arg(name));
    if (parser.isSet(man)) {
        ctx.out() << CliHelp::manPage(describeAll(), QCoreApplication::applicationVersion());
    } else if (parser.isSet(commands)) {
        for (const CommandEntry &e : commandTable())
            ctx.out() << e.name << "\n";
    } else if (parser.isSet(options)) {
        if (entry) {
            ctx.out() << CliHelp::completionOptions(describe(*entry).options);
        } else {
            ctx.out() << CliHelp::completionOptions(
                {QCommandLineOption({QStringLiteral("profile")}, CliHelp::globalOptions().value(0).text,
                                    QStringLiteral("DIR")),
                 QCommandLineOption({QStringLiteral("version")}, CliHelp::globalOptions().value(1).text),
                 QCommandLineOption({QStringLiteral("help"), QStringLiteral("h")},
                                    CliHelp::globalOptions().value(2).text)});
        }
    } else if (parser.isSet(values)) {
        for (const QString &value : valuesOf(parser.value(values)))
            ctx.out() << value << "\n";
    } else {
        ctx.out() << (entry ? CliHelp::commandHelp(describe(*entry)) : CliHelp::overview(describeAll()));
    }
    ctx.out().flush();
    return ExitOk;
}

QString usage()
{
    return CliHelp::overview(describeAll());
}

// Index of the first argument that is not a global option (or its value).
qsizetype commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--profile")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1String("--profile=")))
            continue;
        return i;
    }
    return -1;
}

} // namespace

namespace CommandLine {

bool isCommand(const QStringList &arguments)
{
    const qsizetype index = commandIndex(arguments);
    if (index < 0)
        return false;
    const QString &word = arguments.at(index);
    return commandWords().contains(word) || word == QLatin1String("--help") || word == QLatin1String("-h") ||
           word == QLatin1String("--version") || !word.startsWith(QLatin1Char('-'));
}

QString profileOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--profile") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--profile=")))
            return arguments.at(i).mid(10);
    }
    return {};
}

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const qsizetype index = commandIndex(arguments);
    if (arguments.contains(QLatin1String("--profile")) && profileOption(arguments).isEmpty()) {
        err << "purgeline: --profile needs a directory" << Qt::endl;
        return ExitUsage;
    }
    const QString word = arguments.at(index);
    if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
        QTextStream(stdout) << usage() << Qt::flush;
        return ExitOk;
    }
    if (word == QLatin1String("--version")) {
        QTextStream(stdout) << "purgeline " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    QString name = word;
    qsizetype restStart = index + 1;
    const bool twoWords =
        std::any_of(commandTable().cbegin(), commandTable().cend(), [&](const CommandEntry &e) {
            return QString::fromLatin1(e.name).startsWith(word + QLatin1Char(' '));
        });
    if (twoWords) {
        if (index + 1 >= arguments.size()) {
            err << "purgeline: "
                << QCoreApplication::translate("CommandLine", "\"%1\" needs a subcommand").arg(word) << "\n"
                << usage() << Qt::endl;
            return ExitUsage;
        }
        name += QLatin1Char(' ') + arguments.at(index + 1);
        ++restStart;
    }
    const CommandEntry *entry = findCommand(name);
    if (!entry) {
        err << "purgeline: " << QCoreApplication::translate("CommandLine", "unknown command \"%1\"").arg(name)
            << "\n"
            << usage() << Qt::endl;
        return ExitUsage;
    }
    const QStringList rest = arguments.mid(restStart);
    // `COMMAND --help` is `help COMMAND`: it prints, and opens no profile.
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        QTextStream(stdout) << CliHelp::commandHelp(describe(*entry)) << Qt::flush;
        return ExitOk;
    }
    CliContext ctx(Database::resolveProfileDir(profileOption(arguments)));
    QStringList commandArgs{QStringLiteral("purgeline ") + name};
    commandArgs += rest;
    QString error;
    // `changes` only reads a repository: it needs no profile database (and creates none).
    // `profile set-aside` opens a damaged one its own way; `profile copy` opens the two it names.
    if (entry->needsProfile && !ctx.open(&error)) {
        err << "purgeline: " << error << Qt::endl;
        return ExitUsage;
    }
    // A command that writes finds out now that it cannot (read-only, no space, another
    // process's lock), before it records or sends anything.
    if (entry->needsProfile && !readsOnly(name, commandArgs.mid(1)) && !ctx.checkWritable())
        return ExitUsage;
    return entry->handler(ctx, commandArgs);
}

} // namespace CommandLine
