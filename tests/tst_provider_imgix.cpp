#include "fakehttpserver.h"
#include "sendandwait.h"
#include "providers/imgixprovider.h"

#include <QTest>

static const QString secretKey = QStringLiteral("ak_live_S3CRET");
static const QString assetUrl = QStringLiteral("https://assets.imgix.net/examples/bridge.jpg");

class TestProviderImgix : public QObject
{
    Q_OBJECT
private:
    ImgixProvider m_provider;
    FakeHttpServer *m_server = nullptr;

    SourceConfig source(const QString &api = {}) const
    {
        SourceConfig config;
        config.id = 7;
        config.name = QStringLiteral("images");
        config.type = QStringLiteral("imgix");
        config.endpoints = {m_server->baseUrl().toString()};
        if (!api.isEmpty())
            config.settings.insert(QStringLiteral("api"), api);
        return config;
    }
    static PurgeBatch batch(const QStringList &targets, MatchKind match = MatchKind::Exact,
                            PurgeAction action = PurgeAction::Purge)
    {
        PurgeBatch b;
        b.action = action;
        b.match = match;
        b.targets = targets;
        return b;
    }

private slots:
    void init()
    {
        m_server = new FakeHttpServer(this);
        QVERIFY(!m_server->start().isEmpty());
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void info()
    {
        const ProviderInfo &info = m_provider.info();
        QCOMPARE(info.type, QStringLiteral("imgix"));
        QCOMPARE(info.secretLabel, QStringLiteral("API key"));
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Required);
        QCOMPARE(info.matches, QList<MatchKind>{MatchKind::Exact});
        QVERIFY(!info.supportsInvalidate);
        QVERIFY(!info.hasStatus);
        QVERIFY(!info.isLocal);
        QCOMPARE(info.defaultEndpoint, QStringLiteral("https://api.imgix.com"));
        QCOMPARE(info.limits.maxBatchCount, 1);
        QCOMPARE(info.limits.ratePerSecond, 10.0);
        QCOMPARE(info.limits.burst, 1); // a rate with no stated burst: never more than 10 in any second
        QCOMPARE(info.settings.size(), 1);
        QCOMPARE(info.settings.first().key, QStringLiteral("api"));
        QCOMPARE(info.settings.first().kind, SettingSpec::Kind::Choice);
        QCOMPARE(info.settings.first().choices, (QStringList{QStringLiteral("v1"), QStringLiteral("legacy")}));
        QCOMPARE(info.settings.first().defaultValue, QStringLiteral("v1"));
    }

    void defaultEndpointUrl()
    {
        SourceConfig config = source();
        config.endpoints.clear();
        const HttpRequestSpec spec = m_provider.buildRequest(config, {}, batch({assetUrl}), secretKey);
        QCOMPARE(spec.url.toString(), QStringLiteral("https://api.imgix.com/api/v1/purge"));
    }

