// KeyCDN: Purge Zone URL (JSON urls without a scheme), Purge Zone Tag, Purge Zone Cache, Basic auth
// with the API key and an empty password, the per-key rate limit, and the documented replies.
#include "fakehttpserver.h"
#include "providers/keycdnprovider.h"
#include "providers/providerregistry.h"
#include "sendandwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(MatchKind)
Q_DECLARE_METATYPE(Outcome::Kind)
Q_DECLARE_METATYPE(ScriptedReply)

static const QString kKey = QStringLiteral("sk_keycdn_0123456789abcdef");
static const QByteArray kAuth = "Basic " + QByteArray("sk_keycdn_0123456789abcdef:").toBase64();

class TestProviderKeycdn : public QObject
{
    Q_OBJECT

    KeycdnProvider m_provider;

    static SourceConfig source(const QString &endpoint, const QString &zone = QStringLiteral("1234"))
    {
        SourceConfig config;
        config.id = 5;
        config.name = QStringLiteral("kcdn");
        config.type = QStringLiteral("keycdn");
        if (!endpoint.isEmpty())
            config.endpoints = {endpoint};
        config.settings.insert(QStringLiteral("zone"), zone);
        config.secret = {SecretRef::Kind::Environment, QStringLiteral("KEYCDN_KEY")};
        return config;
    }
    static PurgeBatch batch(MatchKind match, const QStringList &targets)
    {
        PurgeBatch b;
        b.match = match;
        b.targets = targets;
        return b;
    }
    static QStringList urls(int count)
    {
        QStringList result;
        for (int i = 0; i < count; ++i)
            result << QStringLiteral("https://example-1.kxcdn.com/img/%1.png").arg(i);
        return result;
    }
    Outcome exchange(const ScriptedReply &scripted, MatchKind match = MatchKind::Exact, int timeoutMs = 5000)
    {
        FakeHttpServer server;
        const SourceConfig src = source(server.start().toString());
        server.enqueue(scripted);
        const PurgeBatch b = batch(match, match == MatchKind::All ? QStringList() : urls(1));
        return m_provider.interpretReply(src, b,
                                         sendAndWait(m_provider.buildRequest(src, {}, b, kKey), timeoutMs));
    }

private slots:
    void info()
    {
        const ProviderInfo &info = m_provider.info();
        QCOMPARE(info.type, QStringLiteral("keycdn"));
        QCOMPARE(info.defaultEndpoint, QStringLiteral("https://api.keycdn.com"));
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Required);
        QCOMPARE(info.matches, (QList<MatchKind>{MatchKind::Exact, MatchKind::Tag, MatchKind::All}));
        QVERIFY(!info.supportsInvalidate);
        QVERIFY(!info.hasStatus);
        QCOMPARE(info.settings.size(), 1);
        QCOMPARE(info.settings[0].key, QStringLiteral("zone"));
        QVERIFY(info.settings[0].required);
        QCOMPARE(info.limits.maxBatchCount, 100);
        // 60 calls a minute per API key: never more than 60 in any 60 s.
        QCOMPARE(info.limits.ratePerSecond, 59.0 / 60.0);
        QCOMPARE(info.limits.burst, 1);
        QVERIFY(info.limits.burst + info.limits.ratePerSecond * 60 <= 60.0 + 1e-9);
        QVERIFY(info.limits.ratePerSecond * 60 >= 0.9 * 60);
        QVERIFY(info.limits.rateClasses.isEmpty());
        QCOMPARE(ProviderRegistry::instance().find(QStringLiteral("keycdn"))->info().type, info.type);
    }

    void defaultEndpoint()
    {
        const HttpRequestSpec spec = m_provider.buildRequest(source({}), {}, batch(MatchKind::All, {}), kKey);
        QCOMPARE(spec.url.toString(), QStringLiteral("https://api.keycdn.com/zones/purge/1234.json"));
    }

    void requests_data()
    {
        QTest::addColumn<MatchKind>("match");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("urls")
            << MatchKind::Exact
            << QStringList{QStringLiteral("https://example-1.kxcdn.com/lorem.css"),
                           QStringLiteral("http://cdn.example.com:8080/a%20b.jpg?v=2#top")}
            << QByteArray("DELETE") << QStringLiteral("/zones/purgeurl/1234.json")
            << QByteArray(
                   "{\"urls\":[\"example-1.kxcdn.com/lorem.css\",\"cdn.example.com:8080/a%20b.jpg?v=2\"]}");
        QTest::newRow("tags") << MatchKind::Tag << QStringList{QStringLiteral("blog"), QStringLiteral("a\"b")}
                              << QByteArray("DELETE") << QStringLiteral("/zones/purgetag/1234.json")
                              << QByteArray("{\"tags\":[\"blog\",\"a\\\"b\"]}");
        QTest::newRow("all") << MatchKind::All << QStringList() << QByteArray("GET")
                             << QStringLiteral("/zones/purge/1234.json") << QByteArray();
    }
    void requests()
    {
        QFETCH(MatchKind, match);
        QFETCH(QStringList, targets);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        FakeHttpServer server;
        const SourceConfig src = source(server.start().toString());
        const PurgeBatch b = batch(match, targets);
        QCOMPARE(m_provider.validateBatch(src, b), QString());
        const HttpRequestSpec spec = m_provider.buildRequest(src, {}, b, kKey + QLatin1Char('\n'));
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{"Authorization"});
        QVERIFY(!spec.redactedText().contains(kKey));
        QVERIFY(!spec.redactedText().contains(QString::fromLatin1(kAuth)));
        server.enqueue(
            ScriptedReply::json(200, "{\"status\":\"success\",\"description\":\"Cache has been cleared.\"}"));
        const HttpReply reply = sendAndWait(spec);
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest &seen = server.requests().first();
        QCOMPARE(seen.method, method);
        QCOMPARE(seen.pathAndQuery(), path);
        QCOMPARE(seen.header("Authorization"), kAuth);
        QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
        QCOMPARE(seen.body, body);
        QCOMPARE(seen.header("Content-Type"), body.isEmpty() ? QByteArray() : QByteArray("application/json"));
        const Outcome outcome = m_provider.interpretReply(src, b, reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(outcome.message, QStringLiteral("Cache has been cleared."));
    }

    // The planner splits to batchSize; at 99, 100 and 101 URLs that is one, one and two calls,
    // each carrying every URL it was given.
    void batchLimit_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("calls");
        QTest::newRow("99") << 99 << 1;
        QTest::newRow("100") << 100 << 1;
        QTest::newRow("101") << 101 << 2;
    }
    void batchLimit()
    {
        QFETCH(int, count);
        QFETCH(int, calls);
        SourceConfig src = source({});
        const int size = EffectiveLimits::of(m_provider, src).batchSize;
        QCOMPARE(size, 100);
        QCOMPARE((count + size - 1) / size, calls);
        const QStringList all = urls(count);
        for (int start = 0; start < count; start += size) {
            const QStringList part = all.mid(start, size);
            const QJsonObject body =
                QJsonDocument::fromJson(
                    m_provider.buildRequest(src, {}, batch(MatchKind::Exact, part), kKey).body)
                    .object();
            QCOMPARE(body.value(QStringLiteral("urls")).toArray().size(), part.size());
        }
        // A source may only lower it.
        src.settings.insert(QStringLiteral("batch_size"), QStringLiteral("500"));
        QCOMPARE(EffectiveLimits::of(m_provider, src).batchSize, 100);
        src.settings.insert(QStringLiteral("batch_size"), QStringLiteral("20"));
        QCOMPARE(EffectiveLimits::of(m_provider, src).batchSize, 20);
    }

    void replies_data()
    {
        QTest::addColumn<ScriptedReply>("scripted");
        QTest::addColumn<Outcome::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("retryAfterMs");
        using K = Outcome::Kind;
        QTest::newRow("success") << ScriptedReply::json(200,
                                                        "{\"status\":\"success\",\"description\":\"Cache has "
                                                        "been cleared for URL(s).\"}")
                                 << K::Succeeded << QStringLiteral("Cache has been cleared for URL(s).")
                                 << -1LL;
        QTest::newRow("200 error")
            << ScriptedReply::json(200, "{\"status\":\"error\",\"description\":\"Invalid URL(s).\"}")
            << K::Failed << QStringLiteral("KeyCDN answered HTTP 200 but reported an error: Invalid URL(s).")
            << -1LL;
        QTest::newRow("200 not json")
            << ScriptedReply::json(200, "<html>ok</html>") << K::Failed
            << QStringLiteral(
                   "malformed reply: HTTP 200 without a readable \"status\"; the purge may or may not have "
                   "happened: <html>ok</html>")
            << -1LL;
        QTest::newRow("200 truncated")
            << ScriptedReply::json(200, "{\"status\":\"succ") << K::Failed
            << QStringLiteral(
                   "malformed reply: HTTP 200 without a readable \"status\"; the purge may or may not have "
                   "happened: {\"status\":\"succ")
            << -1LL;
        QTest::newRow("401")
            << ScriptedReply::json(401, "{\"status\":\"error\",\"description\":\"Unauthorized\"}")
            << K::Failed
            << QStringLiteral(
                   "KeyCDN rejected the API key (HTTP 401); check the source's secret (KeyCDN dashboard > "
                   "Account Settings > API): Unauthorized")
            << -1LL;
        QTest::newRow("403") << ScriptedReply::json(403,
                                                    "{\"status\":\"error\",\"description\":\"Forbidden\"}")
                             << K::Failed
                             << QStringLiteral("KeyCDN refused the purge of zone 1234 (HTTP 403): Forbidden")
                             << -1LL;
        QTest::newRow("404")
            << ScriptedReply::json(404, "{\"status\":\"error\",\"description\":\"Zone not found.\"}")
            << K::Failed
            << QStringLiteral(
                   "KeyCDN has no zone 1234 for this API key (HTTP 404); check the source's zone setting: "
                   "Zone not found.")
            << -1LL;
        QTest::newRow("400")
            << ScriptedReply::json(400,
                                   "{\"status\":\"error\",\"description\":\"Required parameter missing.\"}")
            << K::Failed
            << QStringLiteral("KeyCDN rejected the purge (HTTP 400): Required parameter missing.") << -1LL;
        QTest::newRow("429")
            << ScriptedReply::json(429, "{\"status\":\"error\",\"description\":\"Rate limit exceeded.\"}")
                   .withHeader("Retry-After", "12")
                   .withHeader("X-Rate-Limit-Limit", "60")
                   .withHeader("X-Rate-Limit-Remaining", "0")
            << K::Retry
            << QStringLiteral(
                   "HTTP 429: the KeyCDN API rate limit of this API key was reached: Rate limit exceeded.")
            << 12000LL;
        QTest::newRow("500") << ScriptedReply::json(
                                    500, "{\"status\":\"error\",\"description\":\"Internal error\"}")
                             << K::Retry << QStringLiteral("HTTP 500: Internal error") << -1LL;
        QTest::newRow("502 html") << ScriptedReply::json(502, "<html>Bad gateway</html>") << K::Retry
                                  << QStringLiteral("HTTP 502: <html>Bad gateway</html>") << -1LL;
        QTest::newRow("413") << ScriptedReply::json(413, "") << K::Split << QStringLiteral("HTTP 413")
                             << -1LL;
    }
    void replies()
    {
        QFETCH(ScriptedReply, scripted);
        QFETCH(Outcome::Kind, kind);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);
        const Outcome outcome = exchange(scripted);
        QCOMPARE(outcome.kind, kind);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.retryAfterMs, retryAfterMs);
        QVERIFY(!outcome.message.contains(kKey));
    }

    void transportFailuresRetry()
    {
        const Outcome slow = exchange(ScriptedReply::slow(2000, 200), MatchKind::All, 300);
        QCOMPARE(slow.kind, Outcome::Kind::Retry);
        QVERIFY2(slow.message.startsWith(QStringLiteral("timeout")), qPrintable(slow.message));
        FakeHttpServer server;
        const SourceConfig src = source(server.start().toString());
        server.setHandler([](const RecordedRequest &) { return ScriptedReply::closed(); });
        const PurgeBatch b = batch(MatchKind::All, {});
        const Outcome closed =
            m_provider.interpretReply(src, b, sendAndWait(m_provider.buildRequest(src, {}, b, kKey)));
        QCOMPARE(closed.kind, Outcome::Kind::Retry);
        QVERIFY2(closed.message.startsWith(QStringLiteral("network error")), qPrintable(closed.message));
    }

    void echoedAuthorizationIsRemoved()
    {
        const Outcome outcome = exchange(ScriptedReply::json(
            401, "{\"status\":\"error\",\"description\":\"bad header Authorization: " + kAuth + "\"}"));
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QVERIFY2(!outcome.message.contains(QString::fromLatin1(kAuth.mid(6))), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("Basic [redacted]")), qPrintable(outcome.message));
    }

    void rateKeyPerApiKey()
    {
        SourceConfig a = source({}), b = source({}, QStringLiteral("999"));
        b.id = 6;
        QCOMPARE(m_provider.rateKey(a), QStringLiteral("keycdn:env:KEYCDN_KEY"));
        QCOMPARE(m_provider.rateKey(b), m_provider.rateKey(a)); // another zone, the same API key
        b.secret = {SecretRef::Kind::Keychain, {}};
        QCOMPARE(m_provider.rateKey(b), QStringLiteral("keycdn:source:6"));
        QCOMPARE(m_provider.rateClass(a, batch(MatchKind::Tag, {QStringLiteral("t")})), QString());
    }

    void checkRequestViewsTheZone()
    {
        FakeHttpServer server;
        const SourceConfig src = source(server.start().toString());
        server.enqueue(
            ScriptedReply::json(200, "{\"status\":\"success\",\"data\":{\"zone\":{\"id\":\"1234\"}}}"));
        const HttpRequestSpec spec = m_provider.buildCheckRequest(src, kKey);
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{"Authorization"});
        QCOMPARE(sendAndWait(spec).status, 200);
        QCOMPARE(server.requests().first().method, QByteArray("GET"));
        QCOMPARE(server.requests().first().pathAndQuery(), QStringLiteral("/zones/1234.json"));
    }

    void withoutScheme()
    {
        QCOMPARE(KeycdnProvider::withoutScheme(QStringLiteral("https://a.kxcdn.com/x.css")),
                 QStringLiteral("a.kxcdn.com/x.css"));
        QCOMPARE(KeycdnProvider::withoutScheme(QStringLiteral("http://a.kxcdn.com")),
                 QStringLiteral("a.kxcdn.com"));
        QCOMPARE(KeycdnProvider::withoutScheme(QStringLiteral("https://a.kxcdn.com/p?q=1#f")),
                 QStringLiteral("a.kxcdn.com/p?q=1"));
    }

    void validateBatch_data()
    {
        QTest::addColumn<MatchKind>("match");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("error");
        QTest::newRow("url") << MatchKind::Exact << QStringList{QStringLiteral("https://a.kxcdn.com/x")}
                             << QString();
        QTest::newRow("prefix") << MatchKind::Prefix << QStringList{QStringLiteral("https://a.kxcdn.com/")}
                                << QStringLiteral("provider keycdn does not support --match prefix");
        QTest::newRow("no scheme") << MatchKind::Exact << QStringList{QStringLiteral("a.kxcdn.com/x")}
                                   << QStringLiteral(
                                          "malformed URL \"a.kxcdn.com/x\": expected an absolute http:// or "
                                          "https:// URL");
        QTest::newRow("user info")
            << MatchKind::Exact << QStringList{QStringLiteral("https://u:p@a.kxcdn.com/x")}
            << QStringLiteral(
                   "target \"https://u:p@a.kxcdn.com/x\" must not contain a user name or password");
        QTest::newRow("tag with space")
            << MatchKind::Tag << QStringList{QStringLiteral("a b")}
            << QStringLiteral(
                   "tag \"a b\" contains white space or a comma, which separate tags in the Cache-Tag "
                   "header; give each tag on its own");
        QTest::newRow("all with targets") << MatchKind::All << QStringList{QStringLiteral("x")}
                                          << QStringLiteral("--match all takes no targets, but 1 were given");
    }
    void validateBatch()
    {
        QFETCH(MatchKind, match);
        QFETCH(QStringList, targets);
        QFETCH(QString, error);
        QCOMPARE(m_provider.validateBatch(source({}), batch(match, targets)), error);
    }

    void validateSource_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("error");
        QTest::newRow("fine") << QStringLiteral("1234") << QString();
        QTest::newRow("missing") << QString()
                                 << QStringLiteral(
                                        "setting zone is missing: set it to the numeric zone ID (--set "
                                        "zone=ID)");
        QTest::newRow("name") << QStringLiteral("example-1")
                              << QStringLiteral(
                                     "setting zone \"example-1\" must be the numeric zone ID shown in the "
                                     "KeyCDN dashboard, not the zone name or URL");
        QTest::newRow("path") << QStringLiteral("1/../2")
                              << QStringLiteral(
                                     "setting zone \"1/../2\" must be the numeric zone ID shown in the "
                                     "KeyCDN dashboard, not the zone name or URL");
    }
    void validateSource()
    {
        QFETCH(QString, zone);
        QFETCH(QString, error);
        QCOMPARE(m_provider.validateSource(source({}, zone)), error);
    }
};

QTEST_GUILESS_MAIN(TestProviderKeycdn)
#include "tst_provider_keycdn.moc"
