// The queue's decisions as pure functions: every branch of afterOutcome, the dispatch bounds
// (per source and global) and how replies change pacing, as data rows.
#include "queue/queuedecisions.h"

#include <QtTest>

using namespace QueueDecisions;
using K = Decision::Kind;

Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(QueueDecisions::Decision::Kind)

namespace {
constexpr qint64 kNow = 1'700'000'000'000;

Context context(bool cancelRequested = false)
{
    Context c;
    c.limits.maxAttempts = 3;
    c.limits.pollIntervalSeconds = 10;
    c.limits.pollTimeoutSeconds = 60;
    c.policy.maxAttempts = 3;
    c.policy.baseDelayMs = 1000;
    c.policy.maxDelayMs = 8000;
    c.nowMs = kNow;
    c.jitter01 = 0.999; // the top of the spread: delay = the full exponential step
    c.cancelRequested = cancelRequested;
    return c;
}
} // namespace

class TestQueueDecisions final : public QObject
{
    Q_OBJECT
private slots:
    void afterOutcome_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<bool>("poll");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("targets");
        QTest::addColumn<qint64>("firstPolledAgoMs"); // -1: never polled
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<K>("kind");
        QTest::addColumn<qint64>("atFromNow"); // -1: not checked
        QTest::addColumn<QString>("event");

