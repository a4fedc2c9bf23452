// purge --layered and --wait-for-origin through the purgeline binary, against fake webhook
// servers (the caches) and a fake origin: layers arrive in order, a failed layer leaves the
// servers above it without a single request and exits 1 naming it, work stopped mid-run keeps
// its layers for resume, an origin that switches to the revision late is waited for, and one that
// never does times out with exit 3 and nothing stored; bad values exit 2.
#include "clirunner.h"
#include "fakehttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

class TestCliLayers : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<FakeHttpServer> m_servers[3];
    QElapsedTimer m_clock;
    QList<qint64> m_arrived[3]; // when each server saw its requests, ms since init()
    const QStringList kNames{QStringLiteral("page"), QStringLiteral("varnish"), QStringLiteral("edge")};

    CliResult run(const QStringList &args) { return m_cli->run(args); }
    void answer(int layer, int status, int delayMs = 0)
    {
        m_servers[layer]->setHandler([this, layer, status, delayMs](const RecordedRequest &) {
            m_arrived[layer] << m_clock.elapsed();
            return ScriptedReply::slow(delayMs, status, "{}");
        });
    }
    QStringList purge(const QStringList &more)
    {
        return QStringList{QStringLiteral("purge"), QStringLiteral("--source"),
                           kNames.join(QLatin1Char(','))} +
               more + QStringList{QStringLiteral("https://www.example.com/a")};
    }
    int historyCount()
    {
        return run({QStringLiteral("history"), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("transactions"))
            .toArray()
            .size();
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(CliRunner::binary()), "PURGELINE_BIN is not set"); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("profile")),
                                            m_dir->filePath(QStringLiteral("home")));
        m_clock.start();
        for (int i = 0; i < 3; ++i) {
            m_arrived[i].clear();
            m_servers[i] = std::make_unique<FakeHttpServer>();
            QVERIFY(!m_servers[i]->start().isEmpty());
            answer(i, 200);
            const CliResult added = run(
                {QStringLiteral("source"), QStringLiteral("add"), kNames[i], QStringLiteral("--type"),
                 QStringLiteral("webhook"), QStringLiteral("--endpoint"), m_servers[i]->baseUrl().toString(),
                 QStringLiteral("--set"), QStringLiteral("body_template={{targets_json}}")});
            QVERIFY2(added.exitCode == 0, added.describe().constData());
        }
    }
    void cleanup()
    {
        m_cli.reset();
        for (auto &server : m_servers)
            server.reset();
        m_dir.reset();
    }

    void layersArriveInOrder()
    {
        answer(0, 200, 400);
        answer(1, 200, 300);
        const CliResult r =
            run(purge({QStringLiteral("--layered"), QStringLiteral("--wait"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_arrived[i].size(), 1);
        QVERIFY2(m_arrived[1][0] >= m_arrived[0][0] + 400, r.describe().constData());
        QVERIFY2(m_arrived[2][0] >= m_arrived[1][0] + 300, r.describe().constData());
        const QJsonArray items = r.json().value(QStringLiteral("transactions")).toArray();
        QCOMPARE(items.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(items[i].toObject().value(QStringLiteral("layer")).toInt(), i + 1);
            QCOMPARE(items[i].toObject().value(QStringLiteral("layers")).toInt(), 3);
        }
    }

    void withoutWaitTheLayersStillGoInOrder()
    {
        // Without --wait the run returns once everything is answered: a layer whose lower layers
        // succeeded in the meantime is sent in the same run.
        answer(0, 200, 200);
        const CliResult r = run(purge({QStringLiteral("--layered")}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(m_arrived[2].size(), 1);
        QVERIFY(m_arrived[1][0] >= m_arrived[0][0] + 200);
    }

    void aFailedLayerStopsTheLayersAboveIt()
    {
        answer(1, 400);
        const CliResult r = run(purge({QStringLiteral("--layered"), QStringLiteral("--wait")}));
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QCOMPARE(m_servers[0]->requests().size(), 1);
        QCOMPARE(m_servers[1]->requests().size(), 1);
        QCOMPARE(m_servers[2]->requests().size(), 0);
        QVERIFY2(r.errText().contains(QStringLiteral("not sent: layer 2 (varnish) failed")),
                 r.describe().constData());
        const QJsonArray history = run({QStringLiteral("history"), QStringLiteral("--json"),
                                        QStringLiteral("--state"), QStringLiteral("cancelled")})
                                       .json()
                                       .value(QStringLiteral("transactions"))
                                       .toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("edge"));
    }

    void theSameSourcesWithoutLayersGoTogether()
    {
        // The control: without --layered a failing source stops nothing.
        answer(1, 400);
        const CliResult r = run(purge({QStringLiteral("--wait")}));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(m_servers[2]->requests().size(), 1);
    }

    void stoppedWorkKeepsItsLayersForResume()
    {
        // Stopped while layer 1 is out; layer 1 then fails on resume: layer 2 and 3 never go out.
        answer(0, 200, 20000);
        std::unique_ptr<CliProcess> child =
            m_cli->start(purge({QStringLiteral("--layered"), QStringLiteral("--wait")}));
        QVERIFY(child);
        QVERIFY(child->runUntil([&] { return m_servers[0]->requests().size() == 1; }, 20000));
        child->signal(SIGTERM);
        const CliResult stopped = child->wait();
        QVERIFY2(stopped.exitCode == 3, stopped.describe().constData());
        answer(0, 400);
        const CliResult resumed = run({QStringLiteral("resume"), QStringLiteral("--wait")});
        QVERIFY2(resumed.exitCode == 1, resumed.describe().constData());
        QVERIFY2(resumed.errText().contains(QStringLiteral("not sent: layer 1 (page) failed")),
                 resumed.describe().constData());
        QCOMPARE(m_servers[1]->requests().size() + m_servers[2]->requests().size(), 0);
    }

    void presetsKeepTheLayers()
    {
        QCOMPARE(run(QStringList{QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("deploy"),
                                 QStringLiteral("--source"), kNames.join(QLatin1Char(',')),
                                 QStringLiteral("--layered"), QStringLiteral("https://www.example.com/a")})
                     .exitCode,
                 0);
        answer(0, 400);
        const CliResult r = run({QStringLiteral("preset"), QStringLiteral("run"), QStringLiteral("deploy"),
                                 QStringLiteral("--wait")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(m_servers[1]->requests().size() + m_servers[2]->requests().size(), 0);
    }

    void badValuesExit2AndQueueNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("one layer") << QStringList{QStringLiteral("purge"), QStringLiteral("--source"),
                                                  QStringLiteral("page"), QStringLiteral("--layered"),
                                                  QStringLiteral("https://www.example.com/a")}
                                   << QStringLiteral("at least two sources");
        const QStringList purge{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("page"),
                                QStringLiteral("https://www.example.com/a"),
                                QStringLiteral("--wait-for-origin")};
        QTest::newRow("no =") << purge + QStringList{QStringLiteral("https://www.example.com/version")}
                              << QStringLiteral("expected URL=EXPECTED");
        QTest::newRow("nothing expected") << purge + QStringList{QStringLiteral("https://www.example.com/v=")}
                                          << QStringLiteral("expected URL=EXPECTED");
        QTest::newRow("not http") << purge + QStringList{QStringLiteral("ftp://www.example.com/v=abc")}
                                  << QStringLiteral("is not an http:// or https:// URL");
        QTest::newRow("no host") << purge + QStringList{QStringLiteral("version.txt=abc")}
                                 << QStringLiteral("is not an http:// or https:// URL");
        QTest::newRow("bad timeout") << purge + QStringList{QStringLiteral("http://127.0.0.1:1/v=abc"),
                                                            QStringLiteral("--origin-timeout"),
                                                            QStringLiteral("soon")}
                                     << QStringLiteral("--origin-timeout");
        QTest::newRow("interval alone")
            << QStringList{QStringLiteral("purge"), QStringLiteral("--source"),
                           QStringLiteral("page"),  QStringLiteral("--origin-interval"),
                           QStringLiteral("1"),     QStringLiteral("https://www.example.com/a")}
            << QStringLiteral("need --wait-for-origin");
    }
    void badValuesExit2AndQueueNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = run(args);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        QCOMPARE(historyCount(), 0);
        QCOMPARE(m_servers[0]->requests().size(), 0);
    }

    void waitsForTheOriginToShowTheRevision()
    {
        // The origin serves the old revision for the first 1.2 s of asking, then the new one (in a
        // header, as many version endpoints do).
        FakeHttpServer origin;
        QVERIFY(!origin.start().isEmpty());
        qint64 firstAsk = -1;
        qint64 switchedAt = -1;
        origin.setHandler([&](const RecordedRequest &) {
            const qint64 now = m_clock.elapsed();
            if (firstAsk < 0)
                firstAsk = now;
            if (now - firstAsk < 1200)
                return ScriptedReply::json(200, "{\"revision\":\"0ld0ld0\"}");
            if (switchedAt < 0)
                switchedAt = now;
            return ScriptedReply::json(200, "{}").withHeader("X-Revision", "abc1234def");
        });
        const CliResult r = run(
            purge({QStringLiteral("--layered"), QStringLiteral("--wait"), QStringLiteral("--wait-for-origin"),
                   origin.baseUrl().toString() + QStringLiteral("/version?v=1=abc1234"),
                   QStringLiteral("--origin-interval"), QStringLiteral("0.2")}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(switchedAt >= 0);
        QVERIFY2(origin.requests().size() >= 5, r.describe().constData()); // asked again every 0.2 s
        QCOMPARE(origin.requests().first().pathAndQuery(), QStringLiteral("/version?v=1"));
        QCOMPARE(origin.requests().first().header("Cache-Control"), QByteArray("no-cache"));
        QCOMPARE(m_arrived[0].size(), 1);
        QVERIFY2(m_arrived[0][0] >= switchedAt, r.describe().constData());
        QVERIFY(r.errText().contains(QStringLiteral("origin shows the revision")));
    }

    void anOriginThatNeverShowsItTimesOutAndNothingIsPurged()
    {
        FakeHttpServer origin;
        QVERIFY(!origin.start().isEmpty());
        origin.setHandler(
            [](const RecordedRequest &) { return ScriptedReply::json(200, "revision 0ld0ld0\x1b[2J"); });
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("page"),
                                 QStringLiteral("--wait"), QStringLiteral("--wait-for-origin"),
                                 origin.baseUrl().toString() + QStringLiteral("/version=abc1234"),
                                 QStringLiteral("--origin-interval"), QStringLiteral("0.2"),
                                 QStringLiteral("--origin-timeout"), QStringLiteral("1"),
                                 QStringLiteral("https://www.example.com/a")});
        QVERIFY2(r.exitCode == 3, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("did not show \"abc1234\" within 1 s")),
                 r.describe().constData());
        QVERIFY2(
            r.errText().contains(QStringLiteral("last seen: HTTP 200, body \"revision 0ld0ld0\\x1b[2J\"")),
            r.describe().constData());
        QVERIFY(!r.err.contains('\x1b'));
        QVERIFY(origin.requests().size() >= 3);
        QCOMPARE(m_servers[0]->requests().size(), 0);
        QCOMPARE(historyCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliLayers)
#include "tst_cli_layers.moc"
