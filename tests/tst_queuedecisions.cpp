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

        HttpReply tooMany;
        tooMany.status = 429;
        QCOMPARE(QueueDecisions::pacingAfter(tooMany, Outcome::retry(QStringLiteral("429"), 4000), kNow)
                     .pauseUntilMs,
                 std::optional<qint64>(kNow + 4000));
        // A 429 without Retry-After still pauses, for a second.
        QCOMPARE(
            QueueDecisions::pacingAfter(tooMany, Outcome::retry(QStringLiteral("429")), kNow).pauseUntilMs,
            std::optional<qint64>(kNow + 1000));
        HttpReply down;
        down.failure = HttpReply::Failure::Connection;
        QVERIFY(!QueueDecisions::pacingAfter(down, Outcome::retry(QStringLiteral("down"), 5000), kNow)
                     .pauseUntilMs);
    }
};

QTEST_GUILESS_MAIN(TestQueueDecisions)
#include "tst_queuedecisions.moc"
