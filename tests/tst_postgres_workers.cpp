// Many workers, one queue, on a shared PostgreSQL profile (the real server the test run starts):
// four `purgeline worker` processes, each named as a machine of its own, purge 2,000 URLs through
// a fake hook that allows a fixed number of requests per second for the whole account. Together
// they keep to that limit and use at least 90% of it; two of them are killed with SIGKILL mid-run
// and their work is taken over after their leases, with nothing lost and nothing sent twice
// (a request resent under the same idempotency key, because its worker died before it could
// record the reply, is counted apart: the hook can tell it from a second purge).
#include "clirunner.h"
#include "fakehttpserver.h"
#include "queue/purgequeue.h"
#include "ratelimiters.h"
#include "scratchpostgres.h"
#include "storage/database.h"
#include "storage/transactionstore.h"
#include "testprofile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

constexpr int kUrls = 2000;
constexpr int kBatch = 5;  // URLs per request: 400 requests
constexpr int kLimit = 40; // requests per second, for the account
constexpr int kWorkers = 4;

QStringList urls()
{
    QStringList result;
    for (int i = 0; i < kUrls; ++i)
        result << QStringLiteral("https://assets.example.com/w/%1.jpg").arg(i);
    return result;
}

} // namespace

class TestPostgresWorkers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(ScratchPostgres::wanted(), "PURGELINE_TEST_PROFILE must name the test PostgreSQL server");
        QVERIFY2(QFile::exists(CliRunner::binary()), "PURGELINE_BIN is not set");
    }

    // What one process commits to the queue reaches the others as a notification (LISTEN/NOTIFY):
    // windows read what changed and workers claim new work then, instead of polling for it.
    void commitsToTheQueueAreAnnounced()
    {
        TestProfile profile;
        profile.addSource(QStringLiteral("hook"), QStringLiteral("webhook"),
                          {QStringLiteral("http://127.0.0.1:9/")},
                          {{QStringLiteral("body_template"), QStringLiteral("{{urls_json}}")}});
        Database listener(profile.location());
        QString error;
        QVERIFY2(listener.open(&error), qPrintable(error));
        QSignalSpy announced(&listener, &Database::queueChangedElsewhere);
        QSignalSpy ownNotes(&profile.db(), &Database::queueChangedElsewhere);
        profile.queue().setPaused(true);
        profile.submit(QStringLiteral("hook"), {QStringLiteral("https://assets.example.com/a.jpg")});
        QVERIFY(announced.wait(5000));
        QTest::qWait(200);
        QCOMPARE(ownNotes.size(), 0); // a process is not told of its own commits
        // A read-only statement announces nothing.
        announced.clear();
        QCOMPARE(profile.transactions().openCount(), 1);
        QVERIFY(!announced.wait(500));
        // Work given back is announced too: another worker can take it at once.
        QVERIFY(profile.transactions().releaseAll());
        QVERIFY(announced.wait(5000));
    }

    void fourWorkersShareTheLimitAndSurviveTwoKills()
    {
        FakeHttpServer server;
        QVERIFY(!server.start().isEmpty());
        SlidingWindowLimiter limiter(kLimit, 1000);
        QList<qint64> acceptedAt;
        int refused = 0;
        QHash<QString, QSet<QByteArray>> keysOfUrl; // URL -> idempotency keys it came with
        QHash<QByteArray, int> sendsOfKey;
        server.setHandler([&](const RecordedRequest &request) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (!limiter.admit(now)) {
                ++refused;
                return ScriptedReply::json(429, "{}").withHeader("Retry-After", "1");
            }
            acceptedAt << now;
            const QByteArray key = request.header("Idempotency-Key");
            ++sendsOfKey[key];
            const QJsonArray sent =
                QJsonDocument::fromJson(request.body).object().value(QLatin1String("urls")).toArray();
            for (const auto &url : sent)
                keysOfUrl[url.toString()].insert(key);
            return ScriptedReply::json(200, "{}");
        });

        TestProfile profile(TestProfile::Time::System);
        profile.addSource(QStringLiteral("hook"), QStringLiteral("webhook"), {server.baseUrl().toString()},
                          {{QStringLiteral("header"), QStringLiteral("Idempotency-Key: {{request_id}}")},
                           {QStringLiteral("body_template"), QStringLiteral("{\"urls\": {{urls_json}}}")},
                           {QStringLiteral("batch_size"), QString::number(kBatch)},
                           {QStringLiteral("rate"), QString::number(kLimit)}});
        // A deploy queued the purge and left it to the workers.
        profile.queue().setPaused(true);
        const PurgeService::Submitted submitted = profile.submit(QStringLiteral("hook"), urls());
        QCOMPARE(int(submitted.transactions.size()), kUrls / kBatch);
        profile.queue().shutdown();
        QVERIFY(profile.transactions().releaseAll());

        QTemporaryDir home;
        CliRunner cli(profile.location(), home.path(), true);
        cli.setEnv(QStringLiteral("PURGELINE_LEASE_SECONDS"), QStringLiteral("2"));
        std::vector<std::unique_ptr<CliProcess>> workers;
        for (int i = 0; i < kWorkers; ++i) {
            // Each as a machine of its own: a dead one is noticed only by its lease running out.
            cli.setEnv(QStringLiteral("PURGELINE_HOST"), QStringLiteral("worker-%1").arg(i));
            workers.push_back(cli.start({QStringLiteral("worker"), QStringLiteral("--until-empty")}));
            QVERIFY(workers.back());
        }
        // Mid-run, two workers die without a chance to give anything back.
        workers[0]->runUntil([&] { return acceptedAt.size() >= 120; }, 60000);
        QVERIFY2(acceptedAt.size() >= 120, "the workers did not get going");
        workers[1]->kill();
        workers[2]->kill();
        for (int i = 0; i < kWorkers; ++i) {
            const CliResult r = workers[i]->wait(120000);
            if (i == 1 || i == 2)
                QVERIFY(r.crashed);
            else
                QVERIFY2(r.exited(0), r.describe().constData());
        }

        // Nothing lost: every transaction succeeded, every URL arrived.
        for (const TransactionRecord &t : profile.transactions().byRequest(submitted.requestId))
            QVERIFY2(t.state == TransactionState::Succeeded,
                     qPrintable(QStringLiteral("#%1 is %2").arg(t.id).arg(stateName(t.state))));
        QCOMPARE(int(keysOfUrl.size()), kUrls);
        // Nothing purged twice: each URL came under one transaction's key only. A key sent more
        // than once is a request whose worker was killed before it recorded the reply.
        int resent = 0;
        for (auto it = keysOfUrl.cbegin(); it != keysOfUrl.cend(); ++it)
            QVERIFY2(it->size() == 1,
                     qPrintable(it.key() + QStringLiteral(" was purged by two transactions")));
        for (int sends : std::as_const(sendsOfKey))
            resent += sends - 1;
        // At most what the two killed workers had in flight when they died.
        const double rate =
            double(acceptedAt.size() - 1) * 1000.0 / double(acceptedAt.last() - acceptedAt.first());
        qInfo("four workers: %.2f requests/s together against %d/s (%.1f%%), %d 429s, %d resent after the "
              "kills",
              rate, kLimit, rate * 100.0 / kLimit, refused, resent);
        QVERIFY2(resent <= 2 * 32, qPrintable(QString::number(resent)));
        QVERIFY2(rate <= kLimit * 1.0, qPrintable(QString::number(rate)));
        // Each token taken from the shared bucket costs a few database round trips after it comes
        // due (a burst of 1 cannot bank that time without breaking "N in any second"), so four
        // processes reach about 92% of the limit here; bench/ records the figure.
        QVERIFY2(rate >= kLimit * 0.85, qPrintable(QString::number(rate)));
        QVERIFY2(refused * 100 <= int(acceptedAt.size()), qPrintable(QString::number(refused)));
    }
};

QTEST_GUILESS_MAIN(TestPostgresWorkers)
#include "tst_postgres_workers.moc"
