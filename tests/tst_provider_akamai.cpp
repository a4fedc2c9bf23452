// The Akamai Fast Purge v3 provider against a fake Akamai on 127.0.0.1 that checks every
// request's EdgeGrid signature with EdgeGridSigner::verify (and refuses a request changed by one
// byte), and answers with Fast Purge's documented replies: 201 with purgeId and
// estimatedSeconds, problem+json errors, 429 with its rate limit fields, 5xx, a timeout and a
// malformed body.
#include "providers/akamaiprovider.h"
#include "providers/edgegridsigner.h"
#include "providers/providerregistry.h"
#include "rawhttpserver.h"
#include "sendandwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>
#include <optional>

Q_DECLARE_METATYPE(ScriptedReply)

namespace {

const QString kClientToken = QStringLiteral("akab-client-token-xxx-xxxxxxxxxxxxxxxx");
const QString kAccessToken = QStringLiteral("akab-access-token-xxx-xxxxxxxxxxxxxxxx");
const QString kSecret = QStringLiteral("SOMESECRETEXAMPLEzVUeDfLXEKOURNVzaYrBKAFBbA=");
const QString kHost = QStringLiteral("akab-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net");

// The documented 201 (Fast Purge v3, "Invalidate by URL or ARL").
const QByteArray kAccepted =
    "{\"detail\":\"Request accepted\",\"estimatedSeconds\":5,\"httpStatus\":201,"
    "\"purgeId\":\"edcp-NZbXzFpHBjcJeryhw6PVgG\",\"supportId\":\"edcp-NZbXzFpHBjcJeryhw6PVgG\"}";

WireRequest wireOf(const RawRequest &request)
{
    return {request.method, QByteArrayLiteral("http"), request.target, request.headers, request.body};
}

ScriptedReply problem(int status, const QByteArray &title, const QByteArray &detail)
{
    ScriptedReply reply = ScriptedReply::json(
        status,
        "{\"describedBy\":\"https://techdocs.akamai.com/purge-cache/reference/api-errors\",\"detail\":\"" +
            detail + "\",\"httpStatus\":" + QByteArray::number(status) +
            ",\"supportId\":\"edcp-SUPPORT1\",\"title\":\"" + title + "\"}");
    reply.headers = {{"Content-Type", "application/api-problem+json"}};
    return reply;
}

} // namespace

class TestProviderAkamai : public QObject
{
    Q_OBJECT

    AkamaiProvider m_provider;
    std::unique_ptr<RawHttpServer> m_server;
    QStringList m_rejections; // what verify said about requests the fake refused

