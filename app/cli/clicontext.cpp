#include "clicontext.h"

#include <QCoreApplication>
#include <cstdio>

CliContext::CliContext(const QString &profileDir) : db(profileDir), m_out(stdout), m_err(stderr) {}

CliContext::~CliContext() = default;

bool CliContext::open(QString *error)
{
    if (!db.open(error))
        return false;
    m_service = std::make_unique<PurgeService>(db);
    return true;
}

int CliContext::usageError(const QString &message)
{
    m_err << "purgeline: " << message << Qt::endl;
    return ExitUsage;
}

bool CliContext::checkWritable()
{
    const DatabaseFault fault = db.checkWritable(Database::busyTimeoutMs());
    if (!fault.isFault())
        return true;
    printFault(fault);
    return false;
}

void CliContext::printFault(const DatabaseFault &fault)
{
    m_err << "purgeline: " << fault.summary() << "\n" << fault.advice() << Qt::endl;
}

bool parseSubcommand(CliContext &ctx, CommandParser &parser, const QStringList &args)
{
    if (CommandSyntax *syntax = ctx.describing()) {
        syntax->options = parser.declaredOptions();
        syntax->positionals = parser.declaredPositionals();
        return false;
    }
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        ctx.usageError(parser.errorText());
        return false;
    }
    return true;
}
