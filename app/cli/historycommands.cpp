#include "clicontext.h"
#include "commands.h"
#include "jsonformat.h"
#include "queuerunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace {

struct HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)
};

const QCommandLineOption kJson({QStringLiteral("json")},
                               QStringLiteral("Print one JSON document on stdout."));
const QCommandLineOption kWait({QStringLiteral("wait")},
                               QStringLiteral("Wait until every transaction is final."));

} // namespace

namespace Commands {

int history(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption state({QStringLiteral("state")}, QStringLiteral("Only transactions in STATE."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption limit({QStringLiteral("limit")},
                                   QStringLiteral("At most N, newest (default 100)."), QStringLiteral("N"),
                                   QStringLiteral("100"));
    const QCommandLineOption search({QStringLiteral("search")},
                                    QStringLiteral("Only those whose targets, source or error contain TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption request({QStringLiteral("request")},
                                     QStringLiteral("Only transactions of request ID."),
                                     QStringLiteral("ID"));
    const QCommandLineOption person(
        {QStringLiteral("person")},
        QStringLiteral("Only what NAME asked for: the name they go by, or their login."),
        QStringLiteral("NAME"));
    parser.addOptions({kJson, state, limit, search, request, person});
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    HistoryFilter filter;
    if (parser.isSet(state)) {
        filter.state = stateFromName(parser.value(state));
        if (!filter.state)
            return ctx.usageError(
                HistoryCommands::tr(
                    "unknown --state \"%1\": use queued, sending, waiting-for-status, retry-scheduled, "
                    "succeeded, failed or cancelled")
                    .arg(parser.value(state)));
    }
    bool ok = false;
    filter.limit = parser.value(limit).toInt(&ok);
    if (!ok || filter.limit < 1)
        return ctx.usageError(HistoryCommands::tr("--limit must be a positive whole number, not \"%1\"")
                                  .arg(parser.value(limit)));
    if (parser.isSet(request)) {
        filter.requestId = parser.value(request).toLongLong(&ok);
        if (!ok || filter.requestId < 1)
            return ctx.usageError(
                HistoryCommands::tr("--request must be a request id, not \"%1\"").arg(parser.value(request)));
    }
    filter.text = parser.value(search);
    filter.person = parser.value(person).trimmed();
    const QList<TransactionRecord> rows = ctx.transactions().history(filter);
    QList<qint64> requestIds;
    for (const TransactionRecord &t : rows)
        requestIds << t.requestId;
    const QHash<qint64, RequestRecord> requests = ctx.transactions().requests(requestIds);
    if (parser.isSet(kJson)) {
        QJsonArray items;
        for (const TransactionRecord &t : rows) {
            QJsonObject item = JsonFormat::transaction(t);
            if (const auto r = requests.constFind(t.requestId); r != requests.cend()) {
                item.insert(QStringLiteral("origin"), r->origin);
                item.insert(QStringLiteral("user"), r->user);
                item.insert(QStringLiteral("person"), r->person);
                item.insert(QStringLiteral("host"), r->host);
                item.insert(QStringLiteral("reason"), r->reason);
            }
            QJsonArray events;
            for (const EventRecord &e : ctx.transactions().events(t.id))
                events.append(QJsonObject{{QStringLiteral("at"), JsonFormat::isoTime(e.at)},
                                          {QStringLiteral("kind"), e.kind},
                                          {QStringLiteral("http_status"), e.httpStatus},
                                          {QStringLiteral("message"), e.message}});
            item.insert(QStringLiteral("events"), events);
            items.append(item);
        }
        ctx.out() << JsonFormat::document({{QStringLiteral("transactions"), items}});
        return ExitOk;
    }
    for (const TransactionRecord &t : rows) {
        ctx.out() << t.id << "\t" << QDateTime::fromMSecsSinceEpoch(t.createdAt).toString(Qt::ISODate) << "\t"
                  << t.sourceName << "\t" << actionName(t.batch.action) << " " << matchName(t.batch.match)
                  << "\t" << stateName(t.state) << "\t"
                  << (t.lastHttpStatus ? QString::number(t.lastHttpStatus) : QStringLiteral("-")) << "\t"
                  << t.targetsSummary()
                  << (t.lastError.isEmpty() ? QString() : QStringLiteral("\t") + t.lastError.simplified())
                  << "\n";
    }
    return ExitOk;
}

int retry(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption failed({QStringLiteral("failed")},
                                    QStringLiteral("Retry every failed transaction."));
    parser.addOptions({failed, kWait, kJson});
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Transaction ids (or --failed)."),
                                 QStringLiteral("[ID...]"));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    QList<qint64> ids;
    if (parser.isSet(failed)) {
        if (!parser.positionalArguments().isEmpty())
            return ctx.usageError(HistoryCommands::tr("give transaction ids or --failed, not both"));
        for (const TransactionRecord &t : ctx.transactions().inState(TransactionState::Failed))
            ids.append(t.id);
        if (ids.isEmpty()) {
            ctx.err() << HistoryCommands::tr("no failed transactions") << Qt::endl;
            return ExitOk;
        }
    } else {
        if (parser.positionalArguments().isEmpty())
            return ctx.usageError(HistoryCommands::tr("retry needs transaction ids or --failed"));
        for (const QString &arg : parser.positionalArguments()) {
            bool ok = false;
            const qint64 id = arg.toLongLong(&ok);
            if (!ok)
                return ctx.usageError(HistoryCommands::tr("\"%1\" is not a transaction id").arg(arg));
            const QList<TransactionRecord> found = ctx.transactions().byIds({id});
            if (found.isEmpty())
                return ctx.usageError(HistoryCommands::tr("no transaction %1").arg(id));
            if (found.first().state != TransactionState::Failed &&
                found.first().state != TransactionState::Cancelled)
                return ctx.usageError(
                    HistoryCommands::tr("transaction %1 is %2; only failed or cancelled ones can be retried")
                        .arg(id)
                        .arg(stateName(found.first().state)));
            ids.append(id);
        }
    }
    return QueueRunner(ctx, {parser.isSet(kWait), parser.isSet(kJson), 0}).retry(ids);
}

int resume(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addOptions({kWait, kJson});
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    // Work a live process is running (the window, another command, a worker on another machine
    // within its lease) stays with it: sending it from here too would purge twice and race over
    // its state. The rest is claimed for this run.
    TransactionStore::ClaimRequest request;
    request.includeOwn = true;
    int requeued = 0;
    const QList<TransactionRecord> open = ctx.transactions().claim(request, &requeued);
    if (requeued > 0)
        ctx.err() << HistoryCommands::tr(
                         "%1 transaction(s) were being sent when their process stopped; queued again")
                         .arg(requeued)
                  << Qt::endl;
    if (const int elsewhere = ctx.transactions().openOwnedElsewhere(); elsewhere > 0)
        ctx.err()
            << HistoryCommands::tr(
                   "%1 open transaction(s) belong to another running Purgeline process and are left to it")
                   .arg(elsewhere)
            << Qt::endl;
    // A verification is only worth taking over when this run stays to finish it.
    QList<TransactionRecord> unverified;
    if (parser.isSet(kWait))
        unverified = ctx.transactions().claimUnfinishedVerifications();
    if (!unverified.isEmpty())
        ctx.err() << HistoryCommands::tr("%n verification(s) a stopped process began are finished here",
                                         nullptr, int(unverified.size()))
                  << Qt::endl;
    if (open.isEmpty() && unverified.isEmpty()) {
        ctx.err() << HistoryCommands::tr("nothing to resume") << Qt::endl;
        if (parser.isSet(kJson))
            ctx.out() << JsonFormat::document({{QStringLiteral("transactions"), QJsonArray()}});
        return ExitOk;
    }
    return QueueRunner(ctx, {parser.isSet(kWait), parser.isSet(kJson), 0}).resume(open, unverified);
}

} // namespace Commands
