#include "providers/cloudflareprovider.h"
#include "providers/providerregistry.h"
#include "rawhttpserver.h"
#include "sendandwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(ScriptedReply)

static const QString kZone = QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353");
static const QString kAccount = QStringLiteral("0123456789abcdef0123456789abcdef");
static const QString kToken = QStringLiteral("cf-T0KEN-s3cret");
// The documented success and failure envelopes (API reference, zone-purge).
static const QByteArray kOk = "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":"
                              "\"023e105f4ecef8ad9ca31a8372d0c353\"}}";

class TestProviderCloudflare : public QObject
{
    Q_OBJECT

    CloudflareProvider m_provider;
    std::unique_ptr<RawHttpServer> m_server;

    SourceConfig source(const QMap<QString, QString> &extra = {}) const
    {
        SourceConfig config;
        config.id = 3;
        config.name = QStringLiteral("cf");
        config.type = QStringLiteral("cloudflare");
        if (m_server)
            config.endpoints = {m_server->baseUrl().toString()};
        config.settings = {{QStringLiteral("zone"), kZone}};
        config.settings.insert(extra);
        return config;
    }
    static SourceConfig plan(const QString &name)
    {
        SourceConfig config;
        config.settings = {{QStringLiteral("zone"), kZone}, {QStringLiteral("plan"), name}};
        return config;
    }
    static PurgeBatch batch(MatchKind match, const QStringList &targets, const QStringList &headers = {})
    {
        PurgeBatch b;
        b.match = match;
        b.targets = targets;
        if (!headers.isEmpty())
            b.options.insert(QStringLiteral("header"), headers);
        return b;
    }
    // Sends the batch and returns what arrived at the server.
    RawRequest sent(const PurgeBatch &b, const SourceConfig &config)
    {
        m_server->clear();
        const HttpRequestSpec spec = m_provider.buildRequest(config, {}, b, kToken + QLatin1Char('\n'));
        [&] {
            QVERIFY(spec.isValid());
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
    static QStringList urls(int count)
    {
        QStringList result;
        for (int i = 0; i < count; ++i)
            result << QStringLiteral("https://www.example.com/img/%1.jpg").arg(i);
        return result;
    }

private slots:
    // Check's form test: every documented kind of credential fits (legacy 40-character tokens,
    // 37-hex-digit Global API keys, the prefixed scannable formats); pasted mistakes do not.
    void secretFormat()
    {
        const SecretFormat &format = m_provider.info().secretFormat;
        QVERIFY(format.declared());
        QVERIFY(format.fits(QStringLiteral("a").repeated(40)));
        QVERIFY(format.fits(QStringLiteral("1234567890abcdef1234567890abcdef12345")));
        QVERIFY(format.fits(QStringLiteral("cfut_") + QStringLiteral("Ab9_-").repeated(8) +
                            QStringLiteral("x1y2")));
        QVERIFY(format.fits(QStringLiteral("b").repeated(40) + QLatin1Char('\n'))); // trimmed, as sent
        QVERIFY(!format.fits(QStringLiteral("Bearer ") + QStringLiteral("a").repeated(40)));
        QVERIFY(!format.fits(QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353"))); // a zone ID, 32 hex
    }

    void init()
    {
        m_server = std::make_unique<RawHttpServer>();
        QVERIFY(!m_server->start().isEmpty());
        m_server->setHandler([](const RawRequest &) { return ScriptedReply::json(200, kOk); });
    }
    void cleanup() { m_server.reset(); }

    void info()
    {
        const ProviderInfo &info = m_provider.info();
        QCOMPARE(info.type, QStringLiteral("cloudflare"));
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Required);
        QCOMPARE(info.matches, (QList<MatchKind>{MatchKind::Exact, MatchKind::Prefix, MatchKind::Tag,
                                                 MatchKind::Host, MatchKind::All}));
        QVERIFY(!info.supportsInvalidate);
        QVERIFY(!info.hasStatus);
        QCOMPARE(info.defaultEndpoint, QStringLiteral("https://api.cloudflare.com/client/v4"));
        QStringList keys;
        for (const SettingSpec &spec : info.settings)
            keys << spec.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("zone"), QStringLiteral("plan"), QStringLiteral("email"),
                                    QStringLiteral("account")}));
        QVERIFY(info.settings.at(0).required);
        QCOMPARE(info.settings.at(1).kind, SettingSpec::Kind::Choice);
        QCOMPARE(info.settings.at(1).choices,
                 (QStringList{QStringLiteral("free"), QStringLiteral("pro"), QStringLiteral("business"),
                              QStringLiteral("enterprise")}));
        QCOMPARE(info.settings.at(1).defaultValue, QStringLiteral("free"));
        QVERIFY(!info.settings.at(2).required);
        QCOMPARE(info.planSetting, QStringLiteral("plan"));
        QCOMPARE(info.options.size(), 1);
        const OptionSpec &header = info.options.first();
        QCOMPARE(header.key, QStringLiteral("header"));
        QCOMPARE(header.kind, OptionSpec::Kind::Header);
        QVERIFY(header.repeatable);
        QCOMPARE(header.matches, QList<MatchKind>{MatchKind::Exact});
        // The form's defaults are the default plan's.
        QCOMPARE(info.limits.maxBatchCount, 30);
        QCOMPARE(info.limits.ratePerSecond, 5.0 / 60.0);
        QCOMPARE(info.limits.burst, 25);
    }

