// The keycdn provider through the purgeline binary: source add refusing bad settings, --dry-run
// with the Basic credentials redacted, 100 URLs per request at the planner's limit, and purge --wait
// end to end against FakeHttpServer.
#include "clirunner.h"
#include "fakehttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

static const QString kKeyVar = QStringLiteral("PL_TEST_KEYCDN_KEY");
static const QString kKey = QStringLiteral("sk_keycdn_never_shown_77");

class TestCliKeycdn : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<CliRunner> m_cli;

    CliResult run(const QStringList &args) { return m_cli->run(args); }
    int sourceCount()
    {
        return run({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("sources"))
            .toArray()
            .size();
    }
    CliResult addSource(const QStringList &extra)
    {
        return run(QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("kc"),
                               QStringLiteral("--type"), QStringLiteral("keycdn"),
                               QStringLiteral("--endpoint"), m_server->baseUrl().toString()} +
                   extra);
    }
    bool addGoodSource()
    {
        const CliResult r = addSource(
            {QStringLiteral("--set"), QStringLiteral("zone=1234"), QStringLiteral("--secret-env"), kKeyVar});
        if (r.exitCode != 0)
            qWarning("%s", r.describe().constData());
        return r.exitCode == 0;
    }
    static QStringList urls(int count)
    {
        QStringList result;
        for (int i = 0; i < count; ++i)
            result << QStringLiteral("https://example-1.kxcdn.com/css/%1.css").arg(i);
        return result;
    }
    static bool leaks(const CliResult &r)
    {
        const QByteArray basic = QByteArray(kKey.toUtf8() + ':').toBase64();
        return r.out.contains(kKey.toUtf8()) || r.err.contains(kKey.toUtf8()) || r.out.contains(basic) ||
               r.err.contains(basic);
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(CliRunner::binary()), "PURGELINE_BIN is not set"); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(!m_server->start().isEmpty());
        m_server->setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(
                200, "{\"status\":\"success\",\"description\":\"Cache has been cleared.\"}");
        });
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("profile")),
                                            m_dir->filePath(QStringLiteral("home")));
        m_cli->setEnv(kKeyVar, kKey);
    }
    void cleanup()
    {
        m_cli.reset();
        m_server.reset();
        m_dir.reset();
    }

    void sourceAddRefusesBadSettings_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        const QString env = QStringLiteral("--secret-env");
        const QString set = QStringLiteral("--set");
        QTest::newRow("no zone")
            << QStringList{env, kKeyVar}
            << QStringLiteral("missing setting zone (Zone ID) for type keycdn: add --set zone=VALUE");
        QTest::newRow("zone name")
            << QStringList{set, QStringLiteral("zone=example-1"), env, kKeyVar}
            << QStringLiteral("setting zone \"example-1\" must be the numeric zone ID shown in the "
                              "KeyCDN dashboard, not the zone name or URL");
        QTest::newRow("no secret") << QStringList{set, QStringLiteral("zone=1234")}
                                   << QStringLiteral("type keycdn needs a secret (API key)");
    }
    void sourceAddRefusesBadSettings()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const CliResult r = addSource(extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        QCOMPARE(sourceCount(), 0);
    }

    void dryRunRedactsTheKey()
    {
        QVERIFY(addGoodSource());
        const CliResult r =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("kc"),
                 QStringLiteral("--dry-run"), QStringLiteral("https://example-1.kxcdn.com/a.css"),
                 QStringLiteral("https://example-1.kxcdn.com/b.css?v=2")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        QCOMPARE(r.outText(),
                 QStringLiteral("# kc (keycdn)\nDELETE %1/zones/purgeurl/1234.json\nAuthorization: "
                                "[redacted]\nAccept: application/json\nContent-Type: application/json\n\n"
                                "{\"urls\":[\"example-1.kxcdn.com/a.css\",\"example-1.kxcdn.com/b.css?v=2\"]}"
                                "\n\n")
                     .arg(m_server->baseUrl().toString()));
        QTest::qWait(200);
        QCOMPARE(m_server->requests().size(), 0);
    }

    // The planner's split at the 100-URL limit: 99, 100 and 101 URLs are 1, 1 and 2 requests.
    void batchLimit_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("99") << 99 << QList<int>{99};
        QTest::newRow("100") << 100 << QList<int>{100};
        QTest::newRow("101") << 101 << QList<int>{100, 1};
    }
    void batchLimit()
    {
        QFETCH(int, count);
        QFETCH(QList<int>, sizes);
        QVERIFY(addGoodSource());
        const CliResult r =
            run(QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("kc"),
                            QStringLiteral("--dry-run"), QStringLiteral("--json")} +
                urls(count));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QList<int> seen;
        for (const QJsonValue &request : r.json().value(QStringLiteral("requests")).toArray())
            seen << QJsonDocument::fromJson(
                        request.toObject().value(QStringLiteral("body")).toString().toUtf8())
                        .object()
                        .value(QStringLiteral("urls"))
                        .toArray()
                        .size();
        QCOMPARE(seen, sizes);
    }

    void purgeWaitEndToEnd()
    {
        QVERIFY(addGoodSource());
        const CliResult r =
            run(QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("kc"),
                            QStringLiteral("--wait"), QStringLiteral("--json")} +
                urls(3));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 1);
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &seen = m_server->requests().first();
        QCOMPARE(seen.method, QByteArray("DELETE"));
        QCOMPARE(seen.pathAndQuery(), QStringLiteral("/zones/purgeurl/1234.json"));
        QCOMPARE(seen.header("Authorization"),
                 QByteArray("Basic ") + QByteArray(kKey.toUtf8() + ':').toBase64());
        QCOMPARE(seen.body,
                 QByteArray("{\"urls\":[\"example-1.kxcdn.com/css/0.css\",\"example-1.kxcdn.com/css/1.css\","
                            "\"example-1.kxcdn.com/css/2.css\"]}"));

        m_server->clear();
        const CliResult all =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("kc"),
                 QStringLiteral("--wait"), QStringLiteral("--match"), QStringLiteral("all")});
        QVERIFY2(all.exitCode == 0, all.describe().constData());
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().method, QByteArray("GET"));
        QCOMPARE(m_server->requests().first().pathAndQuery(), QStringLiteral("/zones/purge/1234.json"));
    }

    void statusErrorFails()
    {
        QVERIFY(addGoodSource());
        m_server->setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(200, "{\"status\":\"error\",\"description\":\"Zone not found.\"}");
        });
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("kc"),
                                 QStringLiteral("--wait"), QStringLiteral("--match"), QStringLiteral("tag"),
                                 QStringLiteral("blog")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(
                     QStringLiteral("KeyCDN answered HTTP 200 but reported an error: Zone not found.")),
                 r.describe().constData());
        QCOMPARE(m_server->requests().first().body, QByteArray("{\"tags\":[\"blog\"]}"));
    }
};

QTEST_GUILESS_MAIN(TestCliKeycdn)
#include "tst_cli_keycdn.moc"
