#include "clicontext.h"

#include <QCoreApplication>
#include <cstdio>

CliContext::CliContext(const QString &profileDir)
    : db(profileDir), secrets(std::make_unique<KeychainSecretStore>()), m_out(stdout), m_err(stderr)
{
}

bool CliContext::open(QString *error)
{
    return db.open(error);
}

int CliContext::usageError(const QString &message)
{
    m_err << "purgeline: " << message << Qt::endl;
    return ExitUsage;
}

bool parseSubcommand(CliContext &ctx, QCommandLineParser &parser, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        ctx.usageError(parser.errorText());
        return false;
    }
    return true;
}