    void planLimits_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("items");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("burst");
        QTest::addColumn<QString>("bucket");
        const int exact = int(MatchKind::Exact), tag = int(MatchKind::Tag), prefix = int(MatchKind::Prefix),
                  host = int(MatchKind::Host), all = int(MatchKind::All);
        QTest::newRow("free exact") << "free" << exact << 30 << 5.0 / 60.0 << 25 << QString();
        QTest::newRow("free tag") << "free" << tag << 30 << 5.0 / 60.0 << 25 << QString();
        QTest::newRow("free all") << "free" << all << 30 << 5.0 / 60.0 << 25 << QString();
        QTest::newRow("pro exact") << "pro" << exact << 30 << 5.0 << 25 << QString();
        QTest::newRow("pro host") << "pro" << host << 30 << 5.0 << 25 << QString();
        QTest::newRow("business exact") << "business" << exact << 30 << 10.0 << 50 << QString();
        QTest::newRow("business prefix") << "business" << prefix << 30 << 10.0 << 50 << QString();
        QTest::newRow("enterprise exact") << "enterprise" << exact << 500 << 6.0 << 6 << "single-file";
        QTest::newRow("enterprise tag") << "enterprise" << tag << 30 << 50.0 << 500 << QString();
        QTest::newRow("enterprise all") << "enterprise" << all << 30 << 50.0 << 500 << QString();
        QTest::newRow("default is free") << QString() << exact << 30 << 5.0 / 60.0 << 25 << QString();
    }
    void planLimits()
    {
        QFETCH(QString, plan);
        QFETCH(int, match);
        QFETCH(int, items);
        QFETCH(double, rate);
        QFETCH(int, burst);
        QFETCH(QString, bucket);
        SourceConfig config = this->plan(plan);
        if (plan.isEmpty())
            config.settings.remove(QStringLiteral("plan"));
        const EffectiveLimits limits = EffectiveLimits::of(m_provider, config, MatchKind(match));
        QCOMPARE(limits.batchSize, items);
        QCOMPARE(limits.ratePerSecond, rate);
        QCOMPARE(limits.burst, burst);
        QCOMPARE(m_provider.info().rateBucket(config, MatchKind(match)), bucket);
        // No window is over the documented rate: the bucket refills at it and holds at most the
        // documented bucket, so one minute holds at most burst + 60 * rate requests.
        QVERIFY(limits.burst + 60 * limits.ratePerSecond <= burst + 60 * rate + 1e-9);
        // A source's batch_size lowers the items per request, never raises them.
        config.settings.insert(QStringLiteral("batch_size"), QStringLiteral("7"));
        QCOMPARE(EffectiveLimits::of(m_provider, config, MatchKind(match)).batchSize, 7);
        config.settings.insert(QStringLiteral("batch_size"), QStringLiteral("100000"));
        QCOMPARE(EffectiveLimits::of(m_provider, config, MatchKind(match)).batchSize, items);
    }

    // The free plan's 5 per minute is 1/12 per second, not 5 per second.
    void freePlanIsPerMinute()
    {
        const EffectiveLimits limits =
            EffectiveLimits::of(m_provider, plan(QStringLiteral("free")), MatchKind::Tag);
        QVERIFY(qAbs(limits.ratePerSecond * 60 - 5) < 1e-9);
    }

    // Every item count up to the plan's limit fits one request; the planner splits above it.
    void batchBoundaries_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("limit");
        QTest::newRow("free exact") << "free" << int(MatchKind::Exact) << 30;
        QTest::newRow("pro exact") << "pro" << int(MatchKind::Exact) << 30;
        QTest::newRow("business exact") << "business" << int(MatchKind::Exact) << 30;
        QTest::newRow("enterprise exact") << "enterprise" << int(MatchKind::Exact) << 500;
        QTest::newRow("enterprise tag") << "enterprise" << int(MatchKind::Tag) << 30;
        QTest::newRow("free host") << "free" << int(MatchKind::Host) << 30;
    }
    void batchBoundaries()
    {
        QFETCH(QString, plan);
        QFETCH(int, match);
        QFETCH(int, limit);
        const SourceConfig config = this->plan(plan);
        const int batchSize = EffectiveLimits::of(m_provider, config, MatchKind(match)).batchSize;
        QCOMPARE(batchSize, limit);
        for (int count : {limit - 1, limit, limit + 1}) {
            QStringList targets;
            for (int i = 0; i < count; ++i)
                targets << (MatchKind(match) == MatchKind::Exact
                                ? QStringLiteral("https://www.example.com/%1").arg(i)
                            : MatchKind(match) == MatchKind::Host ? QStringLiteral("h%1.example.com").arg(i)
                                                                  : QStringLiteral("tag-%1").arg(i));
            QCOMPARE(m_provider.validateBatch(config, batch(MatchKind(match), targets)), QString());
            const int requests = (count + batchSize - 1) / batchSize;
            QCOMPARE(requests, count <= limit ? 1 : 2);
            // A full batch is one well-formed body with every item.
            const HttpRequestSpec spec = m_provider.buildRequest(
                config, {}, batch(MatchKind(match), targets.mid(0, batchSize)), kToken);
            const QJsonObject body = QJsonDocument::fromJson(spec.body).object();
            QCOMPARE(body.begin().value().toArray().size(), qMin(count, limit));
        }
    }

    void tokenRequest()
    {
        const RawRequest got = sent(batch(MatchKind::Exact, urls(2)), source());
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.target, QByteArray("/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache"));
        QCOMPARE(got.header("Authorization"), QByteArray("Bearer cf-T0KEN-s3cret"));
        QCOMPARE(got.headerCount("X-Auth-Key"), 0);
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(
            got.body,
            QByteArray(
                "{\"files\":[\"https://www.example.com/img/0.jpg\",\"https://www.example.com/img/1.jpg\"]}"));
    }

    void globalKeyRequest()
    {
        const SourceConfig config = source({{QStringLiteral("email"), QStringLiteral("ops@example.com")}});
        const HttpRequestSpec spec = m_provider.buildRequest(config, {}, batch(MatchKind::All, {}), kToken);
        QVERIFY(spec.secretHeaders.contains("X-Auth-Key"));
        QVERIFY(!spec.redactedText().contains(kToken));
        const RawRequest got = sent(batch(MatchKind::All, {}), config);
        QCOMPARE(got.header("X-Auth-Email"), QByteArray("ops@example.com"));
        QCOMPARE(got.header("X-Auth-Key"), QByteArray("cf-T0KEN-s3cret"));
        QCOMPARE(got.headerCount("Authorization"), 0);
        QCOMPARE(got.body, QByteArray("{\"purge_everything\":true}"));
    }

    void defaultEndpoint()
    {
        SourceConfig config = source();
        config.endpoints.clear();
        QCOMPARE(m_provider.buildRequest(config, {}, batch(MatchKind::All, {}), kToken).url.toString(),
                 QStringLiteral("https://api.cloudflare.com/client/v4/zones/%1/purge_cache").arg(kZone));
    }

    void bodies_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("exact with query")
            << int(MatchKind::Exact) << QStringList{QStringLiteral("https://www.example.com/a%20b.css?v=2")}
            << QStringList() << QByteArray("{\"files\":[\"https://www.example.com/a%20b.css?v=2\"]}");
        QTest::newRow("exact with cache-key headers")
            << int(MatchKind::Exact)
            << QStringList{QStringLiteral("http://www.example.com/cat.jpg"),
                           QStringLiteral("http://www.example.com/dog.jpg")}
            << QStringList{QStringLiteral("CF-IPCountry:US"), QStringLiteral("CF-Device-Type: desktop"),
                           QStringLiteral("Origin:https://www.example.com")}
            << QByteArray(
                   "{\"files\":[{\"headers\":{\"CF-Device-Type\":\"desktop\",\"CF-IPCountry\":\"US\","
                   "\"Origin\":\"https://www.example.com\"},"
                   "\"url\":\"http://www.example.com/"
                   "cat.jpg\"},{\"headers\":{\"CF-Device-Type\":\"desktop\",\"CF-IPCountry\":\"US\","
                   "\"Origin\":\"https://www.example.com\"},\"url\":\"http://www.example.com/dog.jpg\"}]}");
        QTest::newRow("prefix without scheme")
            << int(MatchKind::Prefix)
            << QStringList{QStringLiteral("https://www.example.com/foo"),
                           QStringLiteral("images.example.com/bar/baz")}
            << QStringList()
            << QByteArray("{\"prefixes\":[\"www.example.com/foo\",\"images.example.com/bar/baz\"]}");
        QTest::newRow("hosts") << int(MatchKind::Host)
                               << QStringList{QStringLiteral("www.example.com"),
                                              QStringLiteral("images.example.com")}
                               << QStringList()
                               << QByteArray("{\"hosts\":[\"www.example.com\",\"images.example.com\"]}");
        QTest::newRow("tags") << int(MatchKind::Tag)
                              << QStringList{QStringLiteral("a-cache-tag"), QStringLiteral("another")}
                              << QStringList() << QByteArray("{\"tags\":[\"a-cache-tag\",\"another\"]}");
        QTest::newRow("everything") << int(MatchKind::All) << QStringList() << QStringList()
                                    << QByteArray("{\"purge_everything\":true}");
    }
    void bodies()
    {
        QFETCH(int, match);
        QFETCH(QStringList, targets);
        QFETCH(QStringList, headers);
        QFETCH(QByteArray, body);
        const PurgeBatch b = batch(MatchKind(match), targets, headers);
        QCOMPARE(m_provider.validateBatch(source(), b), QString());
        const RawRequest got = sent(b, source());
        QCOMPARE(got.target, QByteArray("/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache"));
        QCOMPARE(got.body, body);
    }

    void replies_data()
    {
        QTest::addColumn<ScriptedReply>("reply");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message"); // exact with a leading '=', else a substring
        QTest::addColumn<qint64>("retryAfterMs");
        const int ok = int(Outcome::Kind::Succeeded), failed = int(Outcome::Kind::Failed),
                  retry = int(Outcome::Kind::Retry), split = int(Outcome::Kind::Split);
        QTest::newRow("200 documented")
            << ScriptedReply::json(200, kOk) << ok << QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353")
            << QStringLiteral("=") << qint64(-1);
        QTest::newRow("200 success false")
            << ScriptedReply::json(200,
                                   "{\"success\":false,\"errors\":[{\"code\":1012,\"message\":\"Request must "
                                   "contain one of \\\"purge_everything\\\", \\\"files\\\", \\\"tags\\\", "
                                   "\\\"hosts\\\" or \\\"prefixes\\\"\"}],\"messages\":[],\"result\":null}")
            << failed << QString()
            << QStringLiteral("=Cloudflare answered HTTP 200 but reported failure: code 1012: Request must "
                              "contain one of "
                              "\"purge_everything\", \"files\", \"tags\", \"hosts\" or \"prefixes\"")
            << qint64(-1);
        QTest::newRow("200 success without id")
            << ScriptedReply::json(200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":null}")
            << ok << QString() << QStringLiteral("=accepted; the reply carries no purge id") << qint64(-1);
        QTest::newRow("200 malformed")
            << ScriptedReply::json(200, "{\"success\":tr") << failed << QString()
            << QStringLiteral("=malformed reply: HTTP 200 without Cloudflare's JSON envelope, so "
                              "it is unknown whether the purge was accepted: {\"success\":tr")
            << qint64(-1);
        QTest::newRow("200 empty") << ScriptedReply::json(200, "") << failed << QString()
                                   << QStringLiteral("empty body") << qint64(-1);
        QTest::newRow("400 code and message")
            << ScriptedReply::json(
                   400, "{\"success\":false,\"errors\":[{\"code\":1015,\"message\":\"Purge request exceeds "
                        "the allowed number of files\"}],\"messages\":[],\"result\":null}")
            << failed << QString()
            << QStringLiteral("=HTTP 400: Cloudflare rejected the purge of 1 item(s): code 1015: Purge "
                              "request exceeds the "
                              "allowed number of files")
            << qint64(-1);
        QTest::newRow("403 auth") << ScriptedReply::json(
                                         403, "{\"success\":false,\"errors\":[{\"code\":10000,\"message\":"
                                              "\"Authentication error\"}],\"messages\":[],\"result\":null}")
                                  << failed << QString() << QStringLiteral("code 10000: Authentication error")
                                  << qint64(-1);
        QTest::newRow("404 zone")
            << ScriptedReply::json(404, "{\"success\":false,\"errors\":[{\"code\":7003,\"message\":\"No "
                                        "route for the URI\"}],\"messages\":[],\"result\":null}")
            << failed << QString()
            << QStringLiteral(
                   "=HTTP 404: no such zone or API path; check the source's zone and endpoint: code 7003: No "
                   "route for the URI")
            << qint64(-1);
        QTest::newRow("422") << ScriptedReply::json(422,
                                                    "{\"success\":false,\"errors\":[{\"code\":1004,"
                                                    "\"message\":\"bad\"}],\"messages\":[],\"result\":null}")
                             << failed << QString() << QStringLiteral("=HTTP 422: code 1004: bad")
                             << qint64(-1);
        QTest::newRow("429 retry-after")
            << ScriptedReply::json(
                   429, "{\"success\":false,\"errors\":[{\"code\":971,\"message\":\"Please wait and consider "
                        "throttling your request speed\"}],\"messages\":[],\"result\":null}")
                   .withHeader("Retry-After", "12")
            << retry << QString()
            << QStringLiteral("=HTTP 429: over Cloudflare's purge rate limit: code 971: Please wait and "
                              "consider throttling "
                              "your request speed")
            << qint64(12000);
        QTest::newRow("413") << ScriptedReply::json(413, "too big") << split << QString()
                             << QStringLiteral("HTTP 413") << qint64(-1);
        QTest::newRow("500 html") << ScriptedReply::json(500, "<html>oops</html>") << retry << QString()
                                  << QStringLiteral("=HTTP 500: <html>oops</html>") << qint64(-1);
        QTest::newRow("503 envelope")
            << ScriptedReply::json(
                   503,
                   "{\"success\":false,\"errors\":[{\"code\":10001,\"message\":\"service unavailable\"}]}")
            << retry << QString() << QStringLiteral("=HTTP 503: code 10001: service unavailable")
            << qint64(-1);
        QTest::newRow("401 echoing a bearer token")
            << ScriptedReply::json(401, "{\"success\":false,\"errors\":[{\"code\":6003,\"message\":\"Invalid "
                                        "header Bearer cf-T0KEN-s3cret\"}]}")
            << failed << QString() << QStringLiteral("Bearer [redacted]") << qint64(-1);
    }
    void replies()
    {
        QFETCH(ScriptedReply, reply);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);
        const Outcome outcome = replyTo(reply, batch(MatchKind::Exact, urls(1)));
        QCOMPARE(int(outcome.kind), kind);
        QCOMPARE(outcome.providerId, id);
        if (message.startsWith(QLatin1Char('=')))
            QCOMPARE(outcome.message, message.mid(1));
        else
            QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
        QCOMPARE(outcome.retryAfterMs, retryAfterMs);
        QVERIFY(!outcome.message.contains(kToken));
    }

    void timeoutRetries()
    {
        const Outcome outcome =
            replyTo(ScriptedReply::slow(2000, 200, kOk), batch(MatchKind::Exact, urls(1)), 300);
        QCOMPARE(outcome.kind, Outcome::Kind::Retry);
        QVERIFY2(outcome.message.startsWith(QStringLiteral("timeout")), qPrintable(outcome.message));
    }

    void closedConnectionRetries()
    {
        m_server->setHandler([](const RawRequest &) { return ScriptedReply::closed(); });
        const PurgeBatch b = batch(MatchKind::Exact, urls(1));
        const Outcome outcome = m_provider.interpretReply(
            source(), b, sendAndWait(m_provider.buildRequest(source(), {}, b, kToken)));
        QCOMPARE(outcome.kind, Outcome::Kind::Retry);
    }

    void validateBatch_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("action");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QString>("error");
        const int exact = int(MatchKind::Exact), prefix = int(MatchKind::Prefix), host = int(MatchKind::Host),
                  tag = int(MatchKind::Tag), all = int(MatchKind::All), purge = int(PurgeAction::Purge);
        const QStringList one{QStringLiteral("https://www.example.com/a.jpg")};
        QTest::newRow("exact ok") << exact << purge << one << QStringList() << QString();
        QTest::newRow("invalidate")
            << exact << int(PurgeAction::Invalidate) << one << QStringList()
            << QStringLiteral("provider cloudflare does not support --action invalidate: its API "
                              "has no soft purge");
        QTest::newRow("no targets") << exact << purge << QStringList() << QStringList()
                                    << QStringLiteral("no targets given");
        QTest::newRow("all with targets") << all << purge << one << QStringList()
                                          << QStringLiteral("--match all takes no targets, but 1 were given");
        QTest::newRow("relative url")
            << exact << purge << QStringList{QStringLiteral("a.jpg")} << QStringList()
            << QStringLiteral("malformed URL \"a.jpg\": expected an absolute http:// or https:// URL");
        QTest::newRow("header on prefix")
            << prefix << purge << QStringList{QStringLiteral("www.example.com/a")}
            << QStringList{QStringLiteral("CF-IPCountry:US")}
            << QStringLiteral("option header works only with --match exact");
        QTest::newRow("malformed header")
            << exact << purge << one << QStringList{QStringLiteral("no colon")}
            << QStringLiteral("option header \"no colon\": expected NAME:VALUE with a valid "
                              "header name");
        QTest::newRow("header twice")
            << exact << purge << one
            << QStringList{QStringLiteral("CF-IPCountry:US"), QStringLiteral("cf-ipcountry:DE")}
            << QStringLiteral("option header names cf-ipcountry twice; a cached object has one "
                              "value for it");
        QTest::newRow("prefix with query")
            << prefix << purge << QStringList{QStringLiteral("https://www.example.com/a?b=1")}
            << QStringList()
            << QStringLiteral("prefix \"https://www.example.com/a?b=1\" must not contain a "
                              "query string or fragment");
        QTest::newRow("prefix wildcard")
            << prefix << purge << QStringList{QStringLiteral("www.example.com/img/*")} << QStringList()
            << QStringLiteral("prefix \"www.example.com/img/*\" contains '*': a prefix purge "
                              "needs no wildcard, it already covers everything below the path");
        QTest::newRow("prefix without host")
            << prefix << purge << QStringList{QStringLiteral("/img")} << QStringList()
            << QStringLiteral("prefix \"/img\" must start with a host name, as in "
                              "www.example.com/images");
        QStringList deep;
        for (int i = 0; i < 32; ++i)
            deep << QStringLiteral("d");
        const QString tooDeep = QStringLiteral("www.example.com/") + deep.join(QLatin1Char('/'));
        QTest::newRow("prefix 32 segments")
            << prefix << purge << QStringList{tooDeep} << QStringList()
            << QStringLiteral("prefix \"%1\" has more than 31 path segments").arg(tooDeep);
        deep.removeLast();
        QTest::newRow("prefix 31 segments")
            << prefix << purge
            << QStringList{QStringLiteral("www.example.com/") + deep.join(QLatin1Char('/'))} << QStringList()
            << QString();
        QTest::newRow("host with scheme")
            << host << purge << QStringList{QStringLiteral("https://www.example.com")} << QStringList()
            << QStringLiteral("host \"https://www.example.com\" is not a host name: write it "
                              "alone, as in images.example.com (no scheme, port or path)");
        QTest::newRow("tag with comma")
            << tag << purge << QStringList{QStringLiteral("a,b")} << QStringList()
            << QStringLiteral("tag \"a,b\" contains a comma: give each tag on its own");
        QTest::newRow("tag with space")
            << tag << purge << QStringList{QStringLiteral("a b")} << QStringList()
            << QStringLiteral("target \"a b\" contains white space or control characters");
    }
    void validateBatch()
    {
        QFETCH(int, match);
        QFETCH(int, action);
        QFETCH(QStringList, targets);
        QFETCH(QStringList, headers);
        QFETCH(QString, error);
        PurgeBatch b = batch(MatchKind(match), targets, headers);
        b.action = PurgeAction(action);
        QCOMPARE(m_provider.validateBatch(source(), b), error);
    }

    void validateSource_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << QString() << QString() << QString();
        QTest::newRow("zone missing")
            << "zone" << QString()
            << QStringLiteral("setting zone is missing: set it to the zone's 32-digit Zone ID "
                              "(dashboard, the domain's Overview page)");
        QTest::newRow("zone is a domain")
            << "zone"
            << "example.com"
            << QStringLiteral("setting zone \"example.com\" is not a Zone ID: expected 32 "
                              "hexadecimal digits, as shown on the domain's Overview page "
                              "(not the domain name)");
        QTest::newRow("plan unknown")
            << "plan"
            << "gold"
            << QStringLiteral("setting plan is \"gold\": expected free, pro, business or "
                              "enterprise");
        QTest::newRow("plan enterprise") << "plan"
                                         << "enterprise" << QString();
        QTest::newRow("email malformed")
            << "email"
            << "ops"
            << QStringLiteral("setting email \"ops\" is not an email address (it is the "
                              "Cloudflare login that goes with a Global API key)");
        QTest::newRow("email ok") << "email"
                                  << "ops@example.com" << QString();
        QTest::newRow("account malformed")
            << "account"
            << "acme"
            << QStringLiteral("setting account \"acme\" is not an Account ID: expected 32 "
                              "hexadecimal digits");
        QTest::newRow("account ok") << "account" << kAccount << QString();
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
    }

    void rateKeys()
    {
        SourceConfig a = source();
        SourceConfig b = source();
        b.id = 4;
        QCOMPARE(m_provider.rateKey(a), QStringLiteral("cloudflare:zone:") + kZone);
        QCOMPARE(m_provider.rateKey(a), m_provider.rateKey(b)); // one zone, one bucket
        a.settings.insert(QStringLiteral("account"), kAccount.toUpper());
        b.settings.insert(QStringLiteral("zone"), QStringLiteral("ffffffffffffffffffffffffffffffff"));
        b.settings.insert(QStringLiteral("account"), kAccount);
        QCOMPARE(m_provider.rateKey(a), QStringLiteral("cloudflare:account:") + kAccount);
        QCOMPARE(m_provider.rateKey(a), m_provider.rateKey(b)); // two zones of one account share it
    }

    void registered()
    {
        const Provider *provider = ProviderRegistry::instance().find(QStringLiteral("cloudflare"));
        QVERIFY(provider);
        QCOMPARE(provider->info().displayName, QStringLiteral("Cloudflare"));
    }
};

QTEST_GUILESS_MAIN(TestProviderCloudflare)
#include "tst_provider_cloudflare.moc"
