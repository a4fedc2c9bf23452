#include "fakehttpserver.h"
#include "sendandwait.h"
#include "providers/memcachierprovider.h"

#include <QTest>

static const QString password = QStringLiteral("9F3A1C77E0B2D4");

class TestProviderMemcachier : public QObject
{
    Q_OBJECT
private:
    MemcachierProvider m_provider;
    FakeHttpServer *m_server = nullptr;

    SourceConfig source(const QString &cacheId = QStringLiteral("abc123"),
                        const QString &user = QStringLiteral("C0FFEE")) const
    {
        SourceConfig config;
        config.id = 3;
        config.name = QStringLiteral("sessions");
        config.type = QStringLiteral("memcachier");
        config.endpoints = {m_server->baseUrl().toString()};
        config.settings.insert(QStringLiteral("cache_id"), cacheId);
        config.settings.insert(QStringLiteral("user"), user);
        return config;
    }
    static PurgeBatch batch(MatchKind match = MatchKind::All, const QStringList &targets = {},
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
        QCOMPARE(info.type, QStringLiteral("memcachier"));
        QCOMPARE(info.secretLabel, QStringLiteral("Password"));
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Required);
        QCOMPARE(info.matches, QList<MatchKind>{MatchKind::All});
        QVERIFY(!info.supportsInvalidate);
        QVERIFY(!info.hasStatus);
        QVERIFY(!info.isLocal);
        QCOMPARE(info.defaultEndpoint, QStringLiteral("https://analytics.memcachier.com"));
        QCOMPARE(info.limits.maxBatchCount, 1);
        QCOMPARE(info.limits.ratePerSecond, 1.0);
        QCOMPARE(info.limits.burst, 2);
        QCOMPARE(info.settings.size(), 2);
        QCOMPARE(info.settings.at(0).key, QStringLiteral("cache_id"));
        QVERIFY(info.settings.at(0).required);
        QCOMPARE(info.settings.at(1).key, QStringLiteral("user"));
        QVERIFY(info.settings.at(1).required);
    }

    void defaultEndpointUrl()
    {
        SourceConfig config = source();
        config.endpoints.clear();
        const HttpRequestSpec spec = m_provider.buildRequest(config, {}, batch(), password);
        QCOMPARE(spec.url.toString(), QStringLiteral("https://analytics.memcachier.com/api/v2/caches/abc123/flush"));
    }

    void flushRequest_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        // The seed's "Bad user" cause: a newline captured along with the credentials.
        QTest::newRow("clean") << QStringLiteral("C0FFEE") << QStringLiteral("pass");
        QTest::newRow("secret newline") << QStringLiteral("C0FFEE") << QStringLiteral("pass\n");
        QTest::newRow("secret crlf") << QStringLiteral("C0FFEE") << QStringLiteral("pass\r\n");
        QTest::newRow("secret spaces") << QStringLiteral("C0FFEE") << QStringLiteral("  pass \t");
        QTest::newRow("user newline") << QStringLiteral("C0FFEE\n") << QStringLiteral("pass\n");
        QTest::newRow("user spaces") << QStringLiteral(" C0FFEE\r") << QStringLiteral("pass");
    }
    void flushRequest()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        m_server->enqueue(ScriptedReply::json(204, {}));
        const HttpRequestSpec spec = m_provider.buildRequest(source(QStringLiteral("abc123"), user), {}, batch(), secret);
        QVERIFY(spec.isValid());
        QVERIFY(spec.secretHeaders.contains("Authorization"));
        QVERIFY(!spec.redactedText().contains(QString::fromLatin1(QByteArray("C0FFEE:pass").toBase64())));
        const HttpReply reply = sendAndWait(spec);
        QCOMPARE(reply.status, 204);
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &got = m_server->requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.pathAndQuery(), QStringLiteral("/api/v2/caches/abc123/flush"));
        QCOMPARE(got.header("Authorization"), QByteArray("Basic ") + QByteArray("C0FFEE:pass").toBase64());
        QCOMPARE(got.header("Authorization"), QByteArray("Basic QzBGRkVFOnBhc3M="));
        QCOMPARE(got.body, QByteArray());
    }

    void replies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");   // exact
        QTest::addColumn<qint64>("retryAfterMs");

        const int ok = int(Outcome::Kind::Succeeded), failed = int(Outcome::Kind::Failed),
                  retry = int(Outcome::Kind::Retry);
        const QString badUser = QStringLiteral(
            "check the setting user \"C0FFEE\" and the password; \"Bad user\" means they do not match or the "
            "credential lacks the API capability (enable it on the analytics dashboard's Settings page). "
            "Surrounding spaces and newlines were already removed.");
        QTest::newRow("204") << 204 << QByteArray() << QByteArray() << ok << QString() << qint64(-1);
        QTest::newRow("200 json") << 200 << QByteArray(R"({"flushed":true})") << QByteArray() << ok << QString()
                                  << qint64(-1);
        // The flush reply has no documented body; the status alone says it worked.
        QTest::newRow("200 malformed") << 200 << QByteArray("{\"flu") << QByteArray() << ok << QString()
                                       << qint64(-1);
        QTest::newRow("401 bad user") << 401 << QByteArray("code=401, message=Bad user") << QByteArray() << failed
                                      << QStringLiteral("MemCachier rejected the credentials (HTTP 401 "
                                                        "\"code=401, message=Bad user\"): ")
                + badUser << qint64(-1);
        QTest::newRow("401 empty") << 401 << QByteArray() << QByteArray() << failed
                                   << QStringLiteral("MemCachier rejected the credentials (HTTP 401): ") + badUser
                                   << qint64(-1);
        QTest::newRow("403") << 403 << QByteArray("You are not authorized to perform this action.") << QByteArray()
                             << failed
                             << QStringLiteral("MemCachier rejected the credentials (HTTP 403 \"You are not "
                                               "authorized to perform this action.\"): ")
                + badUser << qint64(-1);
        QTest::newRow("404") << 404 << QByteArray("No cache found.") << QByteArray() << failed
                             << QStringLiteral("MemCachier has no cache with ID \"abc123\" for this credential "
                                               "(HTTP 404 \"No cache found.\"): check the setting cache_id")
                             << qint64(-1);
        QTest::newRow("400") << 400 << QByteArray(R"({"error":"bad request"})") << QByteArray() << failed
                             << QStringLiteral("MemCachier rejected the flush of cache \"abc123\" (HTTP 400 "
                                               "\"{\"error\":\"bad request\"}\")")
                             << qint64(-1);
        QTest::newRow("429 retry-after") << 429 << QByteArray() << QByteArray("3") << retry
                                         << QStringLiteral("HTTP 429") << qint64(3000);
        QTest::newRow("503") << 503 << QByteArray("Server error") << QByteArray() << retry
                             << QStringLiteral("HTTP 503: Server error") << qint64(-1);
        QTest::newRow("500 malformed") << 500 << QByteArray("{oops") << QByteArray() << retry
                                       << QStringLiteral("HTTP 500: {oops") << qint64(-1);
        QTest::newRow("405") << 405 << QByteArray() << QByteArray() << failed << QStringLiteral("HTTP 405")
                             << qint64(-1);
    }
    void replies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);

        ScriptedReply scripted = ScriptedReply::json(status, body);
        if (!retryAfter.isEmpty())
            scripted.withHeader("Retry-After", retryAfter);
        m_server->enqueue(scripted);
        const SourceConfig config = source();
        const HttpReply reply = sendAndWait(m_provider.buildRequest(config, {}, batch(), password));
        QVERIFY2(reply.isHttp(), qPrintable(reply.describe()));
        QCOMPARE(reply.status, status);

        const Outcome outcome = m_provider.interpretReply(config, batch(), reply);
        QCOMPARE(int(outcome.kind), kind);
        QCOMPARE(outcome.providerId, QString());
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.retryAfterMs, retryAfterMs);
        QVERIFY(!outcome.message.contains(password));
    }

    void slowReplyTimesOut()
    {
        m_server->enqueue(ScriptedReply::slow(2000, 204));
        const HttpReply reply = sendAndWait(m_provider.buildRequest(source(), {}, batch(), password), 300);
        QCOMPARE(reply.failure, HttpReply::Failure::Timeout);
        const Outcome outcome = m_provider.interpretReply(source(), batch(), reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Retry);
        QVERIFY2(outcome.message.startsWith(QStringLiteral("timeout")), qPrintable(outcome.message));
    }

    void closedConnectionRetries()
    {
        // Qt's HTTP stack silently resends (twice) when a connection drops before any reply byte,
        // so the server must keep dropping for the failure to reach the provider.
        m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::closed(); });
        const HttpReply reply = sendAndWait(m_provider.buildRequest(source(), {}, batch(), password));
        QCOMPARE(reply.failure, HttpReply::Failure::Connection);
        const Outcome outcome = m_provider.interpretReply(source(), batch(), reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Retry);
        QVERIFY(!outcome.message.isEmpty());
    }

    void validateSource_data()
    {
        QTest::addColumn<QString>("cacheId");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << QStringLiteral("abc123") << QStringLiteral("C0FFEE") << QString();
        QTest::newRow("ok user newline") << QStringLiteral("1561") << QStringLiteral("C0FFEE\n") << QString();
        QTest::newRow("empty cache id")
            << QString() << QStringLiteral("C0FFEE")
            << QStringLiteral("setting cache_id is empty: give the cache ID from the analytics dashboard's "
                              "Settings page");
        QTest::newRow("slash") << QStringLiteral("abc/../1") << QStringLiteral("C0FFEE")
                               << QStringLiteral("setting cache_id \"abc/../1\" contains \"/\": a cache ID has only "
                                                 "letters, digits, '-', '_', '.' and '~'");
        QTest::newRow("space") << QStringLiteral("abc 1") << QStringLiteral("C0FFEE")
                               << QStringLiteral("setting cache_id \"abc 1\" contains a space or line break: a cache "
                                                 "ID has only letters, digits, '-', '_', '.' and '~'");
        QTest::newRow("newline") << QStringLiteral("abc1\n") << QStringLiteral("C0FFEE")
                                 << QStringLiteral("setting cache_id \"abc1\n\" contains a space or line break: a "
                                                   "cache ID has only letters, digits, '-', '_', '.' and '~'");
        QTest::newRow("query") << QStringLiteral("abc?x=1") << QStringLiteral("C0FFEE")
                               << QStringLiteral("setting cache_id \"abc?x=1\" contains \"?\": a cache ID has only "
                                                 "letters, digits, '-', '_', '.' and '~'");
        QTest::newRow("blank user") << QStringLiteral("abc123") << QStringLiteral(" \n")
                                    << QStringLiteral("setting user is empty: give the credential user name from "
                                                      "the analytics dashboard");
        QTest::newRow("colon user") << QStringLiteral("abc123") << QStringLiteral("a:b")
                                    << QStringLiteral("setting user \"a:b\" contains ':', which Basic "
                                                      "authentication cannot carry");
    }
    void validateSource()
    {
        QFETCH(QString, cacheId);
        QFETCH(QString, user);
        QFETCH(QString, error);
        QCOMPARE(m_provider.validateSource(source(cacheId, user)), error);
    }

    void validateBatch_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("action");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("error");
        const int purge = int(PurgeAction::Purge);
        QTest::newRow("all ok") << int(MatchKind::All) << purge << QStringList() << QString();
        QTest::newRow("exact") << int(MatchKind::Exact) << purge << QStringList{QStringLiteral("https://a.example/x")}
                               << QStringLiteral("provider memcachier flushes the whole cache and does not support "
                                                 "--match exact; use --match all");
        QTest::newRow("prefix") << int(MatchKind::Prefix) << purge << QStringList{QStringLiteral("https://a.example/")}
                                << QStringLiteral("provider memcachier flushes the whole cache and does not support "
                                                  "--match prefix; use --match all");
        QTest::newRow("tag") << int(MatchKind::Tag) << purge << QStringList{QStringLiteral("users")}
                             << QStringLiteral("provider memcachier flushes the whole cache and does not support "
                                               "--match tag; use --match all");
        QTest::newRow("all with targets") << int(MatchKind::All) << purge << QStringList{QStringLiteral("key1")}
                                          << QStringLiteral("--match all takes no targets, but 1 were given");
        QTest::newRow("invalidate") << int(MatchKind::All) << int(PurgeAction::Invalidate) << QStringList()
                                    << QStringLiteral("provider memcachier does not support --action invalidate");
    }
    void validateBatch()
    {
        QFETCH(int, match);
        QFETCH(int, action);
        QFETCH(QStringList, targets);
        QFETCH(QString, error);
        QCOMPARE(m_provider.validateBatch(source(), batch(MatchKind(match), targets, PurgeAction(action))), error);
    }
};

QTEST_GUILESS_MAIN(TestProviderMemcachier)
#include "tst_provider_memcachier.moc"
