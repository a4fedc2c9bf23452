// bunny.net: Purge URL (one URL per call, '*' for prefixes, exactPath for exact URLs ending in '/'),
// Pull Zone Purge Cache (one tag, or everything), the AccessKey header, the two documented rate
// buckets as rate classes, and every documented reply.
#include "providers/bunnyprovider.h"
#include "providers/providerregistry.h"
#include "rawhttpserver.h"
#include "sendandwait.h"

#include <QTest>

Q_DECLARE_METATYPE(MatchKind)
Q_DECLARE_METATYPE(Outcome::Kind)

static const QString kKey = QStringLiteral("bunny-4f1c-ACCESS-key");

class TestProviderBunny : public QObject
{
    Q_OBJECT

    BunnyProvider m_provider;

    static SourceConfig source(const QString &endpoint, const QString &pullZone = QStringLiteral("4242"),
                               qint64 id = 3)
    {
        SourceConfig config;
        config.id = id;
        config.name = QStringLiteral("bunny-%1").arg(id);
        config.type = QStringLiteral("bunny");
        if (!endpoint.isEmpty())
            config.endpoints = {endpoint};
        if (!pullZone.isEmpty())
            config.settings.insert(QStringLiteral("pull_zone"), pullZone);
        config.secret = {SecretRef::Kind::Environment, QStringLiteral("BUNNY_KEY")};
        return config;
    }
    static PurgeBatch batch(MatchKind match, const QStringList &targets)
    {
        PurgeBatch b;
        b.match = match;
        b.targets = targets;
        return b;
    }
    // Sends one batch to a raw server answering `scripted` and interprets the reply.
    Outcome exchange(MatchKind match, const QStringList &targets, const ScriptedReply &scripted,
                     int timeoutMs = 5000)
    {
        RawHttpServer server;
        const SourceConfig src = source(server.start().toString());
        server.enqueue(scripted);
        const PurgeBatch b = batch(match, targets);
        return m_provider.interpretReply(src, b,
                                         sendAndWait(m_provider.buildRequest(src, {}, b, kKey), timeoutMs));
    }

private slots:
    void info()
    {
        const ProviderInfo &info = m_provider.info();
        QCOMPARE(info.type, QStringLiteral("bunny"));
        QCOMPARE(info.defaultEndpoint, QStringLiteral("https://api.bunny.net"));
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Required);
        QCOMPARE(info.matches,
                 (QList<MatchKind>{MatchKind::Exact, MatchKind::Prefix, MatchKind::Tag, MatchKind::All}));
        QVERIFY(!info.supportsInvalidate);
        QVERIFY(!info.hasStatus);
        QVERIFY(!info.multipleEndpoints);
        QCOMPARE(info.settings.size(), 1);
        QCOMPARE(info.settings[0].key, QStringLiteral("pull_zone"));
        QVERIFY(!info.settings[0].required);
        QVERIFY(info.options.isEmpty());
        // "Purge Rate Limits": exact burst 120 refill 5/s; prefix burst 20 refill 0.5/s.
        QCOMPARE(info.limits.maxBatchCount, 1);
        QCOMPARE(info.limits.ratePerSecond, 5.0);
        QCOMPARE(info.limits.burst, 120);
        QCOMPARE(info.limits.rateClasses.keys(), QStringList{QStringLiteral("prefix")});
        QCOMPARE(info.limits.rateClasses.value(QStringLiteral("prefix")).ratePerSecond, 0.5);
        QCOMPARE(info.limits.rateClasses.value(QStringLiteral("prefix")).burst, 20);
        QCOMPARE(ProviderRegistry::instance().find(QStringLiteral("bunny"))->info().type, info.type);