    SourceConfig source(const QString &clientToken = kClientToken, qint64 id = 1) const
    {
        SourceConfig config;
        config.id = id;
        config.name = QStringLiteral("akamai-%1").arg(id);
        config.type = QStringLiteral("akamai");
        if (m_server)
            config.endpoints = {m_server->baseUrl().toString()};
        config.settings = {{QStringLiteral("host"), kHost},
                           {QStringLiteral("client_token"), clientToken},
                           {QStringLiteral("access_token"), kAccessToken}};
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
    // The fake Akamai: a request whose signature does not verify gets Akamai's 401.
    void verifyingServer(const ScriptedReply &answer)
    {
        m_server->setHandler([this, answer](const RawRequest &request) {
            const QString problemText =
                EdgeGridSigner::verify(wireOf(request), {kClientToken, kAccessToken, kSecret});
            if (!problemText.isEmpty()) {
                m_rejections << problemText;
                return problem(401, "Unauthorized", "The signature does not match");
            }
            return answer;
        });
    }
    Outcome purgeWith(const ScriptedReply &scripted, const PurgeBatch &b, int timeoutMs = 5000)
    {
        verifyingServer(scripted);
        const std::optional<HttpReply> reply =
            exchangeOnce(m_provider.buildRequest(source(), {}, b, kSecret), timeoutMs);
        if (!reply)
            return Outcome::failed(QStringLiteral("TEST: no reply delivered"));
        return m_provider.interpretReply(source(), b, *reply);
    }
    Outcome purgeWith(const ScriptedReply &scripted, int timeoutMs = 5000)
    {
        return purgeWith(scripted, batch(MatchKind::Exact, {QStringLiteral("https://www.example.com/a.jpg")}),
                         timeoutMs);
    }

private slots:
    void secretFormat()
    {
        const SecretFormat &format = m_provider.info().secretFormat;
        // The client_secret of the official EdgeGrid test data.
        QVERIFY(format.fits(QStringLiteral("x").repeated(43) + QLatin1Char('=')));
        QVERIFY(!format.fits(QStringLiteral("client_secret = ") + QStringLiteral("x").repeated(43)));
        QVERIFY(
            !format.fits(QStringLiteral("akab-client-token-xxx-xxxxxxxxxxxxxxxx"))); // a token, not base64
    }

    void init()
    {
        m_server = std::make_unique<RawHttpServer>();
        QVERIFY(!m_server->start().isEmpty());
        m_rejections.clear();
    }
    void cleanup() { m_server.reset(); }

    void info()
    {
        const ProviderInfo &info = m_provider.info();
        QCOMPARE(info.type, QStringLiteral("akamai"));
        QCOMPARE(info.matches, (QList<MatchKind>{MatchKind::Exact, MatchKind::Tag, MatchKind::Object}));
        QCOMPARE(info.objectMatch.name, QStringLiteral("cpcode"));
        QCOMPARE(info.objectMatch.label, QStringLiteral("CP codes"));
        QVERIFY(info.supportsInvalidate);
        QVERIFY(!info.hasStatus);
        QVERIFY(!info.isLocal);
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Required);
        QCOMPARE(info.settingsFile.option, QStringLiteral("edgerc"));
        QCOMPARE(info.settingsFile.defaultSection, QStringLiteral("default"));
        QStringList keys;
        for (const SettingSpec &spec : info.settings)
            keys << spec.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("host"), QStringLiteral("client_token"),
                                    QStringLiteral("access_token"), QStringLiteral("network")}));
        QVERIFY(info.settings[0].required && info.settings[1].required && info.settings[2].required);
        QCOMPARE(info.settings[3].kind, SettingSpec::Kind::Choice);
        QCOMPARE(info.settings[3].choices,
                 (QStringList{QStringLiteral("staging"), QStringLiteral("production")}));
        QCOMPARE(info.settings[3].defaultValue, QStringLiteral("production"));
        // PROVIDERS.md / "Rate limiting": requests 100 @ 50/s; object buckets bound a request.
        QCOMPARE(info.limits.ratePerSecond, 50.0);
        QCOMPARE(info.limits.burst, 100);
        QCOMPARE(info.limits.maxBodyBytes, 50000);
        QCOMPARE(info.limits.maxBatchCount, 10000);
        QCOMPARE(info.limits.maxBatchCountByMatch.value(MatchKind::Object), 300);
        QCOMPARE(info.limits.maxBatchCountByMatch.value(MatchKind::Tag), 5000);
        const EffectiveLimits limits = EffectiveLimits::of(m_provider, source());
        QCOMPARE(limits.batchSizeFor(MatchKind::Exact), 10000);
        QCOMPARE(limits.batchSizeFor(MatchKind::Tag), 5000);
        QCOMPARE(limits.batchSizeFor(MatchKind::Object), 300);

        const ProviderRegistry &registry = ProviderRegistry::instance();
        QCOMPARE(registry.find(QStringLiteral("akamai"))->info().type, info.type);
        QVERIFY(registry.matchFromWord(QStringLiteral("cpcode")) ==
                std::optional<MatchKind>(MatchKind::Object));
        QVERIFY(registry.matchFromWord(QStringLiteral("object")) ==
                std::optional<MatchKind>(MatchKind::Object));
        QVERIFY(registry.matchFromWord(QStringLiteral("tag")) == std::optional<MatchKind>(MatchKind::Tag));
        QVERIFY(!registry.matchFromWord(QStringLiteral("cp")));
        QVERIFY(registry.matchWords().contains(QStringLiteral("cpcode")));
        QCOMPARE(matchName(MatchKind::Object), QStringLiteral("object")); // as stored
        QVERIFY(matchFromName(QStringLiteral("object")) == MatchKind::Object);
        QCOMPARE(registry.settingsFiles().size(), 1);
    }

    void purgePaths_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("path");
        const int purge = int(PurgeAction::Purge), invalidate = int(PurgeAction::Invalidate);
        QTest::newRow("delete url") << purge << int(MatchKind::Exact) << QStringLiteral("production")
                                    << QStringLiteral("/ccu/v3/delete/url/production");
        QTest::newRow("invalidate url staging")
            << invalidate << int(MatchKind::Exact) << QStringLiteral("staging")
            << QStringLiteral("/ccu/v3/invalidate/url/staging");
        QTest::newRow("delete tag") << purge << int(MatchKind::Tag) << QStringLiteral("production")
                                    << QStringLiteral("/ccu/v3/delete/tag/production");
        QTest::newRow("invalidate cpcode")
            << invalidate << int(MatchKind::Object) << QStringLiteral("production")
            << QStringLiteral("/ccu/v3/invalidate/cpcode/production");
    }
    void purgePaths()
    {
        QFETCH(int, action);
        QFETCH(int, match);
        QFETCH(QString, network);
        QFETCH(QString, path);
        QCOMPARE(AkamaiProvider::purgePath(PurgeAction(action), MatchKind(match), network), path);
    }

    void defaultBaseIsTheHost()
    {
        SourceConfig config = source();
        config.endpoints.clear();
        const HttpRequestSpec spec = m_provider.buildRequest(
            config, {}, batch(MatchKind::Exact, {QStringLiteral("https://www.example.com/a")}), kSecret);
        QCOMPARE(spec.url.toString(),
                 QStringLiteral("https://") + kHost + QStringLiteral("/ccu/v3/delete/url/production"));
        QCOMPARE(WireRequest::fromSpec(spec).host(), kHost.toLatin1());
        QVERIFY(EdgeGridSigner::verify(WireRequest::fromSpec(spec), {kClientToken, kAccessToken, kSecret})
                    .isEmpty());
    }

    void requestsOnTheWire_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("network");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("urls")
            << int(PurgeAction::Purge) << int(MatchKind::Exact) << QString()
            << QStringList{QStringLiteral("https://foo1.bar.com/some/path"),
                           QStringLiteral("http://foo2.bar.com/other?x=1")}
            << QByteArray("/ccu/v3/delete/url/production")
            << QByteArray(
                   "{\"objects\":[\"https://foo1.bar.com/some/path\",\"http://foo2.bar.com/other?x=1\"]}");
        QTest::newRow("tags, invalidate, staging")
            << int(PurgeAction::Invalidate) << int(MatchKind::Tag) << QStringLiteral("staging")
            << QStringList{QStringLiteral("fall-sale"), QStringLiteral("knits")}
            << QByteArray("/ccu/v3/invalidate/tag/staging")
            << QByteArray("{\"objects\":[\"fall-sale\",\"knits\"]}");
        QTest::newRow("cp codes are numbers")
            << int(PurgeAction::Purge) << int(MatchKind::Object) << QStringLiteral("production")
            << QStringList{QStringLiteral("12345"), QStringLiteral("98765")}
            << QByteArray("/ccu/v3/delete/cpcode/production") << QByteArray("{\"objects\":[12345,98765]}");
    }
    void requestsOnTheWire()
    {
        QFETCH(int, action);
        QFETCH(int, match);
        QFETCH(QString, network);
        QFETCH(QStringList, targets);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        SourceConfig config = source();
        if (!network.isEmpty())
            config.settings.insert(QStringLiteral("network"), network);
        const PurgeBatch b = batch(MatchKind(match), targets, PurgeAction(action));
        QCOMPARE(m_provider.validateBatch(config, b), QString());
        const HttpRequestSpec spec = m_provider.buildRequest(config, {}, b, kSecret);
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{"Authorization"});
        QVERIFY(!spec.redactedText().contains(kSecret));
        QVERIFY(spec.redactedText().contains(QStringLiteral("Authorization: [redacted]")));
        QVERIFY(!spec.redactedText().contains(QStringLiteral("signature=")));

        verifyingServer(ScriptedReply::json(201, kAccepted));
        const std::optional<HttpReply> reply = exchangeOnce(spec);
        QVERIFY(reply);
        QCOMPARE(m_rejections, QStringList());
        QCOMPARE(m_server->requests().size(), 1);
        const RawRequest &seen = m_server->requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.target, target);
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
        QVERIFY(seen.header("Authorization")
                    .startsWith(QByteArray("EG1-HMAC-SHA256 client_token=" + kClientToken.toLatin1() +
                                           ";access_token=" + kAccessToken.toLatin1() + ";timestamp=")));
        QCOMPARE(seen.body, body);
        const Outcome outcome = m_provider.interpretReply(config, b, *reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(outcome.providerId, QStringLiteral("edcp-NZbXzFpHBjcJeryhw6PVgG"));
        QCOMPARE(outcome.message,
                 QStringLiteral("accepted as edcp-NZbXzFpHBjcJeryhw6PVgG; expected done in ~5 s"));
    }

    // The fake's check is the server's: one byte changed anywhere it signs and it says no.
    void changedByOneByteIsRefused_data()
    {
        QTest::addColumn<QString>("part");
        QTest::newRow("body") << QStringLiteral("body");
        QTest::newRow("path") << QStringLiteral("path");
        QTest::newRow("host") << QStringLiteral("host");
        QTest::newRow("method") << QStringLiteral("method");
        QTest::newRow("signature") << QStringLiteral("signature");
    }
    void changedByOneByteIsRefused()
    {
        QFETCH(QString, part);
        const PurgeBatch b = batch(MatchKind::Exact, {QStringLiteral("https://www.example.com/a.jpg")});
        const HttpRequestSpec good = m_provider.buildRequest(source(), {}, b, kSecret);
        const EdgeGridCredentials credentials{kClientToken, kAccessToken, kSecret};
        QCOMPARE(EdgeGridSigner::verify(WireRequest::fromSpec(good), credentials), QString());
        WireRequest wire = WireRequest::fromSpec(good);
        if (part == QLatin1String("body"))
            wire.body[wire.body.size() - 5] = 'X';
        else if (part == QLatin1String("path"))
            wire.target.replace("delete", "delett");
        else if (part == QLatin1String("method"))
            wire.method = "PUT";
        else if (part == QLatin1String("host"))
            for (auto &[name, value] : wire.headers)
                if (name == "Host")
                    value[0] = '2';
        if (part == QLatin1String("signature"))
            for (auto &[name, value] : wire.headers)
                if (name == "Authorization")
                    value[value.size() - 3] = value[value.size() - 3] == 'A' ? 'B' : 'A';
        QVERIFY(!EdgeGridSigner::verify(wire, credentials).isEmpty());

        // The same on the wire: a body changed after signing reaches the fake, which refuses it.
        if (part != QLatin1String("body"))
            return;
        HttpRequestSpec tampered = good;
        tampered.body[tampered.body.size() - 5] = 'X';
        verifyingServer(ScriptedReply::json(201, kAccepted));
        const std::optional<HttpReply> reply = exchangeOnce(tampered);
        QVERIFY(reply);
        QCOMPARE(reply->status, 401);
        QCOMPARE(m_rejections, QStringList{QStringLiteral("the signature does not match the request")});
        const Outcome outcome = m_provider.interpretReply(source(), b, *reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QVERIFY2(outcome.message.startsWith(QStringLiteral("HTTP 401: authentication failed")),
                 qPrintable(outcome.message));
    }

    void signedWithFixedTimeAndNonce()
    {
        const QDateTime time(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const PurgeBatch b = batch(MatchKind::Tag, {QStringLiteral("logo")});
        const HttpRequestSpec first = m_provider.buildSignedRequest(source(), b, kSecret, time, "nonce-1");
        const HttpRequestSpec again = m_provider.buildSignedRequest(source(), b, kSecret, time, "nonce-1");
        QVERIFY(first.header("Authorization")
                    .startsWith(QByteArray("EG1-HMAC-SHA256 client_token=" + kClientToken.toLatin1() +
                                           ";access_token=" + kAccessToken.toLatin1() +
                                           ";timestamp=20240102T03:04:05+0000;nonce=nonce-1;signature=")));
        QCOMPARE(first.header("Authorization"), again.header("Authorization"));
        // Every request gets a fresh nonce and the current time.
        const HttpRequestSpec a = m_provider.buildRequest(source(), {}, b, kSecret);
        const HttpRequestSpec c = m_provider.buildRequest(source(), {}, b, kSecret);
        QVERIFY(a.header("Authorization") != c.header("Authorization"));
        // A secret pasted with a newline signs like the secret.
        QCOMPARE(m_provider.buildSignedRequest(source(), b, kSecret + QStringLiteral("\n"), time, "nonce-1")
                     .header("Authorization"),
                 first.header("Authorization"));
    }

    void errorReplies_data()
    {
        QTest::addColumn<ScriptedReply>("scripted");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("retryAfterMs");
        const int failed = int(Outcome::Kind::Failed), retry = int(Outcome::Kind::Retry);
        QTest::newRow("400") << problem(400, "bad URL hostname", "Invalid or malformed hostname") << failed
                             << QStringLiteral(
                                    "HTTP 400: Akamai did not accept the request (check the URLs, tags or "
                                    "CP codes): bad URL hostname: Invalid or malformed hostname (support "
                                    "id edcp-SUPPORT1)")
                             << qint64(-1);
        QTest::newRow("403") << problem(403, "unauthorized arl", "http://fpj-test.bad-ideas2.org/") << failed
                             << QStringLiteral(
                                    "HTTP 403: the API client may not purge this (check its CCU APIs grant "
                                    "and the properties the objects belong to): unauthorized arl: "
                                    "http://fpj-test.bad-ideas2.org/ (support id edcp-SUPPORT1)")
                             << qint64(-1);
        QTest::newRow("404") << problem(404, "Not Found", "") << failed
                             << QStringLiteral("HTTP 404: Not Found (support id edcp-SUPPORT1)")
                             << qint64(-1);
        QTest::newRow("413") << problem(413, "Request Entity Too Large", "") << int(Outcome::Kind::Split)
                             << QStringLiteral(
                                    "HTTP 413: Request Entity Too Large (support id edcp-SUPPORT1)")
                             << qint64(-1);
        QTest::newRow("429 Retry-After")
            << problem(429, "Rate Limit exceeded", "").withHeader("Retry-After", "7") << retry
            << QStringLiteral("HTTP 429: rate limit reached: Rate Limit exceeded "
                              "(support id edcp-SUPPORT1)")
            << qint64(7000);
        // "Rate limit response examples": the request bucket, refilled at 50 per second.
        QTest::newRow("429 request bucket")
            << ScriptedReply::json(429,
                                   "{\"title\":\"Rate Limit exceeded\",\"httpStatus\":429,\"rateLimit\":100,"
                                   "\"rateLimitCurrentRequestSize\":1,\"rateLimitRemaining\":0}")
                   .withHeader("X-Ratelimit-Remaining", "0")
                   .withHeader("X-Ratelimit-Limit-Per-Second", "50.00")
                   .withHeader("X-Ratelimit-Limit", "100")
            << retry << QStringLiteral("HTTP 429: rate limit reached: Rate Limit exceeded") << qint64(20);
        // The URL bucket: 110 wanted, 94 left, 200 per second: 16 tokens in 80 ms.
        QTest::newRow("429 URL bucket")
            << ScriptedReply::json(
                   429, "{\"title\":\"URL Rate Limit exceeded\",\"httpStatus\":429,\"rateLimit\":10000,"
                        "\"rateLimitCurrentRequestSize\":110,\"rateLimitRemaining\":94}")
                   .withHeader("X-Ratelimit-Remaining-Objects", "94")
                   .withHeader("X-Ratelimit-Limit-Per-Second-Objects", "200.00")
            << retry << QStringLiteral("HTTP 429: rate limit reached: URL Rate Limit exceeded") << qint64(80);
        QTest::newRow("429 without fields") << ScriptedReply::json(429, "") << retry
                                            << QStringLiteral("HTTP 429: rate limit reached") << qint64(5000);
        QTest::newRow("500") << problem(500, "internal error",
                                        "If problem persists, please contact Customer Care")
                             << retry
                             << QStringLiteral(
                                    "HTTP 500: internal error: If problem persists, please contact "
                                    "Customer Care (support id edcp-SUPPORT1)")
                             << qint64(-1);
        QTest::newRow("503") << ScriptedReply::json(503, "") << retry << QStringLiteral("HTTP 503")
                             << qint64(-1);
        QTest::newRow("507") << problem(507, "Insufficient Storage", "") << retry
                             << QStringLiteral("HTTP 507: Insufficient Storage (support id edcp-SUPPORT1)")
                             << qint64(-1);
        QTest::newRow("201 not json")
            << ScriptedReply::json(201, "<html>OK</html>") << failed
            << QStringLiteral("malformed reply: HTTP 201 without a readable purgeId; the "
                              "purge was probably accepted, but Akamai's answer cannot be "
                              "read: <html>OK</html>")
            << qint64(-1);
        QTest::newRow("201 no purgeId")
            << ScriptedReply::json(201, "{\"httpStatus\":201}") << failed
            << QStringLiteral("malformed reply: HTTP 201 without a readable purgeId; the "
                              "purge was probably accepted, but Akamai's answer cannot "
                              "be read: {\"httpStatus\":201}")
            << qint64(-1);
        QTest::newRow("201 without estimate")
            << ScriptedReply::json(201, "{\"purgeId\":\"p-1\"}") << int(Outcome::Kind::Succeeded)
            << QStringLiteral("accepted as p-1") << qint64(-1);
    }
    void errorReplies()
    {
        QFETCH(ScriptedReply, scripted);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);
        const Outcome outcome = purgeWith(scripted);
        QCOMPARE(m_rejections, QStringList());
        QCOMPARE(int(outcome.kind), kind);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.retryAfterMs, retryAfterMs);
        QVERIFY(!outcome.message.contains(kSecret));
    }

    // A CP code 429 without headers: the documented refill, 30 per minute.
    void cpCodeBucketRefill()
    {
        HttpReply reply;
        reply.status = 429;
        reply.body =
            "{\"title\":\"CPCODE Rate Limit exceeded\",\"rateLimit\":300,\"rateLimitCurrentRequestSize\":5,"
            "\"rateLimitRemaining\":1}";
        QCOMPARE(AkamaiProvider::throttleDelayMs(reply, MatchKind::Object, 0), qint64(8000));
        QCOMPARE(AkamaiProvider::throttleDelayMs(reply, MatchKind::Tag, 0), qint64(480)); // 4 at 500/min
    }

    void transportFailuresRetry()
    {
        const Outcome slow = purgeWith(ScriptedReply::slow(2000, 201, kAccepted), 300);
        QCOMPARE(slow.kind, Outcome::Kind::Retry);
        QVERIFY2(slow.message.startsWith(QStringLiteral("timeout")), qPrintable(slow.message));
        m_server->setHandler([](const RawRequest &) { return ScriptedReply::closed(); });
        const PurgeBatch b = batch(MatchKind::Exact, {QStringLiteral("https://www.example.com/a.jpg")});
        const std::optional<HttpReply> reply =
            exchangeOnce(m_provider.buildRequest(source(), {}, b, kSecret));
        QVERIFY(reply);
        const Outcome closed = m_provider.interpretReply(source(), b, *reply);
        QCOMPARE(closed.kind, Outcome::Kind::Retry);
        QVERIFY2(closed.message.startsWith(QStringLiteral("network error")), qPrintable(closed.message));
    }

    void validateBatch_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("error");
        const int exact = int(MatchKind::Exact), tag = int(MatchKind::Tag), cpcode = int(MatchKind::Object);
        QTest::newRow("url") << exact << QStringLiteral("https://www.example.com/a.jpg?v=1") << QString();
        QTest::newRow("relative url")
            << exact << QStringLiteral("/a.jpg")
            << QStringLiteral("malformed URL \"/a.jpg\": expected an absolute http:// or "
                              "https:// URL");
        QTest::newRow("tag") << tag << QStringLiteral("fall-sale_2024.v1") << QString();
        QTest::newRow("tag 128") << tag << QString(128, QLatin1Char('t')) << QString();
        QTest::newRow("tag 129") << tag << QString(129, QLatin1Char('t'))
                                 << QStringLiteral("cache tag \"%1\" is longer than Akamai's 128 characters")
                                        .arg(QString(129, QLatin1Char('t')));
        QTest::newRow("tag space") << tag << QStringLiteral("fall sale")
                                   << QStringLiteral(
                                          "cache tag \"fall sale\" may hold only letters, digits and "
                                          "!#$%&'+./^_`|~-");
        QTest::newRow("tag star") << tag << QStringLiteral("sale*")
                                  << QStringLiteral("cache tag \"sale*\" may hold only letters, digits and "
                                                    "!#$%&'+./^_`|~-");
        QTest::newRow("cpcode") << cpcode << QStringLiteral("12345") << QString();
        QTest::newRow("cpcode word") << cpcode << QStringLiteral("abc")
                                     << QStringLiteral(
                                            "CP code \"abc\" is not a CP code number such as 12345");
        QTest::newRow("cpcode zero") << cpcode << QStringLiteral("0")
                                     << QStringLiteral("CP code \"0\" is not a CP code number such as 12345");
        QTest::newRow("prefix") << int(MatchKind::Prefix) << QStringLiteral("https://www.example.com/img/")
                                << QStringLiteral(
                                       "provider akamai does not support --match prefix: use exact, tag "
                                       "or cpcode");
    }
    void validateBatch()
    {
        QFETCH(int, match);
        QFETCH(QString, target);
        QFETCH(QString, error);
        QCOMPARE(m_provider.validateBatch(source(), batch(MatchKind(match), {target})), error);
        QCOMPARE(m_provider.validateBatch(source(), batch(MatchKind::Tag, {})),
                 QStringLiteral("no targets given"));
    }

    void validateSource_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("fine") << QString() << QString() << QString();
        QTest::newRow("staging") << QStringLiteral("network") << QStringLiteral("staging") << QString();
        QTest::newRow("no host")
            << QStringLiteral("host") << QString()
            << QStringLiteral("setting host is missing: set it to the API client's host from .edgerc (or use "
                              "--edgerc FILE)");
        QTest::newRow("host with scheme")
            << QStringLiteral("host") << QStringLiteral("https://akab-x.luna.akamaiapis.net")
            << QStringLiteral(
                   "setting host \"https://akab-x.luna.akamaiapis.net\" must be the bare host name, "
                   "without http:// or https://");
        QTest::newRow("host with path")
            << QStringLiteral("host") << QStringLiteral("akab-x.luna.akamaiapis.net/ccu")
            << QStringLiteral("setting host \"akab-x.luna.akamaiapis.net/ccu\" is not a host name such as "
                              "akab-xxxx.luna.akamaiapis.net");
        QTest::newRow("no client token")
            << QStringLiteral("client_token") << QString()
            << QStringLiteral(
                   "setting client_token is missing: copy it from the API client's .edgerc (or use "
                   "--edgerc FILE)");
        QTest::newRow("access token with space")
            << QStringLiteral("access_token") << QStringLiteral("akab-access token")
            << QStringLiteral(
                   "setting access_token contains white space, ';' or a character outside printable "
                   "ASCII; copy it again from the API client's .edgerc");
        QTest::newRow("client token with ;")
            << QStringLiteral("client_token") << QStringLiteral("akab-a;b")
            << QStringLiteral(
                   "setting client_token contains white space, ';' or a character outside printable "
                   "ASCII; copy it again from the API client's .edgerc");
        QTest::newRow("bad network") << QStringLiteral("network") << QStringLiteral("prod")
                                     << QStringLiteral(
                                            "setting network is \"prod\": expected staging or production");
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
                 QStringLiteral("provider akamai takes one --endpoint, but 2 were given"));
    }

    void importSettings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("error");
        const QString good =
            QStringLiteral("[default]\nclient_secret = %1\nhost = https://%2/\naccess_token = %3\n"
                           "client_token = %4\nmax-body = 8192\n\n[ccu]\nclient_secret = other=\n"
                           "host = akab-ccu.luna.akamaiapis.net\naccess_token = akab-a2\n"
                           "client_token = akab-c2\n")
                .arg(kSecret, kHost, kAccessToken, kClientToken);
        QTest::newRow("default") << good << QString() << QString();
        QTest::newRow("section") << good << QStringLiteral("ccu") << QString();
        QTest::newRow("missing section")
            << good << QStringLiteral("papi")
            << QStringLiteral("no [papi] section: the file has [default], [ccu]");
        QTest::newRow("missing key")
            << QStringLiteral("[default]\nhost = akab-x.luna.akamaiapis.net\nclient_token = c\n") << QString()
            << QStringLiteral("line 1: [default] lacks client_secret, access_token");
    }
    void importSettings()
    {
        QFETCH(QString, text);
        QFETCH(QString, section);
        QFETCH(QString, error);
        QMap<QString, QString> settings;
        QString secret;
        QString problem;
        const bool ok = m_provider.importSettings(text, section, &settings, &secret, &problem);
        QCOMPARE(problem, error);
        QCOMPARE(ok, error.isEmpty());
        if (!ok) {
            QVERIFY(!problem.contains(kSecret));
            return;
        }
        if (section.isEmpty()) {
            QCOMPARE(settings, (QMap<QString, QString>{{QStringLiteral("host"), kHost},
                                                       {QStringLiteral("client_token"), kClientToken},
                                                       {QStringLiteral("access_token"), kAccessToken}}));
            QCOMPARE(secret, kSecret);
        } else {
            QCOMPARE(settings.value(QStringLiteral("host")), QStringLiteral("akab-ccu.luna.akamaiapis.net"));
            QCOMPARE(secret, QStringLiteral("other="));
        }
        SourceConfig config = source();
        config.settings = settings;
        QCOMPARE(m_provider.validateSource(config), QString());
    }

    void rateKeySharedPerClient()
    {
        QCOMPARE(m_provider.rateKey(source(kClientToken, 1)), m_provider.rateKey(source(kClientToken, 2)));
        QVERIFY(m_provider.rateKey(source(kClientToken, 1)) !=
                m_provider.rateKey(source(QStringLiteral("akab-o"), 3)));
        QCOMPARE(m_provider.capacityKey(source()), m_provider.rateKey(source()));
    }
};

QTEST_GUILESS_MAIN(TestProviderAkamai)
#include "tst_provider_akamai.moc"
