// The cloudflare and fastly providers through the purgeline binary: source add refusing bad
// settings, --dry-run (secrets redacted, batches split at each plan's limit), and purges end to end
// against FakeHttpServer in this process.
#include "clirunner.h"
#include "fakehttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

static const QString kZone = QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353");
static const QString kService = QStringLiteral("SU1Z0isxPaozGVKXdv0eY");
static const QString kCfVar = QStringLiteral("PL_TEST_CF_TOKEN");
static const QString kCfToken = QStringLiteral("cf-T0KEN-0815-s3cret");
static const QString kFastlyVar = QStringLiteral("PL_TEST_FASTLY_TOKEN");
static const QString kFastlyToken = QStringLiteral("fastly-T0KEN-4711-s3cret");

static ScriptedReply answer(const RecordedRequest &request)
{
    const QString path = request.url.path();
    if (path.endsWith(QLatin1String("/purge_cache")))
        return ScriptedReply::json(
            200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":\"cf-purge-1\"}}");
    if (path.endsWith(QLatin1String("/purge_all")))
        return ScriptedReply::json(200, "{\"status\":\"ok\"}");
    if (path.endsWith(QLatin1String("/purge"))) {
        QJsonObject ids;
        const QJsonArray keys =
            QJsonDocument::fromJson(request.body).object().value(QStringLiteral("surrogate_keys")).toArray();
        for (const QJsonValue &key : keys)
            ids.insert(key.toString(), QString(QStringLiteral("id-") + key.toString()));
        return ScriptedReply::json(200, QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    return ScriptedReply::json(200, "{\"status\":\"ok\",\"id\":\"108-1391560174-974124\"}");
}

class TestCliCloudflareFastly : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeHttpServer *m_server = nullptr;
    std::unique_ptr<CliRunner> m_cli;

    CliResult run(const QStringList &args, const QByteArray &input = {}) { return m_cli->run(args, input); }
    static bool leaks(const CliResult &r)
    {
        for (const QString &secret : {kCfToken, kFastlyToken})
            if (r.out.contains(secret.toUtf8()) || r.err.contains(secret.toUtf8()))
                return true;
        return false;
    }
    QStringList sourceNames()
    {
        const CliResult r = run({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--json")});
        QStringList names;
        for (const QJsonValue &s : r.json().value(QStringLiteral("sources")).toArray())
            names << s.toObject().value(QStringLiteral("name")).toString();
        return names;
    }
    bool add(const QString &name, const QString &type, const QStringList &sets, const QString &var)
    {
        QStringList args{QStringLiteral("source"),
                         QStringLiteral("add"),
                         name,
                         QStringLiteral("--type"),
                         type,
                         QStringLiteral("--endpoint"),
                         m_server->baseUrl().toString(),
                         QStringLiteral("--secret-env"),
                         var};
        for (const QString &set : sets)
            args << QStringLiteral("--set") << set;
        const CliResult r = run(args);
        if (r.exitCode != 0)
            qWarning("source add failed: %s", r.describe().constData());
        return r.exitCode == 0;
    }
    bool addCloudflare(const QString &name, const QStringList &extra = {})
    {
        return add(name, QStringLiteral("cloudflare"), QStringList{QStringLiteral("zone=") + kZone} + extra,
                   kCfVar);
    }
    bool addFastly(const QString &name)
    {
        return add(name, QStringLiteral("fastly"), {QStringLiteral("service=") + kService}, kFastlyVar);
    }
    // The requests `purge --dry-run --json` would send.
    QJsonArray dryRun(const QStringList &args, const QByteArray &input = {})
    {
        const CliResult r =
            run(QStringList{QStringLiteral("purge"), QStringLiteral("--dry-run"), QStringLiteral("--json")} +
                    args,
                input);
        [&] {
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            QVERIFY(!leaks(r));
        }();
        return r.json().value(QStringLiteral("requests")).toArray();
    }

private slots:
    void initTestCase() { QVERIFY2(!CliRunner::binary().isEmpty(), "PURGELINE_BIN is not set"); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = new FakeHttpServer(this);
        QVERIFY(!m_server->start().isEmpty());
        m_server->setHandler(answer);
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("profile")),
                                            m_dir->filePath(QStringLiteral("home")));
        m_cli->setEnv(kCfVar, kCfToken);
        m_cli->setEnv(kFastlyVar, kFastlyToken);
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
        m_cli.reset();
        m_dir.reset();
    }

    void badSettings_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QString>("error");
        QTest::newRow("cloudflare without zone")
            << "cloudflare" << QStringList()
            << QStringLiteral("missing setting zone (Zone ID) for type cloudflare");
        QTest::newRow("cloudflare zone is a domain")
            << "cloudflare" << QStringList{QStringLiteral("zone=example.com")}
            << QStringLiteral("setting zone \"example.com\" is not a Zone ID");
        QTest::newRow("cloudflare unknown plan")
            << "cloudflare" << QStringList{QStringLiteral("zone=") + kZone, QStringLiteral("plan=gold")}
            << QStringLiteral("setting plan must be one of free, pro, business, enterprise, not \"gold\"");
        QTest::newRow("cloudflare bad email")
            << "cloudflare" << QStringList{QStringLiteral("zone=") + kZone, QStringLiteral("email=ops")}
            << QStringLiteral("setting email \"ops\" is not an email address");
        QTest::newRow("cloudflare bad account")
            << "cloudflare" << QStringList{QStringLiteral("zone=") + kZone, QStringLiteral("account=acme")}
            << QStringLiteral("setting account \"acme\" is not an Account ID");
        QTest::newRow("fastly bad service")
            << "fastly" << QStringList{QStringLiteral("service=a/b")}
            << QStringLiteral("setting service \"a/b\" is not a Fastly service ID");
        QTest::newRow("fastly unknown setting") << "fastly" << QStringList{QStringLiteral("zone=") + kZone}
                                                << QStringLiteral("unknown setting \"zone\" for type fastly");
    }
    void badSettings()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, sets);
        QFETCH(QString, error);
        QStringList args{QStringLiteral("source"),
                         QStringLiteral("add"),
                         QStringLiteral("s"),
                         QStringLiteral("--type"),
                         type,
                         QStringLiteral("--secret-env"),
                         kCfVar};
        for (const QString &set : sets)
            args << QStringLiteral("--set") << set;
        const CliResult r = run(args);
        QVERIFY2(r.finished && r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(error), r.describe().constData());
        QCOMPARE(sourceNames(), QStringList());
    }

    void dryRunRedacted()
    {
        QVERIFY(addCloudflare(QStringLiteral("cf")));
        QVERIFY(addCloudflare(QStringLiteral("cfkey"), {QStringLiteral("email=ops@example.com")}));
        QVERIFY(addFastly(QStringLiteral("edge")));
        const CliResult r =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cf,cfkey,edge"),
                 QStringLiteral("--dry-run"), QStringLiteral("https://www.example.com/a%20b.css?v=2")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        const QString base = m_server->baseUrl().toString();
        const QString text = r.outText();
        QVERIFY2(text.contains(
                     QStringLiteral("# cf (cloudflare)\nPOST %1/zones/%2/purge_cache\n").arg(base, kZone)),
                 r.describe().constData());
        QVERIFY2(text.contains(QStringLiteral("Authorization: [redacted]\n")), r.describe().constData());
        QVERIFY2(text.contains(QStringLiteral("X-Auth-Email: ops@example.com\nX-Auth-Key: [redacted]\n")),
                 r.describe().constData());
        QVERIFY2(text.contains(QStringLiteral("{\"files\":[\"https://www.example.com/a%20b.css?v=2\"]}")),
                 r.describe().constData());
        QVERIFY2(
            text.contains(
                QStringLiteral("# edge (fastly)\nPOST %1/purge/www.example.com/a%20b.css?v=2\n").arg(base)),
            r.describe().constData());
        QVERIFY2(text.contains(QStringLiteral("Fastly-Key: [redacted]\n")), r.describe().constData());
        QVERIFY(!text.contains(QStringLiteral("Bearer")));
        QTest::qWait(200);
        QCOMPARE(m_server->requests().size(), 0);
    }

    // Requests per plan at the limit - 1, the limit and the limit + 1 items.
    void batchesPerPlan_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("match");
        QTest::addColumn<int>("limit");
        QTest::newRow("free urls") << "free"
                                   << "exact" << 30;
        QTest::newRow("pro urls") << "pro"
                                  << "exact" << 30;
        QTest::newRow("business urls") << "business"
                                       << "exact" << 30;
        QTest::newRow("enterprise urls") << "enterprise"
                                         << "exact" << 500;
        QTest::newRow("enterprise tags") << "enterprise"
                                         << "tag" << 30;
        QTest::newRow("pro prefixes") << "pro"
                                      << "prefix" << 30;
    }
    void batchesPerPlan()
    {
        QFETCH(QString, plan);
        QFETCH(QString, match);
        QFETCH(int, limit);
        QVERIFY(addCloudflare(QStringLiteral("cf"), {QStringLiteral("plan=") + plan}));
        for (int count : {limit - 1, limit, limit + 1}) {
            QByteArray targets;
            for (int i = 0; i < count; ++i)
                targets +=
                    (match == QLatin1String("tag") ? QStringLiteral("tag-%1\n").arg(i)
                                                   : QStringLiteral("https://www.example.com/p/%1\n").arg(i))
                        .toUtf8();
            const QJsonArray requests =
                dryRun({QStringLiteral("--source"), QStringLiteral("cf"), QStringLiteral("--match"), match,
                        QStringLiteral("--from-file"), QStringLiteral("-")},
                       targets);
            QCOMPARE(requests.size(), count <= limit ? 1 : 2);
            int items = 0;
            for (const QJsonValue &request : requests) {
                const QJsonObject body =
                    QJsonDocument::fromJson(
                        request.toObject().value(QStringLiteral("body")).toString().toUtf8())
                        .object();
                const int n = int(body.begin().value().toArray().size());
                QVERIFY(n <= limit);
                items += n;
            }
            QCOMPARE(items, count);
        }
        // batch_size lowers it.
        QVERIFY(run({QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("cf")}).exitCode ==
                0);
        QVERIFY(addCloudflare(QStringLiteral("cf"),
                              {QStringLiteral("plan=") + plan, QStringLiteral("batch_size=10")}));
        QCOMPARE(dryRun({QStringLiteral("--source"), QStringLiteral("cf"), QStringLiteral("--match"), match,
                         match == QLatin1String("tag") ? QStringLiteral("t")
                                                       : QStringLiteral("https://www.example.com/x"),
                         match == QLatin1String("tag") ? QStringLiteral("u")
                                                       : QStringLiteral("https://www.example.com/y")})
                     .size(),
                 1);
    }

    void cloudflareWaitWithHeaders()
    {
        QVERIFY(addCloudflare(QStringLiteral("cf"), {QStringLiteral("plan=enterprise")}));
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cf"),
                                 QStringLiteral("--wait"), QStringLiteral("--json"),
                                 QStringLiteral("--option"), QStringLiteral("header=CF-Device-Type:mobile"),
                                 QStringLiteral("--option"), QStringLiteral("header=Accept-Language:de"),
                                 QStringLiteral("https://www.example.com/a.jpg")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &got = m_server->requests().first();
        QCOMPARE(got.pathAndQuery(), QStringLiteral("/zones/%1/purge_cache").arg(kZone));
        QCOMPARE(got.header("Authorization"), QByteArray("Bearer ") + kCfToken.toUtf8());
        QCOMPARE(
            got.body,
            QByteArray("{\"files\":[{\"headers\":{\"Accept-Language\":\"de\",\"CF-Device-Type\":\"mobile\"},"
                       "\"url\":\"https://www.example.com/a.jpg\"}]}"));
        const QJsonArray transactions = r.json().value(QStringLiteral("transactions")).toArray();
        QCOMPARE(transactions.size(), 1);
        QCOMPARE(transactions.first().toObject().value(QStringLiteral("provider_id")).toString(),
                 QStringLiteral("cf-purge-1"));
    }

    void cloudflareSuccessFalseFails()
    {
        QVERIFY(addCloudflare(QStringLiteral("cf")));
        m_server->setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(200,
                                       "{\"success\":false,\"errors\":[{\"code\":1134,\"message\":\"Zone is "
                                       "not on this account\"}],\"messages\":[],\"result\":null}");
        });
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cf"),
                                 QStringLiteral("--wait"), QStringLiteral("--match"), QStringLiteral("tag"),
                                 QStringLiteral("t1")});
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("code 1134: Zone is not on this account")),
                 r.describe().constData());
        QCOMPARE(m_server->requests().size(), 1); // a refusal is not retried
    }

    void fastlyWait()
    {
        QVERIFY(addFastly(QStringLiteral("edge")));
        const CliResult keys =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("edge"),
                 QStringLiteral("--wait"), QStringLiteral("--json"), QStringLiteral("--match"),
                 QStringLiteral("tag"), QStringLiteral("--action"), QStringLiteral("invalidate"),
                 QStringLiteral("k1"), QStringLiteral("k2")});
        QVERIFY2(keys.exitCode == 0, keys.describe().constData());
        QVERIFY(!leaks(keys));
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &got = m_server->requests().first();
        QCOMPARE(got.pathAndQuery(), QStringLiteral("/service/%1/purge").arg(kService));
        QCOMPARE(got.header("Fastly-Key"), kFastlyToken.toUtf8());
        QCOMPARE(got.header("Fastly-Soft-Purge"), QByteArray("1"));
        QCOMPARE(got.body, QByteArray("{\"surrogate_keys\":[\"k1\",\"k2\"]}"));
        QCOMPARE(keys.json()
                     .value(QStringLiteral("transactions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("provider_id"))
                     .toString(),
                 QStringLiteral("id-k1 id-k2"));

        m_server->clear();
        const CliResult all =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("edge"),
                 QStringLiteral("--wait"), QStringLiteral("--match"), QStringLiteral("all")});
        QVERIFY2(all.exitCode == 0, all.describe().constData());
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().pathAndQuery(),
                 QStringLiteral("/service/%1/purge_all").arg(kService));
        QCOMPARE(m_server->requests().first().header("Fastly-Soft-Purge"), QByteArray());
    }

    // A soft purge all does not exist: refused before anything is queued.
    void fastlySoftPurgeAllRefused()
    {
        QVERIFY(addFastly(QStringLiteral("edge")));
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("edge"),
                                 QStringLiteral("--wait"), QStringLiteral("--match"), QStringLiteral("all"),
                                 QStringLiteral("--action"), QStringLiteral("invalidate")});
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("Fastly cannot soft-purge everything")),
                 r.describe().constData());
        QTest::qWait(200);
        QCOMPARE(m_server->requests().size(), 0);
        const CliResult history = run({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(history.json().value(QStringLiteral("transactions")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCloudflareFastly)
#include "tst_cli_cloudflare_fastly.moc"
