#include "queuerunner.h"

#include "clicontext.h"
#include "core/clock.h"
#include "jsonformat.h"
#include "net/httpclient.h"
#include "queue/purgequeue.h"
#include "queue/verifier.h"
#include "queue/verifytext.h"
#include "signalcatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <algorithm>
#include <optional>

namespace {

struct QueueRunnerTr
{
    Q_DECLARE_TR_FUNCTIONS(QueueRunner)
};

} // namespace

QString QueueRunner::progressLine(const TransactionRecord &t)
{
    const QString what = QStringLiteral("#%1 %2 %3").arg(t.id).arg(t.sourceName, t.targetsSummary());
    switch (t.state) {
    case TransactionState::Succeeded:
        return QStringLiteral("succeeded ") + what +
               (t.providerId.isEmpty() ? QString() : QStringLiteral(" (id %1)").arg(t.providerId));
    case TransactionState::Failed:
        return QStringLiteral("FAILED    ") + what + QStringLiteral(": ") + t.lastError;
    case TransactionState::Cancelled:
        // Says why when the queue ended it (a lower layer failed), not only when asked to.
        return QStringLiteral("cancelled ") + what +
               (t.lastError.isEmpty() ? QString() : QStringLiteral(": ") + t.lastError);
    case TransactionState::RetryScheduled:
        return QStringLiteral("retrying  ") + what + QStringLiteral(": ") + t.lastError;
    case TransactionState::WaitingForStatus:
        return QStringLiteral("pending   ") + what +
               (t.progress >= 0 ? QStringLiteral(" (%1%)").arg(t.progress) : QString());
    case TransactionState::AwaitingApproval:
        return QStringLiteral("awaiting  ") + what + QStringLiteral(": ") +
               QueueRunnerTr::tr("waits for another person's approval");
    case TransactionState::Queued:
    case TransactionState::Sending:
        break;
    }
    return {};
}

int QueueRunner::run(const QList<TransactionRecord> &transactions)
{
    return runWith([&](PurgeQueue &queue) { queue.add(transactions); });
}

int QueueRunner::resume(const QList<TransactionRecord> &transactions,
                        const QList<TransactionRecord> &unverified)
{
    m_unverified = unverified;
    return runWith([&](PurgeQueue &queue) {
        queue.add(transactions);
        m_ctx.service().verifier().resumeUnfinished(unverified);
    });
}

int QueueRunner::watch(const QList<TransactionRecord> &)
{
    return runWith([](PurgeQueue &) {});
}

int QueueRunner::retry(const QList<qint64> &ids)
{
    return runWith([&](PurgeQueue &queue) { queue.retry(ids); });
}

