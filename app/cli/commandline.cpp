#include "commandline.h"

#include "providers/providerregistry.h"

#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>
#include <map>

namespace {

using Handler = int (*)(CliContext &, const QStringList &);

const std::map<QString, Handler> &handlers()
{
    static const std::map<QString, Handler> table{
        {QStringLiteral("source add"), Commands::sourceAdd},
        {QStringLiteral("source list"), Commands::sourceList},
        {QStringLiteral("source remove"), Commands::sourceRemove},
        {QStringLiteral("purge"), Commands::purge},
        {QStringLiteral("preset save"), Commands::presetSave},
        {QStringLiteral("preset list"), Commands::presetList},
        {QStringLiteral("preset run"), Commands::presetRun},
        {QStringLiteral("preset remove"), Commands::presetRemove},
        {QStringLiteral("history"), Commands::history},
        {QStringLiteral("retry"), Commands::retry},
        {QStringLiteral("resume"), Commands::resume},
        {QStringLiteral("changes"), Commands::changes},
        {QStringLiteral("profile set-aside"), Commands::profileSetAside},
    };
    return table;
}

const QStringList kCommandWords{
    QStringLiteral("source"),  QStringLiteral("purge"),   QStringLiteral("preset"),
    QStringLiteral("history"), QStringLiteral("retry"),   QStringLiteral("resume"),
    QStringLiteral("help"),    QStringLiteral("changes"), QStringLiteral("profile")};

// Commands that only read the profile: they run on a read-only or locked profile too.
bool readsOnly(const QString &name, const QStringList &rest)
{
    static const QStringList readers{QStringLiteral("history"), QStringLiteral("source list"),
                                     QStringLiteral("preset list")};
    const bool dryRun = (name == QLatin1String("purge") || name == QLatin1String("preset run")) &&
                        rest.contains(QLatin1String("--dry-run"));
    return readers.contains(name) || dryRun;
}

// The request options providers declare, from their declarations.
QString requestOptionsHelp()
{
    QString text;
    for (const OptionSpec &spec : ProviderRegistry::instance().allOptions()) {
        text += QStringLiteral("\n  --option %1=VALUE").arg(spec.key);
        if (!spec.alias.isEmpty())
            text += QStringLiteral(" (or --%1 VALUE)").arg(spec.alias);
        text += QStringLiteral(": ") + spec.help;
    }
    return text.isEmpty() ? text : QCoreApplication::translate("CommandLine", "\nRequest options:") + text;
}

QString usage()
{
    return QCoreApplication::translate("CommandLine", R"(usage: purgeline [--profile DIR] COMMAND ...
  source add NAME --type TYPE [--endpoint URL]... [--set KEY=VALUE]... [--secret-env VAR | --secret-stdin]
  source list [--json]
  source remove NAME
  purge --source NAME[,NAME...] [--action purge|invalidate] [--match exact|prefix|tag|host|all]
        [--from-file FILE|-] [--changes-from DIR <selection>] [--option KEY=VALUE]...
        [--wait] [--dry-run] [--json] [TARGET...]
  changes --repo DIR <selection> [--json]
    <selection> = (--revisions-log FILE | --from REV --to REV) [--only images|all] [--include GLOB]...
                  [--exclude GLOB]... [--map PATH_PREFIX=URL_PREFIX]...
  preset save NAME <purge options> | preset list [--json] | preset run NAME [--wait] [--json] | preset remove NAME
  history [--json] [--state STATE] [--limit N] [--search TEXT] [--request ID]
  retry (ID... | --failed) [--wait] [--json]
  resume [--wait] [--json]
  profile set-aside   (a damaged database: moved aside byte for byte, a new one gets what can be read)
Without a command, the Purgeline window opens.
Exit status: 0 all succeeded (or queued), 1 a transaction failed, 2 bad usage or input (nothing queued),
3 stopped with work still queued.)") +
           requestOptionsHelp();
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
    return kCommandWords.contains(word) || word == QLatin1String("--help") || word == QLatin1String("-h") ||
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
    if (word == QLatin1String("help") || word == QLatin1String("--help") || word == QLatin1String("-h")) {
        QTextStream(stdout) << usage() << Qt::endl;
        return ExitOk;
    }
    if (word == QLatin1String("--version")) {
        QTextStream(stdout) << "purgeline " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    QString name = word;
    qsizetype restStart = index + 1;
    if (word == QLatin1String("source") || word == QLatin1String("preset") ||
        word == QLatin1String("profile")) {
        if (index + 1 >= arguments.size()) {
            err << "purgeline: "
                << QCoreApplication::translate("CommandLine", "\"%1\" needs a subcommand").arg(word) << "\n"
                << usage() << Qt::endl;
            return ExitUsage;
        }
        name += QLatin1Char(' ') + arguments.at(index + 1);
        ++restStart;
    }
    const auto handler = handlers().find(name);
    if (handler == handlers().end()) {
        err << "purgeline: " << QCoreApplication::translate("CommandLine", "unknown command \"%1\"").arg(name)
            << "\n"
            << usage() << Qt::endl;
        return ExitUsage;
    }
    CliContext ctx(Database::resolveProfileDir(profileOption(arguments)));
    QStringList commandArgs{QStringLiteral("purgeline ") + name};
    commandArgs += arguments.mid(restStart);
    QString error;
    // `changes` only reads a repository: it needs no profile database (and creates none).
    // `profile set-aside` opens a damaged one its own way.
    const bool needsProfile = name != QLatin1String("changes") && name != QLatin1String("profile set-aside");
    if (needsProfile && !ctx.open(&error)) {
        err << "purgeline: " << error << Qt::endl;
        return ExitUsage;
    }
    // A command that writes finds out now that it cannot (read-only, no space, another
    // process's lock), before it records or sends anything.
    if (needsProfile && !readsOnly(name, commandArgs.mid(1)) && !ctx.checkWritable())
        return ExitUsage;
    return handler->second(ctx, commandArgs);
}

} // namespace CommandLine
