#include "clicontext.h"
#include "commands.h"
#include "jsonformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct ApprovalCommands
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalCommands)
};

const QCommandLineOption kJson({QStringLiteral("json")},
                               QStringLiteral("Print one JSON document on stdout."));

// approve and reject: one request id, a second person's decision, recorded by the engine.
int decide(CliContext &ctx, const QStringList &args, bool approve)
{
    CommandParser parser;
    const QCommandLineOption reason({QStringLiteral("reason")},
                                    approve
                                        ? QStringLiteral("Why it may go (kept with the decision).")
                                        : QStringLiteral("Why it must not go (shown to the one who asked)."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({reason, kJson});
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The request's id."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(ApprovalCommands::tr("give exactly one request id"));
    bool ok = false;
    const qint64 id = positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usageError(ApprovalCommands::tr("\"%1\" is not a request id").arg(positional.first()));
    if (!ctx.checkWritable())
        return ExitUsage;
    const PurgeService::Decision decision = ctx.service().decide(id, approve, parser.value(reason));
    if (!decision.error.isEmpty())
        return ctx.usageError(decision.error);
    ctx.err() << (approve
                      ? ApprovalCommands::tr("request %1 approved: %n transaction(s) queued for the workers",
                                             nullptr, int(decision.transactions.size()))
                      : ApprovalCommands::tr("request %1 rejected: %n transaction(s) cancelled, nothing sent",
                                             nullptr, int(decision.transactions.size())))
                     .arg(id)
              << Qt::endl;
    if (parser.isSet(kJson)) {
        QJsonArray items;
        for (const TransactionRecord &t : decision.transactions)
            items.append(JsonFormat::transaction(t));
        ctx.out() << JsonFormat::document({{QStringLiteral("request_id"), id},
                                           {QStringLiteral("approved"), approve},
                                           {QStringLiteral("transactions"), items}});
    }
    return ExitOk;
}

} // namespace

namespace Commands {

int approve(CliContext &ctx, const QStringList &args)
{
    return decide(ctx, args, true);
}

int reject(CliContext &ctx, const QStringList &args)
{
    return decide(ctx, args, false);
}

} // namespace Commands