int QueueRunner::runWith(const std::function<void(PurgeQueue &)> &start)
{
    // The engine's own queue, with the profile's queue settings: the window runs the same one.
    PurgeQueue &queue = m_ctx.service().queue();
    // The queue outlives this run; connections made through `receiver` end with it.
    QObject receiver;
    QEventLoop loop;
    bool stopped = false;

    QObject::connect(&queue, &PurgeQueue::transactionChanged, &receiver, [&](const TransactionRecord &t) {
        if (const QString line = progressLine(t); !line.isEmpty())
            m_ctx.err() << line << Qt::endl;
    });
    // Work another process runs now (it claimed it, or this one has no secret for its source):
    // followed in the profile, which every process writes.
    QList<qint64> left;
    QObject::connect(&queue, &PurgeQueue::transactionLeft, &receiver, [&](qint64 id, const QString &why) {
        left << id;
        m_ctx.err() << "left      #" << id << ": " << why << Qt::endl;
    });
    Verifier &verifier = m_ctx.service().verifier();
    const auto isDone = [&] {
        return m_options.wait ? queue.allFinal() && verifier.isSettled() : queue.allAnswered();
    };
    const auto checkDone = [&] {
        if (isDone())
            loop.quit();
    };
    QObject::connect(&queue, &PurgeQueue::settled, &loop, checkDone, Qt::QueuedConnection);
    QObject::connect(&verifier, &Verifier::verificationChanged, &receiver,
                     [&](qint64 id, const QString &state) {
                         m_ctx.err() << VerifyText::progressLine(id, state) << Qt::endl;
                     });
    QObject::connect(&verifier, &Verifier::verificationChanged, &loop, checkDone, Qt::QueuedConnection);
    SignalCatcher catcher([&] {
        stopped = true;
        queue.shutdown();
        loop.quit();
    });
    // A write that fails (a full disk, another process's lock, a file system gone read-only)
    // stops the run: the queue sends nothing it could not record, and what was recorded stays
    // for `resume`. Queued, so the queue finishes the step it is in first.
    std::optional<DatabaseFault> storageFault;
    const auto stopForFault = [&](const DatabaseFault &fault) {
        if (!fault.isFault() || storageFault)
            return;
        storageFault = fault;
        stopped = true;
        queue.shutdown();
        loop.quit();
    };
    QObject::connect(&m_ctx.db, &Database::faultChanged, &receiver, stopForFault, Qt::QueuedConnection);

    start(queue);
    if (m_ctx.db.fault().isFault()) // it failed before this run was listening
        stopForFault(m_ctx.db.fault());
    if (!stopped && !isDone())
        loop.exec();
    // settled() reaches checkDone queued, so the loop can quit while the last state changes
    // (already visible in tracked()) still wait in the queue's write batch. Stopping the queue
    // commits them (and reports them on stderr); without this the store kept the last
    // transactions "sending" after a successful run, and the next resume sent them again.
    // Work folded into transactions another process runs is done when they are: --wait waits for
    // them too (read from the profile, which every process writes), or a deploy hook would be told
    // "done" before that purge went out.
    QList<TransactionRecord> covering;
    if (!m_options.wait && !left.isEmpty())
        covering = m_ctx.service().transactions().byIds(left);
    if (m_options.wait && !stopped && (!m_options.coveringTransactions.isEmpty() || !left.isEmpty())) {
        QList<qint64> others = left;
        for (qint64 id : m_options.coveringTransactions)
            if (!queue.isTracked(id))
                others << id;
        const auto allDone = [&] {
            covering = m_ctx.service().transactions().byIds(others);
            return std::all_of(covering.cbegin(), covering.cend(),
                               [](const TransactionRecord &t) { return isFinal(t.state); });
        };
        if (!others.isEmpty() && !allDone()) {
            m_ctx.err() << QueueRunnerTr::tr("waiting for %n queued transaction(s) that cover this purge",
                                             nullptr, int(others.size()))
                        << Qt::endl;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (allDone())
                    loop.quit();
            });
            poll.start(500);
            loop.exec();
        }
    }
    if (!stopped)
        queue.shutdown();

    QList<TransactionRecord> tracked = queue.tracked();
    for (const TransactionRecord &t : std::as_const(m_unverified))
        covering << t;
    for (const TransactionRecord &t : std::as_const(covering))
        if (std::none_of(tracked.cbegin(), tracked.cend(),
                         [&](const TransactionRecord &mine) { return mine.id == t.id; }))
            tracked << t;
    int failed = 0;
    int succeeded = 0;
    int open = 0;
    int waiting = 0; // not yet accepted by the provider: to be sent again (accepted ones are polled)
    for (const TransactionRecord &t : tracked) {
        if (t.state == TransactionState::Failed)
            ++failed;
        else if (t.state == TransactionState::Succeeded)
            ++succeeded;
        else if (!isFinal(t.state))
            ++open;
        waiting += !isFinal(t.state) && t.state != TransactionState::WaitingForStatus;
    }
    std::sort(tracked.begin(), tracked.end(),
              [](const TransactionRecord &a, const TransactionRecord &b) { return a.id < b.id; });
    // Verification is written by the verifier alone: its states come from the store.
    QList<qint64> trackedIds;
    for (const TransactionRecord &t : std::as_const(tracked))
        trackedIds << t.id;
    QHash<qint64, QString> verifyStates;
    for (const TransactionRecord &t : m_ctx.service().transactions().byIds(trackedIds))
        verifyStates.insert(t.id, t.verifyState);
    for (TransactionRecord &t : tracked)
        t.verifyState = verifyStates.value(t.id);
    const QList<ProbeRecord> probes = m_ctx.service().verifications().forTransactions(trackedIds);
    const VerifyText::Summary verification = VerifyText::summarise(tracked, probes);
    if (m_options.json) {
        QJsonArray items;
        for (const TransactionRecord &t : tracked)
            items.append(JsonFormat::transaction(t));
        QJsonObject doc{{QStringLiteral("transactions"), items},
                        {QStringLiteral("succeeded"), succeeded},
                        {QStringLiteral("failed"), failed},
                        {QStringLiteral("open"), open},
                        {QStringLiteral("stopped"), stopped}};
        if (m_options.requestId)
            doc.insert(QStringLiteral("request_id"), m_options.requestId);
        if (!probes.isEmpty())
            doc.insert(QStringLiteral("verifications"), JsonFormat::probes(probes));
        for (auto it = m_options.extraJson.constBegin(); it != m_options.extraJson.constEnd(); ++it)
            doc.insert(it.key(), it.value());
        m_ctx.out() << JsonFormat::document(doc);
        m_ctx.out().flush();
    }
    QTextStream &err = m_ctx.err();
    err << QueueRunnerTr::tr("%n transaction(s): ", nullptr, int(tracked.size())) << succeeded
        << " succeeded, " << failed << " failed, " << open << " still open" << Qt::endl;
    for (const QString &line : verification.lines)
        err << line << Qt::endl;
    if (storageFault) {
        m_ctx.printFault(*storageFault);
        err << QueueRunnerTr::tr("the run stopped: %n transaction(s) not finished stay as last recorded",
                                 nullptr, open)
            << Qt::endl;
        return ExitStopped;
    }
    if (stopped) {
        err << QueueRunnerTr::tr(
                   "stopped; unfinished work stays queued: run `purgeline resume --wait` to finish it")
            << Qt::endl;
        return ExitStopped;
    }
    if (open > 0 && !m_options.wait)
        err << QueueRunnerTr::tr("open transactions are retried or polled by `purgeline resume --wait` or "
                                 "the Purgeline window")
            << Qt::endl;
    // Work that only needs more patience is not a failure: it has its retry budget left.
    if (waiting > 0 && failed == 0) {
        err << QueueRunnerTr::tr("%n transaction(s) still waiting to be sent again within their retry budget",
                                 nullptr, waiting)
            << Qt::endl;
        return ExitStopped;
    }
    if (m_options.wait && verification.unsettled > 0 && failed == 0)
        return ExitStopped;
    return failed > 0 || verification.stillCached > 0 ? ExitFailed : ExitOk;
}
