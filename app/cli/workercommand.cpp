#include "clicontext.h"
#include "commands.h"
#include "queue/purgequeue.h"
#include "queue/verifier.h"
#include "queue/verifytext.h"
#include "queuerunner.h"
#include "signalcatcher.h"
#include "storage/workowner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace {

struct WorkerCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkerCommand)
};

} // namespace

namespace Commands {

// A process that only runs the queue: on a server, beside the team's windows and deploy runs on
// a shared profile. It claims due work a portion at a time (PurgeService::setClaiming), sends,
// polls and verifies it, and gives back what it holds when it stops.
int worker(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption lease(
        {QStringLiteral("lease")},
        QStringLiteral("How long a claim on work lasts without renewal: after a worker dies, another takes "
                       "its work over once this has passed (default 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption untilEmpty(
        {QStringLiteral("until-empty")},
        QStringLiteral("Stop once the profile has no open work this worker could run (for CI jobs)."));
    parser.addOptions({lease, untilEmpty});
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    if (parser.isSet(lease)) {
        bool ok = false;
        const double seconds = parser.value(lease).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return ctx.usageError(
                WorkerCommand::tr("--lease must be a number of seconds from 1 to 3600, not \"%1\"")
                    .arg(parser.value(lease)));
        WorkOwner::setLeaseMs(qint64(seconds * 1000));
    }
    if (!ctx.checkWritable())
        return ExitStopped;

    PurgeService &service = ctx.service();
    PurgeQueue &queue = service.queue();
    QEventLoop loop;
    QObject receiver;
    int succeeded = 0;
    int failed = 0;
    QObject::connect(&queue, &PurgeQueue::transactionChanged, &receiver, [&](const TransactionRecord &t) {
        succeeded += t.state == TransactionState::Succeeded;
        failed += t.state == TransactionState::Failed;
        if (const QString line = QueueRunner::progressLine(t); !line.isEmpty())
            ctx.err() << line << Qt::endl;
    });
    QObject::connect(&queue, &PurgeQueue::transactionLeft, &receiver, [&](qint64 id, const QString &why) {
        ctx.err() << "left      #" << id << ": " << why << Qt::endl;
    });
    QObject::connect(&service.verifier(), &Verifier::verificationChanged, &receiver,
                     [&](qint64 id, const QString &state) {
                         ctx.err() << VerifyText::progressLine(id, state) << Qt::endl;
                     });
    SignalCatcher catcher([&] { loop.quit(); });

    // A database that went away (a restart, the network) is asked again until it is back;
    // meanwhile nothing is claimed and nothing is sent that could not be recorded.
    QTimer recheck;
    QObject::connect(&recheck, &QTimer::timeout, &receiver, [&] {
        if (ctx.db.fault().isFault())
            ctx.db.checkWritable(0);
    });
    recheck.start(5000);

    QTimer idleCheck;
    if (parser.isSet(untilEmpty)) {
        QObject::connect(&idleCheck, &QTimer::timeout, &receiver, [&] {
            const QList<TransactionRecord> tracked = queue.tracked();
            const bool busy = std::any_of(tracked.cbegin(), tracked.cend(),
                                          [](const TransactionRecord &t) { return !isFinal(t.state); });
            if (!busy && service.verifier().isSettled() &&
                service.transactions().openCount(queue.sourcesLeftToOthers()) == 0)
                loop.quit();
        });
        idleCheck.start(500);
    }
    ctx.err() << WorkerCommand::tr("worker %1 on %2: claiming work from %3")
                     .arg(WorkOwner::pid())
                     .arg(WorkOwner::host(), ctx.db.filePath())
              << Qt::endl;
    service.setClaiming(true);
    loop.exec();
    service.setClaiming(false);
    queue.shutdown();
    ctx.err() << WorkerCommand::tr("worker stopped: %1 succeeded, %2 failed; unfinished work is given back")
                     .arg(succeeded)
                     .arg(failed)
              << Qt::endl;
    return failed > 0 ? ExitFailed : ExitOk;
}

} // namespace Commands
