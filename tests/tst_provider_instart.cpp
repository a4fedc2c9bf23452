#include "fakehttpserver.h"
#include "providers/instartprovider.h"
#include "providers/providerregistry.h"
#include "sendandwait.h"

#include <QTest>
#include <memory>
#include <optional>

Q_DECLARE_METATYPE(ScriptedReply)

// The documented purge reply (seed 004) and the documented transaction status replies.
static const QByteArray kAccepted =
    "{\"code\":201,\"description\":\"OK\",\"purge_response\":"
    "{\"transaction_status_uri\":\"/transactions/67804160\"},\"transaction_id\":67804160}";
static const QByteArray kPending =
    "{\"code\":200,\"description\":\"OK\",\"transaction_id\":69737053,\"transaction_response\":"
    "{\"begin_ts\":1371703625,\"end_ts\":-221447149,\"percent_received_responses\":87,"
    "\"transaction_status\":\"PENDING\",\"transaction_status_description\":\"Transaction is pending\"}}";
static const QByteArray kSucceeded =
    "{\"code\":200,\"description\":\"OK\",\"transaction_id\":69737053,\"transaction_response\":"
    "{\"begin_ts\":1371703625,\"end_ts\":1371703653,\"percent_received_responses\":0,"
    "\"transaction_status\":\"SUCCESS\",\"transaction_status_description\":\"Completed\"}}";
static const QString kPassword = QStringLiteral("doh!123");
static const QByteArray kAuth = "Basic " + QByteArray("hsimpson@acme.com:doh!123").toBase64();

class TestProviderInstart : public QObject
{
    Q_OBJECT

    InstartProvider m_provider;
    std::unique_ptr<FakeHttpServer> m_server;

    SourceConfig source(const QString &customer = QStringLiteral("acme"), qint64 id = 1) const
    {
        SourceConfig config;
        config.id = id;
        config.name = QStringLiteral("instart-%1").arg(id);
        config.type = QStringLiteral("instart");
        if (m_server)
            config.endpoints = {m_server->baseUrl().toString()};
        config.settings = {{QStringLiteral("customer"), customer},
                           {QStringLiteral("user"), QStringLiteral("hsimpson@acme.com")}};
        return config;
    }
    static PurgeBatch batch(MatchKind match, const QStringList &targets,
                            PurgeAction action = PurgeAction::Purge, const QString &modifier = {})
    {
        PurgeBatch b;
        b.match = match;
        b.targets = targets;
        b.action = action;
        if (!modifier.isEmpty())
            b.options.insert(QStringLiteral("cache_key_modifier"), {modifier});
        return b;
    }
    // Sends through the real HttpClient and waits for its one handler call.
    static std::optional<HttpReply> exchange(const HttpRequestSpec &spec, int timeoutMs = 5000)
    {
        return exchangeOnce(spec, timeoutMs);
    }
    Outcome purgeWith(const ScriptedReply &scripted, int timeoutMs = 5000)
    {
        m_server->enqueue(scripted);
        const PurgeBatch b = batch(MatchKind::Exact, {QStringLiteral("http://acme.com/img/a.jpg")});
        const std::optional<HttpReply> reply =
            exchange(m_provider.buildRequest(source(), {}, b, kPassword), timeoutMs);
        if (!reply)
            return Outcome::failed(QStringLiteral("TEST: no reply delivered"));
        return m_provider.interpretReply(source(), b, *reply);
    }
    Outcome pollWith(const ScriptedReply &scripted)
    {
        m_server->enqueue(scripted);
        const std::optional<HttpReply> reply =
            exchange(m_provider.buildStatusRequest(source(), {}, QStringLiteral("69737053"), kPassword));
        if (!reply)
            return Outcome::failed(QStringLiteral("TEST: no reply delivered"));
        return m_provider.interpretStatusReply(source(), *reply);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(!m_server->start().isEmpty());
    }
    void cleanup() { m_server.reset(); }

