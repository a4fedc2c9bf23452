#include "transactionfeed.h"

#include "queue/purgequeue.h"
#include "queue/verifier.h"
#include "storage/transactionstore.h"
#include "transactiontablemodel.h"

#include <QDateTime>
#include <QTimer>

TransactionFeed::TransactionFeed(TransactionTableModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(100);
    connect(m_batchTimer, &QTimer::timeout, this, &TransactionFeed::flush);
}

void TransactionFeed::setBatchInterval(int ms)
{
    m_batchTimer->setInterval(qMax(0, ms));
}

int TransactionFeed::batchInterval() const
{
    return m_batchTimer->interval();
}

void TransactionFeed::watchQueue(PurgeQueue *queue)
{
    connect(queue, &PurgeQueue::transactionAdded, this, &TransactionFeed::enqueue);
    connect(queue, &PurgeQueue::transactionChanged, this, &TransactionFeed::enqueue);
    connect(queue, &PurgeQueue::transactionHeld, this, &TransactionFeed::enqueue);
}

void TransactionFeed::watchStore(TransactionStore *store, int pollMs)
{
    m_store = store;
    // A long history must not hold up the window: the newest screenful now, the rest in
    // chunks from the event loop; from now on, polling picks up what changes.
    m_polledSince = QDateTime::currentMSecsSinceEpoch() - 2000;
    m_oldestLoadedId = 0;
    m_historyCount = 0;
    loadOlder();
    // Work still open is shown however far back the history it sits in: it can be cancelled,
    // retried or approved only from here.
    QList<TransactionRecord> open;
    for (const TransactionRecord &t : m_store->active())
        if (m_model->rowOfId(t.id) < 0)
            open.append(t);
    m_model->upsert(open);
    if (pollMs <= 0)
        return;
    if (!m_pollTimer) {
        m_pollTimer = new QTimer(this);
        connect(m_pollTimer, &QTimer::timeout, this, &TransactionFeed::poll);
    }
    m_pollTimer->start(pollMs);
}

void TransactionFeed::pollSoon()
{
    if (!m_pollSoonTimer) {
        m_pollSoonTimer = new QTimer(this);
        m_pollSoonTimer->setSingleShot(true);
        m_pollSoonTimer->setInterval(100); // a worker commits many times a second
        connect(m_pollSoonTimer, &QTimer::timeout, this, &TransactionFeed::poll);
    }
    if (!m_pollSoonTimer->isActive())
        m_pollSoonTimer->start();
}

void TransactionFeed::loadOlder()
{
    if (!m_store)
        return;
    const int chunk = qMin(m_oldestLoadedId == 0 ? 500 : 5000, m_historyLimit - m_historyCount);
    const QList<TransactionRecord> rows = m_store->newestBefore(m_oldestLoadedId, chunk);
    if (!rows.isEmpty()) {
        m_oldestLoadedId = rows.last().id;
        QList<TransactionRecord> fresh;
        fresh.reserve(rows.size());
        for (const TransactionRecord &t : rows)
            if (m_model->rowOfId(t.id) < 0) // polling may have brought a newer copy already
                fresh.append(t);
        m_model->upsert(fresh);
        m_historyCount += int(rows.size());
    }
    if (rows.size() == chunk && m_historyCount < m_historyLimit)
        QTimer::singleShot(0, this, &TransactionFeed::loadOlder);
    else
        emit historyLoaded(m_historyCount);
}

void TransactionFeed::enqueue(const TransactionRecord &transaction)
{
    m_pending.insert(transaction.id, transaction);
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void TransactionFeed::poll()
{
    if (!m_store)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<TransactionRecord> changed = m_store->changedSince(m_polledSince);
    // Overlap: a row committed in the same millisecond as the previous poll is not missed.
    // Seeing a row twice costs one upsert of identical data.
    m_polledSince = now - 2000;
    for (const TransactionRecord &t : changed) {
        if (const int row = m_model->rowOfId(t.id); row >= 0) {
            const TransactionRecord &known = m_model->transactionAt(row);
            if (known.updatedAt == t.updatedAt && known.state == t.state && known.attempts == t.attempts &&
                known.polls == t.polls)
                continue; // seen in the previous poll's overlap
        }
        // The queue's own signal may be newer than what the store had a moment ago.
        const auto it = m_pending.constFind(t.id);
        if (it == m_pending.constEnd() || it->updatedAt <= t.updatedAt)
            m_pending.insert(t.id, t);
    }
    if (!m_pending.isEmpty() && !m_batchTimer->isActive())
        m_batchTimer->start();
}

void TransactionFeed::flush()
{
    m_batchTimer->stop();
    if (m_pending.isEmpty())
        return;
    QList<TransactionRecord> batch;
    batch.reserve(m_pending.size());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        batch.append(it.value());
    m_pending.clear();
    // Ascending ids keep rows appended in order and changed rows in long contiguous runs.
    std::sort(batch.begin(), batch.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    m_model->upsert(batch);
    emit flushed(int(batch.size()));
}

void TransactionFeed::watchVerifier(Verifier *verifier, TransactionStore *store)
{
    connect(verifier, &Verifier::verificationChanged, this, [this, store](qint64 id, const QString &) {
        for (const TransactionRecord &t : store->byIds({id}))
            enqueue(t);
    });
}
