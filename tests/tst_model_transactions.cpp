// TransactionTableModel, TransactionFilterProxy and TransactionFeed: raw-value sorting,
// filtering by state/source/text, coalesced updates without resets, speed with 100,000 rows.
#include "core/clock.h"
#include "core/curlformatter.h"
#include "credentials/secretstore.h"
#include "net/httpclient.h"
#include "queue/planner.h"
#include "queue/purgequeue.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "storage/transactionstore.h"
#include "testprofile.h"
#include "transactionfeed.h"
#include "transactionfilterproxy.h"
#include "transactiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

TransactionRecord record(qint64 id, TransactionState state, const QString &source, const QStringList &targets,
                         qint64 createdAt = 1'700'000'000'000)
{
    TransactionRecord t;
    t.id = id;
    t.requestId = 1;
    t.sourceId = 1;
    t.sourceName = source;
    t.batch.targets = targets;
    t.state = state;
    t.createdAt = createdAt;
    t.updatedAt = createdAt;
    return t;
}

QList<qint64> proxyIds(const TransactionFilterProxy &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.idAt(row);
    return ids;
}

using S = TransactionState;

} // namespace

class TstModelTransactions : public QObject
{
    Q_OBJECT

private:
    // Created per test and checked by the testers for the whole test.
    std::unique_ptr<TransactionTableModel> m_model;
    std::unique_ptr<TransactionFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    void fill()
    {
        m_model->upsert(
            {record(2, S::Succeeded, QStringLiteral("cdn"), {QStringLiteral("https://a.example/x.png")},
                    3000),
             record(10, S::Failed, QStringLiteral("varnish"), {QStringLiteral("https://b.example/y.css")},
                    1000),
             record(5, S::RetryScheduled, QStringLiteral("cdn"),
                    {QStringLiteral("https://a.example/z.js"), QStringLiteral("https://a.example/w.js")},
                    2000)});
        auto failed = m_model->transactionAt(m_model->rowOfId(10));
        failed.lastError = QStringLiteral("HTTP 403: Forbidden key");
        failed.providerId = QStringLiteral("PRG-77");
        m_model->upsert({failed});
    }

private slots:
    void init()
    {
        m_model = std::make_unique<TransactionTableModel>();
        m_proxy = std::make_unique<TransactionFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void upsertInsertsAndUpdatesWithoutReset()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->upsert(
            {record(1, S::Queued, QStringLiteral("cdn"), {QStringLiteral("https://e.example/1")}),
             record(2, S::Queued, QStringLiteral("cdn"), {QStringLiteral("https://e.example/2")}),
             record(3, S::Queued, QStringLiteral("cdn"), {QStringLiteral("https://e.example/3")})});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(changed.size(), 0);

        // One changed (row 1 of 3: not more than half), one new, the new one listed twice.
        m_model->upsert(
            {record(2, S::Sending, QStringLiteral("cdn"), {QStringLiteral("https://e.example/2")}),
             record(4, S::Queued, QStringLiteral("cdn"), {QStringLiteral("https://e.example/4")}),
             record(4, S::Sending, QStringLiteral("cdn"), {QStringLiteral("https://e.example/4")})});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(1, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
                 m_model->index(1, TransactionTableModel::ColumnCount - 1));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(inserted.at(1).at(2).toInt(), 3);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->transactionAt(3).state, S::Sending); // the later copy wins
        QCOMPARE(m_model->index(1, TransactionTableModel::StateColumn).data().toString(),
                 QStringLiteral("Sending"));
        QCOMPARE(reset.size(), 0);
    }

    void upsertCoalescesLargeChanges()
    {
        QList<TransactionRecord> rows;
        for (int i = 1; i <= 10; ++i)
            rows << record(i, S::Queued, QStringLiteral("cdn"),
                           {QStringLiteral("https://e.example/%1").arg(i)});
        m_model->upsert(rows);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        // Two scattered rows: one range each.
        m_model->upsert({record(2, S::Sending, QStringLiteral("cdn"), {}),
                         record(7, S::Sending, QStringLiteral("cdn"), {})});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 6);
        changed.clear();

        // Six scattered rows of ten: one range for the whole table.
        QList<TransactionRecord> many;
        for (int id : {1, 3, 5, 7, 9, 10})
            many << record(id, S::Succeeded, QStringLiteral("cdn"), {});
        m_model->upsert(many);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(0, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
                 m_model->index(9, TransactionTableModel::ColumnCount - 1));
        QCOMPARE(m_model->transactionAt(4).state, S::Succeeded);
        QCOMPARE(m_model->transactionAt(3).state, S::Queued);
        QCOMPARE(reset.size(), 0);
    }

    void stateColumnHasIconOthersNot()
    {
        fill();
        const QVariant icon = m_model->index(0, TransactionTableModel::StateColumn).data(Qt::DecorationRole);
        QCOMPARE(icon.metaType(), QMetaType::fromType<QIcon>());
        QVERIFY(!m_model->index(0, TransactionTableModel::TargetsColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(m_model->index(m_model->rowOfId(10), TransactionTableModel::StateColumn)
                     .data(TransactionTableModel::StateRole)
                     .toInt(),
                 int(S::Failed));
    }

    void sortsOnRawValues()
    {
        fill();
        m_proxy->sort(TransactionTableModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{2, 5, 10})); // as text, "10" would come before "2"
        m_proxy->sort(TransactionTableModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{10, 5, 2}));
        m_proxy->sort(TransactionTableModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{10, 5, 2}));
        m_proxy->sort(TransactionTableModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{5, 2, 10})); // retry-scheduled < succeeded < failed
        QCOMPARE(m_model->index(m_model->rowOfId(10), TransactionTableModel::IdColumn)
                     .data(TransactionTableModel::SortRole)
                     .metaType()
                     .id(),
                 QMetaType::LongLong);
    }

    void filtersByStateSourceAndText()
    {
        fill();
        m_proxy->sort(TransactionTableModel::IdColumn, Qt::AscendingOrder);
        m_proxy->setStateFilter({S::Failed, S::RetryScheduled});
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{5, 10}));
        m_proxy->setSourceFilter(QStringLiteral("cdn"));
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{5}));
        m_proxy->setStateFilter({});
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{2, 5}));
        m_proxy->setSourceFilter({});

        m_proxy->setTextFilter(QStringLiteral("W.JS")); // second target, any case
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{5}));
        m_proxy->setTextFilter(QStringLiteral("forbidden")); // the error
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{10}));
        m_proxy->setTextFilter(QStringLiteral("prg-77")); // the provider id
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{10}));
        m_proxy->setTextFilter(QStringLiteral("varnish")); // the source
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{10}));
        m_proxy->setTextFilter(QStringLiteral("  a.example "));
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{2, 5}));
        m_proxy->setTextFilter(QStringLiteral("nothing-like-this"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setTextFilter({});
        QCOMPARE(m_proxy->rowCount(), 3);
    }

    void filterFollowsUpdates()
    {
        fill();
        m_proxy->setStateFilter({S::Failed});
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{10}));
        auto t = m_model->transactionAt(m_model->rowOfId(5));
        t.state = S::Failed;
        m_model->upsert({t, record(11, S::Failed, QStringLiteral("cdn"), {})});
        m_proxy->sort(TransactionTableModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{5, 10, 11}));
        t.state = S::Queued;
        m_model->upsert({t});
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{10, 11}));
    }

    // The verification column: its label and icon, kept when the queue (which knows nothing of
    // verification) reports the row again, and its own filter.
    void verificationColumnAndFilter()
    {
        fill();
        auto t = m_model->transactionAt(m_model->rowOfId(2));
        t.verifyState = QStringLiteral("stale");
        m_model->upsert({t});
        const QModelIndex cell = m_model->index(m_model->rowOfId(2), TransactionTableModel::VerifyColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("still cached"));
        QCOMPARE(cell.data(Qt::DecorationRole).metaType(), QMetaType::fromType<QIcon>());
        QVERIFY(!m_model->index(m_model->rowOfId(5), TransactionTableModel::VerifyColumn)
                     .data(Qt::DecorationRole)
                     .isValid());
        t.verifyState.clear();
        t.attempts = 7;
        m_model->upsert({t});
        QCOMPARE(m_model->transactionAt(m_model->rowOfId(2)).verifyState, QStringLiteral("stale"));
        QCOMPARE(m_model->transactionAt(m_model->rowOfId(2)).attempts, 7);
        m_proxy->sort(TransactionTableModel::IdColumn, Qt::AscendingOrder);
        m_proxy->setVerifyFilter({QStringLiteral("stale")});
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{2}));
        m_proxy->setVerifyFilter({QString()});
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{5, 10}));
        m_proxy->setVerifyFilter({});
        QCOMPARE(m_proxy->rowCount(), 3);
    }

    void fastWithManyRows()
    {
        // The testers re-check every change, which is what makes them slow; not what is measured.
        m_proxyTester.reset();
        m_modelTester.reset();
        constexpr int count = 100'000;
        QList<TransactionRecord> rows;
        rows.reserve(count);
        for (int i = 1; i <= count; ++i)
            rows << record(i, i % 7 == 0 ? S::Failed : S::Succeeded,
                           i % 2 ? QStringLiteral("cdn") : QStringLiteral("origin"),
                           {QStringLiteral("https://www.example.com/assets/images/photo-%1.jpg").arg(i)},
                           1'700'000'000'000 + i);
        m_model->upsert(rows);
        m_proxy->sort(TransactionTableModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(m_proxy->rowCount(), count);

        QElapsedTimer timer;
        timer.start();
        // The proxy builds its mapping when first asked, as a view does at once: rowCount() is timed too.
        m_proxy->setTextFilter(QStringLiteral("PHOTO-4242"));
        QCOMPARE(m_proxy->rowCount(), 11);
        const qint64 textMs = timer.elapsed();
        QCOMPARE(proxyIds(*m_proxy),
                 (QList<qint64>{42429, 42428, 42427, 42426, 42425, 42424, 42423, 42422, 42421, 42420, 4242}));
        qInfo("text filter over %d rows: %lld ms", count, textMs);
        QVERIFY2(textMs < 100, qPrintable(QStringLiteral("%1 ms").arg(textMs)));

        timer.restart();
        m_proxy->setTextFilter({});
        QCOMPARE(m_proxy->rowCount(), count);
        qInfo("clearing the text filter (100,000 rows back, sorted): %lld ms", timer.elapsed());
        timer.restart();
        m_proxy->setStateFilter({S::Failed});
        QCOMPARE(m_proxy->rowCount(), count / 7);
        const qint64 stateMs = timer.elapsed();
        qInfo("state filter: %lld ms", stateMs);
        QVERIFY2(stateMs < 100, qPrintable(QStringLiteral("%1 ms").arg(stateMs)));

        // Every row changes: one dataChanged, no reset, the filter still right.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        for (TransactionRecord &t : rows)
            t.state = t.id % 5 == 0 ? S::Failed : S::Succeeded;
        timer.restart();
        m_model->upsert(rows);
        qInfo("upsert of %d changed rows through the proxy: %lld ms", count, timer.elapsed());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m_proxy->rowCount(), count / 5);
    }

    void feedBatchesQueueSignals()
    {
        TestProfile profile;
        TransactionStore &store = profile.transactions();
        ManualClock &clock = profile.clock();
        PurgeQueue &queue = profile.queue();
        queue.setPaused(true); // nothing is sent: states change only by cancel
        QString error;
        const SourceConfig source = profile.addSource(QStringLiteral("varnish"), QStringLiteral("http-purge"),
                                                      {QStringLiteral("http://127.0.0.1:9")});
        PurgeBatch spec;
        for (int i = 0; i < 3; ++i)
            spec.targets << QStringLiteral("https://www.example.com/page-%1").arg(i);
        Planner::Result plan = Planner(ProviderRegistry::instance()).plan(source, spec, clock.nowMs());
        QVERIFY(plan.error.isEmpty());
        RequestRecord request;
        request.createdAt = clock.nowMs();
        QVERIFY(store.createRequest(request, plan.transactions, &error));
        const int planned = int(plan.transactions.size());
        QVERIFY(planned >= 1);

        TransactionFeed feed(m_model.get());
        feed.watchStore(&store, 0); // loads what is stored, at once
        QCOMPARE(m_model->rowCount(), planned);
        feed.watchQueue(&queue);
        QSignalSpy flushed(&feed, &TransactionFeed::flushed);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        queue.add(plan.transactions); // transactionAdded per transaction
        QList<qint64> ids;
        for (const auto &t : std::as_const(plan.transactions))
            ids << t.id;
        queue.cancel(ids);           // transactionChanged per transaction
        QCOMPARE(changed.size(), 0); // nothing reaches the model before the batch interval
        QVERIFY(flushed.wait(1000));
        QCOMPARE(flushed.size(), 1);
        QCOMPARE(flushed.at(0).at(0).toInt(), planned);
        QCOMPARE(changed.size(), 1); // every row changed: one range
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(reset.size(), 0);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->transactionAt(row).state, S::Cancelled);

        // Polling the store again finds nothing new to announce.
        feed.poll();
        feed.flush();
        QCOMPARE(flushed.size(), 1);
    }

    // A long history is loaded only as far back as the feed's limit (the History tab searches the
    // rest in the database); open work comes along however old it is.
    void feedLoadsRecentHistoryAndEveryOpenTransaction()
    {
        TestProfile profile;
        TransactionStore &store = profile.transactions();
        QString error;
        profile.addSource(QStringLiteral("varnish"), QStringLiteral("http-purge"),
                          {QStringLiteral("http://127.0.0.1:9")});
        QList<TransactionRecord> rows;
        for (int i = 0; i < 1200; ++i) {
            TransactionRecord t =
                record(0,
                       i == 3   ? S::Queued
                       : i == 7 ? S::AwaitingApproval
                                : S::Succeeded,
                       QStringLiteral("varnish"), {QStringLiteral("https://www.example.com/%1").arg(i)},
                       1'700'000'000'000 + i);
            t.sourceId = profile.sources().findByName(QStringLiteral("varnish"))->id;
            rows << t;
        }
        RequestRecord request;
        request.createdAt = 1'700'000'000'000;
        QVERIFY2(store.createRequest(request, rows, &error), qPrintable(error));

        TransactionFeed feed(m_model.get());
        feed.setHistoryLimit(700);
        QSignalSpy loaded(&feed, &TransactionFeed::historyLoaded);
        feed.watchStore(&store, 0);
        QVERIFY(loaded.wait(2000));
        QCOMPARE(loaded.at(0).at(0).toInt(), 700);
        QCOMPARE(m_model->rowCount(), 702); // the newest 700, and the two open ones from long before
        QVERIFY(m_model->rowOfId(rows[3].id) >= 0);
        QVERIFY(m_model->rowOfId(rows[7].id) >= 0);
        QVERIFY(m_model->rowOfId(rows[1199].id) >= 0);
        QVERIFY(m_model->rowOfId(rows[500].id) >= 0);
        QCOMPARE(m_model->rowOfId(rows[499].id), -1);
        QCOMPARE(m_model->rowOfId(rows[8].id), -1);
    }

    void curlCommandQuotesAndRedacts()
    {
        HttpRequestSpec spec;
        spec.method = "POST";
        spec.url = QUrl(QStringLiteral("https://api.example.com/purge?x=1"));
        spec.setHeader("Authorization", "Bearer SECRET", true);
        spec.setHeader("Content-Type", "application/json");
        spec.body = "{\"url\":\"https://e.example/it's\"}";
        QCOMPARE(
            CurlFormatter::command(spec),
            QStringLiteral("curl -X POST 'https://api.example.com/purge?x=1' -H 'Authorization: [redacted]' "
                           "-H 'Content-Type: application/json' --data-binary "
                           "'{\"url\":\"https://e.example/it'\\''s\"}'"));
        HttpRequestSpec get;
        get.method = "GET";
        get.url = QUrl(QStringLiteral("http://127.0.0.1:8080/status/7"));
        QCOMPARE(CurlFormatter::command(get), QStringLiteral("curl 'http://127.0.0.1:8080/status/7'"));
    }
};

QTEST_MAIN(TstModelTransactions)
#include "tst_model_transactions.moc"
