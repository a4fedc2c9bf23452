// The queue's rules under a ManualClock: backoff, Retry-After, pacing (and rate classes), concurrency,
// 413 splits, status polling, cancel and retry, and that the store always holds what the queue did.
#include "core/clock.h"
#include "credentials/secretstore.h"
#include "fakehttpserver.h"
#include "net/httpclient.h"
#include "queue/planner.h"
#include "queue/purgequeue.h"
#include "queue/queuedecisions.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "storage/transactionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

namespace {

struct Harness
{
    QTemporaryDir dir;
    Database db{dir.path()};
    SourceStore sources{db};
    TransactionStore transactions{db};
    MemorySecretStore secrets;
    HttpClient http;
    ManualClock clock;
    FakeHttpServer server;
    std::unique_ptr<PurgeQueue> queue;

    Harness()
    {
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        server.start();
        queue = std::make_unique<PurgeQueue>(PurgeQueue::Services{&transactions, &sources, &secrets, &http,
                                                                  &clock, &ProviderRegistry::instance()});
        queue->setBackoff(1000, 60000);
    }

    SourceConfig addSource(const QString &type, const QMap<QString, QString> &settings = {})
    {
        SourceConfig source;
        source.name = type + QStringLiteral("-test");
        source.type = type;
        source.endpoints = {server.baseUrl().toString()};
        source.settings = settings;
        source.secret = {SecretRef::Kind::Environment, QStringLiteral("PURGELINE_QUEUE_TEST_SECRET")};
        const QString error = sources.add(source, SourceStore::newSecretKey());
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return source;
    }

    QList<TransactionRecord> enqueue(const SourceConfig &source, const QStringList &targets,
                                     MatchKind match = MatchKind::Exact)
    {
        PurgeBatch spec;
        spec.match = match;
        spec.targets = targets;
        Planner::Result plan = Planner(ProviderRegistry::instance()).plan(source, spec, clock.nowMs());
        if (!plan.error.isEmpty())
            qFatal("%s", qPrintable(plan.error));
        RequestRecord request;
        request.createdAt = clock.nowMs();
        request.origin = QStringLiteral("test");
        QString error;
        if (!transactions.createRequest(request, plan.transactions, &error))
            qFatal("%s", qPrintable(error));
        queue->add(plan.transactions);
        return plan.transactions;
    }

    TransactionRecord stored(qint64 id) const { return transactions.byIds({id}).value(0); }
    TransactionState state(qint64 id) const { return stored(id).state; }
};

QStringList urls(int count)
{
    QStringList result;
    for (int i = 0; i < count; ++i)
        result << QStringLiteral("https://assets.example.com/img/%1.jpg").arg(i);
    return result;
}

QByteArray instartAccepted(int id)
{
    return QStringLiteral(
               "{\"code\":201,\"description\":\"OK\",\"purge_response\":{\"transaction_status_uri\":"
               "\"/transactions/%1\"},\"transaction_id\":%1}")
        .arg(id)
        .toUtf8();
}

QByteArray instartStatus(const char *status, int percent)
{
    return QStringLiteral(
               "{\"code\":200,\"description\":\"OK\",\"transaction_id\":7,\"transaction_response\":"
               "{\"percent_received_responses\":%1,\"transaction_status\":\"%2\"}}")
        .arg(percent)
        .arg(QLatin1String(status))
        .toUtf8();
}

} // namespace

