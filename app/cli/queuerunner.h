#pragma once

#include "core/transactionrecord.h"

#include <QJsonObject>
#include <QList>

class CliContext;

// Runs the queue for a command-line invocation until its transactions are answered (or, with
// --wait, final), printing progress on stderr. SIGINT/SIGTERM stop it cleanly: in-flight work
// goes back to "queued" in the store and the run returns ExitStopped.
class QueueRunner final
{
public:
    struct Options
    {
        bool wait = false;
        bool json = false;
        qint64 requestId = 0;  // printed in --json output when set
        QJsonObject extraJson; // more members for the --json document (what was not purged, per source)
        // Queued transactions (of this or another process) that do what this run did not queue
        // again (deduplication): with --wait the run also waits until they are final.
        QList<qint64> coveringTransactions;
    };
    QueueRunner(CliContext &ctx, const Options &options) : m_ctx(ctx), m_options(options) {}

    // Returns the exit status.
    // Queues stored transactions (resume) and runs them.
    int run(const QList<TransactionRecord> &transactions);
    // The same, and finishes the verifications a stopped process left (already claimed).
    int resume(const QList<TransactionRecord> &transactions, const QList<TransactionRecord> &unverified);
    // Runs transactions the engine has already queued (a purge just submitted).
    int watch(const QList<TransactionRecord> &transactions);
    // For retry: re-queues failed/cancelled ids, then runs them.
    int retry(const QList<qint64> &ids);

    // The line a run prints on stderr when a transaction changes, or nothing for this state.
    static QString progressLine(const TransactionRecord &transaction);

private:
    int runWith(const std::function<void(class PurgeQueue &)> &start);
    CliContext &m_ctx;
    Options m_options;
    QList<TransactionRecord> m_unverified; // verifications taken over (resume): in the summary too
};
