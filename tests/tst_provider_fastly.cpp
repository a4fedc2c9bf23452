#include "providers/fastlyprovider.h"
#include "providers/providerregistry.h"
#include "rawhttpserver.h"
#include "sendandwait.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(ScriptedReply)

static const QString kService = QStringLiteral("SU1Z0isxPaozGVKXdv0eY");
static const QString kToken = QStringLiteral("fastly-T0KEN-s3cret");
// The documented replies (API reference, purge).
static const QByteArray kUrlOk = "{\"status\":\"ok\",\"id\":\"108-1391560174-974124\"}";
static const QByteArray kAllOk = "{\"status\":\"ok\"}";

class TestProviderFastly : public QObject
{
    Q_OBJECT

    FastlyProvider m_provider;
    std::unique_ptr<RawHttpServer> m_server;

    SourceConfig source(bool withService = true) const
    {
        SourceConfig config;
        config.id = 5;
        config.name = QStringLiteral("edge");
        config.type = QStringLiteral("fastly");
        if (m_server)
            config.endpoints = {m_server->baseUrl().toString()};
        if (withService)
            config.settings = {{QStringLiteral("service"), kService}};
        return config;
    }
    static PurgeBatch batch(MatchKind match, const QStringList &targets,
                            PurgeAction action = PurgeAction::Purge)
    {
        PurgeBatch b;
        b.match = match;
        b.targets = targets;
        b.action = action;
        return b;
    }
    RawRequest sent(const PurgeBatch &b)
    {
        m_server->clear();
        const HttpRequestSpec spec = m_provider.buildRequest(source(), {}, b, kToken + QLatin1Char('\n'));
        [&] {
            QVERIFY(spec.isValid());
            QVERIFY(spec.secretHeaders.contains("Fastly-Key"));
            QVERIFY(!spec.redactedText().contains(kToken));
        }();
        const HttpReply reply = sendAndWait(spec);
        [&] { QVERIFY2(reply.isHttp(), qPrintable(reply.describe())); }();
        return m_server->requests().value(0);
    }
    Outcome replyTo(const ScriptedReply &scripted, const PurgeBatch &b, int timeoutMs = 5000)
    {
        m_server->enqueue(scripted);
        const HttpReply reply = sendAndWait(m_provider.buildRequest(source(), {}, b, kToken), timeoutMs);
        return m_provider.interpretReply(source(), b, reply);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<RawHttpServer>();
        QVERIFY(!m_server->start().isEmpty());
        m_server->setHandler([](const RawRequest &) { return ScriptedReply::json(200, kUrlOk); });
    }
    void cleanup() { m_server.reset(); }