        QTest::newRow("succeeded") << Outcome::succeeded(QStringLiteral("id-1")) << false << 1 << 1
                                   << qint64(-1) << false << K::Succeed << qint64(-1)
                                   << QStringLiteral("succeeded");
        QTest::newRow("failed") << Outcome::failed(QStringLiteral("HTTP 401")) << false << 1 << 1
                                << qint64(-1) << false << K::Fail << qint64(-1) << QStringLiteral("failed");
        QTest::newRow("retry, first attempt")
            << Outcome::retry(QStringLiteral("HTTP 503")) << false << 1 << 1 << qint64(-1) << false
            << K::Retry << qint64(999) << QStringLiteral("retry");
        QTest::newRow("retry, backoff doubles")
            << Outcome::retry(QStringLiteral("HTTP 503")) << false << 2 << 1 << qint64(-1) << false
            << K::Retry << qint64(1999) << QStringLiteral("retry");
        QTest::newRow("retry honours Retry-After")
            << Outcome::retry(QStringLiteral("HTTP 429"), 5000) << false << 1 << 1 << qint64(-1) << false
            << K::Retry << qint64(5000) << QStringLiteral("retry");
        QTest::newRow("retry, attempts used up")
            << Outcome::retry(QStringLiteral("HTTP 503")) << false << 3 << 1 << qint64(-1) << false << K::Fail
            << qint64(-1) << QStringLiteral("failed");
        QTest::newRow("retry, cancelled meanwhile")
            << Outcome::retry(QStringLiteral("HTTP 503")) << false << 1 << 1 << qint64(-1) << true
            << K::Cancel << qint64(-1) << QStringLiteral("cancelled");
        QTest::newRow("pending, first answer")
            << Outcome::pending(QStringLiteral("/t/1")) << false << 1 << 1 << qint64(-1) << false << K::Poll
            << qint64(10000) << QStringLiteral("accepted");
        QTest::newRow("pending, a poll")
            << Outcome::pending(QStringLiteral("/t/1"), 40) << true << 1 << 1 << qint64(30000) << false
            << K::Poll << qint64(10000) << QStringLiteral("poll");
        QTest::newRow("pending past the poll time limit")
            << Outcome::pending(QStringLiteral("/t/1")) << true << 1 << 1 << qint64(60001) << false << K::Fail
            << qint64(-1) << QStringLiteral("failed");
        QTest::newRow("pending at the poll time limit")
            << Outcome::pending(QStringLiteral("/t/1")) << true << 1 << 1 << qint64(60000) << false << K::Poll
            << qint64(10000) << QStringLiteral("poll");
        QTest::newRow("pending, cancelled meanwhile")
            << Outcome::pending(QStringLiteral("/t/1")) << false << 1 << 1 << qint64(-1) << true << K::Cancel
            << qint64(-1) << QStringLiteral("cancelled");
        QTest::newRow("a failed poll is asked again, not failed")
            << Outcome::retry(QStringLiteral("HTTP 503")) << true << 3 << 1 << qint64(1000) << false
            << K::Poll << qint64(10000) << QStringLiteral("poll");
        QTest::newRow("too large: split")
            << Outcome::split(QStringLiteral("HTTP 413")) << false << 1 << 4 << qint64(-1) << false
            << K::Split << qint64(0) << QStringLiteral("split");
        QTest::newRow("too large with one target: failed")
            << Outcome::split(QStringLiteral("HTTP 413")) << false << 1 << 1 << qint64(-1) << false << K::Fail
            << qint64(-1) << QStringLiteral("failed");
    }
    void afterOutcome()
    {
        QFETCH(Outcome, outcome);
        QFETCH(bool, poll);
        QFETCH(int, attempts);
        QFETCH(int, targets);
        QFETCH(qint64, firstPolledAgoMs);
        QFETCH(bool, cancelled);
        QFETCH(K, kind);
        QFETCH(qint64, atFromNow);
        QFETCH(QString, event);
        TransactionRecord t;
        t.attempts = attempts;
        for (int i = 0; i < targets; ++i)
            t.batch.targets << QStringLiteral("https://www.example.com/%1").arg(i);
        t.firstPolledAt = firstPolledAgoMs < 0 ? 0 : kNow - firstPolledAgoMs;
        const Decision d = QueueDecisions::afterOutcome(t, outcome, poll, context(cancelled));
        QCOMPARE(d.kind, kind);
        QCOMPARE(d.event, event);
        if (atFromNow >= 0)
            QCOMPARE(d.at - kNow, atFromNow);
        if (kind == K::Fail && outcome.kind == Outcome::Kind::Retry)
            QVERIFY(d.message.contains(QStringLiteral("gave up after 3 attempt(s)")));
    }

    // Retries end when the retry budget (retry_for, from the first failed attempt) is spent, not
    // after a fixed count; a cap on attempts is optional, and throttled sends never count.
    void retryBudget_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<bool>("throttled");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("maxAttempts");           // 0: no cap
        QTest::addColumn<qint64>("retryingSinceAgoMs"); // -1: this is the first failure
        QTest::addColumn<K>("kind");
        QTest::addColumn<qint64>("atFromNow"); // -1: not checked
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("messageContains");
        const Outcome unavailable = Outcome::retry(QStringLiteral("HTTP 503"));
        const Outcome tooMany = Outcome::throttle(QStringLiteral("HTTP 429"), 2000);
        QTest::newRow("no cap: the 20th failure is retried")
            << unavailable << false << 20 << 0 << qint64(600000) << K::Retry << qint64(7996)
            << QStringLiteral("retry") << QStringLiteral("HTTP 503");
        QTest::newRow("first failure starts the budget")
            << unavailable << false << 1 << 0 << qint64(-1) << K::Retry << qint64(999)
            << QStringLiteral("retry") << QStringLiteral("HTTP 503");
        QTest::newRow("budget spent: failed, saying how long and how often")
            << unavailable << false << 9 << 0 << qint64(1800000) << K::Fail << qint64(-1)
            << QStringLiteral("failed")
            << QStringLiteral("still failing after 30 min of retries (9 attempt(s))");
        QTest::newRow("the last try goes when the budget ends")
            << unavailable << false << 9 << 0 << qint64(1800000 - 3000) << K::Retry << qint64(3000)
            << QStringLiteral("retry") << QStringLiteral("HTTP 503");
        QTest::newRow("a Retry-After past the budget is quoted and cut to its end")
            << Outcome::retry(QStringLiteral("HTTP 503"), 86400000) << false << 1 << 0 << qint64(-1)
            << K::Retry << qint64(1800000) << QStringLiteral("retry")
            << QStringLiteral("the server asked to wait 86400 s, past the retry budget");
        QTest::newRow("the optional cap still ends retries")
            << unavailable << false << 3 << 3 << qint64(1000) << K::Fail << qint64(-1)
            << QStringLiteral("failed") << QStringLiteral("gave up after 3 attempt(s)");
        QTest::newRow("throttled: the cap does not apply, Retry-After does")
            << tooMany << true << 3 << 3 << qint64(1000) << K::Retry << qint64(2000)
            << QStringLiteral("throttled") << QStringLiteral("HTTP 429");
        QTest::newRow("throttled without Retry-After: soon, no exponential backoff")
            << Outcome::throttle(QStringLiteral("HTTP 429")) << true << 8 << 0 << qint64(60000) << K::Retry
            << qint64(1000) << QStringLiteral("throttled") << QStringLiteral("HTTP 429");
        QTest::newRow("throttled for the whole budget: failed")
            << tooMany << true << 0 << 0 << qint64(1800001) << K::Fail << qint64(-1)
            << QStringLiteral("failed") << QStringLiteral("still failing after 30 min");
    }
    void retryBudget()
    {
        QFETCH(Outcome, outcome);
        QFETCH(bool, throttled);
        QFETCH(int, attempts);
        QFETCH(int, maxAttempts);
        QFETCH(qint64, retryingSinceAgoMs);
        QFETCH(K, kind);
        QFETCH(qint64, atFromNow);
        QFETCH(QString, event);
        QFETCH(QString, messageContains);
        Context c = context();
        c.limits.retryForSeconds = 1800;
        c.limits.maxAttempts = maxAttempts;
        c.policy.maxAttempts = maxAttempts;
        c.throttled = throttled;
        TransactionRecord t;
        t.attempts = attempts;
        t.batch.targets << QStringLiteral("https://www.example.com/a");
        t.retryingSince = retryingSinceAgoMs < 0 ? 0 : kNow - retryingSinceAgoMs;
        const Decision d = QueueDecisions::afterOutcome(t, outcome, false, c);
        QCOMPARE(d.kind, kind);
        QCOMPARE(d.event, event);
        if (atFromNow >= 0)
            QCOMPARE(d.at - kNow, atFromNow);
        QVERIFY2(d.message.contains(messageContains), qPrintable(d.message));
    }

    void isThrottle()
    {
        HttpReply tooMany;
        tooMany.status = 429;
        HttpReply unavailable;
        unavailable.status = 503;
        HttpReply badRequest;
        badRequest.status = 400;
        QVERIFY(QueueDecisions::isThrottle(tooMany, Outcome::retry(QStringLiteral("429"))));
        QVERIFY(!QueueDecisions::isThrottle(unavailable, Outcome::retry(QStringLiteral("503"))));
        // A provider's own throttling reply (CloudFront's Throttling comes with HTTP 400).
        QVERIFY(QueueDecisions::isThrottle(badRequest, Outcome::throttle(QStringLiteral("Throttling"))));
        QVERIFY(!QueueDecisions::isThrottle(tooMany, Outcome::failed(QStringLiteral("429, but final"))));
    }

    void pacedRateLeavesRoomForJitter()
    {
        // 51 requests at the paced rate span more than a second by 20 ms: a sliding second
        // never holds more than 50, however the arrivals jitter within 20 ms.
        const double interval = 1000.0 / QueueDecisions::pacedRate(50);
        QVERIFY(50 * interval >= 1020.0 - 1e-9);
        QVERIFY(QueueDecisions::pacedRate(10) >= 9.0); // still >= 90% of the limit
    }

    void mayDispatch_data()
    {
        QTest::addColumn<int>("sourceInFlight");
        QTest::addColumn<int>("sourceLimit");
        QTest::addColumn<int>("globalInFlight");
        QTest::addColumn<int>("globalLimit");
        QTest::addColumn<bool>("may");
        QTest::newRow("both free") << 0 << 4 << 0 << 32 << true;
        QTest::newRow("source full") << 4 << 4 << 4 << 32 << false;
        QTest::newRow("global full") << 1 << 4 << 32 << 32 << false;
        QTest::newRow("global one left") << 1 << 4 << 31 << 32 << true;
        QTest::newRow("global cap below the source's") << 2 << 8 << 2 << 2 << false;
    }
    void mayDispatch()
    {
        QFETCH(int, sourceInFlight);
        QFETCH(int, sourceLimit);
        QFETCH(int, globalInFlight);
        QFETCH(int, globalLimit);
        QFETCH(bool, may);
        QCOMPARE(QueueDecisions::mayDispatch(sourceInFlight, sourceLimit, globalInFlight, globalLimit), may);
    }

    void pacingAfter()
    {
        HttpReply ok;
        ok.status = 200;
        QVERIFY(!QueueDecisions::pacingAfter(ok, Outcome::succeeded(), kNow).pauseUntilMs);
        QVERIFY(!QueueDecisions::pacingAfter(ok, Outcome::succeeded(), kNow).remaining);

        HttpReply remaining = ok;
        remaining.headers = {{"X-RateLimit-Remaining", "3"}, {"Fastly-RateLimit-Remaining", "7"}};
        const PacingChange fromHeaders = QueueDecisions::pacingAfter(remaining, Outcome::succeeded(), kNow);
        QCOMPARE(fromHeaders.remaining, std::optional<double>(3)); // the smallest budget any header states
        // Akamai's 429 (Fast Purge "Rate limit response examples"): requests left, and objects
        // left, which are another bucket and do not pace requests.
        HttpReply akamai = ok;
        akamai.headers = {{"X-Ratelimit-Remaining", "0"},
                          {"X-Ratelimit-Limit-Per-Second", "50.00"},
                          {"X-Ratelimit-Remaining-Objects", "9904"}};
        QCOMPARE(QueueDecisions::pacingAfter(akamai, Outcome::succeeded(), kNow).remaining,
                 std::optional<double>(0));

        HttpReply tooMany;
        tooMany.status = 429;
        QCOMPARE(QueueDecisions::pacingAfter(tooMany, Outcome::retry(QStringLiteral("429"), 4000), kNow)
                     .pauseUntilMs,
                 std::optional<qint64>(kNow + 4000));
        // A 429 without Retry-After still pauses, for a second.
        QCOMPARE(
            QueueDecisions::pacingAfter(tooMany, Outcome::retry(QStringLiteral("429")), kNow).pauseUntilMs,
            std::optional<qint64>(kNow + 1000));
        // Nothing left: nothing goes before the reset, in seconds from now or as Unix time.
        HttpReply spent = ok;
        spent.headers = {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "12"}};
        QCOMPARE(QueueDecisions::pacingAfter(spent, Outcome::succeeded(), kNow).pauseUntilMs,
                 std::optional<qint64>(kNow + 12000));
        spent.headers = {{"Fastly-RateLimit-Remaining", "0"}, {"Fastly-RateLimit-Reset", "1700000030"}};
        QCOMPARE(QueueDecisions::pacingAfter(spent, Outcome::succeeded(), kNow).pauseUntilMs,
                 std::optional<qint64>(qint64(1700000030) * 1000));
        // Some budget left: the reset does not pause; an absurd reset is bounded.
        spent.headers = {{"X-RateLimit-Remaining", "4"}, {"X-RateLimit-Reset", "12"}};
        QVERIFY(!QueueDecisions::pacingAfter(spent, Outcome::succeeded(), kNow).pauseUntilMs);
        spent.headers = {{"RateLimit-Remaining", "0"}, {"RateLimit-Reset", "1e300"}};
        QCOMPARE(QueueDecisions::pacingAfter(spent, Outcome::succeeded(), kNow, 60000).pauseUntilMs,
                 std::optional<qint64>(kNow + 60000));
        spent.headers = {{"RateLimit-Remaining", "0"}, {"RateLimit-Reset", "nan"}};
        QVERIFY(!QueueDecisions::pacingAfter(spent, Outcome::succeeded(), kNow).pauseUntilMs);

        HttpReply down;
        down.failure = HttpReply::Failure::Connection;
        QVERIFY(!QueueDecisions::pacingAfter(down, Outcome::retry(QStringLiteral("down"), 5000), kNow)
                     .pauseUntilMs);
    }
};

QTEST_GUILESS_MAIN(TestQueueDecisions)
#include "tst_queuedecisions.moc"
