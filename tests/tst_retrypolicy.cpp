#include "core/replyclassifier.h"
#include "core/retrypolicy.h"
#include "core/tokenbucket.h"

#include <QTest>
#include <limits>

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        const auto row = [](int status, Outcome::Kind kind) {
            QTest::addRow("%d", status) << status << int(kind);
        };
        for (int s : {408, 429, 500, 502, 503, 504})
            row(s, Outcome::Kind::Retry);
        for (int s : {400, 401, 403, 404, 405, 409, 422, 501})
            row(s, Outcome::Kind::Failed);
        row(413, Outcome::Kind::Split);
        row(200, Outcome::Kind::Succeeded);
        row(204, Outcome::Kind::Succeeded);
    }
    void classify()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        HttpReply reply;
        reply.status = status;
        QCOMPARE(int(ReplyClassifier::classify(reply).kind), kind);
    }
    void networkFailuresRetry()
    {
        HttpReply reply;
        reply.failure = HttpReply::Failure::Timeout;
        QCOMPARE(ReplyClassifier::classify(reply).kind, Outcome::Kind::Retry);
        reply.failure = HttpReply::Failure::Connection;
        QCOMPARE(ReplyClassifier::classify(reply).kind, Outcome::Kind::Retry);
        reply.failure = HttpReply::Failure::Tls;
        QCOMPARE(ReplyClassifier::classify(reply).kind, Outcome::Kind::Failed);
        reply.failure = HttpReply::Failure::Refused;
        QCOMPARE(ReplyClassifier::classify(reply).kind, Outcome::Kind::Failed);
    }
    // A reply that breaks HTTP comes back the same on every attempt: it fails at once, and says
    // that it was the server's reply, not the network.
    void malformedRepliesFailAtOnce()
    {
        HttpReply reply;
        reply.failure = HttpReply::Failure::Protocol;
        reply.errorText = QStringLiteral("127.0.0.1:8080: after HTTP 200: invalid chunked encoding");
        const Outcome outcome = ReplyClassifier::classify(reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QCOMPARE(outcome.message, QStringLiteral("the server's reply was malformed: 127.0.0.1:8080: after "
                                                 "HTTP 200: invalid chunked encoding"));
    }
    void retryAfterSecondsAndDate()
    {
        HttpReply reply;
        reply.status = 429;
        reply.headers.emplaceBack("Retry-After", "7");
        QCOMPARE(ReplyClassifier::retryAfterMs(reply, 0), 7000);
        reply.headers = {{"retry-after", "Wed, 21 Oct 2015 07:28:10 GMT"}};
        const qint64 now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(ReplyClassifier::retryAfterMs(reply, now), 10000);
        reply.headers = {{"Retry-After", "soon"}};
        QCOMPARE(ReplyClassifier::retryAfterMs(reply, now), -1);
    }
    void backoffGrowsIsCappedAndHonoursRetryAfter()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 1000;
        policy.maxDelayMs = 8000;
        QCOMPARE(policy.delayMs(1, -1, 0.999999) / 10, 99); // just under base
        QCOMPARE(policy.delayMs(1, -1, 0.0), 500);
        QCOMPARE(policy.delayMs(2, -1, 0.0), 1000);
        QCOMPARE(policy.delayMs(3, -1, 0.0), 2000);
        QCOMPARE(policy.delayMs(10, -1, 0.0), 4000);    // capped: 8000/2 at zero jitter
        QCOMPARE(policy.delayMs(1, 30000, 0.5), 30000); // server's word wins when longer
        QVERIFY(policy.mayRetry(4));
        QVERIFY(policy.mayRetry(1000)); // no cap by default: the retry budget ends retries
        policy.maxAttempts = 3;
        QVERIFY(!policy.mayRetry(3));
    }
    void tokenBucketPaces()
    {
        TokenBucket bucket(2.0, 2, 0); // 2/s, burst 2
        QCOMPARE(bucket.take(0), 0);
        QCOMPARE(bucket.take(0), 0);
        QCOMPARE(bucket.take(0), 500); // empty: one token every 500 ms
        QCOMPARE(bucket.take(499), 1);
        QCOMPARE(bucket.take(500), 0);
        bucket.pauseUntil(10000);
        QCOMPARE(bucket.take(600), 9400);
        QCOMPARE(bucket.take(10000), 0);
        QVERIFY(bucket.take(10000) > 0);
        TokenBucket unlimited(0, 1, 0);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(unlimited.take(0), 0);
    }
    void tokenBucketBacksOffAndRecovers()
    {
        TokenBucket bucket(10.0, 1, 0); // 10/s
        QCOMPARE(bucket.take(0), 0);
        QCOMPARE(bucket.take(0), 100);
        // A 429 for a request sent at 0 cuts the rate to 7/s: the next token takes 1000/7 ms.
        QVERIFY(bucket.slowDown(0, 50));
        QCOMPARE(bucket.currentRate(), 10.0 * TokenBucket::kCutFactor);
        // Replies to requests that were in flight when it was cut change nothing more.
        QVERIFY(!bucket.slowDown(10, 60));
        QCOMPARE(bucket.currentRate(), 10.0 * TokenBucket::kCutFactor);
        // A request sent after the cut that is refused again cuts again.
        QVERIFY(bucket.slowDown(70, 80));
        QCOMPARE(bucket.currentRate(), 10.0 * TokenBucket::kCutFactor * TokenBucket::kCutFactor);
        // Accepted requests bring it back, a step each, never above the configured rate.
        for (int i = 0; i < 200; ++i)
            bucket.speedUp(100 + i);
        QCOMPARE(bucket.currentRate(), 10.0);
        // It never stops: the floor is a share of the configured rate.
        for (int i = 0; i < 100; ++i)
            bucket.slowDown(1000 + i, 1000 + i);
        QCOMPARE(bucket.currentRate(), 10.0 * TokenBucket::kMinimumFactor);
    }
    void tokenBucketRestoresAnotherProcessState()
    {
        TokenBucket mine(10.0, 5, 0);
        TokenBucket::State theirs;
        theirs.tokens = 0;
        theirs.lastMs = 1000;
        theirs.factor = 0.5;
        mine.restore(theirs, 1000);
        QCOMPARE(mine.take(1000), 200); // their bucket is empty, at their cut rate of 5/s
        // Damaged values are brought back into range instead of stopping or unleashing pacing.
        TokenBucket::State damaged;
        damaged.tokens = 1e308;
        damaged.factor = std::numeric_limits<double>::quiet_NaN();
        damaged.lastMs = 5000000;                    // from the future: counts from now
        damaged.pausedUntil = 4'000'000'000'000'000; // ~ forever
        mine.restore(damaged, 2000);
        QCOMPARE(mine.tokens(2000), 5.0);
        QCOMPARE(mine.currentRate(), 10.0);
        QCOMPARE(mine.take(2000), TokenBucket::kLongestPauseMs);
    }
    // Found by fuzz_source_settings: --set rate=1e-300 made the wait 1e303 ms, converted to an
    // integer undefined. However slow the rate, the wait is a long but defined time.
    void tokenBucketAtAnAbsurdlyLowRate()
    {
        TokenBucket bucket(1e-300, 1, 0);
        QCOMPARE(bucket.take(0), 0);
        const qint64 wait = bucket.take(0);
        QVERIFY(wait > qint64(365) * 24 * 3600 * 1000);
        QVERIFY(wait <= qint64(1e15));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
