// purge --verify end to end: a Cloudflare-like API (FakeHttpServer) takes the purges, and a
// second server plays the site behind Cloudflare, answering each probe with the cache headers
// Cloudflare documents. Checks the probe (method, path, Host, no cache-busting query), each
// verdict, the automatic re-purge of what is still cached, --json and the exit codes.
#include "clirunner.h"
#include "fakehttpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

static const QString kZone = QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353");
static const QString kTokenVar = QStringLiteral("PL_TEST_CF_TOKEN");
static const QString kToken = QStringLiteral("cf-T0KEN-verify-s3cret");

class TestCliVerify : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_api;
    std::unique_ptr<FakeHttpServer> m_site;
    std::unique_ptr<CliRunner> m_cli;
    int m_purges = 0;

    CliResult run(const QStringList &args) { return m_cli->run(args); }

    void addSource(const QString &name, const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("source"),
                         QStringLiteral("add"),
                         name,
                         QStringLiteral("--type"),
                         QStringLiteral("cloudflare"),
                         QStringLiteral("--endpoint"),
                         m_api->baseUrl().toString(),
                         QStringLiteral("--secret-env"),
                         kTokenVar,
                         QStringLiteral("--set"),
                         QStringLiteral("zone=") + kZone,
                         QStringLiteral("--set"),
                         QStringLiteral("verify_base=") + m_site->baseUrl().toString(),
                         QStringLiteral("--set"),
                         QStringLiteral("verify_delay=1")};
        for (const QString &set : extra)
            args << QStringLiteral("--set") << set;
        const CliResult added = run(args);
        QVERIFY2(added.exited(0), added.describe().constData());
    }

    CliResult purgeAndVerify(const QStringList &urls, const QStringList &more = {})
    {
        return run(QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cf"),
                               QStringLiteral("--wait"), QStringLiteral("--json")} +
                   more + urls);
    }

    static QHash<QString, QJsonObject> lastVerdicts(const CliResult &result)
    {
        QHash<QString, QJsonObject> byUrl;
        for (const QJsonValue &v : result.json().value(QStringLiteral("verifications")).toArray())
            byUrl.insert(v[QStringLiteral("url")].toString(), v.toObject()); // later rounds come later
        return byUrl;
    }

