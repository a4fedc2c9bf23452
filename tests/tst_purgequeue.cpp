// The queue's rules under a ManualClock: backoff, Retry-After, pacing (and rate classes), concurrency,
// 413 splits, status polling, cancel and retry, and that the store always holds what the queue did.
#include "core/clock.h"
#include "credentials/secretstore.h"
#include "fakehttpserver.h"
#include "net/httpclient.h"
#include "queue/planner.h"
#include "queue/purgequeue.h"
#include "queue/queuedecisions.h"
#include "ratelimiters.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "storage/transactionstore.h"
#include "testprofile.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <cmath>
#include <memory>

namespace {

// The engine's own queue on the one test profile (manual clock, in-memory keychain), with a
// fake provider server.
struct Harness
{
    TestProfile profile;
    FakeHttpServer server;
    PurgeQueue *queue = &profile.queue();
    SourceStore &sources = profile.sources();
    TransactionStore &transactions = profile.transactions();
    ManualClock &clock = profile.clock();

    Harness()
    {
        server.start();
        queue->setBackoff(1000, 60000);
    }

    SourceConfig addSource(const QString &type, const QMap<QString, QString> &settings = {},
                           const QString &name = {})
    {
        SourceConfig source;
        source.name = name.isEmpty() ? type + QStringLiteral("-test") : name;
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

QByteArray cloudFrontInvalidation(const QString &id, const char *status)
{
    return QStringLiteral(
               "<Invalidation xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\"><Id>%1</Id>"
               "<Status>%2</Status></Invalidation>")
        .arg(id, QLatin1String(status))
        .toUtf8();
}

// How long the queue waits between two requests paced at a stated rate (QueueDecisions::pacedRate).
qint64 pacedIntervalMs(double ratePerSecond)
{
    return qint64(std::ceil(1000.0 / QueueDecisions::pacedRate(ratePerSecond) - 1e-6));
}

// Manual time one millisecond at a time; after each step, what became due goes out and its
// reply comes back before time moves on, so the server sees the queue's own timing.
void stepAndSettle(const QList<TestProfile *> &profiles)
{
    for (TestProfile *p : profiles)
        p->clock().advance(1);
    QCoreApplication::processEvents();
    QElapsedTimer waited;
    waited.start();
    const auto inFlight = [&] {
        return std::any_of(profiles.cbegin(), profiles.cend(),
                           [](TestProfile *p) { return p->queue().inFlightCount() > 0; });
    };
    while (inFlight() && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    QCoreApplication::processEvents();
}

// What a rate-limited server saw: when it accepted each request and how many it refused.
struct LimitedServerLog
{
    QList<qint64> acceptedAt;
    int refused = 0;

    double achievedPerSecond() const
    {
        if (acceptedAt.size() < 2)
            return 0;
        return double(acceptedAt.size() - 1) * 1000.0 / double(acceptedAt.last() - acceptedAt.first());
    }
    int replies() const { return int(acceptedAt.size()) + refused; }
};

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
        // then the bucket refills at the source's rate
        QVERIFY(h.profile.runUntil([&] { return h.queue->allFinal(); }, 10000, 50));
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
            h.clock.advance(pacedIntervalMs(2) - 1);
            QTest::qWait(50);
            QCOMPARE(h.server.requests().size(), expected - 1); // not a millisecond early
            h.clock.advance(1);
            QTRY_COMPARE(h.server.requests().size(), expected);
        }
        QTRY_VERIFY(h.queue->allFinal());
    }

