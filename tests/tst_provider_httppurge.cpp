#include "providers/httppurgeprovider.h"
#include "rawhttpserver.h"
#include "sendandwait.h"

#include <QTest>

Q_DECLARE_METATYPE(MatchKind)
Q_DECLARE_METATYPE(Outcome::Kind)

// The requests go to RawHttpServer, not FakeHttpServer: QHttpServer 6.4 cannot parse BAN and
// reports PURGE as "Unknown" (see rawhttpserver.h).
class TestProviderHttpPurge : public QObject
{
    Q_OBJECT

    HttpPurgeProvider m_provider;

    static SourceConfig source(const QStringList &endpoints, const QMap<QString, QString> &settings = {})
    {
        SourceConfig config;
        config.id = 7;
        config.name = QStringLiteral("caches");
        config.type = QStringLiteral("http-purge");
        config.endpoints = endpoints;
        config.settings = settings;
        return config;
    }
    static PurgeBatch batch(MatchKind match, const QStringList &targets)
    {
        PurgeBatch b;
        b.match = match;
        b.targets = targets;
        return b;
    }
    // Sends what the provider built exactly as the engine would, and waits for the reply.
    static HttpReply send(const HttpRequestSpec &spec, int timeoutMs = 5000) { return sendAndWait(spec, timeoutMs); }

private slots:
    void info()
    {
        const ProviderInfo &info = m_provider.info();
        QCOMPARE(info.type, QStringLiteral("http-purge"));
        QVERIFY(info.multipleEndpoints);
        QVERIFY(info.defaultEndpoint.isEmpty());
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Optional);
        QCOMPARE(info.matches, (QList<MatchKind>{MatchKind::Exact, MatchKind::Prefix, MatchKind::All}));
        QVERIFY(!info.supportsInvalidate);
        QVERIFY(!info.hasStatus);
        QVERIFY(!info.isLocal);
        QCOMPARE(info.limits.maxBatchCount, 1);
        QCOMPARE(info.limits.ratePerSecond, 0.0);
        QCOMPARE(info.limits.concurrency, 8);
        QCOMPARE(info.settings.size(), 3);
        QCOMPARE(info.settings.at(0).key, QStringLiteral("prefix_method"));
        QCOMPARE(info.settings.at(0).choices, (QStringList{QStringLiteral("ban"), QStringLiteral("wildcard")}));
        QCOMPARE(info.settings.at(0).defaultValue, QStringLiteral("ban"));
        QVERIFY(info.settings.at(0).help.contains(QStringLiteral("2.3")));
        QCOMPARE(info.settings.at(1).key, QStringLiteral("ban_header"));
        QCOMPARE(info.settings.at(1).defaultValue, QStringLiteral("X-Ban-Url"));
        QCOMPARE(info.settings.at(2).key, QStringLiteral("secret_header"));
    }

    void exactPurge_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("wireTarget");
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("plain") << QStringLiteral("http://site.test/img/a.png") << QByteArray("/img/a.png")
                               << QByteArray("site.test");
        QTest::newRow("space and query") << QStringLiteral("http://site.test/img/a%20b.png?w=100&h=50")
                                         << QByteArray("/img/a%20b.png?w=100&h=50") << QByteArray("site.test");
        QTest::newRow("encoded delimiters kept") << QStringLiteral("http://site.test/a%2Fb?q=%2F%26x&y=a+b")
                                                 << QByteArray("/a%2Fb?q=%2F%26x&y=a+b") << QByteArray("site.test");
        QTest::newRow("non-ASCII typed") << QStringLiteral("http://site.test/café/ü.png?x=ä")
                                         << QByteArray("/caf%C3%A9/%C3%BC.png?x=%C3%A4") << QByteArray("site.test");
        QTest::newRow("non-ASCII encoded") << QStringLiteral("http://site.test/caf%C3%A9.png")
                                           << QByteArray("/caf%C3%A9.png") << QByteArray("site.test");
        QTest::newRow("other port") << QStringLiteral("http://site.test:8080/a") << QByteArray("/a")
                                    << QByteArray("site.test:8080");
        QTest::newRow("default https port") << QStringLiteral("https://site.test:443/x") << QByteArray("/x")
                                            << QByteArray("site.test");
        QTest::newRow("https on 80 keeps port") << QStringLiteral("https://site.test:80/x") << QByteArray("/x")
                                                << QByteArray("site.test:80");
        QTest::newRow("no path") << QStringLiteral("http://site.test") << QByteArray("/") << QByteArray("site.test");
        QTest::newRow("fragment dropped") << QStringLiteral("http://site.test/a?b=1#top") << QByteArray("/a?b=1")
                                          << QByteArray("site.test");
        QTest::newRow("IPv6 host") << QStringLiteral("http://[2001:db8::1]:8080/v6") << QByteArray("/v6")
                                   << QByteArray("[2001:db8::1]:8080");
        QTest::newRow("IDN host") << QStringLiteral("http://bücher.test/x") << QByteArray("/x")
                                  << QByteArray("xn--bcher-kva.test");
    }
    void exactPurge()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, wireTarget);
        QFETCH(QByteArray, host);
        RawHttpServer server;
        const QUrl base = server.start();
        const SourceConfig src = source({base.toString()});
        const PurgeBatch b = batch(MatchKind::Exact, {target});
        QCOMPARE(m_provider.validateBatch(src, b), QString());
        const HttpRequestSpec spec = m_provider.buildRequest(src, base.toString(), b, QString());
        QVERIFY(spec.secretHeaders.isEmpty());
        const HttpReply reply = send(spec);
        QCOMPARE(server.requests().size(), 1);
        const RawRequest &got = server.requests().first();
        QCOMPARE(got.method, QByteArray("PURGE"));
        QCOMPARE(got.target, wireTarget);
        QCOMPARE(got.headerCount("Host"), 1);
        QCOMPARE(got.header("Host"), host);
        QCOMPARE(got.header("X-Ban-Url"), QByteArray());
        QCOMPARE(got.body, QByteArray());
        const Outcome outcome = m_provider.interpretReply(src, b, reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(outcome.message, QStringLiteral("purged (HTTP 200)"));
    }

    void endpointPathPrefixAndTrailingSlash()
    {
        RawHttpServer server;
        const QString lane = server.start().toString() + QStringLiteral("/cache/");
        const SourceConfig src = source({lane});
        QCOMPARE(m_provider.validateSource(src), QString());
        send(m_provider.buildRequest(src, lane, batch(MatchKind::Exact, {QStringLiteral("http://s.test/a?b")}), {}));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().target, QByteArray("/cache/a?b"));
        QCOMPARE(server.requests().first().header("Host"), QByteArray("s.test"));
    }

    void secretHeaderIsSentAndRedacted()
    {
        RawHttpServer server;
        const QString lane = server.start().toString();
        SourceConfig src = source({lane}, {{QStringLiteral("secret_header"), QStringLiteral("X-Purge-Token")}});
        src.secret.kind = SecretRef::Kind::Environment;
        src.secret.variable = QStringLiteral("PURGE_TOKEN");
        QCOMPARE(m_provider.validateSource(src), QString());
        const PurgeBatch b = batch(MatchKind::Exact, {QStringLiteral("http://site.test/a.png")});
        const HttpRequestSpec spec = m_provider.buildRequest(src, lane, b, QStringLiteral("s3cr3t-tok"));
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{QByteArray("X-Purge-Token")});
        QVERIFY(spec.redactedText().contains(QStringLiteral("X-Purge-Token: [redacted]")));
        QVERIFY(!spec.redactedText().contains(QStringLiteral("s3cr3t")));
        server.enqueue(ScriptedReply::json(403, "<html><head><title>Forbidden</title></head><body>x</body></html>"));
        const HttpReply reply = send(spec);
        QCOMPARE(server.requests().first().header("X-Purge-Token"), QByteArray("s3cr3t-tok"));
        const Outcome outcome = m_provider.interpretReply(src, b, reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QVERIFY(!outcome.message.contains(QStringLiteral("s3cr3t")));
        QVERIFY2(outcome.message.startsWith(QStringLiteral("HTTP 403: Forbidden — the cache refused PURGE")),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.endsWith(QStringLiteral("; or it rejected the secret sent in X-Purge-Token")),
                 qPrintable(outcome.message));
    }

    void banPrefix_data()
    {
        QTest::addColumn<QString>("banHeader");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("wireTarget");
        QTest::addColumn<QByteArray>("regex");
        QTest::newRow("default header") << QString() << QStringLiteral("http://site.test/img/")
                                        << QByteArray("/img/") << QByteArray("^/img/");
        QTest::newRow("metacharacters") << QString() << QStringLiteral("http://site.test/img.v2/a(b)+c$d*/?q=1")
                                        << QByteArray("/img.v2/a(b)+c$d*/?q=1")
                                        << QByteArray("^/img\\.v2/a\\(b\\)\\+c\\$d\\*/\\?q=1");
        QTest::newRow("custom header, encoded") << QStringLiteral("X-Purge-Regex")
                                                << QStringLiteral("http://site.test/caf%C3%A9%20dir/")
                                                << QByteArray("/caf%C3%A9%20dir/") << QByteArray("^/caf%C3%A9%20dir/");
    }
    void banPrefix()
    {
        QFETCH(QString, banHeader);
        QFETCH(QString, target);
        QFETCH(QByteArray, wireTarget);
        QFETCH(QByteArray, regex);
        RawHttpServer server;
        const QString lane = server.start().toString();
        QMap<QString, QString> settings;
        if (!banHeader.isEmpty())
            settings.insert(QStringLiteral("ban_header"), banHeader);
        const SourceConfig src = source({lane}, settings);
        const PurgeBatch b = batch(MatchKind::Prefix, {target});
        QCOMPARE(m_provider.validateBatch(src, b), QString());
        const HttpReply reply = send(m_provider.buildRequest(src, lane, b, {}));
        QCOMPARE(server.requests().size(), 1);
        const RawRequest &got = server.requests().first();
        QCOMPARE(got.method, QByteArray("BAN"));
        QCOMPARE(got.target, wireTarget);
        QCOMPARE(got.header("Host"), QByteArray("site.test"));
        QCOMPARE(got.header(banHeader.isEmpty() ? QByteArray("X-Ban-Url") : banHeader.toLatin1()), regex);
        const Outcome outcome = m_provider.interpretReply(src, b, reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(outcome.message, QStringLiteral("ban added (HTTP 200)"));
    }

    void banRegexEscapesEveryMetacharacter()
    {
        QCOMPARE(HttpPurgeProvider::banRegex(QStringLiteral("/a\\^$.|?*+()[]{}z")),
                 QStringLiteral("^/a\\\\\\^\\$\\.\\|\\?\\*\\+\\(\\)\\[\\]\\{\\}z"));
        QCOMPARE(HttpPurgeProvider::banRegex(QStringLiteral("/plain-_~/%20")), QStringLiteral("^/plain-_~/%20"));
    }

    void wildcardPrefix()
    {
        RawHttpServer server;
        const QString lane = server.start().toString();
        const SourceConfig src = source({lane}, {{QStringLiteral("prefix_method"), QStringLiteral("wildcard")}});
        const PurgeBatch b = batch(MatchKind::Prefix, {QStringLiteral("http://site.test:81/img/")});
        server.enqueue(ScriptedReply::json(200, "Successful purge"));
        server.enqueue(ScriptedReply::json(404, "<html>404 Not Found</html>"));
        const HttpRequestSpec spec = m_provider.buildRequest(src, lane, b, {});
        const Outcome first = m_provider.interpretReply(src, b, send(spec));
        QCOMPARE(server.requests().first().method, QByteArray("PURGE"));
        QCOMPARE(server.requests().first().target, QByteArray("/img/*"));
        QCOMPARE(server.requests().first().header("Host"), QByteArray("site.test:81"));
        QCOMPARE(server.requests().first().header("X-Ban-Url"), QByteArray());
        QCOMPARE(first.kind, Outcome::Kind::Succeeded);
        // Debian's ngx_cache_purge 2.3 answers a wildcard with 404: that is not "not cached".
        const Outcome second = m_provider.interpretReply(src, b, send(spec));
        QCOMPARE(second.kind, Outcome::Kind::Failed);
        QVERIFY2(second.message.contains(QStringLiteral("ngx_cache_purge 2.4")), qPrintable(second.message));
    }

    void banAll()
    {
        RawHttpServer server;
        const QUrl base = server.start();
        const SourceConfig src = source({base.toString()});
        const PurgeBatch b = batch(MatchKind::All, {});
        QCOMPARE(m_provider.validateBatch(src, b), QString());
        send(m_provider.buildRequest(src, base.toString(), b, {}));
        const RawRequest &got = server.requests().first();
        QCOMPARE(got.method, QByteArray("BAN"));
        QCOMPARE(got.target, QByteArray("/"));
        QCOMPARE(got.header("X-Ban-Url"), QByteArray("^/"));
        // No site Host: the request names the cache itself.
        QCOMPARE(got.header("Host"), QStringLiteral("127.0.0.1:%1").arg(base.port()).toLatin1());
    }

    void twoEndpointsAreTwoLanes()
    {
        RawHttpServer one, two;
        const QString a = one.start().toString(), b = two.start().toString();
        const SourceConfig src = source({a, b});
        QCOMPARE(m_provider.lanes(src), (QStringList{a, b}));
        const PurgeBatch purge = batch(MatchKind::Exact, {QStringLiteral("http://site.test/x.css")});
        for (const QString &lane : m_provider.lanes(src))
            QCOMPARE(send(m_provider.buildRequest(src, lane, purge, {})).status, 200);
        QCOMPARE(one.requests().size(), 1);
        QCOMPARE(two.requests().size(), 1);
        QCOMPARE(one.requests().first().target, QByteArray("/x.css"));
        QCOMPARE(two.requests().first().target, QByteArray("/x.css"));
        QCOMPARE(two.requests().first().header("Host"), QByteArray("site.test"));
    }

    void replies_data()
    {
        QTest::addColumn<MatchKind>("match");
        QTest::addColumn<QString>("prefixMethod");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<Outcome::Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<qint64>("retryAfterMs");
        using K = Outcome::Kind;
        const MatchKind ex = MatchKind::Exact, pre = MatchKind::Prefix;
        const QString ban = QStringLiteral("ban"), wild = QStringLiteral("wildcard");
        QTest::newRow("200") << ex << ban << 200 << QByteArray() << K::Succeeded << QStringLiteral("purged (HTTP 200)") << -1LL;
        QTest::newRow("204") << ex << ban << 204 << QByteArray() << K::Succeeded << QStringLiteral("purged (HTTP 204)") << -1LL;
        QTest::newRow("404 not cached") << ex << ban << 404 << QByteArray() << K::Succeeded
                                        << QStringLiteral("was not cached (HTTP 404)") << -1LL;
        QTest::newRow("412 not cached") << ex << ban << 412 << QByteArray() << K::Succeeded
                                        << QStringLiteral("was not cached (HTTP 412)") << -1LL;
        QTest::newRow("403 ACL") << ex << ban << 403 << QByteArray() << K::Failed << QStringLiteral("purge ACL") << -1LL;
        QTest::newRow("405 ACL") << ex << ban << 405 << QByteArray() << K::Failed
                                 << QStringLiteral("refused PURGE from this client") << -1LL;
        QTest::newRow("405 ACL ban") << pre << ban << 405 << QByteArray() << K::Failed
                                     << QStringLiteral("refused BAN from this client") << -1LL;
        QTest::newRow("404 ban") << pre << ban << 404 << QByteArray() << K::Failed
                                 << QStringLiteral("no handler for BAN") << -1LL;
        QTest::newRow("404 wildcard") << pre << wild << 404 << QByteArray() << K::Failed
                                      << QStringLiteral("partial purges") << -1LL;
        QTest::newRow("501") << ex << ban << 501 << QByteArray() << K::Failed << QStringLiteral("no handler for PURGE") << -1LL;
        QTest::newRow("400") << ex << ban << 400 << QByteArray() << K::Failed << QStringLiteral("HTTP 400") << -1LL;
        QTest::newRow("413") << ex << ban << 413 << QByteArray() << K::Split << QStringLiteral("HTTP 413") << -1LL;
        QTest::newRow("503") << ex << ban << 503 << QByteArray() << K::Retry << QStringLiteral("HTTP 503") << -1LL;
        QTest::newRow("429 Retry-After") << ex << ban << 429 << QByteArray("7") << K::Retry
                                         << QStringLiteral("HTTP 429") << 7000LL;
    }
    void replies()
    {
        QFETCH(MatchKind, match);
        QFETCH(QString, prefixMethod);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(Outcome::Kind, kind);
        QFETCH(QString, messagePart);
        QFETCH(qint64, retryAfterMs);
        RawHttpServer server;
        const QString lane = server.start().toString();
        const SourceConfig src = source({lane}, {{QStringLiteral("prefix_method"), prefixMethod}});
        const PurgeBatch b = batch(match, {QStringLiteral("http://site.test/img/")});
        ScriptedReply scripted;
        scripted.status = status;
        scripted.body = status >= 400 ? QByteArray("error page") : QByteArray();
        if (!retryAfter.isEmpty())
            scripted.withHeader("Retry-After", retryAfter);
        server.enqueue(scripted);
        const Outcome outcome = m_provider.interpretReply(src, b, send(m_provider.buildRequest(src, lane, b, {})));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(outcome.kind, kind);
        QVERIFY2(outcome.message.contains(messagePart), qPrintable(outcome.message));
        QCOMPARE(outcome.retryAfterMs, retryAfterMs);
    }

    void timeoutAndClosedConnectionRetry()
    {
        RawHttpServer server;
        const QString lane = server.start().toString();
        const SourceConfig src = source({lane});
        const PurgeBatch b = batch(MatchKind::Exact, {QStringLiteral("http://site.test/a")});
        server.enqueue(ScriptedReply::slow(2000));
        const Outcome slow = m_provider.interpretReply(src, b, send(m_provider.buildRequest(src, lane, b, {}), 300));
        QCOMPARE(slow.kind, Outcome::Kind::Retry);
        QVERIFY2(slow.message.contains(QStringLiteral("timeout")), qPrintable(slow.message));
        // HttpClient resends once when a kept-alive connection is closed before any reply, so
        // every answer must be a closed connection.
        server.setHandler([](const RawRequest &) { return ScriptedReply::closed(); });
        const HttpReply closedReply = send(m_provider.buildRequest(src, lane, b, {}));
        QCOMPARE(closedReply.failure, HttpReply::Failure::Connection);
        const Outcome closed = m_provider.interpretReply(src, b, closedReply);
        QCOMPARE(closed.kind, Outcome::Kind::Retry);
        QVERIFY2(closed.message.contains(QStringLiteral("network error")), qPrintable(closed.message));
        QVERIFY(server.requests().size() >= 2);
        QCOMPARE(server.requests().at(1).method, QByteArray("PURGE"));
    }

    void checkRequestIsHarmless()
    {
        RawHttpServer server;
        const QString lane = server.start().toString();
        SourceConfig src = source({lane + QStringLiteral("/")}, {{QStringLiteral("secret_header"), QStringLiteral("X-T")}});
        src.secret.kind = SecretRef::Kind::Keychain;
        const HttpRequestSpec spec = m_provider.buildCheckRequest(src, QStringLiteral("tok"));
        QCOMPARE(spec.method, QByteArray("HEAD"));
        QCOMPARE(send(spec).status, 200);
        QCOMPARE(server.requests().first().method, QByteArray("HEAD"));
        QCOMPARE(server.requests().first().target, QByteArray("/"));
        QCOMPARE(server.requests().first().header("X-T"), QByteArray());
    }

    void validateSource_data()
    {
        QTest::addColumn<QStringList>("endpoints");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("withSecret");
        QTest::addColumn<QString>("error");
        const QStringList ok{QStringLiteral("http://127.0.0.1:6081")};
        QTest::newRow("valid") << ok << QString() << QString() << false << QString();
        QTest::newRow("valid with secret") << ok << QStringLiteral("secret_header") << QStringLiteral("X-Token")
                                           << true << QString();
        QTest::newRow("no endpoint") << QStringList() << QString() << QString() << false
                                     << QStringLiteral("http-purge needs at least one --endpoint");
        QTest::newRow("secret without header") << ok << QString() << QString() << true
                                               << QStringLiteral("secret_header is not set");
        QTest::newRow("bad scheme") << QStringList{QStringLiteral("ftp://cache")} << QString() << QString() << false
                                    << QStringLiteral("malformed --endpoint \"ftp://cache\"");
        QTest::newRow("query") << QStringList{QStringLiteral("http://c:1/?x=1")} << QString() << QString() << false
                               << QStringLiteral("must not have a query");
        QTest::newRow("twice") << QStringList{QStringLiteral("http://c:1"), QStringLiteral("http://c:1/")} << QString()
                               << QString() << false << QStringLiteral("--endpoint \"http://c:1/\" is given twice");
        QTest::newRow("prefix_method") << ok << QStringLiteral("prefix_method") << QStringLiteral("regex") << false
                                       << QStringLiteral("prefix_method \"regex\" is not one of: ban, wildcard");
        QTest::newRow("ban_header") << ok << QStringLiteral("ban_header") << QStringLiteral("X Ban") << false
                                    << QStringLiteral("ban_header \"X Ban\" is not a valid HTTP header name");
        QTest::newRow("secret_header Host") << ok << QStringLiteral("secret_header") << QStringLiteral("host") << true
                                            << QStringLiteral("collides");
    }
    void validateSource()
    {
        QFETCH(QStringList, endpoints);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, withSecret);
        QFETCH(QString, error);
        SourceConfig src = source(endpoints);
        if (!key.isEmpty())
            src.settings.insert(key, value);
        if (withSecret)
            src.secret.kind = SecretRef::Kind::Keychain;
        const QString message = m_provider.validateSource(src);
        if (error.isEmpty())
            QCOMPARE(message, QString());
        else
            QVERIFY2(message.contains(error), qPrintable(message + QStringLiteral(" / expected: ") + error));
    }

    void validateBatch_data()
    {
        QTest::addColumn<MatchKind>("match");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("prefixMethod");
        QTest::addColumn<QString>("error");
        const QStringList url{QStringLiteral("http://site.test/a")};
        QTest::newRow("tag") << MatchKind::Tag << QStringList{QStringLiteral("t")} << QString()
                             << QStringLiteral("provider http-purge does not support --match tag");
        QTest::newRow("host") << MatchKind::Host << QStringList{QStringLiteral("site.test")} << QString()
                              << QStringLiteral("does not support --match host");
        QTest::newRow("all with wildcard") << MatchKind::All << QStringList() << QStringLiteral("wildcard")
                                           << QStringLiteral("--match all needs BAN support");
        QTest::newRow("all with ban") << MatchKind::All << QStringList() << QStringLiteral("ban") << QString();
        QTest::newRow("relative URL") << MatchKind::Exact << QStringList{QStringLiteral("/img/a.png")} << QString()
                                      << QStringLiteral("malformed URL \"/img/a.png\"");
        QTest::newRow("exact ok") << MatchKind::Exact << url << QString() << QString();
        QTest::newRow("prefix wildcard ok") << MatchKind::Prefix << url << QStringLiteral("wildcard") << QString();
    }
    void validateBatch()
    {
        QFETCH(MatchKind, match);
        QFETCH(QStringList, targets);
        QFETCH(QString, prefixMethod);
        QFETCH(QString, error);
        QMap<QString, QString> settings;
        if (!prefixMethod.isEmpty())
            settings.insert(QStringLiteral("prefix_method"), prefixMethod);
        const SourceConfig src = source({QStringLiteral("http://127.0.0.1:6081")}, settings);
        const QString message = m_provider.validateBatch(src, batch(match, targets));
        if (error.isEmpty())
            QCOMPARE(message, QString());
        else
            QVERIFY2(message.contains(error), qPrintable(message + QStringLiteral(" / expected: ") + error));
    }

    void invalidateIsRejected()
    {
        PurgeBatch b = batch(MatchKind::Exact, {QStringLiteral("http://site.test/a")});
        b.action = PurgeAction::Invalidate;
        QVERIFY(m_provider.validateBatch(source({QStringLiteral("http://127.0.0.1:1")}), b)
                    .contains(QStringLiteral("--action invalidate")));
    }
};

QTEST_GUILESS_MAIN(TestProviderHttpPurge)
#include "tst_provider_httppurge.moc"
