// Crash safety of the purge engine, end to end through the purgeline binary: a run killed with
// SIGKILL at any point, or stopped with SIGTERM/SIGINT, loses no transaction, and
// `purgeline resume --wait` finishes the work (DESIGN.md, "Queue rules" and "Command line").
//
// The fake imgix API lives in this process and answers every purge only after 150 ms, so a
// signal sent right after the Nth request arrived always catches that request in flight.

#include "clirunner.h"
#include "fakehttpserver.h"
#include "spinuntil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <functional>

namespace {

const QString kSecretVariable = QStringLiteral("PURGELINE_TEST_IMGIX_KEY");
const QString kSecret = QStringLiteral("ak_test_crash_9f8e7d");
constexpr int kTargetCount = 40;
constexpr int kReplyDelayMs = 150;

QString targetUrl(int i)
{
    return QStringLiteral("https://assets.example.test/crash/img-%1.jpg").arg(i, 2, 10, QLatin1Char('0'));
}

// The asset URL an imgix v1 purge request carries.
QString purgedUrl(const RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("attributes"))
        .toObject()
        .value(QStringLiteral("url"))
        .toString();
}

} // namespace

class TestCliCrashSafety : public QObject
{
    Q_OBJECT

private:
    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_profile;
    FakeHttpServer *m_server = nullptr;
    int m_nextPurgeId = 1;

    std::unique_ptr<CliRunner> m_cli;

    CliResult runCli(const QStringList &args, int timeoutMs = 60000) const
    {
        return m_cli->run(args, {}, timeoutMs);
    }

    static QStringList targets()
    {
        QStringList list;
        for (int i = 1; i <= kTargetCount; ++i)
            list << targetUrl(i);
        return list;
    }

    // Every transaction in the profile's history (with its events).
    QJsonArray history()
    {
        const CliResult r = runCli({QStringLiteral("history"), QStringLiteral("--json"),
                                    QStringLiteral("--limit"), QStringLiteral("10000")});
        if (!r.exited(0)) {
            qWarning("history --json failed: %s", r.describe().constData());
            return {};
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError) {
            qWarning("history --json printed no JSON: %s", r.describe().constData());
            return {};
        }
        return doc.object().value(QStringLiteral("transactions")).toArray();
    }

    QHash<QString, int> sentCounts() const
    {
        QHash<QString, int> counts;
        for (const RecordedRequest &r : m_server->requests())
            ++counts[purgedUrl(r)];
        return counts;
    }

    // After a completed resume: all 40 targets reached the server, all 40 transactions
    // succeeded, none was planned twice, and at most `maxResent` purges were sent again.
    void verifyAllDone(int maxResent)
    {
        const QHash<QString, int> counts = sentCounts();
        for (const QString &target : targets())
            QVERIFY2(counts.value(target) >= 1,
                     qPrintable(QStringLiteral("%1 never reached the server").arg(target)));
        QCOMPARE(counts.size(), kTargetCount); // nothing else was purged
        QVERIFY2(m_server->requests().size() <= kTargetCount + maxResent,
                 qPrintable(QStringLiteral(
                                "%1 purge requests for %2 targets; only the in-flight ones (at most %3) may "
                                "be sent twice")
                                .arg(m_server->requests().size())
                                .arg(kTargetCount)
                                .arg(maxResent)));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() <= 2,
                     qPrintable(QStringLiteral("%1 was sent %2 times").arg(it.key()).arg(it.value())));