    void info()
    {
        const ProviderInfo &info = m_provider.info();
        QCOMPARE(info.type, QStringLiteral("instart"));
        QCOMPARE(info.defaultEndpoint, QStringLiteral("https://api.instartlogic.com"));
        QCOMPARE(info.matches, (QList<MatchKind>{MatchKind::Exact, MatchKind::Prefix}));
        QVERIFY(info.supportsInvalidate);
        QVERIFY(info.hasStatus);
        QVERIFY(!info.isLocal);
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Required);
        QCOMPARE(info.limits.ratePerSecond, 2.0);
        QCOMPARE(info.limits.burst, 1);
        QCOMPARE(info.limits.maxBatchCount, 500);
        QCOMPARE(info.settings.size(), 2);
        QCOMPARE(info.settings[0].key, QStringLiteral("customer"));
        QVERIFY(info.settings[0].required);
        QCOMPARE(info.settings[1].key, QStringLiteral("user"));
        QVERIFY(info.settings[1].required);
        // Polling is declared as limits; the engine adds its settings for providers with status.
        QCOMPARE(info.limits.pollIntervalSeconds, 10.0);
        QCOMPARE(info.limits.pollTimeoutSeconds, 3600);
        const QList<SettingSpec> all = ProviderRegistry::allSettings(m_provider);
        QCOMPARE(all[2].key, QStringLiteral("poll_interval"));
        QCOMPARE(all[2].kind, SettingSpec::Kind::Number);
        QCOMPARE(all[2].defaultValue, QStringLiteral("10"));
        QCOMPARE(all[2].minimum, 0.1);
        QCOMPARE(all[3].key, QStringLiteral("poll_timeout"));
        QCOMPARE(all[3].defaultValue, QStringLiteral("3600"));
        // The cache-key modifier is a declared option, for prefix purges only.
        QCOMPARE(info.options.size(), 1);
        QCOMPARE(info.options[0].key, QStringLiteral("cache_key_modifier"));
        QCOMPARE(info.options[0].alias, QStringLiteral("cache-key-modifier"));
        QCOMPARE(info.options[0].matches, QList<MatchKind>{MatchKind::Prefix});
        QCOMPARE(ProviderRegistry::instance().find(QStringLiteral("instart"))->info().type, info.type);