    void v1Request()
    {
        // A trailing newline from --secret-stdin must not end up in the header.
        const HttpRequestSpec spec =
            m_provider.buildRequest(source(), {}, batch({assetUrl}), secretKey + QLatin1Char('\n'));
        QVERIFY(spec.isValid());
        QVERIFY(spec.secretHeaders.contains("Authorization"));
        QVERIFY(!spec.redactedText().contains(secretKey));
        sendAndWait(spec);
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &got = m_server->requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.pathAndQuery(), QStringLiteral("/api/v1/purge"));
        QCOMPARE(got.header("Authorization"), QByteArray("Bearer ak_live_S3CRET"));
        QCOMPARE(got.header("Content-Type"), QByteArray("application/vnd.api+json"));
        QCOMPARE(got.body, QByteArray(R"({"data":{"attributes":{"url":"https://assets.imgix.net/examples/bridge.jpg"},)"
                                      R"("type":"purges"}})"));
    }

    void legacyRequest()
    {
        const QString url = QStringLiteral("https://assets.imgix.net/dir/caf%C3%A9.jpg?w=400&h=300");
        const HttpRequestSpec spec = m_provider.buildRequest(source(QStringLiteral("legacy")), {}, batch({url}), secretKey);
        QVERIFY(spec.secretHeaders.contains("Authorization"));
        QVERIFY(!spec.redactedText().contains(secretKey));
        sendAndWait(spec);
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &got = m_server->requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.pathAndQuery(), QStringLiteral("/v2/image/purger"));
        // Basic auth with the key as user name and an empty password.
        QCOMPARE(got.header("Authorization"), QByteArray("Basic ") + QByteArray("ak_live_S3CRET:").toBase64());
        QCOMPARE(got.header("Authorization"), QByteArray("Basic YWtfbGl2ZV9TM0NSRVQ6"));
        QCOMPARE(got.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(got.body,
                 QByteArray("url=https%3A%2F%2Fassets.imgix.net%2Fdir%2Fcaf%25C3%25A9.jpg%3Fw%3D400%26h%3D300"));
    }

    void onlyOneUrlPerRequest()
    {
        const HttpRequestSpec spec = m_provider.buildRequest(
            source(), {}, batch({assetUrl, QStringLiteral("https://assets.imgix.net/b.jpg")}), secretKey);
        QVERIFY(!spec.isValid());
    }

    void replies_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<QString>("message");   // exact when it starts with '=', else a substring
        QTest::addColumn<qint64>("retryAfterMs");

        const QString v1 = QStringLiteral("v1");
        const int ok = int(Outcome::Kind::Succeeded), failed = int(Outcome::Kind::Failed),
                  retry = int(Outcome::Kind::Retry);
        const QByteArray documented = R"({"data":{"attributes":{"purge_id":"a794e260-3776-4efe-9878-35acec6980b6"},)"
                                      R"("id":"a794e260-3776-4efe-9878-35acec6980b6","type":"purges"},"included":[],)"
                                      R"("jsonapi":{"version":"1.0"},"meta":{}})";
        QTest::newRow("200 documented") << v1 << 200 << documented << QByteArray() << ok
                                        << QStringLiteral("a794e260-3776-4efe-9878-35acec6980b6")
                                        << QStringLiteral("=") << qint64(-1);
        QTest::newRow("200 data.id only") << v1 << 200 << QByteArray(R"({"data":{"id":"p-42","type":"purges"}})")
                                          << QByteArray() << ok << QStringLiteral("p-42") << QStringLiteral("=")
                                          << qint64(-1);
        QTest::newRow("200 malformed json") << v1 << 200 << QByteArray("{\"data\": {\"attrib") << QByteArray() << ok
                                            << QString() << QStringLiteral("=reply unreadable; no purge id")
                                            << qint64(-1);
        QTest::newRow("200 html") << v1 << 200 << QByteArray("<html>ok</html>") << QByteArray() << ok << QString()
                                  << QStringLiteral("=reply unreadable; no purge id") << qint64(-1);
        QTest::newRow("200 json without id") << v1 << 200 << QByteArray("{}") << QByteArray() << ok << QString()
                                             << QStringLiteral("=reply carries no purge id") << qint64(-1);
        QTest::newRow("200 errors only")
            << v1 << 200 << QByteArray(R"({"errors":[{"detail":"internal hiccup"}]})") << QByteArray() << failed
            << QString()
            << QStringLiteral("=imgix answered HTTP 200 but reported errors for "
                              "https://assets.imgix.net/examples/bridge.jpg: internal hiccup")
            << qint64(-1);
        QTest::newRow("legacy 200") << QStringLiteral("legacy") << 200 << QByteArray("OK") << QByteArray() << ok
                                    << QString() << QStringLiteral("=") << qint64(-1);
        QTest::newRow("409 duplicate")
            << v1 << 409 << QByteArray(R"({"errors":[{"detail":"Duplicate purge request"}]})") << QByteArray() << ok
            << QString()
            << QStringLiteral("=duplicate purge of https://assets.imgix.net/examples/bridge.jpg within 10 s "
                              "(HTTP 409); imgix still purges it")
            << qint64(-1);
        QTest::newRow("401")
            << v1 << 401 << QByteArray(R"({"errors":[{"status":"401","title":"Unauthorized"}]})") << QByteArray()
            << failed << QString()
            << QStringLiteral("=imgix rejected the API key (HTTP 401); check the source's API key: Unauthorized")
            << qint64(-1);
        QTest::newRow("403") << v1 << 403 << QByteArray() << QByteArray() << failed << QString()
                             << QStringLiteral("=imgix refused the purge (HTTP 403); the API key needs the Purge "
                                               "permission")
                             << qint64(-1);
        QTest::newRow("400 detail")
            << v1 << 400
            << QByteArray(R"({"errors":[{"detail":"URL's domain must be associated with the account"},)"
                          R"({"title":"Bad Request"}]})")
            << QByteArray() << failed << QString()
            << QStringLiteral("=imgix rejected the purge of https://assets.imgix.net/examples/bridge.jpg "
                              "(HTTP 400): URL's domain must be associated with the account; Bad Request")
            << qint64(-1);
        QTest::newRow("422 detail")
            << v1 << 422 << QByteArray(R"({"errors":[{"detail":"url is required"}]})") << QByteArray() << failed
            << QString()
            << QStringLiteral("=imgix rejected the purge of https://assets.imgix.net/examples/bridge.jpg "
                              "(HTTP 422): url is required")
            << qint64(-1);
        QTest::newRow("400 malformed body")
            << v1 << 400 << QByteArray("<html> oops </html>") << QByteArray() << failed << QString()
            << QStringLiteral("=imgix rejected the purge of https://assets.imgix.net/examples/bridge.jpg "
                              "(HTTP 400): <html> oops </html>")
            << qint64(-1);
        QTest::newRow("404") << v1 << 404 << QByteArray("not here") << QByteArray() << failed << QString()
                             << QStringLiteral("=HTTP 404: not here") << qint64(-1);
        QTest::newRow("429 retry-after") << v1 << 429 << QByteArray(R"({"errors":[{"title":"Too Many Requests"}]})")
                                         << QByteArray("7") << retry << QString() << QStringLiteral("HTTP 429")
                                         << qint64(7000);
        QTest::newRow("503") << v1 << 503 << QByteArray() << QByteArray() << retry << QString()
                             << QStringLiteral("=HTTP 503") << qint64(-1);
        QTest::newRow("500 malformed") << v1 << 500 << QByteArray("{garbage") << QByteArray() << retry << QString()
                                       << QStringLiteral("=HTTP 500: {garbage") << qint64(-1);
    }
    void replies()
    {
        QFETCH(QString, api);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, providerId);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);

        ScriptedReply scripted = ScriptedReply::json(status, body);
        if (!retryAfter.isEmpty())
            scripted.withHeader("Retry-After", retryAfter);
        m_server->enqueue(scripted);
        const SourceConfig config = source(api);
        const PurgeBatch b = batch({assetUrl});
        const HttpReply reply = sendAndWait(m_provider.buildRequest(config, {}, b, secretKey));
        QVERIFY2(reply.isHttp(), qPrintable(reply.describe()));
        QCOMPARE(reply.status, status);

        const Outcome outcome = m_provider.interpretReply(config, b, reply);
        QCOMPARE(int(outcome.kind), kind);
        QCOMPARE(outcome.providerId, providerId);
        if (message.startsWith(QLatin1Char('=')))
            QCOMPARE(outcome.message, message.mid(1));
        else
            QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
        QCOMPARE(outcome.retryAfterMs, retryAfterMs);
        QVERIFY(!outcome.message.contains(secretKey));
    }

    void slowReplyTimesOut()
    {
        m_server->enqueue(ScriptedReply::slow(2000, 200, "{}"));
        const PurgeBatch b = batch({assetUrl});
        const HttpReply reply = sendAndWait(m_provider.buildRequest(source(), {}, b, secretKey), 300);
        QCOMPARE(reply.failure, HttpReply::Failure::Timeout);
        const Outcome outcome = m_provider.interpretReply(source(), b, reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Retry);
        QVERIFY2(outcome.message.startsWith(QStringLiteral("timeout")), qPrintable(outcome.message));
    }

    void closedConnectionRetries()
    {
        // Qt's HTTP stack silently resends (twice) when a connection drops before any reply byte,
        // so the server must keep dropping for the failure to reach the provider.
        m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::closed(); });
        const PurgeBatch b = batch({assetUrl});
        const HttpReply reply = sendAndWait(m_provider.buildRequest(source(), {}, b, secretKey));
        QCOMPARE(reply.failure, HttpReply::Failure::Connection);
        const Outcome outcome = m_provider.interpretReply(source(), b, reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Retry);
        QVERIFY(!outcome.message.isEmpty());
    }

    void validateBatch_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("action");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("error");
        const int exact = int(MatchKind::Exact), purge = int(PurgeAction::Purge);
        QTest::newRow("exact ok") << exact << purge << QStringList{assetUrl} << QString();
        QTest::newRow("several ok") << exact << purge
                                    << QStringList{assetUrl, QStringLiteral("http://a.imgix.net/b.png?w=3")}
                                    << QString();
        QTest::newRow("prefix") << int(MatchKind::Prefix) << purge << QStringList{assetUrl}
                                << QStringLiteral("provider imgix does not support --match prefix");
        QTest::newRow("tag") << int(MatchKind::Tag) << purge << QStringList{QStringLiteral("t")}
                             << QStringLiteral("provider imgix does not support --match tag");
        QTest::newRow("all") << int(MatchKind::All) << purge << QStringList()
                             << QStringLiteral("provider imgix does not support --match all");
        QTest::newRow("invalidate") << exact << int(PurgeAction::Invalidate) << QStringList{assetUrl}
                                    << QStringLiteral("provider imgix does not support --action invalidate");
        QTest::newRow("no targets") << exact << purge << QStringList() << QStringLiteral("no targets given");
        QTest::newRow("relative") << exact << purge << QStringList{QStringLiteral("examples/bridge.jpg")}
                                  << QStringLiteral("malformed URL \"examples/bridge.jpg\": expected an absolute "
                                                    "http:// or https:// URL");
        QTest::newRow("ftp") << exact << purge << QStringList{QStringLiteral("ftp://assets.imgix.net/a.jpg")}
                             << QStringLiteral("malformed URL \"ftp://assets.imgix.net/a.jpg\": expected an "
                                               "absolute http:// or https:// URL");
        QTest::newRow("wildcard") << exact << purge << QStringList{QStringLiteral("https://assets.imgix.net/img/*")}
                                  << QStringLiteral("imgix purges exact URLs only, but "
                                                    "\"https://assets.imgix.net/img/*\" ends with the wildcard *");
    }
    void validateBatch()
    {
        QFETCH(int, match);
        QFETCH(int, action);
        QFETCH(QStringList, targets);
        QFETCH(QString, error);
        QCOMPARE(m_provider.validateBatch(source(), batch(targets, MatchKind(match), PurgeAction(action))), error);
    }

    void validateSource()
    {
        QCOMPARE(m_provider.validateSource(source()), QString());
        QCOMPARE(m_provider.validateSource(source(QStringLiteral("v1"))), QString());
        QCOMPARE(m_provider.validateSource(source(QStringLiteral("legacy"))), QString());
        QCOMPARE(m_provider.validateSource(source(QStringLiteral("v2"))),
                 QStringLiteral("setting api is \"v2\": expected v1 or legacy"));
    }
};

QTEST_GUILESS_MAIN(TestProviderImgix)
#include "tst_provider_imgix.moc"