class TestPurgeQueue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("PURGELINE_QUEUE_TEST_SECRET", "queue-secret-value"); }

    void retriesWithBackoffThenSucceeds()
    {
        Harness h;
        h.server.enqueue(ScriptedReply::json(503, "{}"));
        const auto source =
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("max_attempts"), QStringLiteral("3")}});
        const qint64 id = h.enqueue(source, urls(1)).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::RetryScheduled);
        const TransactionRecord waiting = h.stored(id);
        QCOMPARE(waiting.attempts, 1);
        QCOMPARE(waiting.lastHttpStatus, 503);
        // First backoff: base 1000 ms with jitter in [500, 1000).
        QVERIFY(waiting.nextAttemptAt >= h.clock.nowMs() + 500);
        QVERIFY(waiting.nextAttemptAt < h.clock.nowMs() + 1000);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 1); // nothing sent before its time
        h.clock.advance(1000);
        QTRY_COMPARE(h.state(id), TransactionState::Succeeded);
        QCOMPARE(h.stored(id).attempts, 2);
        QCOMPARE(h.server.requests().size(), 2);
        QVERIFY(h.queue->allFinal());
    }

    void givesUpAfterMaxAttempts()
    {
        Harness h;
        h.server.setHandler([](const RecordedRequest &) { return ScriptedReply::json(502, "{}"); });
        const auto source =
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("max_attempts"), QStringLiteral("2")}});
        const qint64 id = h.enqueue(source, urls(1)).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::RetryScheduled);
        h.clock.advance(1000);
        QTRY_COMPARE(h.state(id), TransactionState::Failed);
        QCOMPARE(h.stored(id).attempts, 2);
        QVERIFY2(h.stored(id).lastError.startsWith(QStringLiteral("gave up after 2 attempt(s): HTTP 502")),
                 qPrintable(h.stored(id).lastError));
        QCOMPARE(h.server.requests().size(), 2);
    }

    void neverRetriesPermanentErrors_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {400, 401, 403, 404, 422})
            QTest::addRow("%d", status) << status;
    }
    void neverRetriesPermanentErrors()
    {
        QFETCH(int, status);
        Harness h;
        h.server.setHandler([status](const RecordedRequest &) { return ScriptedReply::json(status, "{}"); });
        const qint64 id = h.enqueue(h.addSource(QStringLiteral("imgix")), urls(1)).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::Failed);
        h.clock.advance(600000);
        QTest::qWait(50);
        QCOMPARE(h.server.requests().size(), 1);
        QCOMPARE(h.stored(id).lastHttpStatus, status);
    }

    void retryAfterPausesTheWholeSource()
    {
        Harness h;
        h.server.enqueue(ScriptedReply::json(429, "{}").withHeader("Retry-After", "30"));
        const auto source =
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("concurrency"), QStringLiteral("1")}});
        const auto planned = h.enqueue(source, urls(3));
        QTRY_COMPARE(h.state(planned[0].id), TransactionState::RetryScheduled);
        QVERIFY(h.stored(planned[0].id).nextAttemptAt >= h.clock.nowMs() + 30000);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 1); // the others wait for the server's word too
        h.clock.advance(29000);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 1);
        h.clock.advance(1000);
        QTRY_COMPARE(h.server.requests().size(), 2); // one probe when the pause ends
        QTest::qWait(50);
        QCOMPARE(h.server.requests().size(), 2);
        h.clock.advance(1000); // then the bucket refills at the source's rate
        QTRY_VERIFY(h.queue->allFinal());
        for (const auto &t : planned)
            QCOMPARE(h.state(t.id), TransactionState::Succeeded);
    }

    void pacesToTheConfiguredRate()
    {
        Harness h;
        const auto source =
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("rate"), QStringLiteral("2")},
                                                  {QStringLiteral("burst"), QStringLiteral("1")}});
        h.enqueue(source, urls(5));
        QTRY_COMPARE(h.server.requests().size(), 1);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 1);
        for (int expected = 2; expected <= 5; ++expected) {
            h.clock.advance(499);
            QTest::qWait(50);
            QCOMPARE(h.server.requests().size(), expected - 1); // not a millisecond early
            h.clock.advance(1);
            QTRY_COMPARE(h.server.requests().size(), expected);
        }
        QTRY_VERIFY(h.queue->allFinal());
    }

    // A provider's rate classes (Bunny: exact and prefix purges) are buckets of their own under
    // the source's rate key, with the class's limits; anything else uses the source's bucket.
    void rateBucketChoice_data()
    {
        QTest::addColumn<QString>("rateClass");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("burst");
        QTest::newRow("no class") << QString() << QStringLiteral("acct") << 5.0 << 120;
        QTest::newRow("declared class")
            << QStringLiteral("prefix") << QStringLiteral("acct#prefix") << 0.5 << 20;
        QTest::newRow("undeclared class") << QStringLiteral("other") << QStringLiteral("acct") << 5.0 << 120;
    }
    void rateBucketChoice()
    {
        QFETCH(QString, rateClass);
        QFETCH(QString, key);
        QFETCH(double, rate);
        QFETCH(int, burst);
        EffectiveLimits limits;
        limits.ratePerSecond = 5;
        limits.burst = 120;
        limits.rateClasses.insert(QStringLiteral("prefix"), RateLimit{0.5, 20});
        const QueueDecisions::RateBucket bucket =
            QueueDecisions::rateBucket(QStringLiteral("acct"), rateClass, limits);
        QCOMPARE(bucket.key, key);
        QCOMPARE(bucket.ratePerSecond, rate);
        QCOMPARE(bucket.burst, burst);
    }

    // Exact and prefix purges of one Bunny source draw on separate buckets: a prefix purge does
    // not wait for the exact bucket, and is paced at the prefix rate (0.5/s).
    void rateClassesArePacedSeparately()
    {
        Harness h;
        const auto source =
            h.addSource(QStringLiteral("bunny"), {{QStringLiteral("rate"), QStringLiteral("5")},
                                                  {QStringLiteral("burst"), QStringLiteral("1")}});
        h.enqueue(source, urls(3));
        h.enqueue(source,
                  {QStringLiteral("https://assets.example.com/a/"),
                   QStringLiteral("https://assets.example.com/b/")},
                  MatchKind::Prefix);
        QTRY_COMPARE(h.server.requests().size(), 1);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 1);
        h.clock.advance(200);
        QTRY_COMPARE(h.server.requests().size(), 2);
        // The third exact purge and, right behind it, the first prefix purge from its own bucket.
        h.clock.advance(200);
        QTRY_COMPARE(h.server.requests().size(), 4);
        h.clock.advance(1999);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 4);
        h.clock.advance(1);
        QTRY_COMPARE(h.server.requests().size(), 5);
        QTRY_VERIFY(h.queue->allFinal());
        QStringList sent;
        for (const RecordedRequest &r : h.server.requests())
            sent << QUrlQuery(r.url).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded);
        QCOMPARE(sent, (QStringList{urls(3)[0], urls(3)[1], urls(3)[2],
                                    QStringLiteral("https://assets.example.com/a/*"),
                                    QStringLiteral("https://assets.example.com/b/*")}));
    }

    // A 429 pauses the bucket it came from only.
    void throttledPrefixLeavesExactPurgesFlowing()
    {
        Harness h;
        bool throttled = false;
        h.server.setHandler([&throttled](const RecordedRequest &r) {
            if (throttled || !r.url.query(QUrl::FullyDecoded).contains(QLatin1Char('*')))
                return ScriptedReply::json(200, {});
            throttled = true;
            return ScriptedReply::json(429, "{\"Message\":\"slow down\"}").withHeader("Retry-After", "30");
        });
        const auto source =
            h.addSource(QStringLiteral("bunny"), {{QStringLiteral("rate"), QStringLiteral("5")},
                                                  {QStringLiteral("burst"), QStringLiteral("1")}});
        const qint64 prefix =
            h.enqueue(source, {QStringLiteral("https://assets.example.com/a/")}, MatchKind::Prefix)
                .first()
                .id;
        h.enqueue(source, urls(2));
        QTRY_COMPARE(h.state(prefix), TransactionState::RetryScheduled);
        QTRY_COMPARE(h.server.requests().size(), 2);
        h.clock.advance(200);
        QTRY_COMPARE(h.server.requests().size(), 3); // not 30 s later
        h.clock.advance(29000);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 3);
        h.clock.advance(1000);
        QTRY_COMPARE(h.state(prefix), TransactionState::Succeeded);
        QTRY_VERIFY(h.queue->allFinal());
        QCOMPARE(h.server.requests().size(), 4);
    }

    void boundsConcurrencyPerSource()
    {
        Harness h;
        int inFlight = 0;
        int maxInFlight = 0;
        h.server.setHandler([&](const RecordedRequest &) {
            maxInFlight = qMax(maxInFlight, ++inFlight);
            QTimer::singleShot(150, [&] { --inFlight; });
            return ScriptedReply::slow(150, 200, "{}");
        });
        const auto source =
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("concurrency"), QStringLiteral("2")}});
        h.enqueue(source, urls(6));
        QTRY_VERIFY_WITH_TIMEOUT(h.queue->allFinal(), 10000);
        QCOMPARE(h.server.requests().size(), 6);
        QCOMPARE(maxInFlight, 2);
    }

    void splitsOn413AndResends()
    {
        Harness h;
        int accepted = 0;
        h.server.setHandler([&](const RecordedRequest &request) {
            if (request.method == "GET")
                return ScriptedReply::json(200, instartStatus("SUCCESS", 0));
            const auto uris = QJsonDocument::fromJson(request.body)
                                  .object()[QStringLiteral("purge_request")]
                                  .toObject()[QStringLiteral("uris")]
                                  .toArray();
            if (uris.size() > 2)
                return ScriptedReply::json(413, "{\"code\":413}");
            return ScriptedReply::json(201, instartAccepted(++accepted));
        });
        const auto source =
            h.addSource(QStringLiteral("instart"), {{QStringLiteral("customer"), QStringLiteral("acme")},
                                                    {QStringLiteral("user"), QStringLiteral("u")},
                                                    {QStringLiteral("rate"), QStringLiteral("0")}});
        const auto planned = h.enqueue(source, urls(4));
        QCOMPARE(planned.size(), 1);
        QTRY_COMPARE(accepted, 2);
        // The server counts before the client has read the reply: wait until both halves wait
        // for their status, so the poll interval starts before the clock moves.
        const auto waiting = [&] {
            int count = 0;
            for (const auto &t : h.transactions.byRequest(planned.first().requestId))
                count += t.state == TransactionState::WaitingForStatus ? 1 : 0;
            return count;
        };
        QTRY_COMPARE(waiting(), 2);
        h.clock.advance(10000); // first status poll
        QTRY_VERIFY(h.queue->allFinal());
        const auto all = h.transactions.byRequest(planned.first().requestId);
        QCOMPARE(all.size(), 2);
        QStringList targets;
        for (const auto &t : all) {
            QCOMPARE(t.state, TransactionState::Succeeded);
            QCOMPARE(t.batch.targets.size(), 2);
            targets += t.batch.targets;
        }
        QCOMPARE(targets, urls(4));
    }

    void pollsStatusUntilDone()
    {
        Harness h;
        h.server.enqueue(ScriptedReply::json(201, instartAccepted(7)));
        h.server.enqueue(ScriptedReply::json(200, instartStatus("PENDING", 87)));
        h.server.enqueue(ScriptedReply::json(200, instartStatus("SUCCESS", 0)));
        const auto source =
            h.addSource(QStringLiteral("instart"), {{QStringLiteral("customer"), QStringLiteral("acme")},
                                                    {QStringLiteral("user"), QStringLiteral("u")}});
        const qint64 id = h.enqueue(source, urls(2)).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::WaitingForStatus);
        QCOMPARE(h.stored(id).providerId, QStringLiteral("7"));
        h.clock.advance(9999);
        QTest::qWait(50);
        QCOMPARE(h.server.requests().size(), 1); // the poll waits for its interval
        h.clock.advance(1);
        QTRY_COMPARE(h.server.requests().size(), 2);
        QCOMPARE(h.server.requests().at(1).method, QByteArray("GET"));
        QCOMPARE(h.server.requests().at(1).pathAndQuery(), QStringLiteral("/acme/v1/transactions/7"));
        QTRY_COMPARE(h.stored(id).progress, 87);
        QCOMPARE(h.state(id), TransactionState::WaitingForStatus);
        h.clock.advance(10000);
        QTRY_COMPARE(h.state(id), TransactionState::Succeeded);
        QCOMPARE(h.stored(id).attempts, 1);
        QCOMPARE(h.stored(id).polls, 2);
    }

    void cancelStopsUnsentWorkAndRetryRequeuesIt()
    {
        Harness h;
        h.queue->setPaused(true);
        const auto planned = h.enqueue(h.addSource(QStringLiteral("imgix")), urls(3));
        QList<qint64> ids;
        for (const auto &t : planned)
            ids << t.id;
        h.queue->cancel(ids);
        for (qint64 id : ids)
            QCOMPARE(h.state(id), TransactionState::Cancelled);
        h.queue->setPaused(false);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 0);
        QCOMPARE(h.queue->retry(ids), ids);
        QTRY_VERIFY(h.queue->allFinal());
        for (qint64 id : ids)
            QCOMPARE(h.state(id), TransactionState::Succeeded);
        QCOMPARE(h.server.requests().size(), 3);
        const auto events = h.transactions.events(ids.first());
        QStringList kinds;
        for (const auto &e : events)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("queued"), QStringLiteral("cancelled"),
                                     QStringLiteral("retry-requested"), QStringLiteral("sent"),
                                     QStringLiteral("succeeded")}));
    }

    void cancelDuringSendEndsCancelledInsteadOfRetrying()
    {
        Harness h;
        h.server.setHandler([](const RecordedRequest &) { return ScriptedReply::slow(300, 503, "{}"); });
        const qint64 id = h.enqueue(h.addSource(QStringLiteral("imgix")), urls(1)).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::Sending);
        h.queue->cancel({id});
        QTRY_COMPARE(h.state(id), TransactionState::Cancelled);
        h.clock.advance(600000);
        QTest::qWait(50);
        QCOMPARE(h.server.requests().size(), 1);
    }

    void missingSecretFailsWithoutSending()
    {
        Harness h;
        SourceConfig source = h.addSource(QStringLiteral("imgix"));
        source.secret.variable = QStringLiteral("PURGELINE_UNSET_VARIABLE");
        QVERIFY(h.sources.update(source).isEmpty());
        const qint64 id = h.enqueue(source, urls(1)).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::Failed);
        QVERIFY2(h.stored(id).lastError.contains(QStringLiteral("PURGELINE_UNSET_VARIABLE")),
                 qPrintable(h.stored(id).lastError));
        QCOMPARE(h.server.requests().size(), 0);
    }

    void secretsInRepliesAreRedacted()
    {
        Harness h;
        h.server.enqueue(
            ScriptedReply::json(400, "{\"errors\":[{\"detail\":\"bad key queue-secret-value\"}]}"));
        const qint64 id = h.enqueue(h.addSource(QStringLiteral("imgix")), urls(1)).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::Failed);
        QCOMPARE(h.server.requests().first().header("Authorization"),
                 QByteArray("Bearer queue-secret-value"));
        QVERIFY2(!h.stored(id).lastError.contains(QStringLiteral("queue-secret-value")),
                 qPrintable(h.stored(id).lastError));
        QVERIFY(h.stored(id).lastError.contains(QStringLiteral("[redacted]")));
    }

    void shutdownRequeuesInFlightWork()
    {
        Harness h;
        h.server.setHandler([](const RecordedRequest &) { return ScriptedReply::slow(5000, 200, "{}"); });
        const qint64 id = h.enqueue(h.addSource(QStringLiteral("imgix")), urls(1)).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::Sending);
        h.queue->shutdown();
        QCOMPARE(h.state(id), TransactionState::Queued);
    }
};

QTEST_GUILESS_MAIN(TestPurgeQueue)
#include "tst_purgequeue.moc"
