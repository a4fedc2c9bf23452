// The webhook provider through the purgeline binary: source add refusing bad templates, repeated
// --set header kept one per line, --dry-run with the secret header redacted, the split at 500
// targets, and purge --wait end to end against FakeHttpServer.
#include "clirunner.h"
#include "fakehttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

static const QString kTokenVar = QStringLiteral("PL_TEST_HOOK_TOKEN");
static const QString kToken = QStringLiteral("hook-token-never-shown-9");

class TestCliWebhook : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<CliRunner> m_cli;

    CliResult run(const QStringList &args) { return m_cli->run(args); }
    QJsonArray sources()
    {
        return run({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("sources"))
            .toArray();
    }
    CliResult addSource(const QStringList &args, bool endpoint = true)
    {
        QStringList all{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("hook"),
                        QStringLiteral("--type"), QStringLiteral("webhook")};
        if (endpoint)
            all << QStringLiteral("--endpoint") << m_server->baseUrl().toString() + QStringLiteral("/hooks");
        return run(all + args);
    }
    static QStringList set(std::initializer_list<const char *> pairs)
    {
        QStringList result;
        for (const char *pair : pairs)
            result << QStringLiteral("--set") << QString::fromUtf8(pair);
        return result;
    }
    static QStringList urls(int count)
    {
        QStringList result;
        for (int i = 0; i < count; ++i)
            result << QStringLiteral("https://www.example.com/page/%1").arg(i);
        return result;
    }
    static bool leaks(const CliResult &r)
    {
        return r.out.contains(kToken.toUtf8()) || r.err.contains(kToken.toUtf8());
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
        m_cli->setEnv(kTokenVar, kToken);
    }
    void cleanup()
    {
        m_cli.reset();
        m_server.reset();
        m_dir.reset();
    }

    void sourceAddRefusesBadSettings_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("endpoint");
        QTest::addColumn<QString>("message");
        const QStringList secret{QStringLiteral("--secret-env"), kTokenVar};
        QTest::newRow("no endpoint") << set({"body_template={{targets_json}}"}) << false
                                     << QStringLiteral("type webhook needs at least one --endpoint URL");
        QTest::newRow("unknown placeholder")
            << set({"body_template={\"t\":{{targetz}}}"}) << true
            << QStringLiteral("body_template: unknown placeholder {{targetz}}");
        QTest::newRow("secret in the url")
            << set({"url_template=/p?key={{secret}}", "header=X-A: {{secret}}"}) + secret << true
            << QStringLiteral("url_template: {{secret}} may only appear in a header value");
        QTest::newRow("secret header without a secret")
            << set({"header=Authorization: Bearer {{secret}}"}) << true
            << QStringLiteral("header Authorization uses {{secret}}, but the source has no secret");
        QTest::newRow("bad header") << set({"header=X-A 1"}) << true
                                    << QStringLiteral("setting header \"X-A 1\": expected NAME:VALUE");
        QTest::newRow("bad success") << set({"success=ok"}) << true
                                     << QStringLiteral("setting success \"ok\"");
    }
    void sourceAddRefusesBadSettings()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, endpoint);
        QFETCH(QString, message);
        const CliResult r = addSource(args, endpoint);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        QCOMPARE(sources().size(), 0);
    }

    // --set header=... given twice keeps both, one per line; the secret header is redacted.
    void repeatedHeadersAndDryRun()
    {
        const CliResult added =
            addSource(set({"method=PUT", "url_template=/purge?u={{url}}",
                           "header=Authorization: Bearer {{secret}}", "header=X-Purge-Match: {{match}}",
                           "body_template={\"url\":\"{{url}}\",\"a\":\"{{action}}\"}"}) +
                      QStringList{QStringLiteral("--secret-env"), kTokenVar});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
        const QJsonObject settings =
            sources().first().toObject().value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("header")).toString(),
                 QStringLiteral("Authorization: Bearer {{secret}}\nX-Purge-Match: {{match}}"));
        // The text listing keeps one source a line.
        const CliResult list = run({QStringLiteral("source"), QStringLiteral("list")});
        QCOMPARE(list.outText().count(QLatin1Char('\n')), 1);
        QVERIFY2(list.outText().contains(
                     QStringLiteral("header=Authorization: Bearer {{secret}}\\nX-Purge-Match: {{match}}")),
                 list.describe().constData());

        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("hook"),
                                 QStringLiteral("--dry-run"), QStringLiteral("--match"),
                                 QStringLiteral("tag"), QStringLiteral("say \"hi\"")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        QCOMPARE(r.outText(),
                 QStringLiteral(
                     "# hook (webhook)\nPUT %1/hooks/purge?u=say%20%22hi%22\nAuthorization: [redacted]\n"
                     "X-Purge-Match: tag\nContent-Type: application/json\n\n"
                     "{\"url\":\"say \\\"hi\\\"\",\"a\":\"purge\"}\n\n")
                     .arg(m_server->baseUrl().toString()));
        QTest::qWait(200);
        QCOMPARE(m_server->requests().size(), 0);
    }

    // One body for up to 500 targets: 499, 500 and 501 targets are 1, 1 and 2 requests.
    void batchLimit_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("499") << 499 << QList<int>{499};
        QTest::newRow("500") << 500 << QList<int>{500};
        QTest::newRow("501") << 501 << QList<int>{500, 1};
    }
    void batchLimit()
    {
        QFETCH(int, count);
        QFETCH(QList<int>, sizes);
        QVERIFY(addSource(set({"body_template={\"targets\":{{targets_json}}}"})).exitCode == 0);
        const CliResult r =
            run(QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("hook"),
                            QStringLiteral("--dry-run"), QStringLiteral("--json")} +
                urls(count));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QList<int> seen;
        for (const QJsonValue &request : r.json().value(QStringLiteral("requests")).toArray())
            seen << QJsonDocument::fromJson(
                        request.toObject().value(QStringLiteral("body")).toString().toUtf8())
                        .object()
                        .value(QStringLiteral("targets"))
                        .toArray()
                        .size();
        QCOMPARE(seen, sizes);
    }

    void purgeWaitEndToEnd()
    {
        QVERIFY(addSource(set({"url_template=/purge?u={{url}}&m={{match}}", "header=X-Token: {{secret}}",
                               "header=X-Deploy: web-1", "success=204"}) +
                          QStringList{QStringLiteral("--secret-env"), kTokenVar})
                    .exitCode == 0);
        m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(204, {}); });
        const CliResult r =
            run(QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("hook"),
                            QStringLiteral("--wait"), QStringLiteral("--json"), QStringLiteral("--match"),
                            QStringLiteral("prefix")} +
                urls(3));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 3);
        QCOMPARE(m_server->requests().size(), 3);
        QStringList purged;
        for (const RecordedRequest &request : m_server->requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.url.path(), QStringLiteral("/hooks/purge"));
            QCOMPARE(request.header("X-Token"), kToken.toUtf8());
            QCOMPARE(request.header("X-Deploy"), QByteArray("web-1"));
            QCOMPARE(request.body, QByteArray());
            const QUrlQuery query(request.url);
            QCOMPARE(query.queryItemValue(QStringLiteral("m")), QStringLiteral("prefix"));
            purged << query.queryItemValue(QStringLiteral("u"), QUrl::FullyDecoded);
        }
        purged.sort();
        QCOMPARE(purged, urls(3));
    }

    void unlistedSuccessStatusFails()
    {
        QVERIFY(addSource(set({"body_template={{targets_json}}", "success=204"})).exitCode == 0);
        m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(200, "ok"); });
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("hook"),
                                 QStringLiteral("--wait"), QStringLiteral("--match"), QStringLiteral("tag"),
                                 QStringLiteral("blog")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(
                     QStringLiteral("HTTP 200 is not a success status of this webhook (success=204)")),
                 r.describe().constData());
        QCOMPARE(m_server->requests().first().body, QByteArray("[\"blog\"]"));
    }
};

QTEST_GUILESS_MAIN(TestCliWebhook)
#include "tst_cli_webhook.moc"