    // Fastly counts purge all against 1,000 requests an hour and URL purges not at all: the two
    // matches are paced by buckets of their own (LimitsRule::bucket), on one rate key.
    void pacesEachRateBucketOnItsOwn()
    {
        Harness h;
        h.server.setHandler(
            [](const RecordedRequest &) { return ScriptedReply::json(200, "{\"status\":\"ok\"}"); });
        const auto source =
            h.addSource(QStringLiteral("fastly"), {{QStringLiteral("service"), QStringLiteral("S1")}});
        for (int i = 0; i < 11; ++i)
            h.enqueue(source, {}, MatchKind::All);
        const auto planned = h.enqueue(source, urls(20));
        QCOMPARE(planned.size(), 20);
        // The purge-all bucket's burst of 10 goes at once, and so does every URL purge.
        QTRY_COMPARE(h.server.requests().size(), 30);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 30);
        // The 11th purge all waits for a token: 3600 / 990 s (paced a little under it).
        h.clock.advance(pacedIntervalMs(990.0 / 3600) - 10);
        QTest::qWait(50);
        QCOMPARE(h.server.requests().size(), 30);
        h.clock.advance(20);
        QTRY_COMPARE(h.server.requests().size(), 31);
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
        // The first exact purge and the first prefix purge go at once, each from its own bucket: a
        // purge waiting for one bucket never holds up those paced by the other.
        QTRY_COMPARE(h.server.requests().size(), 2);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 2);
        h.clock.advance(pacedIntervalMs(5));
        QTRY_COMPARE(h.server.requests().size(), 3);
        h.clock.advance(pacedIntervalMs(5));
        QTRY_COMPARE(h.server.requests().size(), 4);
        // The second prefix purge waits for the prefix bucket: 2 s after the first.
        h.clock.advance(pacedIntervalMs(0.5) - 2 * pacedIntervalMs(5) - 1);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 4);
        h.clock.advance(1);
        QTRY_COMPARE(h.server.requests().size(), 5);
        QTRY_VERIFY(h.queue->allFinal());
        QStringList sent;
        for (const RecordedRequest &r : h.server.requests())
            sent << QUrlQuery(r.url).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded);
        QCOMPARE(sent, (QStringList{urls(3)[0], QStringLiteral("https://assets.example.com/a/*"), urls(3)[1],
                                    urls(3)[2], QStringLiteral("https://assets.example.com/b/*")}));
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
        h.clock.advance(pacedIntervalMs(5));
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
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("concurrency"), QStringLiteral("2")},
                                                  {QStringLiteral("burst"), QStringLiteral("10")}});
        h.enqueue(source, urls(6));
        QTRY_VERIFY_WITH_TIMEOUT(h.queue->allFinal(), 10000);
        QCOMPARE(h.server.requests().size(), 6);
        QCOMPARE(maxInFlight, 2);
    }

    void boundsConcurrencyOverAllSources()
    {
        Harness h;
        h.queue->setGlobalConcurrency(3);
        int inFlight = 0;
        int maxInFlight = 0;
        h.server.setHandler([&](const RecordedRequest &) {
            maxInFlight = qMax(maxInFlight, ++inFlight);
            QTimer::singleShot(150, [&] { --inFlight; });
            return ScriptedReply::slow(150, 200, "{}");
        });
        const QMap<QString, QString> settings{{QStringLiteral("concurrency"), QStringLiteral("4")},
                                              {QStringLiteral("rate"), QStringLiteral("0")}};
        h.enqueue(h.addSource(QStringLiteral("imgix"), settings, QStringLiteral("a")), urls(6));
        h.enqueue(h.addSource(QStringLiteral("imgix"), settings, QStringLiteral("b")), urls(6));
        QTRY_VERIFY_WITH_TIMEOUT(h.queue->allFinal(), 10000);
        QCOMPARE(h.server.requests().size(), 12);
        QCOMPARE(maxInFlight, 3); // not 8: the global cap holds over both sources
    }

    void pollTimeLimitFailsAPurgeThatStaysPending()
    {
        Harness h;
        h.server.setHandler([](const RecordedRequest &request) {
            return request.method == "GET" ? ScriptedReply::json(200, instartStatus("PENDING", 10))
                                           : ScriptedReply::json(201, instartAccepted(7));
        });
        const auto source =
            h.addSource(QStringLiteral("instart"), {{QStringLiteral("customer"), QStringLiteral("acme")},
                                                    {QStringLiteral("user"), QStringLiteral("u")},
                                                    {QStringLiteral("poll_interval"), QStringLiteral("10")},
                                                    {QStringLiteral("poll_timeout"), QStringLiteral("25")}});
        const qint64 id = h.enqueue(source, urls(1)).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::WaitingForStatus);
        for (int poll = 1; poll <= 2; ++poll) {
            h.clock.advance(10000);
            QTRY_COMPARE(h.stored(id).polls, poll);
            QCOMPARE(h.state(id), TransactionState::WaitingForStatus);
        }
        h.clock.advance(10000); // 30 s after the first answer: past the 25 s limit
        QTRY_COMPARE(h.state(id), TransactionState::Failed);
        QVERIFY(h.stored(id).lastError.contains(QStringLiteral("no final status after 25 s")));
    }

    void rateLimitRemainingHoldsTheNextRequest()
    {
        Harness h;
        int sent = 0;
        h.server.setHandler([&](const RecordedRequest &) {
            ++sent;
            // The first answer says the budget is spent; the queue must wait for a token.
            return sent == 1 ? ScriptedReply::json(200, "{}").withHeader("X-RateLimit-Remaining", "0")
                             : ScriptedReply::json(200, "{}");
        });
        const auto source =
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("rate"), QStringLiteral("1")},
                                                  {QStringLiteral("burst"), QStringLiteral("5")},
                                                  {QStringLiteral("concurrency"), QStringLiteral("1")}});
        h.enqueue(source, urls(3));
        QTRY_COMPARE(h.server.requests().size(), 1);
        QTest::qWait(150);
        QCOMPARE(h.server.requests().size(), 1); // without the header the burst of 5 would send all 3
        // one token a second from now on: the spent burst does not come back at once
        h.clock.advance(pacedIntervalMs(1));
        QTRY_COMPARE(h.server.requests().size(), 2);
        QTest::qWait(100);
        QCOMPARE(h.server.requests().size(), 2);
        h.clock.advance(pacedIntervalMs(1));
        QTRY_COMPARE(h.server.requests().size(), 3);
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
        const auto planned = h.enqueue(
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("burst"), QStringLiteral("3")}}), urls(3));
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

    void retryKeepsTheFailedTriesOnRecord()
    {
        Harness h;
        h.server.enqueue(ScriptedReply::json(403, "{}"));
        const qint64 id = h.enqueue(h.addSource(QStringLiteral("imgix")), urls(1)).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::Failed);
        const QString failure = h.stored(id).lastError;
        QVERIFY(failure.contains(QStringLiteral("403")));
        QCOMPARE(h.stored(id).lastFailure, failure);
        // Retried by hand, and it succeeds: the attempt count and the failure stay on record.
        h.clock.advance(2000); // the rate limit's token is back
        QCOMPARE(h.queue->retry({id}), QList<qint64>{id});
        QTRY_COMPARE(h.state(id), TransactionState::Succeeded);
        const TransactionRecord t = h.stored(id);
        QCOMPARE(t.attempts, 1);
        QCOMPARE(t.earlierAttempts, 1);
        QCOMPARE(t.totalAttempts(), 2);
        QCOMPARE(t.lastError, QString());
        QCOMPARE(t.lastFailure, failure);
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
        QSignalSpy left(h.queue, &PurgeQueue::transactionLeft);
        const qint64 id = h.enqueue(source, urls(1)).first().id;
        if (h.profile.isPostgres()) {
            // A shared profile's sources are everyone's and their secrets each person's own: the
            // work waits, unclaimed, for a process that has the secret.
            QTRY_COMPARE(left.size(), 1);
            QCOMPARE(left.first().at(0).toLongLong(), id);
            QVERIFY2(left.first().at(1).toString().contains(QStringLiteral("PURGELINE_UNSET_VARIABLE")),
                     qPrintable(left.first().at(1).toString()));
            QCOMPARE(h.state(id), TransactionState::Queued);
            QVERIFY(!h.queue->isTracked(id));
            QVERIFY(h.queue->sourcesLeftToOthers().contains(source.id));
            QCOMPARE(h.server.requests().size(), 0);
            return;
        }
        QTRY_COMPARE(h.state(id), TransactionState::Failed);
        QVERIFY2(h.stored(id).lastError.contains(QStringLiteral("PURGELINE_UNSET_VARIABLE")),
                 qPrintable(h.stored(id).lastError));
        QCOMPARE(h.server.requests().size(), 0);
        QCOMPARE(left.size(), 0);
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

    void inProgressCapacity_data()
    {
        QTest::addColumn<int>("itemsHeld");
        QTest::addColumn<int>("wildcardsHeld");
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("targets");
        QTest::addColumn<bool>("fits");
        const int exact = int(MatchKind::Exact), prefix = int(MatchKind::Prefix), all = int(MatchKind::All);
        QTest::newRow("empty") << 0 << 0 << exact << 3000 << true;
        QTest::newRow("to the limit") << 2999 << 0 << exact << 1 << true;
        QTest::newRow("one over") << 3000 << 0 << exact << 1 << false;
        QTest::newRow("larger than the capacity alone") << 0 << 0 << exact << 3001 << true;
        QTest::newRow("wildcards are counted apart") << 3000 << 0 << prefix << 15 << true;
        QTest::newRow("wildcard over") << 0 << 15 << prefix << 1 << false;
        QTest::newRow("purge all is one wildcard") << 0 << 14 << all << 0 << true;
        QTest::newRow("purge all over") << 0 << 15 << all << 0 << false;
        QTest::newRow("files beside wildcards") << 0 << 15 << exact << 10 << true;
    }
    void inProgressCapacity()
    {
        QFETCH(int, itemsHeld);
        QFETCH(int, wildcardsHeld);
        QFETCH(int, match);
        QFETCH(int, targets);
        QFETCH(bool, fits);
        EffectiveLimits limits;
        limits.maxItemsInProgress = 3000;
        limits.maxWildcardsInProgress = 15;
        PurgeBatch batch;
        batch.match = MatchKind(match);
        batch.targets = urls(targets);
        QCOMPARE(QueueDecisions::fitsInProgress({itemsHeld, wildcardsHeld}, batch, limits), fits);
        QVERIFY(QueueDecisions::fitsInProgress({itemsHeld, wildcardsHeld}, batch, EffectiveLimits()));
        QCOMPARE(QueueDecisions::loadOf(batch).items, match == int(MatchKind::Exact) ? targets : 0);
    }

    // CloudFront holds 3,000 paths in progress per distribution: with 3,001 the last one waits in
    // the queue (not failed) until the first invalidation completes, then goes; wildcard paths
    // have their own capacity and go meanwhile.
    void holdsWhatTheProviderCannotTakeInProgress()
    {
        Harness h;
        QStringList completed;
        QList<int> postedPaths;
        h.server.setHandler([&](const RecordedRequest &request) {
            if (request.method == "POST") {
                postedPaths << int(request.body.count("<Path>"));
                return ScriptedReply::json(
                    201, cloudFrontInvalidation(QStringLiteral("I%1").arg(postedPaths.size()), "InProgress"));
            }
            const QString id = request.url.path().section(QLatin1Char('/'), -1);
            return ScriptedReply::json(
                200, cloudFrontInvalidation(id, completed.contains(id) ? "Completed" : "InProgress"));
        });
        const auto source =
            h.addSource(QStringLiteral("cloudfront"),
                        {{QStringLiteral("distribution"), QStringLiteral("EDFDVBD6EXAMPLE")},
                         {QStringLiteral("access_key_id"), QStringLiteral("AKIDEXAMPLE1234567890")},
                         {QStringLiteral("rate"), QStringLiteral("0")},
                         {QStringLiteral("poll_interval"), QStringLiteral("1")}});
        const auto planned = h.enqueue(source, urls(3001));
        QCOMPARE(planned.size(), 2);
        QCOMPARE(planned[0].batch.targets.size(), 3000);
        QTRY_COMPARE(h.state(planned[0].id), TransactionState::WaitingForStatus);
        QTest::qWait(150);
        QCOMPARE(postedPaths, QList<int>{3000});
        QCOMPARE(h.state(planned[1].id), TransactionState::Queued); // waiting, not failed
        QVERIFY(!h.queue->allAnswered());

        // Wildcards are counted apart: a prefix purge goes while the files wait.
        const auto wildcard =
            h.enqueue(source, {QStringLiteral("https://assets.example.com/css/")}, MatchKind::Prefix);
        QTRY_COMPARE(h.state(wildcard[0].id), TransactionState::WaitingForStatus);
        QCOMPARE(postedPaths, (QList<int>{3000, 1}));

        h.clock.advance(1000); // a poll: still in progress, the last file still waits
        QTRY_COMPARE(h.stored(planned[0].id).polls, 1);
        QTest::qWait(100);
        QCOMPARE(postedPaths.size(), 2);
        QCOMPARE(h.state(planned[1].id), TransactionState::Queued);

        completed << QStringLiteral("I1");
        h.clock.advance(1000); // the first completes, and the one waiting goes
        QTRY_COMPARE(h.state(planned[0].id), TransactionState::Succeeded);
        QTRY_COMPARE(postedPaths, (QList<int>{3000, 1, 1}));
        QTRY_COMPARE(h.state(planned[1].id), TransactionState::WaitingForStatus);
        QCOMPARE(h.stored(planned[1].id).attempts, 1);
        completed << QStringLiteral("I2") << QStringLiteral("I3");
        h.clock.advance(1000);
        QTRY_VERIFY(h.queue->allFinal());
        for (const auto &t : planned + wildcard)
            QCOMPARE(h.state(t.id), TransactionState::Succeeded);
    }

    // The queue hands the provider a key that stays the same for a transaction across resends,
    // which CloudFront turns into its CallerReference.
    void resendsCarryTheSameIdempotencyKey()
    {
        Harness h;
        QList<QByteArray> bodies;
        h.server.setHandler([&](const RecordedRequest &request) {
            if (request.method == "GET")
                return ScriptedReply::json(200, cloudFrontInvalidation(QStringLiteral("I1"), "Completed"));
            bodies << request.body;
            if (bodies.size() == 1)
                return ScriptedReply::json(503, "");
            return ScriptedReply::json(201, cloudFrontInvalidation(QStringLiteral("I1"), "InProgress"));
        });
        const auto source =
            h.addSource(QStringLiteral("cloudfront"),
                        {{QStringLiteral("distribution"), QStringLiteral("EDFDVBD6EXAMPLE")},
                         {QStringLiteral("access_key_id"), QStringLiteral("AKIDEXAMPLE1234567890")},
                         {QStringLiteral("rate"), QStringLiteral("0")},
                         {QStringLiteral("poll_interval"), QStringLiteral("1")}});
        const TransactionRecord t = h.enqueue(source, urls(2)).first();
        QTRY_COMPARE(h.state(t.id), TransactionState::RetryScheduled);
        h.clock.advance(1000);
        QTRY_COMPARE(h.state(t.id), TransactionState::WaitingForStatus);
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies[0], bodies[1]);
        QVERIFY(bodies[0].contains(
            QStringLiteral("<CallerReference>purgeline-%1-%2-").arg(t.id).arg(t.createdAt).toUtf8()));
        h.clock.advance(1000);
        QTRY_COMPARE(h.state(t.id), TransactionState::Succeeded);
    }

    // A provider's own kind of target (Akamai's CP codes) is stored as "object" and read back.
    void objectMatchIsStored()
    {
        Harness h;
        h.server.setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(201,
                                       "{\"httpStatus\":201,\"purgeId\":\"p-1\",\"estimatedSeconds\":5}");
        });
        const auto source = h.addSource(
            QStringLiteral("akamai"), {{QStringLiteral("host"), QStringLiteral("akab-x.luna.akamaiapis.net")},
                                       {QStringLiteral("client_token"), QStringLiteral("akab-c")},
                                       {QStringLiteral("access_token"), QStringLiteral("akab-a")}});
        const qint64 id =
            h.enqueue(source, {QStringLiteral("12345"), QStringLiteral("678")}, MatchKind::Object).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::Succeeded);
        const TransactionRecord stored = h.stored(id);
        QCOMPARE(stored.batch.match, MatchKind::Object);
        QCOMPARE(stored.batch.targets, (QStringList{QStringLiteral("12345"), QStringLiteral("678")}));
        QCOMPARE(stored.providerId, QStringLiteral("p-1"));
        QCOMPARE(h.transactions.events(id).last().message,
                 QStringLiteral("accepted as p-1; expected done in ~5 s"));
        QCOMPARE(h.server.requests().first().url.path(), QStringLiteral("/ccu/v3/delete/cpcode/production"));
        QCOMPARE(h.server.requests().first().body, QByteArray("{\"objects\":[12345,678]}"));
    }

    // An id the server chose is shown in history and tables: its control bytes are stored as
    // visible escapes, like every other text from a reply.
    void providerIdFromTheReplyIsStoredEscaped()
    {
        Harness h;
        h.server.setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(
                201, "{\"httpStatus\":201,\"purgeId\":\"p-\\u001b[2K1\",\"estimatedSeconds\":5}");
        });
        const auto source = h.addSource(
            QStringLiteral("akamai"), {{QStringLiteral("host"), QStringLiteral("akab-x.luna.akamaiapis.net")},
                                       {QStringLiteral("client_token"), QStringLiteral("akab-c")},
                                       {QStringLiteral("access_token"), QStringLiteral("akab-a")}});
        const qint64 id = h.enqueue(source, {QStringLiteral("12345")}, MatchKind::Object).first().id;
        QTRY_COMPARE(h.state(id), TransactionState::Succeeded);
        QCOMPARE(h.stored(id).providerId, QStringLiteral("p-\\x1b[2K1"));
        QVERIFY(!h.transactions.events(id).last().message.contains(QChar(0x1b)));
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

    // Against a server that enforces its limit as real APIs do (over a sliding second, or as a
    // token bucket holding one second's worth), the queue runs at >= 90% of the limit, draws at
    // most 1% of 429s and loses nothing.
    void runsAtTheLimitWithoutTrippingIt_data()
    {
        QTest::addColumn<bool>("slidingWindow");
        QTest::addColumn<int>("limit"); // requests per second
        QTest::addColumn<int>("count");
        QTest::newRow("sliding window, 10/s") << true << 10 << 100;
        QTest::newRow("sliding window, 50/s") << true << 50 << 300;
        QTest::newRow("token bucket, 10/s") << false << 10 << 100;
        QTest::newRow("token bucket, 50/s") << false << 50 << 300;
    }
    void runsAtTheLimitWithoutTrippingIt()
    {
        QFETCH(bool, slidingWindow);
        QFETCH(int, limit);
        QFETCH(int, count);
        Harness h;
        SlidingWindowLimiter sliding(limit, 1000);
        TokenBucketLimiter bucket(limit, limit);
        LimitedServerLog log;
        h.server.setHandler([&](const RecordedRequest &) {
            const qint64 now = h.clock.nowMs();
            if (!(slidingWindow ? sliding.admit(now) : bucket.admit(now))) {
                ++log.refused;
                return ScriptedReply::json(429, "{}").withHeader("Retry-After", "1");
            }
            log.acceptedAt << now;
            return ScriptedReply::json(200, "{}");
        });
        // The documented rate only (imgix states no burst): nothing else configured.
        const auto source =
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("rate"), QString::number(limit)}});
        const auto planned = h.enqueue(source, urls(count));
        for (int step = 0; step < 120000 && !h.queue->allFinal(); ++step)
            stepAndSettle({&h.profile});
        QVERIFY(h.queue->allFinal());
        for (const auto &t : planned)
            QCOMPARE(h.state(t.id), TransactionState::Succeeded);
        QCOMPARE(int(log.acceptedAt.size()), count);
        const double share = log.achievedPerSecond() / limit;
        qInfo("achieved %.2f/s of %d/s (%.1f%%), %d of %d replies 429", log.achievedPerSecond(), limit,
              share * 100, log.refused, log.replies());
        QVERIFY2(share >= 0.90, qPrintable(QString::number(share)));
        QVERIFY2(share <= 1.0, qPrintable(QString::number(share)));
        QVERIFY2(log.refused * 100 <= log.replies(), qPrintable(QString::number(log.refused)));
    }

    // Two queues on one profile (the window and a command-line run) pace one rate key together:
    // against a server allowing 10 a second, both together stay under it and still use >= 90%.
    void twoQueuesOnOneProfileShareTheLimit()
    {
        Harness h;
        if (h.profile.isPostgres())
            QSKIP("two scratch PostgreSQL profiles share no pacing; one shared profile's workers are "
                  "tested in tst_postgres_workers");
        TestProfile other;
        other.queue().setPacingDirectory(h.profile.db().profileDir() + QStringLiteral("/pacing"));
        SlidingWindowLimiter sliding(10, 1000);
        LimitedServerLog log;
        h.server.setHandler([&](const RecordedRequest &) {
            if (!sliding.admit(h.clock.nowMs())) {
                ++log.refused;
                return ScriptedReply::json(429, "{}").withHeader("Retry-After", "1");
            }
            log.acceptedAt << h.clock.nowMs();
            return ScriptedReply::json(200, "{}");
        });
        // Source 1 in each profile: the same rate key, as one profile's source is for every process.
        const auto mine = h.addSource(QStringLiteral("imgix"));
        const SourceConfig theirs =
            other.addSource(QStringLiteral("imgix-test"), QStringLiteral("imgix"),
                            {h.server.baseUrl().toString()}, {}, QStringLiteral("key"));
        QCOMPARE(theirs.id, mine.id);
        const auto planned = h.enqueue(mine, urls(60));
        const auto submitted = other.submit(theirs.name, urls(60));
        for (int step = 0; step < 60000 && !(h.queue->allFinal() && other.queue().allFinal()); ++step)
            stepAndSettle({&h.profile, &other});
        QVERIFY(h.queue->allFinal() && other.queue().allFinal());
        for (const auto &t : planned)
            QCOMPARE(h.state(t.id), TransactionState::Succeeded);
        for (const auto &t : submitted.transactions)
            QCOMPARE(other.transactions().byIds({t.id}).value(0).state, TransactionState::Succeeded);
        const double share = log.achievedPerSecond() / 10;
        qInfo("two queues: %.2f/s together of 10/s, %d of %d replies 429", log.achievedPerSecond(),
              log.refused, log.replies());
        QVERIFY2(share >= 0.90 && share <= 1.0, qPrintable(QString::number(share)));
        QVERIFY2(log.refused * 100 <= log.replies(), qPrintable(QString::number(log.refused)));
    }

    // A flaky server: 30% 503, 10% 429, 5% connection reset, 3% hang past the timeout; then the
    // same with the server down for 60 s in the middle. Every URL succeeds: nothing that only
    // needed more patience is reported failed.
    void everyUrlSucceedsThroughAFaultMix_data()
    {
        QTest::addColumn<bool>("downForAMinute");
        QTest::newRow("fault mix") << false;
        QTest::newRow("fault mix, server down 60 s in the middle") << true;
    }
    void everyUrlSucceedsThroughAFaultMix()
    {
        QFETCH(bool, downForAMinute);
        Harness h;
        QRandomGenerator random(20261202);
        int accepted = 0;
        qint64 downFrom = -1;
        QHash<QString, int> faults;
        h.server.setHandler([&](const RecordedRequest &) {
            const qint64 now = h.clock.nowMs();
            if (downForAMinute && downFrom < 0 && accepted >= 100)
                downFrom = now;
            if (downFrom >= 0 && now < downFrom + 60000) {
                ++faults[QStringLiteral("down")];
                return ScriptedReply::closed();
            }
            const double roll = random.generateDouble();
            if (roll < 0.30) {
                ++faults[QStringLiteral("503")];
                return ScriptedReply::json(503, "{\"error\":\"unavailable\"}");
            }
            if (roll < 0.40) {
                ++faults[QStringLiteral("429")];
                return ScriptedReply::json(429, "{}").withHeader("Retry-After", "1");
            }
            if (roll < 0.45) {
                ++faults[QStringLiteral("reset")];
                return ScriptedReply::closed();
            }
            if (roll < 0.48) {
                ++faults[QStringLiteral("hang")];
                return ScriptedReply::slow(1500); // past the source's 1 s timeout
            }
            ++accepted;
            return ScriptedReply::json(200, "{}");
        });
        const auto source =
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("timeout"), QStringLiteral("1")},
                                                  {QStringLiteral("rate"), QStringLiteral("50")},
                                                  {QStringLiteral("concurrency"), QStringLiteral("8")}});
        const auto planned = h.enqueue(source, urls(200));
        // Manual time runs ahead of real time while hung requests wait out their real timeout,
        // but at most about 20 times faster: the retry budget is manual time, and a machine too
        // busy to answer must not spend it in a blink.
        QElapsedTimer real;
        real.start();
        while (!h.queue->allFinal() && real.elapsed() < 150000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            h.clock.advance(20);
            QThread::msleep(1);
        }
        int succeeded = 0;
        for (const auto &t : planned) {
            const TransactionRecord stored = h.stored(t.id);
            succeeded += stored.state == TransactionState::Succeeded;
            if (stored.state != TransactionState::Succeeded)
                qWarning("#%lld %s after %d attempt(s): %s", stored.id, qPrintable(stateName(stored.state)),
                         stored.attempts, qPrintable(stored.lastError));
        }
        qInfo("faults: %d 503, %d 429, %d reset, %d hang, %d refused while down; %d of 200 succeeded",
              faults.value(QStringLiteral("503")), faults.value(QStringLiteral("429")),
              faults.value(QStringLiteral("reset")), faults.value(QStringLiteral("hang")),
              faults.value(QStringLiteral("down")), succeeded);
        QCOMPARE(succeeded, 200);
        QCOMPARE(accepted, 200);
        QVERIFY(faults.value(QStringLiteral("503")) > 30 && faults.value(QStringLiteral("hang")) > 0);
        if (downForAMinute)
            QVERIFY(faults.value(QStringLiteral("down")) > 0);
    }

    // 429s never use up attempts, also with a cap on attempts; the queue's pacing slows down.
    void throttledRepliesDoNotUseUpAttempts()
    {
        Harness h;
        for (int i = 0; i < 4; ++i)
            h.server.enqueue(ScriptedReply::json(429, "{}").withHeader("Retry-After", "1"));
        const auto source =
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("max_attempts"), QStringLiteral("2")}});
        const qint64 id = h.enqueue(source, urls(1)).first().id;
        QVERIFY(h.profile.runUntil([&] { return h.queue->allFinal(); }, 10000, 100));
        QCOMPARE(h.state(id), TransactionState::Succeeded);
        QCOMPARE(h.server.requests().size(), 5);
        QCOMPARE(h.stored(id).attempts, 1); // four throttled sends and the one that counted
    }

    // Transient failures are retried until the retry budget is spent, then fail saying so.
    void retriesUntilTheBudgetIsSpent()
    {
        Harness h;
        h.server.setHandler([](const RecordedRequest &) { return ScriptedReply::json(503, "{}"); });
        const auto source =
            h.addSource(QStringLiteral("imgix"), {{QStringLiteral("retry_for"), QStringLiteral("120")}});
        const qint64 id = h.enqueue(source, urls(1)).first().id;
        QVERIFY(h.profile.runUntil([&] { return h.queue->allFinal(); }, 20000, 250));
        const TransactionRecord t = h.stored(id);
        QCOMPARE(t.state, TransactionState::Failed);
        QVERIFY2(t.lastError.startsWith(QStringLiteral("still failing after 2 min of retries")),
                 qPrintable(t.lastError));
        QVERIFY(t.attempts > 5); // more than the old fixed count, backed off within the 60 s cap
        QCOMPARE(h.server.requests().size(), t.attempts);
    }
};

QTEST_GUILESS_MAIN(TestPurgeQueue)
#include "tst_purgequeue.moc"
