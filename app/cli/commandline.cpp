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
    };
    return table;
}

const QStringList kCommandWords{QStringLiteral("source"),  QStringLiteral("purge"),  QStringLiteral("preset"),
                                QStringLiteral("history"), QStringLiteral("retry"),  QStringLiteral("resume"),
                                QStringLiteral("help"),    QStringLiteral("changes")};

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
    if ((word == QLatin1String("source") || word == QLatin1String("preset"))) {
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
    QString error;
    // `changes` only reads a repository: it needs no profile database (and creates none).
    if (name != QLatin1String("changes") && !ctx.open(&error)) {
        err << "purgeline: " << error << Qt::endl;
        return ExitUsage;
    }
    QStringList commandArgs{QStringLiteral("purgeline ") + name};
    commandArgs += arguments.mid(restStart);
    return handler->second(ctx, commandArgs);
}

} // namespace CommandLine