        SourceConfig config = source();
        QCOMPARE(EffectiveLimits::of(m_provider, config).pollIntervalSeconds, 10);
        config.settings.insert(QStringLiteral("poll_interval"), QStringLiteral("30"));
        QCOMPARE(EffectiveLimits::of(m_provider, config).pollIntervalSeconds, 30);
        QCOMPARE(EffectiveLimits::of(m_provider, config).ratePerSecond, 2.0);
    }

    void defaultEndpoint()
    {
        SourceConfig config = source();
        config.endpoints.clear();
        const HttpRequestSpec spec = m_provider.buildRequest(
            config, {}, batch(MatchKind::Exact, {QStringLiteral("http://acme.com/a")}), kPassword);
        QCOMPARE(spec.url.toString(), QStringLiteral("https://api.instartlogic.com/acme/v1/cache/purge"));
        const HttpRequestSpec status =
            m_provider.buildStatusRequest(config, {}, QStringLiteral("42"), kPassword);
        QCOMPARE(status.url.toString(),
                 QStringLiteral("https://api.instartlogic.com/acme/v1/transactions/42"));
        QVERIFY(
            !m_provider.buildCheckRequest(config, kPassword).isValid()); // no harmless endpoint documented
    }

    void purgeRequest_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("match");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("modifier");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("exact")
            << int(PurgeAction::Purge) << int(MatchKind::Exact)
            << QStringList{QStringLiteral("http://assets.example.net/images/file.jpg")} << QString()
            << QByteArray(
                   "{\"purge_request\":{\"action\":\"PURGE\",\"uris\":[{\"match_mode\":\"EXACT_LITERAL\","
                   "\"uri_pattern\":\"http://assets.example.net/images/file.jpg\"}]}}");
        QTest::newRow("prefix, two uris")
            << int(PurgeAction::Purge) << int(MatchKind::Prefix)
            << QStringList{QStringLiteral("http://acme.com/img/"), QStringLiteral("https://acme.com/css/")}
            << QString()
            << QByteArray(
                   "{\"purge_request\":{\"action\":\"PURGE\",\"uris\":[{\"match_mode\":\"PREFIX_LITERAL\","
                   "\"uri_pattern\":"
                   "\"http://acme.com/img/\"},{\"match_mode\":\"PREFIX_LITERAL\",\"uri_pattern\":\"https://"
                   "acme.com/css/\"}]}}");
        QTest::newRow("invalidate is EXPIRE")
            << int(PurgeAction::Invalidate) << int(MatchKind::Exact)
            << QStringList{QStringLiteral("http://acme.com/a.css")} << QString()
            << QByteArray(
                   "{\"purge_request\":{\"action\":\"EXPIRE\",\"uris\":[{\"match_mode\":\"EXACT_LITERAL\","
                   "\"uri_pattern\":\"http://acme.com/a.css\"}]}}");
        QTest::newRow("wildcard domain")
            << int(PurgeAction::Purge) << int(MatchKind::Prefix)
            << QStringList{QStringLiteral("http://*.example.net/images/")} << QString()
            << QByteArray(
                   "{\"purge_request\":{\"action\":\"PURGE\",\"uris\":[{\"match_mode\":\"PREFIX_LITERAL\","
                   "\"uri_pattern\":\"http://*.example.net/images/\"}]}}");
        QTest::newRow("cache key modifier")
            << int(PurgeAction::Purge) << int(MatchKind::Prefix)
            << QStringList{QStringLiteral("http://*.example.net/images/")} << QStringLiteral("device_type_*")
            << QByteArray(
                   "{\"purge_request\":{\"action\":\"PURGE\",\"uris\":[{\"cache_key_modifier_regex\":"
                   "\"device_type_*\","
                   "\"match_mode\":\"PREFIX_LITERAL\",\"uri_pattern\":\"http://*.example.net/images/\"}]}}");
    }
    void purgeRequest()
    {
        QFETCH(int, action);
        QFETCH(int, match);
        QFETCH(QStringList, targets);
        QFETCH(QString, modifier);
        QFETCH(QByteArray, body);
        const PurgeBatch b = batch(MatchKind(match), targets, PurgeAction(action), modifier);
        QCOMPARE(m_provider.validateBatch(source(), b), QString());
        const HttpRequestSpec spec = m_provider.buildRequest(source(), {}, b, kPassword);
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{"Authorization"});
        QVERIFY(!spec.redactedText().contains(kPassword));
        QVERIFY(!spec.redactedText().contains(QString::fromLatin1(kAuth)));

        m_server->enqueue(ScriptedReply::json(201, kAccepted));
        const std::optional<HttpReply> reply = exchange(spec);
        QVERIFY(reply);
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &seen = m_server->requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.pathAndQuery(), QStringLiteral("/acme/v1/cache/purge"));
        QCOMPARE(seen.header("Authorization"), kAuth);
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
        QCOMPARE(seen.body, body);

        const Outcome outcome = m_provider.interpretReply(source(), b, *reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Pending);
        QCOMPARE(outcome.statusRef, QStringLiteral("67804160"));
        QCOMPARE(outcome.providerId, QStringLiteral("67804160"));
        QCOMPARE(outcome.progressPercent, -1);
        QVERIFY(!outcome.message.contains(kPassword));
    }

    void acceptedReplies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("id");
        QTest::newRow("201") << 201 << kAccepted << QByteArray() << QStringLiteral("67804160");
        QTest::newRow("303") << 303 << kAccepted << QByteArray("/acme/v1/transactions/67804160")
                             << QStringLiteral("67804160");
        QTest::newRow("303, id only in Location")
            << 303 << QByteArray() << QByteArray("/acme/v1/transactions/555") << QStringLiteral("555");
        QTest::newRow("201, id only in status uri")
            << 201
            << QByteArray(
                   "{\"code\":201,\"purge_response\":{\"transaction_status_uri\":\"/transactions/77\"}}")
            << QByteArray() << QStringLiteral("77");
        QTest::newRow("201, id as text")
            << 201 << QByteArray("{\"transaction_id\":\"123\"}") << QByteArray() << QStringLiteral("123");
    }
    void acceptedReplies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, location);
        QFETCH(QString, id);
        ScriptedReply scripted = ScriptedReply::json(status, body);
        if (!location.isEmpty())
            scripted.withHeader("Location", location);
        const Outcome outcome = purgeWith(scripted);
        QCOMPARE(outcome.kind, Outcome::Kind::Pending);
        QCOMPARE(outcome.statusRef, id);
        QCOMPARE(outcome.providerId, id);
    }

    void malformedPurgeReply_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << 201 << QByteArray("<html>OK</html>");
        QTest::newRow("no id") << 201 << QByteArray("{\"code\":201,\"description\":\"OK\"}");
        QTest::newRow("truncated") << 201 << QByteArray("{\"code\":201,\"transaction_id\":678");
        QTest::newRow("zero id") << 201 << QByteArray("{\"transaction_id\":0}");
        QTest::newRow("303 empty") << 303 << QByteArray();
    }
    void malformedPurgeReply()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const Outcome outcome = purgeWith(ScriptedReply::json(status, body));
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QVERIFY2(outcome.message.startsWith(
                     QStringLiteral("malformed reply: HTTP %1 without a readable transaction_id; "
                                    "the purge may have been accepted")
                         .arg(status)),
                 qPrintable(outcome.message));
    }

    void errorReplies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const auto failed = int(Outcome::Kind::Failed);
        QTest::newRow("400")
            << 400 << QByteArray("{\"code\":400,\"description\":\"Domain acme.org not allowed\"}") << failed
            << QStringLiteral("HTTP 400: Instart Logic did not validate the request (the user may not be "
                              "allowed to purge this domain, or no configuration exists for the path): "
                              "Domain acme.org not allowed");
        QTest::newRow("403")
            << 403 << QByteArray("{\"code\":403,\"description\":\"Forbidden\"}") << failed
            << QStringLiteral("HTTP 403: authentication failed: Instart Logic rejected the user name and "
                              "password (or token); check the source's user setting and secret: Forbidden");
        QTest::newRow("405") << 405 << QByteArray("Method Not Allowed") << failed
                             << QStringLiteral(
                                    "HTTP 405: the API does not allow this method here; check the source's "
                                    "endpoint: Method Not Allowed");
        QTest::newRow("406") << 406 << QByteArray() << failed
                             << QStringLiteral(
                                    "HTTP 406: the API cannot answer in a format this request accepts");
        QTest::newRow("500") << 500 << QByteArray("{\"code\":500}") << int(Outcome::Kind::Retry)
                             << QStringLiteral("HTTP 500: {\"code\":500}");
        QTest::newRow("503") << 503 << QByteArray() << int(Outcome::Kind::Retry)
                             << QStringLiteral(
                                    "HTTP 503 — Instart Logic answers 503 above 2 purge requests per second "
                                    "per customer");
        QTest::newRow("501") << 501 << QByteArray() << failed << QStringLiteral("HTTP 501");
    }
    void errorReplies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const Outcome outcome = purgeWith(ScriptedReply::json(status, body));
        QCOMPARE(int(outcome.kind), kind);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.retryAfterMs, -1);
        QVERIFY(!outcome.message.contains(kPassword));
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        const Outcome outcome = purgeWith(ScriptedReply::json(429, "{}").withHeader("Retry-After", "7"));
        QCOMPARE(outcome.kind, Outcome::Kind::Retry);
        QCOMPARE(outcome.retryAfterMs, 7000);
    }

    void transportFailuresRetry()
    {
        const Outcome slow = purgeWith(ScriptedReply::slow(2000, 201, kAccepted), 300);
        QCOMPARE(slow.kind, Outcome::Kind::Retry);
        QVERIFY2(slow.message.startsWith(QStringLiteral("timeout")), qPrintable(slow.message));
        // HttpClient resends once when a kept-alive connection is dropped before any reply (the
        // server had timed it out), so every request of this exchange is dropped.
        m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::closed(); });
        const Outcome closed = purgeWith(ScriptedReply::closed());
        QCOMPARE(closed.kind, Outcome::Kind::Retry);
        QVERIFY2(closed.message.startsWith(QStringLiteral("network error")), qPrintable(closed.message));
    }

    void statusPollPendingThenSuccess()
    {
        const HttpRequestSpec spec =
            m_provider.buildStatusRequest(source(), {}, QStringLiteral("69737053"), kPassword);
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{"Authorization"});
        const Outcome pending = pollWith(ScriptedReply::json(200, kPending));
        const Outcome done = pollWith(ScriptedReply::json(200, kSucceeded));
        QCOMPARE(m_server->requests().size(), 2);
        for (const RecordedRequest &seen : m_server->requests()) {
            QCOMPARE(seen.method, QByteArray("GET"));
            QCOMPARE(seen.pathAndQuery(), QStringLiteral("/acme/v1/transactions/69737053"));
            QCOMPARE(seen.header("Authorization"), kAuth);
            QCOMPARE(seen.body, QByteArray());
        }
        QCOMPARE(pending.kind, Outcome::Kind::Pending);
        QCOMPARE(pending.statusRef, QStringLiteral("69737053"));
        QCOMPARE(pending.progressPercent, 87);
        QCOMPARE(pending.message, QStringLiteral("transaction 69737053 pending: Transaction is pending"));
        QCOMPARE(done.kind, Outcome::Kind::Succeeded);
        QCOMPARE(done.providerId, QStringLiteral("69737053"));
    }

    void statusReplies_data()
    {
        QTest::addColumn<ScriptedReply>("scripted");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const auto retry = int(Outcome::Kind::Retry);
        QTest::newRow("FAILED")
            << ScriptedReply::json(
                   200,
                   "{\"transaction_id\":5,\"transaction_response\":"
                   "{\"transaction_status\":\"FAILED\",\"transaction_status_description\":\"Edge error\"}}")
            << int(Outcome::Kind::Failed)
            << QStringLiteral("transaction 5 ended with status FAILED: Edge error");
        QTest::newRow("unknown status")
            << ScriptedReply::json(200, "{\"transaction_id\":5,\"transaction_response\":"
                                        "{\"transaction_status\":\"CANCELLED\"}}")
            << int(Outcome::Kind::Failed) << QStringLiteral("transaction 5 ended with status CANCELLED");
        QTest::newRow("malformed json")
            << ScriptedReply::json(200, "{\"transaction_id\":5,") << retry
            << QStringLiteral("malformed transaction status reply (not a JSON object): "
                              "{\"transaction_id\":5,");
        QTest::newRow("no status") << ScriptedReply::json(200, "{\"transaction_id\":5}") << retry
                                   << QStringLiteral(
                                          "malformed transaction status reply: no "
                                          "transaction_response.transaction_status: {\"transaction_id\":5}");
        QTest::newRow("pending without id")
            << ScriptedReply::json(200, "{\"transaction_response\":{\"transaction_status\":\"PENDING\"}}")
            << retry
            << QStringLiteral("malformed transaction status reply: PENDING without a transaction_id: "
                              "{\"transaction_response\":{\"transaction_status\":\"PENDING\"}}");
        QTest::newRow("403")
            << ScriptedReply::json(403, "{}") << int(Outcome::Kind::Failed)
            << QStringLiteral("HTTP 403: authentication failed: Instart Logic rejected the user name and "
                              "password (or token); check the source's user setting and secret: {}");
        QTest::newRow("503") << ScriptedReply::json(503, "") << retry
                             << QStringLiteral(
                                    "HTTP 503 — Instart Logic answers 503 above 2 purge requests per second "
                                    "per customer");
    }
    void statusReplies()
    {
        QFETCH(ScriptedReply, scripted);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const Outcome outcome = pollWith(scripted);
        QCOMPARE(int(outcome.kind), kind);
        QCOMPARE(outcome.message, message);
    }

    void statusClosedConnectionRetries()
    {
        m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::closed(); });
        const Outcome closed = pollWith(ScriptedReply::closed());
        QCOMPARE(closed.kind, Outcome::Kind::Retry);
        QVERIFY2(closed.message.startsWith(QStringLiteral("network error")), qPrintable(closed.message));
    }

    void validateBatch_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("modifier");
        QTest::addColumn<QString>("error");
        const int exact = int(MatchKind::Exact), prefix = int(MatchKind::Prefix);
        const auto row = [](const char *name, int match, const char *target, const char *modifier,
                            const char *error) {
            QTest::newRow(name) << match << QString::fromUtf8(target) << QString::fromUtf8(modifier)
                                << QString::fromUtf8(error);
        };
        row("exact", exact, "http://acme.com/img/a.jpg?v=2", "", "");
        row("https with port", exact, "https://acme.com:8443/a", "", "");
        row("wildcard exact", exact, "http://*.example.net/images/file.jpg", "", "");
        row("modifier with prefix", prefix, "http://*.example.net/images/", "device_type_tablet", "");
        row("modifier suffix wildcard", prefix, "http://acme.com/", "device_type_*", "");
        row("modifier with exact", exact, "http://acme.com/a.jpg", "device_type_tablet",
            "--cache-key-modifier works only with --match prefix: Instart Logic answers 400 Bad Request when "
            "cache_key_modifier_regex is sent with an exact match");
        row("modifier inner wildcard", prefix, "http://acme.com/", "device_*_tablet",
            "--cache-key-modifier \"device_*_tablet\": Instart Logic allows a '*' wildcard only at the end, "
            "as in "
            "\"device_type_*\"");
        row("modifier two wildcards", prefix, "http://acme.com/", "*device*",
            "--cache-key-modifier \"*device*\": Instart Logic allows a '*' wildcard only at the end, as in "
            "\"device_type_*\"");
        row("tag match", int(MatchKind::Tag), "logo", "",
            "provider instart does not support --match tag: use exact or prefix");
        row("ftp", exact, "ftp://acme.com/a", "",
            "malformed URL \"ftp://acme.com/a\": expected an absolute http:// or https:// URL");
        row("relative", exact, "/img/a.jpg", "",
            "malformed URL \"/img/a.jpg\": expected an absolute http:// or https:// URL");
        row("no path", prefix, "http://acme.com", "",
            "target \"http://acme.com\" has no path: add at least \"/\" after the host");
        row("no host", exact, "http:///a", "", "target \"http:///a\" has no host");
        row("inner wildcard host", exact, "http://img.*.acme.com/a", "",
            "target \"http://img.*.acme.com/a\": a '*' in the host is only allowed as its whole first label, "
            "as in "
            "http://*.example.net/");
        row("partial wildcard label", exact, "http://img*.acme.com/a", "",
            "target \"http://img*.acme.com/a\": a '*' in the host is only allowed as its whole first label, "
            "as in "
            "http://*.example.net/");
        row("bad host", exact, "http://acme..com/a", "",
            "target \"http://acme..com/a\": \"acme..com\" is not a valid host name (write internationalized "
            "names in "
            "their xn-- form)");
        row("bad port", exact, "http://acme.com:99999/a", "",
            "target \"http://acme.com:99999/a\" has an invalid port \"99999\"");
        row("credentials", exact, "http://u:p@acme.com/a", "",
            "target \"http://u:p@acme.com/a\" must not contain a user name or password");
        row("space", exact, "http://acme.com/a b.jpg", "",
            "target \"http://acme.com/a b.jpg\" contains white space or control characters");
        row("fragment", exact, "http://acme.com/a#top", "",
            "target \"http://acme.com/a#top\" must not contain a fragment (#...): caches never see it");
        row("glob in path", prefix, "http://acme.com/img/*", "",
            "target \"http://acme.com/img/*\": '*' in the path is taken literally by Instart Logic; use "
            "--match prefix "
            "with the path up to where the '*' was");
    }
    void validateBatch()
    {
        QFETCH(int, match);
        QFETCH(QString, target);
        QFETCH(QString, modifier);
        QFETCH(QString, error);
        const PurgeBatch b = batch(MatchKind(match), {QStringLiteral("http://acme.com/ok"), target},
                                   PurgeAction::Purge, modifier);
        QCOMPARE(m_provider.validateBatch(source(), b), error);
        QCOMPARE(m_provider.validateBatch(source(), batch(MatchKind::Exact, {})),
                 QStringLiteral("no targets given"));
        QCOMPARE(m_provider.validateBatch(source(), batch(MatchKind::All, {})),
                 QStringLiteral("provider instart does not support --match all: use exact or prefix"));
    }

    void validateSource_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("fine") << QString() << QString() << QString();
        QTest::newRow("poll settings")
            << QStringLiteral("poll_timeout") << QStringLiteral("600") << QString();
        QTest::newRow("no customer") << QStringLiteral("customer") << QString()
                                     << QStringLiteral(
                                            "setting customer is missing: set it to the company name of the "
                                            "Instart Logic account");
        QTest::newRow("customer path")
            << QStringLiteral("customer") << QStringLiteral("acme/v1")
            << QStringLiteral("setting customer \"acme/v1\" must be the bare company name: it "
                              "may not contain white space or any of / ? # % \\");
        QTest::newRow("user colon") << QStringLiteral("user") << QStringLiteral("a:b")
                                    << QStringLiteral("setting user \"a:b\" must not contain ':'");
        QTest::newRow("user newline")
            << QStringLiteral("user") << QStringLiteral("hsimpson\n")
            << QStringLiteral("setting user \"hsimpson\n\" has leading or trailing white space");
    }
    void validateSource()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, error);
        SourceConfig config = source();
        if (!key.isEmpty())
            config.settings.insert(key, value);
        QCOMPARE(m_provider.validateSource(config), error);
        config = source();
        config.endpoints = {QStringLiteral("https://a.example"), QStringLiteral("https://b.example")};
        QCOMPARE(m_provider.validateSource(config),
                 QStringLiteral("provider instart takes one --endpoint, but 2 were given"));
    }

    void rateKeySharedPerCustomer()
    {
        const QString first = m_provider.rateKey(source(QStringLiteral("acme"), 1));
        QCOMPARE(first, QStringLiteral("instart:acme"));
        QCOMPARE(m_provider.rateKey(source(QStringLiteral("ACME"), 2)), first);
        QCOMPARE(m_provider.rateKey(source(QStringLiteral("other"), 3)), QStringLiteral("instart:other"));
    }
};

QTEST_GUILESS_MAIN(TestProviderInstart)
#include "tst_provider_instart.moc"
