// The bunny provider through the purgeline binary: source add refusing bad settings, --dry-run
// with the AccessKey redacted, one URL per request at the limit, and purge --wait end to end
// against FakeHttpServer.
#include "clirunner.h"
#include "fakehttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

static const QString kKeyVar = QStringLiteral("PL_TEST_BUNNY_KEY");
static const QString kKey = QStringLiteral("bunny-AK-0f7e-never-shown");

class TestCliBunny : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<CliRunner> m_cli;

    CliResult run(const QStringList &args) { return m_cli->run(args); }
    int sourceCount()
    {
        const CliResult r = run({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--json")});
        return r.json().value(QStringLiteral("sources")).toArray().size();
    }
    CliResult addSource(const QStringList &extra)
    {
        return run(QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("cdn"),
                               QStringLiteral("--type"), QStringLiteral("bunny"),
                               QStringLiteral("--endpoint"), m_server->baseUrl().toString()} +
                   extra);
    }
    bool addGoodSource()
    {
        const CliResult r = addSource({QStringLiteral("--set"), QStringLiteral("pull_zone=77"),
                                       QStringLiteral("--secret-env"), kKeyVar});
        if (r.exitCode != 0)
            qWarning("%s", r.describe().constData());
        return r.exitCode == 0;
    }
    static bool leaks(const CliResult &r)
    {
        return r.out.contains(kKey.toUtf8()) || r.err.contains(kKey.toUtf8());
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(CliRunner::binary()), "PURGELINE_BIN is not set"); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(!m_server->start().isEmpty());
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
        QTest::newRow("pull zone name")
            << QStringList{set, QStringLiteral("pull_zone=my-zone"), env, kKeyVar}
            << QStringLiteral("setting pull_zone \"my-zone\" must be the numeric pull zone "
                              "ID shown in the bunny.net dashboard");
        QTest::newRow("unknown setting") << QStringList{set, QStringLiteral("zone=1"), env, kKeyVar}
                                         << QStringLiteral("unknown setting \"zone\" for type bunny");
        QTest::newRow("no secret") << QStringList{set, QStringLiteral("pull_zone=77")}
                                   << QStringLiteral("type bunny needs a secret (API access key)");
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
        const QString base = m_server->baseUrl().toString();
        const CliResult prefix =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                 QStringLiteral("--dry-run"), QStringLiteral("--match"), QStringLiteral("prefix"),
                 QStringLiteral("https://cdn.example.com/img/")});
        QVERIFY2(prefix.exitCode == 0, prefix.describe().constData());
        QVERIFY(!leaks(prefix));
        QCOMPARE(prefix.outText(),
                 QStringLiteral("# cdn (bunny)\nPOST %1/purge?url=https%3A%2F%2Fcdn.example.com%2Fimg"
                                "%2F%2A&async=false\nAccessKey: [redacted]\nAccept: application/json\n\n")
                     .arg(base));
        const CliResult tag = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                                   QStringLiteral("--dry-run"), QStringLiteral("--match"),
                                   QStringLiteral("tag"), QStringLiteral("product-1")});
        QVERIFY2(tag.exitCode == 0, tag.describe().constData());
        QVERIFY(!leaks(tag));
        QCOMPARE(tag.outText(),
                 QStringLiteral("# cdn (bunny)\nPOST %1/pullzone/77/purgeCache\nAccessKey: [redacted]\n"
                                "Accept: application/json\nContent-Type: application/json\n\n"
                                "{\"CacheTag\":\"product-1\"}\n\n")
                     .arg(base));
        QTest::qWait(200);
        QCOMPARE(m_server->requests().size(), 0);
    }

    // One URL per request: 1 and 2 URLs are 1 and 2 requests; no URL is refused.
    void oneUrlPerRequest_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("requests");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("2") << 2 << 2;
    }
    void oneUrlPerRequest()
    {
        QFETCH(int, count);
        QFETCH(int, requests);
        QVERIFY(addGoodSource());
        QStringList args{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                         QStringLiteral("--dry-run"), QStringLiteral("--json")};
        for (int i = 0; i < count; ++i)
            args << QStringLiteral("https://cdn.example.com/%1.css").arg(i);
        const CliResult r = run(args);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("requests")).toArray().size(), requests);
    }

    void purgeWaitEndToEnd()
    {
        QVERIFY(addGoodSource());
        m_server->setHandler([](const RecordedRequest &request) {
            return request.url.path() == QLatin1String("/purge") ? ScriptedReply::json(200, {})
                                                                 : ScriptedReply::json(204, {});
        });
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                                 QStringLiteral("--wait"), QStringLiteral("--json"),
                                 QStringLiteral("https://cdn.example.com/a.css"),
                                 QStringLiteral("https://cdn.example.com/blog/")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 2);
        QCOMPARE(m_server->requests().size(), 2);
        QStringList purged;
        for (const RecordedRequest &request : m_server->requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.header("AccessKey"), kKey.toUtf8());
            const QUrlQuery query(request.url);
            QCOMPARE(query.queryItemValue(QStringLiteral("async")), QStringLiteral("false"));
            purged << query.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded) +
                          (query.hasQueryItem(QStringLiteral("exactPath")) ? QStringLiteral(" exactPath")
                                                                           : QString());
        }
        purged.sort();
        QCOMPARE(purged, (QStringList{QStringLiteral("https://cdn.example.com/a.css"),
                                      QStringLiteral("https://cdn.example.com/blog/ exactPath")}));

        m_server->clear();
        const CliResult all =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                 QStringLiteral("--wait"), QStringLiteral("--match"), QStringLiteral("all")});
        QVERIFY2(all.exitCode == 0, all.describe().constData());
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().pathAndQuery(), QStringLiteral("/pullzone/77/purgeCache"));
        QCOMPARE(m_server->requests().first().body, QByteArray());
    }

    void purgeWaitReportsAWrongKey()
    {
        QVERIFY(addGoodSource());
        m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(401, {}); });
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                                 QStringLiteral("--wait"), QStringLiteral("https://cdn.example.com/a.css")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("bunny.net rejected the access key (HTTP 401)")),
                 r.describe().constData());
        QCOMPARE(m_server->requests().size(), 1); // a 401 is never retried
    }
};

QTEST_GUILESS_MAIN(TestCliBunny)
#include "tst_cli_bunny.moc"
