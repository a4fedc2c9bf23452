// Crash safety of the purge engine, end to end through the purgeline binary: a run killed with
// SIGKILL at any point, or stopped with SIGTERM/SIGINT, loses no transaction, and
// `purgeline resume --wait` finishes the work (DESIGN.md, "Queue rules" and "Command line").
//
// The fake imgix API lives in this process and answers every purge only after 150 ms, so a
// signal sent right after the Nth request arrived always catches that request in flight.

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

struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1 (%2)\n--- stdout:\n%3\n--- stderr:\n%4")
            .arg(exitCode)
            .arg(exitStatus == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crashed/killed"))
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

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

    QProcessEnvironment environment() const
    {
        // A clean environment: no D-Bus session, no display, a throwaway HOME; the imgix key
        // comes from an environment variable, so no keychain is involved.
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH", QStringLiteral("/usr/bin:/bin")));
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("USER"), QStringLiteral("crashtest"));
        env.insert(kSecretVariable, kSecret);
        return env;
    }

    void startCli(QProcess &proc, const QStringList &args) const
    {
        proc.setProcessEnvironment(environment());
        proc.setProgram(m_bin);
        proc.setArguments(QStringList{QStringLiteral("--profile"), m_profile->path()} + args);
        proc.start();
    }

    static CliResult collect(QProcess &proc, int timeoutMs)
    {
        CliResult result;
        result.finished = spinUntil([&] { return proc.state() == QProcess::NotRunning; }, timeoutMs);
        if (!result.finished) {
            proc.kill();
            proc.waitForFinished(5000);
        }
        result.exitCode = proc.exitCode();
        result.exitStatus = proc.exitStatus();
        result.out = proc.readAllStandardOutput();
        result.err = proc.readAllStandardError();
        return result;
    }

    CliResult runCli(const QStringList &args, int timeoutMs = 60000) const
    {
        QProcess proc;
        startCli(proc, args);
        return collect(proc, timeoutMs);
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
        const CliResult r = runCli({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                    QStringLiteral("10000")});
        if (!r.finished || r.exitStatus != QProcess::NormalExit || r.exitCode != 0) {
            qWarning("history --json failed: %s", qPrintable(r.describe()));
            return {};
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError) {
            qWarning("history --json printed no JSON: %s", qPrintable(r.describe()));
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
            QVERIFY2(counts.value(target) >= 1, qPrintable(QStringLiteral("%1 never reached the server").arg(target)));
        QCOMPARE(counts.size(), kTargetCount);   // nothing else was purged
        QVERIFY2(m_server->requests().size() <= kTargetCount + maxResent,
                 qPrintable(QStringLiteral("%1 purge requests for %2 targets; only the in-flight ones (at most %3) may "
                                           "be sent twice")
                                .arg(m_server->requests().size())
                                .arg(kTargetCount)
                                .arg(maxResent)));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() <= 2, qPrintable(QStringLiteral("%1 was sent %2 times").arg(it.key()).arg(it.value())));

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
            QVERIFY2(!seen.contains(target), qPrintable(QStringLiteral("%1 has two transactions").arg(target)));
            seen.insert(target);
        }
        const QStringList expected = targets();
        QCOMPARE(seen, QSet<QString>(expected.cbegin(), expected.cend()));
    }

    void addSource()
    {
        const CliResult add = runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("img"),
                                      QStringLiteral("--type"), QStringLiteral("imgix"), QStringLiteral("--endpoint"),
                                      m_server->baseUrl().toString(), QStringLiteral("--secret-env"), kSecretVariable,
                                      QStringLiteral("--set"), QStringLiteral("concurrency=2"), QStringLiteral("--set"),
                                      QStringLiteral("timeout=20")});
        QVERIFY2(add.finished && add.exitStatus == QProcess::NormalExit && add.exitCode == 0, qPrintable(add.describe()));
    }

    // Starts `purge --wait` of the 40 targets and returns once `requestsBeforeStop` purges
    // have reached the server (the last of them is still unanswered).
    void startPurgeAndWaitFor(QProcess &proc, int requestsBeforeStop)
    {
        startCli(proc, QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                                   QStringLiteral("--wait")}
                           + targets());
        QVERIFY2(proc.waitForStarted(10000), qPrintable(proc.errorString()));
        const bool reached = spinUntil(
            [&] { return m_server->requests().size() >= requestsBeforeStop || proc.state() == QProcess::NotRunning; },
            60000);
        QVERIFY2(reached, "the purge did not reach the server in time");
        QVERIFY2(proc.state() == QProcess::Running,
                 qPrintable(QStringLiteral("purge ended before %1 requests arrived: %2 arrived; stderr:\n%3")
                                .arg(requestsBeforeStop)
                                .arg(m_server->requests().size())
                                .arg(QString::fromUtf8(proc.readAllStandardError()))));
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
        m_server = new FakeHttpServer(this);
        QVERIFY(!m_server->start().isEmpty());
        m_server->setHandler([this](const RecordedRequest &) {
            const QByteArray body = "{\"data\":{\"type\":\"purges\",\"attributes\":{\"purge_id\":\"p"
                                    + QByteArray::number(m_nextPurgeId++) + "\"}}}";
            return ScriptedReply::slow(kReplyDelayMs, 200, body);
        });
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
        m_profile.reset();
        m_home.reset();
    }

    void sigkillThenResume_data()
    {
        QTest::addColumn<int>("killAfter");   // purge requests that reached the server before SIGKILL
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

        QProcess proc;
        startPurgeAndWaitFor(proc, killAfter);
        if (QTest::currentTestFailed())
            return;
        proc.kill();   // SIGKILL: no handler runs, nothing is flushed
        const CliResult killed = collect(proc, 10000);
        QVERIFY(killed.finished);
        QCOMPARE(killed.exitStatus, QProcess::CrashExit);
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
            QVERIFY2(state == QLatin1String("queued") || state == QLatin1String("sending") || state == QLatin1String("succeeded"),
                     qPrintable(QStringLiteral("unexpected state %1 after SIGKILL").arg(state)));
            if (state == QLatin1String("sending")) {
                ++sending;
                lastSentIsSending = lastSentIsSending || t.value(QStringLiteral("targets")).toArray().at(0).toString() == lastSent;
            }
            if (state == QLatin1String("succeeded"))
                ++succeeded;
        }
        QVERIFY2(sending >= 1 && sending <= 2, qPrintable(QStringLiteral("%1 transactions were left sending").arg(sending)));
        QVERIFY2(lastSentIsSending, qPrintable(lastSent + QStringLiteral(" was in flight but is not recorded as sending")));
        QVERIFY2(succeeded <= sentBeforeKill - 1,
                 qPrintable(QStringLiteral("%1 succeeded, but only %2 requests had been answered").arg(succeeded).arg(sentBeforeKill - 1)));

        const CliResult resumed = runCli({QStringLiteral("resume"), QStringLiteral("--wait")}, 120000);
        QVERIFY2(resumed.finished && resumed.exitStatus == QProcess::NormalExit && resumed.exitCode == 0,
                 qPrintable(resumed.describe()));
        QVERIFY2(resumed.err.contains(QByteArray(QByteArray::number(sending) + " transaction(s) were being sent when their process stopped")),
                 qPrintable(resumed.describe()));
        // Every transaction resume finished is reported, the last ones included.
        QCOMPARE(resumed.err.count("\nsucceeded #"), qsizetype(kTargetCount - succeeded));
        verifyAllDone(2);
        if (QTest::currentTestFailed())
            return;

        // A second resume finds nothing left to do and sends nothing.
        const qsizetype total = m_server->requests().size();
        const CliResult again = runCli({QStringLiteral("resume"), QStringLiteral("--wait")});
        QVERIFY2(again.finished && again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.err.contains("nothing to resume"), qPrintable(again.describe()));
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

        QProcess proc;
        startPurgeAndWaitFor(proc, stopAfter);
        if (QTest::currentTestFailed())
            return;
        const QString inFlight = purgedUrl(m_server->requests().constLast());
        QCOMPARE(::kill(pid_t(proc.processId()), signalNumber), 0);
        const CliResult stopped = collect(proc, 20000);
        QVERIFY2(stopped.finished, "purge did not stop after the signal");
        QVERIFY2(stopped.exitStatus == QProcess::NormalExit && stopped.exitCode == 3, qPrintable(stopped.describe()));
        QVERIFY2(stopped.err.contains("unfinished work stays queued"), qPrintable(stopped.describe()));
        QVERIFY2(stopped.err.contains("purgeline resume --wait"), qPrintable(stopped.describe()));
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
                inFlightRequeued = inFlightRequeued || event.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("requeued");
        }
        QVERIFY2(queued >= kTargetCount - int(sentWhenStopped) + 1,
                 qPrintable(QStringLiteral("%1 queued, but %2 requests were never answered").arg(queued).arg(kTargetCount - sentWhenStopped + 1)));
        QVERIFY2(inFlightRequeued, qPrintable(inFlight + QStringLiteral(" was in flight but was not requeued")));
        // The summary on stderr counts the same.
        QVERIFY2(stopped.err.contains(QByteArray(QByteArray::number(queued) + " still open")), qPrintable(stopped.describe()));

        const CliResult resumed = runCli({QStringLiteral("resume"), QStringLiteral("--wait")}, 120000);
        QVERIFY2(resumed.finished && resumed.exitStatus == QProcess::NormalExit && resumed.exitCode == 0,
                 qPrintable(resumed.describe()));
        // A clean stop left nothing "sending" behind.
        QVERIFY2(!resumed.err.contains("were being sent when their process stopped"), qPrintable(resumed.describe()));
        QCOMPARE(resumed.err.count("succeeded #"), qsizetype(queued));
        verifyAllDone(2);
    }
};

QTEST_GUILESS_MAIN(TestCliCrashSafety)
#include "tst_cli_crashsafety.moc"