        const QJsonArray rows = history();
        QCOMPARE(rows.size(), kTargetCount);
        QSet<QString> seen;
        for (const QJsonValue &value : rows) {
            const QJsonObject t = value.toObject();
            const QJsonArray batch = t.value(QStringLiteral("targets")).toArray();
            QCOMPARE(batch.size(), 1);
            const QString target = batch.at(0).toString();
            QVERIFY2(t.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                     qPrintable(QStringLiteral("transaction %1 (%2) is %3: %4")
                                    .arg(t.value(QStringLiteral("id")).toInteger())
                                    .arg(target, t.value(QStringLiteral("state")).toString(),
                                         t.value(QStringLiteral("error")).toString())));
            QVERIFY2(!seen.contains(target),
                     qPrintable(QStringLiteral("%1 has two transactions").arg(target)));
            seen.insert(target);
        }
        const QStringList expected = targets();
        QCOMPARE(seen, QSet<QString>(expected.cbegin(), expected.cend()));
    }

    void addSource()
    {
        const CliResult add = runCli(
            {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("img"), QStringLiteral("--type"),
             QStringLiteral("imgix"), QStringLiteral("--endpoint"), m_server->baseUrl().toString(),
             QStringLiteral("--secret-env"), kSecretVariable, QStringLiteral("--set"),
             QStringLiteral("concurrency=2"), QStringLiteral("--set"), QStringLiteral("timeout=20")});
        QVERIFY2(add.exited(0), add.describe().constData());
    }

    // Starts `purge --wait` of the 40 targets and returns once `requestsBeforeStop` purges
    // have reached the server (the last of them is still unanswered); null when that failed.
    std::unique_ptr<CliProcess> startPurgeAndWaitFor(int requestsBeforeStop)
    {
        std::unique_ptr<CliProcess> child =
            m_cli->start(QStringList{QStringLiteral("purge"), QStringLiteral("--source"),
                                     QStringLiteral("img"), QStringLiteral("--wait")} +
                         targets());
        if (!child) {
            qWarning("the purge did not start");
            return nullptr;
        }
        if (!child->runUntil([&] { return m_server->requests().size() >= requestsBeforeStop; }, 60000) ||
            !child->isRunning()) {
            qWarning("purge ended or stalled before %d requests arrived: %d arrived; stderr:\n%s",
                     requestsBeforeStop, int(m_server->requests().size()),
                     child->readStandardError().constData());
            return nullptr;
        }
        return child;
    }

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("PURGELINE_BIN");
        QVERIFY2(!m_bin.isEmpty(), "PURGELINE_BIN must name the purgeline binary");
        QVERIFY2(QFileInfo(m_bin).isExecutable(), qPrintable(m_bin + QStringLiteral(" is not executable")));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        QVERIFY(m_profile->isValid());
        m_cli = std::make_unique<CliRunner>(m_profile->path(), m_home->path());
        m_cli->setEnv(kSecretVariable, kSecret);
        m_server = new FakeHttpServer(this);
        QVERIFY(!m_server->start().isEmpty());
        m_server->setHandler([this](const RecordedRequest &) {
            const QByteArray body = "{\"data\":{\"type\":\"purges\",\"attributes\":{\"purge_id\":\"p" +
                                    QByteArray::number(m_nextPurgeId++) + "\"}}}";
            return ScriptedReply::slow(kReplyDelayMs, 200, body);
        });
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
        m_cli.reset();
        m_profile.reset();
        m_home.reset();
    }

    void sigkillThenResume_data()
    {
        QTest::addColumn<int>("killAfter"); // purge requests that reached the server before SIGKILL
        QTest::newRow("first request in flight") << 1;
        QTest::newRow("after 10 requests") << 10;
        QTest::newRow("after 31 requests") << 31;
    }

    void sigkillThenResume()
    {
        QFETCH(int, killAfter);
        addSource();
        if (QTest::currentTestFailed())
            return;

        const std::unique_ptr<CliProcess> child = startPurgeAndWaitFor(killAfter);
        QVERIFY(child);
        child->kill(); // SIGKILL: no handler runs, nothing is flushed
        const CliResult killed = child->wait(10000);
        QVERIFY2(killed.crashed, killed.describe().constData());
        const QString lastSent = purgedUrl(m_server->requests().constLast());
        const int sentBeforeKill = int(m_server->requests().size());

        // The store tells the truth about the moment of the kill: the purge the server still
        // holds is recorded as "sending" (committed before it went out), at most `concurrency`
        // are, and every transaction exists, none final without an answer.
        const QJsonArray before = history();
        QCOMPARE(before.size(), kTargetCount);
        int sending = 0;
        int succeeded = 0;
        bool lastSentIsSending = false;
        for (const QJsonValue &value : before) {
            const QJsonObject t = value.toObject();
            const QString state = t.value(QStringLiteral("state")).toString();
            QVERIFY2(state == QLatin1String("queued") || state == QLatin1String("sending") ||
                         state == QLatin1String("succeeded"),
                     qPrintable(QStringLiteral("unexpected state %1 after SIGKILL").arg(state)));
            if (state == QLatin1String("sending")) {
                ++sending;
                lastSentIsSending = lastSentIsSending ||
                                    t.value(QStringLiteral("targets")).toArray().at(0).toString() == lastSent;
            }
            if (state == QLatin1String("succeeded"))
                ++succeeded;
        }
        QVERIFY2(sending >= 1 && sending <= 2,
                 qPrintable(QStringLiteral("%1 transactions were left sending").arg(sending)));
        QVERIFY2(lastSentIsSending,
                 qPrintable(lastSent + QStringLiteral(" was in flight but is not recorded as sending")));
        QVERIFY2(succeeded <= sentBeforeKill - 1,
                 qPrintable(QStringLiteral("%1 succeeded, but only %2 requests had been answered")
                                .arg(succeeded)
                                .arg(sentBeforeKill - 1)));

        const CliResult resumed = runCli({QStringLiteral("resume"), QStringLiteral("--wait")}, 120000);
        QVERIFY2(resumed.exited(0), resumed.describe().constData());
        QVERIFY2(
            resumed.err.contains(QByteArray(QByteArray::number(sending) +
                                            " transaction(s) were being sent when their process stopped")),
            resumed.describe().constData());
        // Every transaction resume finished is reported, the last ones included.
        QCOMPARE(resumed.err.count("\nsucceeded #"), qsizetype(kTargetCount - succeeded));
        verifyAllDone(2);
        if (QTest::currentTestFailed())
            return;

        // A second resume finds nothing left to do and sends nothing.
        const qsizetype total = m_server->requests().size();
        const CliResult again = runCli({QStringLiteral("resume"), QStringLiteral("--wait")});
        QVERIFY2(again.finished && again.exitCode == 0, again.describe().constData());
        QVERIFY2(again.err.contains("nothing to resume"), again.describe().constData());
        QCOMPARE(m_server->requests().size(), total);
    }

    void stopSignalThenResume_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<int>("stopAfter");
        QTest::newRow("SIGTERM after 1") << int(SIGTERM) << 1;
        QTest::newRow("SIGTERM after 10") << int(SIGTERM) << 10;
        QTest::newRow("SIGINT after 10") << int(SIGINT) << 10;
        QTest::newRow("SIGINT after 25") << int(SIGINT) << 25;
    }

    void stopSignalThenResume()
    {
        QFETCH(int, signalNumber);
        QFETCH(int, stopAfter);
        addSource();
        if (QTest::currentTestFailed())
            return;

        const std::unique_ptr<CliProcess> child = startPurgeAndWaitFor(stopAfter);
        QVERIFY(child);
        const QString inFlight = purgedUrl(m_server->requests().constLast());
        child->signal(signalNumber);
        const CliResult stopped = child->wait(20000);
        QVERIFY2(stopped.finished, "purge did not stop after the signal");
        QVERIFY2(stopped.exited(3), stopped.describe().constData());
        QVERIFY2(stopped.err.contains("unfinished work stays queued"), stopped.describe().constData());
        QVERIFY2(stopped.err.contains("purgeline resume --wait"), stopped.describe().constData());
        // A stopped run sends nothing more.
        const qsizetype sentWhenStopped = m_server->requests().size();
        spinUntil([] { return false; }, 3 * kReplyDelayMs);
        QCOMPARE(m_server->requests().size(), sentWhenStopped);

        // Nothing lost, nothing left "sending": each transaction is succeeded or queued again,
        // and the purge that was in flight is queued with a "requeued" event.
        const QJsonArray rows = history();
        QCOMPARE(rows.size(), kTargetCount);
        int queued = 0;
        bool inFlightRequeued = false;
        for (const QJsonValue &value : rows) {
            const QJsonObject t = value.toObject();
            const QString state = t.value(QStringLiteral("state")).toString();
            QVERIFY2(state == QLatin1String("succeeded") || state == QLatin1String("queued"),
                     qPrintable(QStringLiteral("transaction %1 is %2 after a clean stop")
                                    .arg(t.value(QStringLiteral("id")).toInteger())
                                    .arg(state)));
            if (state != QLatin1String("queued"))
                continue;
            ++queued;
            if (t.value(QStringLiteral("targets")).toArray().at(0).toString() != inFlight)
                continue;
            for (const QJsonValue &event : t.value(QStringLiteral("events")).toArray())
                inFlightRequeued =
                    inFlightRequeued ||
                    event.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("requeued");
        }
        QVERIFY2(queued >= kTargetCount - int(sentWhenStopped) + 1,
                 qPrintable(QStringLiteral("%1 queued, but %2 requests were never answered")
                                .arg(queued)
                                .arg(kTargetCount - sentWhenStopped + 1)));
        QVERIFY2(inFlightRequeued,
                 qPrintable(inFlight + QStringLiteral(" was in flight but was not requeued")));
        // The summary on stderr counts the same.
        QVERIFY2(stopped.err.contains(QByteArray(QByteArray::number(queued) + " still open")),
                 stopped.describe().constData());

        const CliResult resumed = runCli({QStringLiteral("resume"), QStringLiteral("--wait")}, 120000);
        QVERIFY2(resumed.exited(0), resumed.describe().constData());
        // A clean stop left nothing "sending" behind.
        QVERIFY2(!resumed.err.contains("were being sent when their process stopped"),
                 resumed.describe().constData());
        QCOMPARE(resumed.err.count("succeeded #"), qsizetype(queued));
        verifyAllDone(2);
    }
};

QTEST_GUILESS_MAIN(TestCliCrashSafety)
#include "tst_cli_crashsafety.moc"