        // A source's rate and burst can slow both buckets, never raise the prefix one.
        SourceConfig config = source({});
        EffectiveLimits limits = EffectiveLimits::of(m_provider, config);
        QCOMPARE(limits.batchSize, 1);
        QCOMPARE(limits.rateClasses.value(QStringLiteral("prefix")).ratePerSecond, 0.5);
        config.settings.insert(QStringLiteral("rate"), QStringLiteral("100"));
        config.settings.insert(QStringLiteral("burst"), QStringLiteral("5"));
        config.settings.insert(QStringLiteral("batch_size"), QStringLiteral("10"));
        limits = EffectiveLimits::of(m_provider, config);
        QCOMPARE(limits.batchSize, 1);
        QCOMPARE(limits.ratePerSecond, 100.0);
        QCOMPARE(limits.rateClasses.value(QStringLiteral("prefix")).ratePerSecond, 0.5);
        QCOMPARE(limits.rateClasses.value(QStringLiteral("prefix")).burst, 5);
        config.settings.insert(QStringLiteral("rate"), QStringLiteral("0.2"));
        QCOMPARE(
            EffectiveLimits::of(m_provider, config).rateClasses.value(QStringLiteral("prefix")).ratePerSecond,
            0.2);
    }

    void defaultEndpoint()
    {
        const HttpRequestSpec spec = m_provider.buildRequest(
            source({}), {}, batch(MatchKind::Exact, {QStringLiteral("https://cdn.example.com/a.css")}), kKey);
        QCOMPARE(spec.url.toString(QUrl::FullyEncoded),
                 QStringLiteral(
                     "https://api.bunny.net/purge?url=https%3A%2F%2Fcdn.example.com%2Fa.css&async=false"));
        const HttpRequestSpec all = m_provider.buildRequest(source({}), {}, batch(MatchKind::All, {}), kKey);
        QCOMPARE(all.url.toString(), QStringLiteral("https://api.bunny.net/pullzone/4242/purgeCache"));
    }

    void requests_data()
    {
        QTest::addColumn<MatchKind>("match");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("wireTarget");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("rateClass");
        QTest::newRow("exact") << MatchKind::Exact << QStringLiteral("https://cdn.example.com/img/a.jpg")
                               << QByteArray(
                                      "/purge?url=https%3A%2F%2Fcdn.example.com%2Fimg%2Fa.jpg&async=false")
                               << QByteArray() << QString();
        QTest::newRow("exact with query and space")
            << MatchKind::Exact << QStringLiteral("https://cdn.example.com/a%20b.jpg?v=2&w=100")
            << QByteArray(
                   "/purge?url=https%3A%2F%2Fcdn.example.com%2Fa%2520b.jpg%3Fv%3D2%26w%3D100&async=false")
            << QByteArray() << QString();
        QTest::newRow("exact ending in slash")
            << MatchKind::Exact << QStringLiteral("https://cdn.example.com/blog/")
            << QByteArray("/purge?url=https%3A%2F%2Fcdn.example.com%2Fblog%2F&async=false&exactPath=true")
            << QByteArray() << QStringLiteral("prefix");
        QTest::newRow("prefix") << MatchKind::Prefix << QStringLiteral("https://cdn.example.com/img/")
                                << QByteArray(
                                       "/purge?url=https%3A%2F%2Fcdn.example.com%2Fimg%2F%2A&async=false")
                                << QByteArray() << QStringLiteral("prefix");
        QTest::newRow("prefix already starred")
            << MatchKind::Prefix << QStringLiteral("https://cdn.example.com/img/*")
            << QByteArray("/purge?url=https%3A%2F%2Fcdn.example.com%2Fimg%2F%2A&async=false") << QByteArray()
            << QStringLiteral("prefix");
        QTest::newRow("tag") << MatchKind::Tag << QStringLiteral("product-123")
                             << QByteArray("/pullzone/4242/purgeCache")
                             << QByteArray("{\"CacheTag\":\"product-123\"}") << QStringLiteral("prefix");
        QTest::newRow("tag with quote")
            << MatchKind::Tag << QStringLiteral("a\"b") << QByteArray("/pullzone/4242/purgeCache")
            << QByteArray("{\"CacheTag\":\"a\\\"b\"}") << QStringLiteral("prefix");
        QTest::newRow("all") << MatchKind::All << QString() << QByteArray("/pullzone/4242/purgeCache")
                             << QByteArray() << QStringLiteral("prefix");
    }
    void requests()
    {
        QFETCH(MatchKind, match);
        QFETCH(QString, target);
        QFETCH(QByteArray, wireTarget);
        QFETCH(QByteArray, body);
        QFETCH(QString, rateClass);
        RawHttpServer server;
        const SourceConfig src = source(server.start().toString());
        const PurgeBatch b = batch(match, target.isEmpty() ? QStringList() : QStringList{target});
        QCOMPARE(m_provider.validateBatch(src, b), QString());
        QCOMPARE(m_provider.rateClass(src, b), rateClass);
        // A trailing newline from a pasted key is not sent.
        const HttpRequestSpec spec = m_provider.buildRequest(src, {}, b, kKey + QLatin1Char('\n'));
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{"AccessKey"});
        QVERIFY(!spec.redactedText().contains(kKey));
        QVERIFY(spec.redactedText().contains(QStringLiteral("AccessKey: [redacted]")));

        server.enqueue(
            ScriptedReply::json(match == MatchKind::Exact || match == MatchKind::Prefix ? 200 : 204, {}));
        const HttpReply reply = sendAndWait(spec);
        QCOMPARE(server.requests().size(), 1);
        const RawRequest &seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.target, wireTarget);
        QCOMPARE(seen.header("AccessKey"), kKey.toUtf8());
        QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
        QCOMPARE(seen.body, body);
        QCOMPARE(seen.header("Content-Type"), body.isEmpty() ? QByteArray() : QByteArray("application/json"));
        QCOMPARE(seen.header("Content-Length"), QByteArray::number(body.size()));
        const Outcome outcome = m_provider.interpretReply(src, b, reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(outcome.providerId, QString());
    }

    // One URL or tag per call: the planner never sends more, and a bigger batch builds nothing.
    void oneTargetPerCall()
    {
        const SourceConfig src = source({});
        const QStringList two{QStringLiteral("https://cdn.example.com/a"),
                              QStringLiteral("https://cdn.example.com/b")};
        QVERIFY(m_provider.buildRequest(src, {}, batch(MatchKind::Exact, two.mid(0, 1)), kKey).isValid());
        QVERIFY(!m_provider.buildRequest(src, {}, batch(MatchKind::Exact, two), kKey).isValid());
        QVERIFY(!m_provider
                     .buildRequest(src, {}, batch(MatchKind::Tag, {QStringLiteral("a"), QStringLiteral("b")}),
                                   kKey)
                     .isValid());
        QCOMPARE(EffectiveLimits::of(m_provider, src).batchSize, 1);
    }

    void replies_data()
    {
        QTest::addColumn<MatchKind>("match");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<Outcome::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("retryAfterMs");
        using K = Outcome::Kind;
        const MatchKind ex = MatchKind::Exact, all = MatchKind::All;
        const QByteArray apiError = "{\"ErrorKey\":\"pullzone.not_found\",\"Field\":\"Id\",\"Message\":\"The "
                                    "requested Pull Zone was not found\"}";
        QTest::newRow("200 url") << ex << 200 << QByteArray() << QByteArray() << K::Succeeded << QString()
                                 << -1LL;
        QTest::newRow("200 garbage body")
            << ex << 200 << QByteArray("<html>ok") << QByteArray() << K::Succeeded << QString() << -1LL;
        QTest::newRow("204 zone") << all << 204 << QByteArray() << QByteArray() << K::Succeeded << QString()
                                  << -1LL;
        QTest::newRow("400")
            << ex << 400
            << QByteArray(
                   "{\"ErrorKey\":\"purge.invalid_url\",\"Field\":\"url\",\"Message\":\"Invalid URL\"}")
            << QByteArray() << K::Failed
            << QStringLiteral(
                   "bunny.net rejected the purge of https://cdn.example.com/a.css (HTTP 400): Invalid URL "
                   "(purge.invalid_url) [url]")
            << -1LL;
        QTest::newRow("400 not json")
            << ex << 400 << QByteArray("Bad   Request\n") << QByteArray() << K::Failed
            << QStringLiteral(
                   "bunny.net rejected the purge of https://cdn.example.com/a.css (HTTP 400): Bad Request")
            << -1LL;
        QTest::newRow("401") << ex << 401 << QByteArray() << QByteArray() << K::Failed
                             << QStringLiteral(
                                    "bunny.net rejected the access key (HTTP 401); the secret must be the "
                                    "account's API key (Account settings > API), not a storage zone "
                                    "password")
                             << -1LL;
        QTest::newRow("403")
            << ex << 403 << QByteArray("{\"Message\":\"Forbidden\"}") << QByteArray() << K::Failed
            << QStringLiteral(
                   "bunny.net refused the purge of https://cdn.example.com/a.css (HTTP 403): Forbidden")
            << -1LL;
        QTest::newRow("404 zone") << all << 404 << apiError << QByteArray() << K::Failed
                                  << QStringLiteral(
                                         "bunny.net has no pull zone 4242 on this account (HTTP 404); check "
                                         "the source's pull_zone setting: The requested Pull Zone was not "
                                         "found (pullzone.not_found) [Id]")
                                  << -1LL;
        QTest::newRow("404 url")
            << ex << 404 << QByteArray() << QByteArray() << K::Failed
            << QStringLiteral("bunny.net answered HTTP 404 to the purge of https://cdn.example.com/a.css")
            << -1LL;
        QTest::newRow("429 Retry-After")
            << ex << 429 << QByteArray("{\"Message\":\"Rate limit exceeded. Retry after 3 seconds.\"}")
            << QByteArray("3") << K::Retry
            << QStringLiteral(
                   "HTTP 429: bunny.net's purge rate limit for this account was reached: Rate limit "
                   "exceeded. Retry after 3 seconds.")
            << 3000LL;
        QTest::newRow("429 no header")
            << ex << 429 << QByteArray() << QByteArray() << K::Retry
            << QStringLiteral("HTTP 429: bunny.net's purge rate limit for this account was "
                              "reached")
            << -1LL;
        QTest::newRow("413") << ex << 413 << QByteArray() << QByteArray() << K::Split
                             << QStringLiteral("HTTP 413") << -1LL;
        QTest::newRow("500") << ex << 500 << QByteArray("{\"Message\":\"oops\"}") << QByteArray() << K::Retry
                             << QStringLiteral("HTTP 500: {\"Message\":\"oops\"}") << -1LL;
        QTest::newRow("503") << all << 503 << QByteArray() << QByteArray() << K::Retry
                             << QStringLiteral("HTTP 503") << -1LL;
    }
    void replies()
    {
        QFETCH(MatchKind, match);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(Outcome::Kind, kind);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);
        ScriptedReply scripted = ScriptedReply::json(status, body);
        if (!retryAfter.isEmpty())
            scripted.withHeader("Retry-After", retryAfter);
        const QStringList targets = match == MatchKind::All
                                        ? QStringList()
                                        : QStringList{QStringLiteral("https://cdn.example.com/a.css")};
        const Outcome outcome = exchange(match, targets, scripted);
        QCOMPARE(outcome.kind, kind);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.retryAfterMs, retryAfterMs);
    }

    void transportFailuresRetry()
    {
        const QStringList target{QStringLiteral("https://cdn.example.com/a.css")};
        const Outcome slow = exchange(MatchKind::Exact, target, ScriptedReply::slow(2000, 200), 300);
        QCOMPARE(slow.kind, Outcome::Kind::Retry);
        QVERIFY2(slow.message.startsWith(QStringLiteral("timeout")), qPrintable(slow.message));

        RawHttpServer server;
        const SourceConfig src = source(server.start().toString());
        // HttpClient resends once on a connection closed before any reply: close them all.
        server.setHandler([](const RawRequest &) { return ScriptedReply::closed(); });
        const PurgeBatch b = batch(MatchKind::Exact, target);
        const Outcome closed =
            m_provider.interpretReply(src, b, sendAndWait(m_provider.buildRequest(src, {}, b, kKey)));
        QCOMPARE(closed.kind, Outcome::Kind::Retry);
        QVERIFY2(closed.message.startsWith(QStringLiteral("network error")), qPrintable(closed.message));
    }

    void credentialsInRepliesAreRemoved()
    {
        const Outcome outcome = exchange(
            MatchKind::Exact, {QStringLiteral("https://cdn.example.com/a.css")},
            ScriptedReply::json(400, "{\"Message\":\"header was Authorization: Bearer abc.def.ghi\"}"));
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QVERIFY2(!outcome.message.contains(QStringLiteral("abc.def.ghi")), qPrintable(outcome.message));
    }

    // Sources reading the same key from the same variable share one account's buckets.
    void rateKeyPerAccount()
    {
        SourceConfig a = source({}, {}, 1), b = source({}, {}, 2), c = source({}, {}, 3);
        c.secret = {SecretRef::Kind::Keychain, {}};
        QCOMPARE(m_provider.rateKey(a), QStringLiteral("bunny:env:BUNNY_KEY"));
        QCOMPARE(m_provider.rateKey(b), m_provider.rateKey(a));
        QCOMPARE(m_provider.rateKey(c), QStringLiteral("bunny:source:3"));
        const auto cls = [&](MatchKind match, const QString &target) {
            return m_provider.rateClass(a, batch(match, {target}));
        };
        QCOMPARE(cls(MatchKind::Exact, QStringLiteral("https://cdn.example.com/a.css")), QString());
        QCOMPARE(cls(MatchKind::Exact, QStringLiteral("https://cdn.example.com/a.css?v=/")), QString());
        QCOMPARE(cls(MatchKind::Exact, QStringLiteral("https://cdn.example.com")), QStringLiteral("prefix"));
        QCOMPARE(cls(MatchKind::Exact, QStringLiteral("https://cdn.example.com/dir/")),
                 QStringLiteral("prefix"));
        QCOMPARE(cls(MatchKind::Prefix, QStringLiteral("https://cdn.example.com/dir")),
                 QStringLiteral("prefix"));
        QCOMPARE(cls(MatchKind::Tag, QStringLiteral("t")), QStringLiteral("prefix"));
    }

    void checkRequestReadsThePullZone()
    {
        RawHttpServer server;
        const SourceConfig src = source(server.start().toString());
        server.enqueue(ScriptedReply::json(200, "{\"Id\":4242}"));
        const HttpRequestSpec spec = m_provider.buildCheckRequest(src, kKey);
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{"AccessKey"});
        QCOMPARE(sendAndWait(spec).status, 200);
        QCOMPARE(server.requests().first().method, QByteArray("GET"));
        QCOMPARE(server.requests().first().target, QByteArray("/pullzone/4242"));
        QVERIFY(!m_provider.buildCheckRequest(source({}, {}), kKey).isValid());
    }

    void validateBatch_data()
    {
        QTest::addColumn<MatchKind>("match");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("pullZone");
        QTest::addColumn<QString>("error");
        const QString zone = QStringLiteral("4242");
        QTest::newRow("exact") << MatchKind::Exact << QStringList{QStringLiteral("https://a.b/c")}
                               << QString() << QString();
        QTest::newRow("exact star") << MatchKind::Exact << QStringList{QStringLiteral("https://a.b/c*")}
                                    << zone
                                    << QStringLiteral(
                                           "\"https://a.b/c*\" contains '*', which bunny.net takes as a "
                                           "wildcard: use --match prefix for a wildcard purge");
        QTest::newRow("prefix inner star")
            << MatchKind::Prefix << QStringList{QStringLiteral("https://a.b/*/x")} << zone
            << QStringLiteral("prefix \"https://a.b/*/x\" may end with '*' but contain no other '*'");
        QTest::newRow("relative")
            << MatchKind::Exact << QStringList{QStringLiteral("/img/a.jpg")} << zone
            << QStringLiteral("malformed URL \"/img/a.jpg\": expected an absolute http:// or https:// URL");
        QTest::newRow("tag without zone")
            << MatchKind::Tag << QStringList{QStringLiteral("t")} << QString()
            << QStringLiteral(
                   "--match tag purges through a pull zone: set the source's pull_zone setting (--set "
                   "pull_zone=ID) to its numeric ID");
        QTest::newRow("all without zone")
            << MatchKind::All << QStringList() << QString()
            << QStringLiteral(
                   "--match all purges through a pull zone: set the source's pull_zone setting (--set "
                   "pull_zone=ID) to its numeric ID");
        QTest::newRow("tag too long")
            << MatchKind::Tag << QStringList{QString(1025, QLatin1Char('x'))} << zone
            << QStringLiteral("tag \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" is longer "
                              "than the 1024 bytes a CDN-Tag header may hold");
        QTest::newRow("host") << MatchKind::Host << QStringList{QStringLiteral("a.b")} << zone
                              << QStringLiteral("provider bunny does not support --match host");
    }
    void validateBatch()
    {
        QFETCH(MatchKind, match);
        QFETCH(QStringList, targets);
        QFETCH(QString, pullZone);
        QFETCH(QString, error);
        QCOMPARE(m_provider.validateBatch(source({}, pullZone), batch(match, targets)), error);
    }

    void validateSource_data()
    {
        QTest::addColumn<QString>("pullZone");
        QTest::addColumn<QString>("error");
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("numeric") << QStringLiteral("123456") << QString();
        QTest::newRow("name") << QStringLiteral("my-zone")
                              << QStringLiteral(
                                     "setting pull_zone \"my-zone\" must be the numeric pull zone ID shown "
                                     "in the bunny.net dashboard");
        QTest::newRow("path") << QStringLiteral("12/purgeCache")
                              << QStringLiteral(
                                     "setting pull_zone \"12/purgeCache\" must be the numeric pull zone ID "
                                     "shown in the bunny.net dashboard");
    }
    void validateSource()
    {
        QFETCH(QString, pullZone);
        QFETCH(QString, error);
        QCOMPARE(m_provider.validateSource(source({}, pullZone)), error);
    }
};

QTEST_GUILESS_MAIN(TestProviderBunny)
#include "tst_provider_bunny.moc"