private slots:
    void initTestCase() { QVERIFY2(!CliRunner::binary().isEmpty(), "PURGELINE_BIN is not set"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_api = std::make_unique<FakeHttpServer>();
        m_site = std::make_unique<FakeHttpServer>();
        QVERIFY(!m_api->start().isEmpty());
        QVERIFY(!m_site->start().isEmpty());
        m_purges = 0;
        m_api->setHandler([this](const RecordedRequest &) {
            ++m_purges;
            return ScriptedReply::json(
                200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":\"cf-purge-1\"}}");
        });
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("profile")),
                                            m_dir->filePath(QStringLiteral("home")));
        m_cli->setEnv(kTokenVar, kToken);
    }

    // MISS after the purge: verified fresh. The probe asks the site for exactly the purged path and
    // query, with the public host in Host.
    void aMissIsVerifiedFresh()
    {
        addSource(QStringLiteral("cf"), {QStringLiteral("verify=head")});
        m_site->setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(200, {}).withHeader("CF-Cache-Status", "MISS");
        });
        const CliResult result = purgeAndVerify({QStringLiteral("https://www.example.com/img/a.png?w=200")});
        QVERIFY2(result.exited(0), result.describe().constData());
        QCOMPARE(m_purges, 1);
        QCOMPARE(m_site->requests().size(), 1);
        const RecordedRequest &probe = m_site->requests().constFirst();
        QCOMPARE(probe.method, QByteArray("HEAD"));
        QCOMPARE(probe.pathAndQuery(), QStringLiteral("/img/a.png?w=200"));
        QCOMPARE(probe.header("Host"), QByteArray("www.example.com"));
        QVERIFY(probe.header("Authorization").isEmpty());
        const QJsonObject verdict =
            lastVerdicts(result).value(QStringLiteral("https://www.example.com/img/a.png?w=200"));
        QCOMPARE(verdict[QStringLiteral("verdict")].toString(), QStringLiteral("fresh"));
        QCOMPARE(verdict[QStringLiteral("signal")].toString(), QStringLiteral("CF-Cache-Status: MISS"));
        QVERIFY(verdict[QStringLiteral("probe")].toString().startsWith(QStringLiteral("HTTP 200")));
        QCOMPARE(result.json()[QStringLiteral("transactions")][0][QStringLiteral("verification")].toString(),
                 QStringLiteral("fresh"));
        QVERIFY2(
            result.errText().contains(QStringLiteral("verified: 1 fresh, 0 still cached, 0 cannot tell")),
            result.describe().constData());
    }

    // A HIT whose Age reaches back before the purge is still cached: purged once more; when it
    // stays cached, the run names it and exits 1.
    void stillCachedIsPurgedAgainThenReported()
    {
        addSource(QStringLiteral("cf"), {QStringLiteral("verify=head")});
        m_site->setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(200, {})
                .withHeader("CF-Cache-Status", "HIT")
                .withHeader("Age", "3600");
        });
        const CliResult result = purgeAndVerify({QStringLiteral("https://www.example.com/old.css")});
        QVERIFY2(result.exited(1), result.describe().constData());
        QCOMPARE(m_purges, 2);                  // the purge and one re-purge, no more
        QCOMPARE(m_site->requests().size(), 2); // one probe per round
        QVERIFY2(
            result.errText().contains(QStringLiteral("STILL CACHED https://www.example.com/old.css (cf): "
                                                     "CF-Cache-Status: HIT, Age: 3600")),
            result.describe().constData());
        const QJsonArray transactions = result.json()[QStringLiteral("transactions")].toArray();
        QCOMPARE(transactions.size(), 2);
        for (const QJsonValue &t : transactions)
            QCOMPARE(t[QStringLiteral("verification")].toString(), QStringLiteral("stale"));
        QCOMPARE(transactions[1][QStringLiteral("verifies")].toInteger(),
                 transactions[0][QStringLiteral("id")].toInteger());
    }

    // Cached on the first probe, fresh after the re-purge: the run ends verified (exit 0).
    void theRepurgeCanMendIt()
    {
        addSource(QStringLiteral("cf"), {QStringLiteral("verify=head")});
        int probes = 0;
        m_site->setHandler([&probes](const RecordedRequest &) {
            return ++probes == 1 ? ScriptedReply::json(200, {})
                                       .withHeader("CF-Cache-Status", "HIT")
                                       .withHeader("Age", "900")
                                 : ScriptedReply::json(200, {}).withHeader("CF-Cache-Status", "EXPIRED");
        });
        const CliResult result = purgeAndVerify({QStringLiteral("https://www.example.com/app.js")});
        QVERIFY2(result.exited(0), result.describe().constData());
        QCOMPARE(m_purges, 2);
        QCOMPARE(result.json()[QStringLiteral("transactions")][0][QStringLiteral("verification")].toString(),
                 QStringLiteral("fresh"));
        QCOMPARE(lastVerdicts(result)
                     .value(QStringLiteral("https://www.example.com/app.js"))[QStringLiteral("verdict")]
                     .toString(),
                 QStringLiteral("fresh"));
    }

    // No cache header at all: said plainly, never counted as verified; the run itself succeeded.
    void noSignalCannotTell()
    {
        addSource(QStringLiteral("cf"));
        m_site->setHandler([](const RecordedRequest &) { return ScriptedReply::json(200, {}); });
        const CliResult result =
            purgeAndVerify({QStringLiteral("https://www.example.com/x.html")}, {QStringLiteral("--verify")});
        QVERIFY2(result.exited(0), result.describe().constData());
        QCOMPARE(m_site->requests().constFirst().method,
                 QByteArray("HEAD")); // --verify: the source's method, else HEAD
        QCOMPARE(result.json()[QStringLiteral("transactions")][0][QStringLiteral("verification")].toString(),
                 QStringLiteral("cannot_tell"));
        QVERIFY2(result.errText().contains(
                     QStringLiteral("cannot tell https://www.example.com/x.html (cf): HTTP 200 "
                                    "without a cache signal (CF-Cache-Status, Age)")),
                 result.describe().constData());
        QVERIFY2(result.errText().contains(QStringLiteral("0 fresh, 0 still cached, 1 cannot tell")),
                 result.describe().constData());
    }

    // A run killed (SIGKILL) after its purge succeeded, before its probes went out: `resume --wait`
    // sends them and reports the verdict; nothing is purged again, and a second resume finds nothing.
    void aVerificationAStoppedRunLeftIsFinishedByResume()
    {
        addSource(QStringLiteral("cf"), {QStringLiteral("verify=head"), QStringLiteral("verify_delay=3")});
        m_site->setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(200, {}).withHeader("CF-Cache-Status", "MISS");
        });
        const std::unique_ptr<CliProcess> first =
            m_cli->start({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cf"),
                          QStringLiteral("--wait"), QStringLiteral("https://www.example.com/k.png")});
        QVERIFY(first);
        QVERIFY(first->runUntil([&] { return first->readStandardError().contains("verifying"); }, 20000));
        first->kill();
        const CliResult killed = first->wait();
        QVERIFY2(killed.crashed, killed.describe().constData());
        QCOMPARE(m_purges, 1);
        QCOMPARE(m_site->requests().size(), 0);

        const CliResult resumed =
            run(QStringList{QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(resumed.exited(0), resumed.describe().constData());
        QVERIFY2(resumed.errText().contains(QStringLiteral("1 verification(s) a stopped process began")),
                 resumed.describe().constData());
        QCOMPARE(m_purges, 1);
        QCOMPARE(m_site->requests().size(), 1);
        QCOMPARE(m_site->requests().constFirst().pathAndQuery(), QStringLiteral("/k.png"));
        QCOMPARE(resumed.json()[QStringLiteral("transactions")][0][QStringLiteral("verification")].toString(),
                 QStringLiteral("fresh"));

        const CliResult again = run(QStringList{QStringLiteral("resume"), QStringLiteral("--wait")});
        QVERIFY2(again.exited(0), again.describe().constData());
        QVERIFY2(again.errText().contains(QStringLiteral("nothing to resume")), again.describe().constData());
        QCOMPARE(m_site->requests().size(), 1);
    }

    // Killed while the re-purge of a still-cached URL was out: `resume --wait` sends the re-purge,
    // verifies it, and the original takes its verdict.
    void aRepurgeAStoppedRunLeftIsFollowedByResume()
    {
        addSource(QStringLiteral("cf"), {QStringLiteral("verify=head")});
        m_api->setHandler([this](const RecordedRequest &) {
            const QByteArray ok =
                "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":\"cf-purge-1\"}}";
            // The re-purge hangs in the first run, so that run is killed with it out.
            return ++m_purges == 2 ? ScriptedReply::slow(60000, 200, ok) : ScriptedReply::json(200, ok);
        });
        int probes = 0;
        m_site->setHandler([&probes](const RecordedRequest &) {
            return ++probes == 1 ? ScriptedReply::json(200, {})
                                       .withHeader("CF-Cache-Status", "HIT")
                                       .withHeader("Age", "900")
                                 : ScriptedReply::json(200, {}).withHeader("CF-Cache-Status", "MISS");
        });
        const std::unique_ptr<CliProcess> first =
            m_cli->start({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cf"),
                          QStringLiteral("--wait"), QStringLiteral("https://www.example.com/r.css")});
        QVERIFY(first);
        QVERIFY(first->runUntil([&] { return m_purges == 2; }, 20000));
        first->kill();
        QVERIFY(first->wait().crashed);

        const CliResult resumed =
            run(QStringList{QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(resumed.exited(0), resumed.describe().constData());
        QCOMPARE(m_purges, 3); // the re-purge, sent again by the resume
        QCOMPARE(probes, 2);
        const QJsonArray transactions = resumed.json()[QStringLiteral("transactions")].toArray();
        QCOMPARE(transactions.size(), 2);
        for (const QJsonValue &t : transactions)
            QCOMPARE(t[QStringLiteral("verification")].toString(), QStringLiteral("fresh"));
    }

    // verify_sample bounds the probes of a large purge; --no-verify skips them; verify off sends none.
    void sampleAndOff()
    {
        addSource(QStringLiteral("cf"), {QStringLiteral("verify=get"), QStringLiteral("verify_sample=3")});
        m_site->setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(200, "body").withHeader("CF-Cache-Status", "MISS");
        });
        QStringList urls;
        for (int i = 0; i < 12; ++i)
            urls << QStringLiteral("https://www.example.com/p/%1.jpg").arg(i);
        const CliResult sampled = purgeAndVerify(urls);
        QVERIFY2(sampled.exited(0), sampled.describe().constData());
        QCOMPARE(m_site->requests().size(), 3);
        QCOMPARE(m_site->requests().constFirst().method, QByteArray("GET"));
        QCOMPARE(m_site->requests().constFirst().pathAndQuery(), QStringLiteral("/p/0.jpg"));
        QCOMPARE(m_site->requests().constLast().pathAndQuery(), QStringLiteral("/p/11.jpg"));

        const CliResult skipped = purgeAndVerify({QStringLiteral("https://www.example.com/q.jpg")},
                                                 {QStringLiteral("--no-verify")});
        QVERIFY2(skipped.exited(0), skipped.describe().constData());
        QCOMPARE(m_site->requests().size(), 3);
        QVERIFY(!skipped.json().contains(QStringLiteral("verifications")));
    }

    // Layers: a layer starts when the one below is purged and verified; one still cached after
    // its re-purge stops the layers above it, as a failure does.
    void aStillCachedLayerStopsTheLayersAbove()
    {
        addSource(QStringLiteral("cf"), {QStringLiteral("verify=head")});
        const CliResult second =
            run({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("edge"),
                 QStringLiteral("--type"), QStringLiteral("cloudflare"), QStringLiteral("--endpoint"),
                 m_api->baseUrl().toString(), QStringLiteral("--secret-env"), kTokenVar,
                 QStringLiteral("--set"), QStringLiteral("zone=0123456789abcdef0123456789abcdef")});
        QVERIFY2(second.exited(0), second.describe().constData());
        QStringList zones;
        m_api->setHandler([&zones](const RecordedRequest &request) {
            zones << request.url.path().section(QLatin1Char('/'), 2, 2);
            return ScriptedReply::json(
                200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":\"cf-purge-1\"}}");
        });
        bool cached = true;
        m_site->setHandler([&cached](const RecordedRequest &) {
            return cached ? ScriptedReply::json(200, {})
                                .withHeader("CF-Cache-Status", "HIT")
                                .withHeader("Age", "3600")
                          : ScriptedReply::json(200, {}).withHeader("CF-Cache-Status", "MISS");
        });
        const QStringList layered{QStringLiteral("purge"),   QStringLiteral("--source"),
                                  QStringLiteral("cf,edge"), QStringLiteral("--layered"),
                                  QStringLiteral("--wait"),  QStringLiteral("https://www.example.com/a.css")};
        const CliResult stopped = run(layered);
        QVERIFY2(stopped.exited(1), stopped.describe().constData());
        QCOMPARE(zones, (QStringList{kZone, kZone})); // the purge and its re-purge; nothing above
        QVERIFY2(stopped.errText().contains(
                     QStringLiteral("not sent: layer 1 (cf) is still cached after its purge")),
                 stopped.describe().constData());

        cached = false;
        zones.clear();
        const CliResult passed = run(layered);
        QVERIFY2(passed.exited(0), passed.describe().constData());
        QCOMPARE(zones, (QStringList{kZone, QStringLiteral("0123456789abcdef0123456789abcdef")}));
    }

    // Layers across a stopped run: the lower layer was purged and its verification was due when
    // the run was killed; `resume --wait` verifies it, then purges the layer above, once each.
    void aLayerWaitingOnAStoppedVerificationGoesOnAfterResume()
    {
        addSource(QStringLiteral("cf"), {QStringLiteral("verify=head"), QStringLiteral("verify_delay=3")});
        const CliResult second =
            run({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("edge"),
                 QStringLiteral("--type"), QStringLiteral("cloudflare"), QStringLiteral("--endpoint"),
                 m_api->baseUrl().toString(), QStringLiteral("--secret-env"), kTokenVar,
                 QStringLiteral("--set"), QStringLiteral("zone=0123456789abcdef0123456789abcdef")});
        QVERIFY2(second.exited(0), second.describe().constData());
        QStringList zones;
        m_api->setHandler([&zones](const RecordedRequest &request) {
            zones << request.url.path().section(QLatin1Char('/'), 2, 2);
            return ScriptedReply::json(
                200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":\"cf-purge-1\"}}");
        });
        m_site->setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(200, {}).withHeader("CF-Cache-Status", "MISS");
        });
        const std::unique_ptr<CliProcess> first =
            m_cli->start({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cf,edge"),
                          QStringLiteral("--layered"), QStringLiteral("--wait"),
                          QStringLiteral("https://www.example.com/l.css")});
        QVERIFY(first);
        QVERIFY(first->runUntil([&] { return first->readStandardError().contains("verifying"); }, 20000));
        first->kill();
        QVERIFY(first->wait().crashed);
        QCOMPARE(zones, QStringList{kZone});

        const CliResult resumed = run({QStringLiteral("resume"), QStringLiteral("--wait")});
        QVERIFY2(resumed.exited(0), resumed.describe().constData());
        QCOMPARE(zones, (QStringList{kZone, QStringLiteral("0123456789abcdef0123456789abcdef")}));
        QCOMPARE(m_site->requests().size(), 1);
    }

    // What cannot be verified is refused before anything is queued.
    void badInputIsRefused()
    {
        addSource(QStringLiteral("cf"));
        const CliResult prefix =
            purgeAndVerify({QStringLiteral("www.example.com/img/")},
                           {QStringLiteral("--verify"), QStringLiteral("--match"), QStringLiteral("prefix")});
        QVERIFY2(prefix.exited(2), prefix.describe().constData());
        QVERIFY2(
            prefix.errText().contains(QStringLiteral(
                "verification asks for each purged URL: it needs exact URLs (--match exact), not prefix")),
            prefix.describe().constData());
        const CliResult method = purgeAndVerify({QStringLiteral("https://www.example.com/a")},
                                                {QStringLiteral("--verify-with"), QStringLiteral("post")});
        QVERIFY2(method.exited(2), method.describe().constData());
        const CliResult setting = run({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("cf2"),
                                       QStringLiteral("--type"), QStringLiteral("cloudflare"),
                                       QStringLiteral("--set"), QStringLiteral("zone=") + kZone,
                                       QStringLiteral("--set"), QStringLiteral("verify=sometimes")});
        QVERIFY2(setting.exited(2), setting.describe().constData());
        QCOMPARE(m_purges, 0);
        const CliResult history = run({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(history.json().value(QStringLiteral("transactions")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