    void info()
    {
        const ProviderInfo &info = m_provider.info();
        QCOMPARE(info.type, QStringLiteral("fastly"));
        QCOMPARE(info.secretLabel, QStringLiteral("API token"));
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Required);
        QCOMPARE(info.matches, (QList<MatchKind>{MatchKind::Exact, MatchKind::Tag, MatchKind::All}));
        QVERIFY(info.supportsInvalidate);
        QVERIFY(!info.hasStatus);
        QCOMPARE(info.defaultEndpoint, QStringLiteral("https://api.fastly.com"));
        QCOMPARE(info.settings.size(), 1);
        QCOMPARE(info.settings.first().key, QStringLiteral("service"));
        QVERIFY(!info.settings.first().required); // URL purges need no service
        QVERIFY(info.options.isEmpty());
    }

    void limits_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("items");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("burst");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("url: one per request, unpaced") << int(MatchKind::Exact) << 1 << 0.0 << 1 << QString();
        QTest::newRow("keys: 256 per request, unpaced")
            << int(MatchKind::Tag) << 256 << 0.0 << 1 << QString();
        QTest::newRow("purge all: counted")
            << int(MatchKind::All) << 1 << 990.0 / 3600.0 << 10 << "purge_all";
    }
    void limits()
    {
        QFETCH(int, match);
        QFETCH(int, items);
        QFETCH(double, rate);
        QFETCH(int, burst);
        QFETCH(QString, bucket);
        const EffectiveLimits limits = EffectiveLimits::of(m_provider, source(), MatchKind(match));
        QCOMPARE(limits.batchSize, items);
        QCOMPARE(limits.ratePerSecond, rate);
        QCOMPARE(limits.burst, burst);
        QCOMPARE(m_provider.info().rateBucket(source(), MatchKind(match)), bucket);
        if (rate > 0) // no hour holds more than the documented 1,000 purge-all requests
            QVERIFY(limits.burst + 3600 * limits.ratePerSecond <= 1000 + 1e-9);
    }

    void keyBatchBoundaries()
    {
        const int limit = EffectiveLimits::of(m_provider, source(), MatchKind::Tag).batchSize;
        QCOMPARE(limit, 256);
        for (int count : {limit - 1, limit, limit + 1}) {
            QStringList keys;
            for (int i = 0; i < count; ++i)
                keys << QStringLiteral("key_%1").arg(i);
            QCOMPARE(m_provider.validateBatch(source(), batch(MatchKind::Tag, keys)), QString());
            QCOMPARE((count + limit - 1) / limit, count <= limit ? 1 : 2);
            const RawRequest got = sent(batch(MatchKind::Tag, keys.mid(0, limit)));
            const QJsonArray sentKeys =
                QJsonDocument::fromJson(got.body).object().value(QStringLiteral("surrogate_keys")).toArray();
            QCOMPARE(sentKeys.size(), qMin(count, limit));
        }
        // A URL purge is one URL: two are refused rather than half purged.
        QVERIFY(!m_provider
                     .buildRequest(source(), {},
                                   batch(MatchKind::Exact, {QStringLiteral("https://a.example.com/1"),
                                                            QStringLiteral("https://a.example.com/2")}),
                                   kToken)
                     .isValid());
    }

    void urlRequests_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("plain") << "https://www.example.com/path/to/object-to-purge"
                               << QByteArray("/purge/www.example.com/path/to/object-to-purge");
        QTest::newRow("encoding and query kept")
            << "https://www.example.com/a%20b/caf%C3%A9.jpg?w=400&h=300"
            << QByteArray("/purge/www.example.com/a%20b/caf%C3%A9.jpg?w=400&h=300");
        QTest::newRow("encoded slash kept")
            << "http://www.example.com/a%2Fb?q=%2F" << QByteArray("/purge/www.example.com/a%2Fb?q=%2F");
        QTest::newRow("host lower-cased, port kept, fragment dropped")
            << "https://WWW.Example.com:8443/Img/A.png#top"
            << QByteArray("/purge/www.example.com:8443/Img/A.png");
        QTest::newRow("root") << "https://www.example.com/" << QByteArray("/purge/www.example.com/");
        QTest::newRow("no path") << "https://www.example.com" << QByteArray("/purge/www.example.com");
    }
    void urlRequests()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, wire);
        const PurgeBatch b = batch(MatchKind::Exact, {target});
        QCOMPARE(m_provider.validateBatch(source(), b), QString());
        const RawRequest got = sent(b);
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.target, wire);
        QCOMPARE(got.header("Fastly-Key"), QByteArray("fastly-T0KEN-s3cret"));
        QCOMPARE(got.headerCount("Fastly-Soft-Purge"), 0);
        QCOMPARE(got.body, QByteArray());
    }

    void softPurge()
    {
        const RawRequest url = sent(batch(MatchKind::Exact, {QStringLiteral("https://www.example.com/a.css")},
                                          PurgeAction::Invalidate));
        QCOMPARE(url.header("Fastly-Soft-Purge"), QByteArray("1"));
        const RawRequest keys = sent(batch(MatchKind::Tag, {QStringLiteral("k1")}, PurgeAction::Invalidate));
        QCOMPARE(keys.header("Fastly-Soft-Purge"), QByteArray("1"));
    }

    void keyRequest()
    {
        m_server->setHandler([](const RawRequest &) {
            return ScriptedReply::json(
                200, "{\"key_1\":\"108-1391560174-974124\",\"key_2\":\"108-1391560174-974125\"}");
        });
        const RawRequest got =
            sent(batch(MatchKind::Tag, {QStringLiteral("key_1"), QStringLiteral("key_2")}));
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.target, QByteArray("/service/SU1Z0isxPaozGVKXdv0eY/purge"));
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(got.header("Fastly-Key"), QByteArray("fastly-T0KEN-s3cret"));
        QCOMPARE(got.body, QByteArray("{\"surrogate_keys\":[\"key_1\",\"key_2\"]}"));
    }

    void purgeAllRequest()
    {
        const RawRequest got = sent(batch(MatchKind::All, {}));
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.target, QByteArray("/service/SU1Z0isxPaozGVKXdv0eY/purge_all"));
        QCOMPARE(got.headerCount("Fastly-Soft-Purge"), 0);
        QCOMPARE(got.body, QByteArray());
    }

    void defaultEndpoint()
    {
        SourceConfig config = source();
        config.endpoints.clear();
        QCOMPARE(m_provider
                     .buildRequest(config, {},
                                   batch(MatchKind::Exact, {QStringLiteral("https://a.example.com/x")}),
                                   kToken)
                     .url.toString(),
                 QStringLiteral("https://api.fastly.com/purge/a.example.com/x"));
        QCOMPARE(m_provider.buildRequest(config, {}, batch(MatchKind::All, {}), kToken).url.toString(),
                 QStringLiteral("https://api.fastly.com/service/SU1Z0isxPaozGVKXdv0eY/purge_all"));
    }

    void replies_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<ScriptedReply>("reply");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message"); // exact with a leading '=', else a substring
        QTest::addColumn<qint64>("retryAfterMs");
        const int exact = int(MatchKind::Exact), tag = int(MatchKind::Tag), all = int(MatchKind::All);
        const int ok = int(Outcome::Kind::Succeeded), failed = int(Outcome::Kind::Failed),
                  retry = int(Outcome::Kind::Retry), split = int(Outcome::Kind::Split);
        QTest::newRow("url 200") << exact << ScriptedReply::json(200, kUrlOk) << ok
                                 << QStringLiteral("108-1391560174-974124") << QStringLiteral("=")
                                 << qint64(-1);
        QTest::newRow("all 200") << all << ScriptedReply::json(200, kAllOk) << ok << QString()
                                 << QStringLiteral("=") << qint64(-1);
        QTest::newRow("keys 200") << tag
                                  << ScriptedReply::json(200, "{\"key_2\":\"108-2\",\"key_1\":\"108-1\"}")
                                  << ok << QStringLiteral("108-1 108-2") << QStringLiteral("=") << qint64(-1);
        QTest::newRow("keys 200 one missing")
            << tag << ScriptedReply::json(200, "{\"key_1\":\"108-1\"}") << ok << QStringLiteral("108-1")
            << QStringLiteral("=no purge id for key_2") << qint64(-1);
        QTest::newRow("keys 200 none") << tag << ScriptedReply::json(200, "{}") << failed << QString()
                                       << QStringLiteral("names none of the surrogate keys") << qint64(-1);
        QTest::newRow("url 200 status not ok")
            << exact << ScriptedReply::json(200, "{\"status\":\"error\"}") << failed << QString()
            << QStringLiteral("=Fastly answered HTTP 200 without status \"ok\": {\"status\":\"error\"}")
            << qint64(-1);
        QTest::newRow("url 200 malformed")
            << exact << ScriptedReply::json(200, "<html>ok") << failed << QString()
            << QStringLiteral("=malformed reply: HTTP 200 without a JSON object, so it is "
                              "unknown whether Fastly purged it: <html>ok")
            << qint64(-1);
        QTest::newRow("401")
            << exact << ScriptedReply::json(401, "{\"msg\":\"Provided credentials are missing or invalid\"}")
            << failed << QString()
            << QStringLiteral("=HTTP 401: Fastly refused the API token; it needs the purge_select scope "
                              "(purge_all for --match all) on this service: Provided credentials are "
                              "missing or invalid")
            << qint64(-1);
        QTest::newRow("404 service")
            << all
            << ScriptedReply::json(404,
                                   "{\"msg\":\"Record not found\",\"detail\":\"Cannot find service 'x'\"}")
            << failed << QString()
            << QStringLiteral("=HTTP 404: no such service or API path; check the source's service "
                              "and endpoint: Record not found (Cannot find service 'x')")
            << qint64(-1);
        QTest::newRow("400")
            << tag << ScriptedReply::json(400, "{\"msg\":\"Bad request\",\"detail\":\"surrogate_keys\"}")
            << failed << QString()
            << QStringLiteral("=HTTP 400: Fastly rejected the purge: Bad request (surrogate_keys)")
            << qint64(-1);
        QTest::newRow("413") << tag << ScriptedReply::json(413, "") << split << QString()
                             << QStringLiteral("HTTP 413") << qint64(-1);
        QTest::newRow("503") << exact << ScriptedReply::json(503, "backend read error") << retry << QString()
                             << QStringLiteral("=HTTP 503: backend read error") << qint64(-1);
        QTest::newRow("429 retry-after only")
            << all
            << ScriptedReply::json(429, "{\"msg\":\"Too many requests\"}").withHeader("Retry-After", "30")
            << retry << QString()
            << QStringLiteral("=HTTP 429: over Fastly's 1,000 requests per hour: Too many requests")
            << qint64(30000);
    }
    void replies()
    {
        QFETCH(int, match);
        QFETCH(ScriptedReply, reply);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);
        const QStringList targets = MatchKind(match) == MatchKind::Exact
                                        ? QStringList{QStringLiteral("https://a.example.com/x")}
                                    : MatchKind(match) == MatchKind::Tag
                                        ? QStringList{QStringLiteral("key_1"), QStringLiteral("key_2")}
                                        : QStringList();
        const Outcome outcome = replyTo(reply, batch(MatchKind(match), targets));
        QCOMPARE(int(outcome.kind), kind);
        QCOMPARE(outcome.providerId, id);
        if (message.startsWith(QLatin1Char('=')))
            QCOMPARE(outcome.message, message.mid(1));
        else
            QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
        QCOMPARE(outcome.retryAfterMs, retryAfterMs);
        QVERIFY(!outcome.message.contains(kToken));
    }

    // Fastly-RateLimit-Reset (UTC epoch seconds) becomes the wait; the remaining budget is a
    // header the queue reads on its own.
    void rateLimitReset()
    {
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 120;
        ScriptedReply scripted = ScriptedReply::json(429, "{\"msg\":\"Too many requests\"}");
        scripted.withHeader("Fastly-RateLimit-Remaining", "0")
            .withHeader("Fastly-RateLimit-Reset", QByteArray::number(reset));
        m_server->enqueue(scripted);
        const PurgeBatch b = batch(MatchKind::All, {});
        const HttpReply reply = sendAndWait(m_provider.buildRequest(source(), {}, b, kToken));
        QCOMPARE(reply.header("Fastly-RateLimit-Remaining"), QByteArray("0"));
        const Outcome outcome = m_provider.interpretReply(source(), b, reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Retry);
        QVERIFY2(outcome.retryAfterMs > 115000 && outcome.retryAfterMs <= 120000,
                 qPrintable(QString::number(outcome.retryAfterMs)));
        // A reset already past means "now".
        ScriptedReply past = ScriptedReply::json(429, "{}");
        past.withHeader("Fastly-RateLimit-Reset", "1452032384");
        QCOMPARE(replyTo(past, b).retryAfterMs, 0);
    }

    void timeoutRetries()
    {
        const Outcome outcome =
            replyTo(ScriptedReply::slow(2000, 200, kUrlOk),
                    batch(MatchKind::Exact, {QStringLiteral("https://a.example.com/x")}), 300);
        QCOMPARE(outcome.kind, Outcome::Kind::Retry);
        QVERIFY2(outcome.message.startsWith(QStringLiteral("timeout")), qPrintable(outcome.message));
    }

    void validateBatch_data()
    {
        QTest::addColumn<bool>("service");
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("action");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("error");
        const int exact = int(MatchKind::Exact), tag = int(MatchKind::Tag), all = int(MatchKind::All),
                  purge = int(PurgeAction::Purge), soft = int(PurgeAction::Invalidate);
        const QStringList url{QStringLiteral("https://www.example.com/a.jpg")};
        QTest::newRow("url without service") << false << exact << purge << url << QString();
        QTest::newRow("soft url") << true << exact << soft << url << QString();
        QTest::newRow("soft keys") << true << tag << soft << QStringList{QStringLiteral("k")} << QString();
        QTest::newRow("soft purge all refused")
            << true << all << soft << QStringList()
            << QStringLiteral(
                   "Fastly cannot soft-purge everything: purge all always removes every object. Use --action "
                   "purge, or soft-purge a surrogate key that every object carries");
        QTest::newRow("purge all ok") << true << all << purge << QStringList() << QString();
        QTest::newRow("keys without service")
            << false << tag << purge << QStringList{QStringLiteral("k")}
            << QStringLiteral("setting service is missing: --match tag needs the "
                              "source's --set service=SERVICE_ID");
        QTest::newRow("all without service")
            << false << all << purge << QStringList()
            << QStringLiteral("setting service is missing: --match all needs the "
                              "source's --set service=SERVICE_ID");
        QTest::newRow("prefix") << true << int(MatchKind::Prefix) << purge << url
                                << QStringLiteral("provider fastly does not support --match prefix");
        QTest::newRow("host") << true << int(MatchKind::Host) << purge
                              << QStringList{QStringLiteral("a.example.com")}
                              << QStringLiteral("provider fastly does not support --match host");
        QTest::newRow("key with space")
            << true << tag << purge << QStringList{QStringLiteral("a b")}
            << QStringLiteral("target \"a b\" contains white space or control characters");
        QTest::newRow("relative url")
            << true << exact << purge << QStringList{QStringLiteral("/a.jpg")}
            << QStringLiteral("malformed URL \"/a.jpg\": expected an absolute http:// or "
                              "https:// URL");
        QTest::newRow("url with password")
            << true << exact << purge << QStringList{QStringLiteral("https://u:p@www.example.com/a")}
            << QStringLiteral("URL \"https://u:p@www.example.com/a\" carries a user name "
                              "or password; caches key objects without it");
        QTest::newRow("key too long") << true << tag << purge << QStringList{QString(1025, QLatin1Char('k'))}
                                      << QStringLiteral("surrogate key \"%1…\" is longer than 1024 bytes")
                                             .arg(QString(40, QLatin1Char('k')));
    }
    void validateBatch()
    {
        QFETCH(bool, service);
        QFETCH(int, match);
        QFETCH(int, action);
        QFETCH(QStringList, targets);
        QFETCH(QString, error);
        QCOMPARE(
            m_provider.validateBatch(source(service), batch(MatchKind(match), targets, PurgeAction(action))),
            error);
    }

    void validateSource()
    {
        QCOMPARE(m_provider.validateSource(source()), QString());
        QCOMPARE(m_provider.validateSource(source(false)), QString());
        SourceConfig bad = source();
        bad.settings.insert(QStringLiteral("service"), QStringLiteral("my service/1"));
        QCOMPARE(
            m_provider.validateSource(bad),
            QStringLiteral(
                "setting service \"my service/1\" is not a Fastly service ID: expected letters and digits "
                "only, as in SU1Z0isxPaozGVKXdv0eY"));
        SourceConfig two = source();
        two.endpoints << QStringLiteral("https://b.example.com");
        QCOMPARE(m_provider.validateSource(two),
                 QStringLiteral("provider fastly takes one --endpoint, but 2 were given"));
    }

    void rateKeys()
    {
        SourceConfig a = source();
        SourceConfig b = source();
        b.id = 6;
        QCOMPARE(m_provider.rateKey(a), QStringLiteral("fastly:source:5"));
        QVERIFY(m_provider.rateKey(a) != m_provider.rateKey(b));
        a.secret = {SecretRef::Kind::Environment, QStringLiteral("FASTLY_API_TOKEN")};
        b.secret = a.secret;
        QCOMPARE(m_provider.rateKey(a), QStringLiteral("fastly:env:FASTLY_API_TOKEN"));
        QCOMPARE(m_provider.rateKey(a), m_provider.rateKey(b));
    }

    void registered() { QVERIFY(ProviderRegistry::instance().find(QStringLiteral("fastly"))); }
};

QTEST_GUILESS_MAIN(TestProviderFastly)
#include "tst_provider_fastly.moc"
