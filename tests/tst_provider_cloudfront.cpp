// The CloudFront provider against a fake CloudFront API on 127.0.0.1 that checks every request's
// Signature Version 4 with SigV4Signer::verify (and refuses a request changed by one byte) and
// answers as CreateInvalidation and GetInvalidation document it: 201 with Location and an
// Invalidation in progress, Completed on a later poll, XML ErrorResponse errors (throttling and
// too many invalidations in progress among them), 5xx, a timeout and malformed bodies.
#include "providers/cloudfrontprovider.h"
#include "providers/providerregistry.h"
#include "providers/sigv4signer.h"
#include "rawhttpserver.h"
#include "sendandwait.h"

#include <QTest>
#include <memory>
#include <optional>

Q_DECLARE_METATYPE(ScriptedReply)

namespace {

const QString kKeyId = QStringLiteral("AKIDEXAMPLE1234567890");
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString kDistribution = QStringLiteral("EDFDVBD6EXAMPLE");
const QString kTokenVariable = QStringLiteral("PL_TEST_CLOUDFRONT_SESSION_TOKEN");
const QString kToken = QStringLiteral("FQoGZXIvYXdzEXAMPLE//session+token==");

QByteArray invalidationXml(const char *id, const char *status)
{
    return QByteArray("<?xml version=\"1.0\"?>\n<Invalidation "
                      "xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\">"
                      "<Id>") +
           id + "</Id><Status>" + status +
           "</Status><CreateTime>2024-01-02T03:04:05.000Z</CreateTime><InvalidationBatch><Paths><Quantity>1"
           "</Quantity><Items><Path>/a.jpg</Path></Items></Paths><CallerReference>ref</CallerReference>"
           "</InvalidationBatch></Invalidation>";
}

ScriptedReply created(const char *id = "IDFDVBD632BHDS5")
{
    ScriptedReply reply = ScriptedReply::json(201, invalidationXml(id, "InProgress"));
    reply.headers = {{"Content-Type", "text/xml"},
                     {"Location", QByteArray("https://cloudfront.amazonaws.com/2020-05-31/distribution/"
                                             "EDFDVBD6EXAMPLE/invalidation/") +
                                      id}};
    return reply;
}

ScriptedReply awsError(int status, const char *code, const char *message)
{
    ScriptedReply reply = ScriptedReply::json(
        status,
        QByteArray("<?xml version=\"1.0\"?>\n<ErrorResponse xmlns=\"http://cloudfront.amazonaws.com/doc/"
                   "2020-05-31/\"><Error><Type>Sender</Type><Code>") +
            code + "</Code><Message>" + message +
            "</Message></Error><RequestId>b2b1a8c0-2a1c-11e4-8f3a-example</RequestId></ErrorResponse>");
    reply.headers = {{"Content-Type", "text/xml"}};
    return reply;
}

WireRequest wireOf(const RawRequest &request)
{
    return {request.method, QByteArrayLiteral("http"), request.target, request.headers, request.body};
}

} // namespace

class TestProviderCloudFront : public QObject
{
    Q_OBJECT

    CloudFrontProvider m_provider;
    std::unique_ptr<RawHttpServer> m_server;
    QStringList m_rejections;
    QString m_expectedToken;

    SourceConfig source(const QString &distribution = kDistribution, const QString &keyId = kKeyId) const
    {
        SourceConfig config;
        config.id = 1;
        config.name = QStringLiteral("cf");
        config.type = QStringLiteral("cloudfront");
        if (m_server)
            config.endpoints = {m_server->baseUrl().toString()};
        config.settings = {{QStringLiteral("distribution"), distribution},
                           {QStringLiteral("access_key_id"), keyId}};
        return config;
    }
    static PurgeBatch batch(MatchKind match, const QStringList &targets,
                            const QString &key = QStringLiteral("7-1700"))
    {
        PurgeBatch b;
        b.match = match;
        b.targets = targets;
        b.idempotencyKey = key;
        return b;
    }
    // The fake CloudFront: a request whose signature does not verify gets AWS's 403.
    void verifyingServer(const std::function<ScriptedReply(const RawRequest &)> &answer)
    {
        m_server->setHandler([this, answer](const RawRequest &request) {
            const QString problem =
                SigV4Signer::verify(wireOf(request), {kKeyId, kSecret, m_expectedToken},
                                    QStringLiteral("us-east-1"), QStringLiteral("cloudfront"));
            if (!problem.isEmpty()) {
                m_rejections << problem;
                return awsError(
                    403, "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.");
            }
            return answer(request);
        });
    }
    void verifyingServer(const ScriptedReply &reply)
    {
        verifyingServer([reply](const RawRequest &) { return reply; });
    }
    Outcome purgeWith(const ScriptedReply &scripted, int timeoutMs = 5000)
    {
        verifyingServer(scripted);
        const PurgeBatch b =
            batch(MatchKind::Exact, {QStringLiteral("https://d111111abcdef8.cloudfront.net/a.jpg")});
        const std::optional<HttpReply> reply =
            exchangeOnce(m_provider.buildRequest(source(), {}, b, kSecret), timeoutMs);
        if (!reply)
            return Outcome::failed(QStringLiteral("TEST: no reply delivered"));
        return m_provider.interpretReply(source(), b, *reply);
    }
    Outcome pollWith(const ScriptedReply &scripted)
    {
        verifyingServer(scripted);
        const std::optional<HttpReply> reply = exchangeOnce(
            m_provider.buildStatusRequest(source(), {}, QStringLiteral("IDFDVBD632BHDS5"), kSecret));
        if (!reply)
            return Outcome::failed(QStringLiteral("TEST: no reply delivered"));
        return m_provider.interpretStatusReply(source(), *reply);
    }

private slots:
    void secretFormat()
    {
        const SecretFormat &format = m_provider.info().secretFormat;
        QVERIFY(format.fits(
            QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))); // the IAM guide's example
        QVERIFY(!format.fits(QStringLiteral("AKIAIOSFODNN7EXAMPLE")));    // the access key ID, not the secret
        QVERIFY(!format.fits(QStringLiteral("wJalrXUtnFEMI/K7MDENG bPxRfiCYEXAMPLEKEY")));
    }

    void init()
    {
        m_server = std::make_unique<RawHttpServer>();
        QVERIFY(!m_server->start().isEmpty());
        m_rejections.clear();
        m_expectedToken.clear();
        qunsetenv(qPrintable(kTokenVariable));
    }
    void cleanup() { m_server.reset(); }

    void info()
    {
        const ProviderInfo &info = m_provider.info();
        QCOMPARE(info.type, QStringLiteral("cloudfront"));
        QCOMPARE(info.defaultEndpoint, QStringLiteral("https://cloudfront.amazonaws.com"));
        QCOMPARE(info.matches, (QList<MatchKind>{MatchKind::Exact, MatchKind::Prefix, MatchKind::All}));
        QVERIFY(!info.supportsInvalidate);
        QVERIFY(info.hasStatus);
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Required);
        QStringList keys;
        for (const SettingSpec &spec : info.settings)
            keys << spec.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("distribution"), QStringLiteral("access_key_id"),
                                    QStringLiteral("session_token_env")}));
        QVERIFY(info.settings[0].required && info.settings[1].required && !info.settings[2].required);
        QCOMPARE(info.limits.maxBatchCount, 3000);
        QCOMPARE(info.limits.maxItemsInProgress, 3000);
        QCOMPARE(info.limits.maxWildcardsInProgress, 15);
        QCOMPARE(info.limits.ratePerSecond, 0.5);
        QCOMPARE(info.limits.pollIntervalSeconds, 20.0);
        QCOMPARE(info.limits.pollTimeoutSeconds, 3600);
        QVERIFY(info.objectMatch.name.isEmpty());
        QVERIFY(info.settingsFile.option.isEmpty());
        // One request never holds more than the distribution can have in progress.
        const EffectiveLimits limits = EffectiveLimits::of(m_provider, source());
        QCOMPARE(limits.batchSizeFor(MatchKind::Exact), 3000);
        QCOMPARE(limits.batchSizeFor(MatchKind::Prefix), 15);
        QCOMPARE(limits.batchSizeFor(MatchKind::All), 15);
        QCOMPARE(ProviderRegistry::instance().find(QStringLiteral("cloudfront"))->info().type, info.type);
        const QList<SettingSpec> all = ProviderRegistry::allSettings(m_provider);
        QCOMPARE(all[3].key, QStringLiteral("poll_interval"));
        QCOMPARE(all[3].defaultValue, QStringLiteral("20"));
    }

    void keys()
    {
        // Throttling is per account (key), the in-progress maximum per distribution.
        QCOMPARE(m_provider.rateKey(source(QStringLiteral("E1"))),
                 m_provider.rateKey(source(QStringLiteral("E2"))));
        QVERIFY(m_provider.capacityKey(source(QStringLiteral("E1"))) !=
                m_provider.capacityKey(source(QStringLiteral("E2"))));
        QCOMPARE(m_provider.capacityKey(source(QStringLiteral("E1"), QStringLiteral("AKIDOTHER12345678"))),
                 m_provider.capacityKey(source(QStringLiteral("E1"))));
    }

    void paths_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const QString &url, const char *path, const char *error = "") {
            QTest::newRow(name) << url << QString::fromUtf8(path) << QString::fromUtf8(error);
        };
        row("plain", QStringLiteral("https://d111111abcdef8.cloudfront.net/images/image2.jpg"),
            "/images/image2.jpg");
        row("query kept", QStringLiteral("https://example.com/images/image.jpg?parameter1=a"),
            "/images/image.jpg?parameter1=a");
        row("space", QStringLiteral("https://example.com/my file.jpg"), "/my%20file.jpg");
        row("tilde", QStringLiteral("https://example.com/~user/a.jpg"), "/%7Euser/a.jpg");
        row("non-ASCII", QStringLiteral("https://example.com/caf\u00e9/\u65e5.png"),
            "/caf%C3%A9/%E6%97%A5.png");
        row("unsafe", QStringLiteral("https://example.com/a<b>\"{c}|d\\e^f[g]`h"),
            "/a%3Cb%3E%22%7Bc%7D%7Cd%5Ce%5Ef%5Bg%5D%60h");
        row("already encoded", QStringLiteral("https://example.com/my%20file%7e.jpg"), "/my%20file%7e.jpg");
        row("lone percent", QStringLiteral("https://example.com/100%.html"), "/100%25.html");
        row("reserved stay", QStringLiteral("https://example.com/a+b&c=d;e:f@g!$'(),"),
            "/a+b&c=d;e:f@g!$'(),");
        row("root", QStringLiteral("https://example.com"), "/");
        row("root query", QStringLiteral("https://example.com?x=1"), "/?x=1");
        row("star", QStringLiteral("https://example.com/img/*.jpg"), "",
            "target \"https://example.com/img/*.jpg\" contains '*': CloudFront takes a '*' only at the end "
            "of a "
            "path; use --match prefix with the part before it");
        row("fragment", QStringLiteral("https://example.com/a#top"), "",
            "target \"https://example.com/a#top\" must not contain a fragment (#...): caches never see it");
        row("tab", QStringLiteral("https://example.com/a\tb"), "",
            "target \"https://example.com/a\tb\" contains a control character");
        row("relative", QStringLiteral("/images/a.jpg"), "",
            "malformed URL \"/images/a.jpg\": expected an absolute http:// or https:// URL");
        row("no host", QStringLiteral("https:///a.jpg"), "",
            "target \"https:///a.jpg\" needs a host and no user name or password");
    }
    void paths()
    {
        QFETCH(QString, url);
        QFETCH(QString, path);
        QFETCH(QString, error);
        QString problem;
        QCOMPARE(CloudFrontProvider::pathOf(url, &problem), path);
        QCOMPARE(problem, error);
        QCOMPARE(m_provider.validateBatch(source(), batch(MatchKind::Exact, {url})), error);
    }

    void invalidationBatches()
    {
        const PurgeBatch exact = batch(MatchKind::Exact, {QStringLiteral("https://a.example/x.jpg"),
                                                          QStringLiteral("https://b.example/x.jpg"),
                                                          QStringLiteral("https://a.example/y z.jpg")});
        // One path per distribution whatever host a URL named.
        QCOMPARE(CloudFrontProvider::invalidationPaths(exact),
                 (QStringList{QStringLiteral("/x.jpg"), QStringLiteral("/y%20z.jpg")}));
        QCOMPARE(CloudFrontProvider::invalidationPaths(
                     batch(MatchKind::Prefix, {QStringLiteral("https://a.example/images/"),
                                               QStringLiteral("https://a.example")})),
                 (QStringList{QStringLiteral("/images/*"), QStringLiteral("/*")}));
        QCOMPARE(CloudFrontProvider::invalidationPaths(batch(MatchKind::All, {})),
                 QStringList{QStringLiteral("/*")});

        // CallerReference: fixed for a transaction and its paths, whatever their order.
        const QStringList paths{QStringLiteral("/x.jpg"), QStringLiteral("/y%20z.jpg")};
        const QString reference = CloudFrontProvider::callerReference(exact, paths);
        QVERIFY2(reference.startsWith(QStringLiteral("purgeline-7-1700-")), qPrintable(reference));
        QCOMPARE(reference.size(), 17 + 24);
        QCOMPARE(CloudFrontProvider::callerReference(exact, {paths[1], paths[0]}), reference);
        QVERIFY(CloudFrontProvider::callerReference(batch(MatchKind::Exact, {}, QStringLiteral("8-1700")),
                                                    paths) != reference);
        QVERIFY(CloudFrontProvider::callerReference(exact, {paths[0]}) != reference);

        const QByteArray xml = CloudFrontProvider::invalidationBatchXml(paths, reference);
        QCOMPARE(xml,
                 QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><InvalidationBatch "
                            "xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\"><Paths><Quantity>2</"
                            "Quantity><Items><Path>/x.jpg</Path><Path>/y%20z.jpg</Path></Items></Paths>"
                            "<CallerReference>") +
                     reference.toLatin1() + "</CallerReference></InvalidationBatch>\n");
        // '&' and '<' are escaped for XML; '<' was percent-encoded already.
        QVERIFY(CloudFrontProvider::invalidationBatchXml({QStringLiteral("/a&b")}, QStringLiteral("r"))
                    .contains("<Path>/a&amp;b</Path>"));
    }

    void createOnTheWire()
    {
        const PurgeBatch b =
            batch(MatchKind::Prefix, {QStringLiteral("https://d111111abcdef8.cloudfront.net/images/")});
        QCOMPARE(m_provider.validateBatch(source(), b), QString());
        const HttpRequestSpec spec = m_provider.buildRequest(source(), {}, b, kSecret);
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{"Authorization"});
        QVERIFY(spec.redactedText().contains(QStringLiteral("Authorization: [redacted]")));
        QVERIFY(!spec.redactedText().contains(QStringLiteral("Signature=")));
        QVERIFY(!spec.redactedText().contains(kSecret));

        verifyingServer(created());
        const std::optional<HttpReply> reply = exchangeOnce(spec);
        QVERIFY(reply);
        QCOMPARE(m_rejections, QStringList());
        QCOMPARE(m_server->requests().size(), 1);
        const RawRequest &seen = m_server->requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.target, QByteArray("/2020-05-31/distribution/EDFDVBD6EXAMPLE/invalidation"));
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/xml"));
        QVERIFY(seen.header("Authorization")
                    .startsWith(QByteArray("AWS4-HMAC-SHA256 Credential=" + kKeyId.toLatin1() + '/')));
        QVERIFY(seen.header("Authorization").contains("/us-east-1/cloudfront/aws4_request, SignedHeaders="));
        QCOMPARE(seen.header("X-Amz-Security-Token"), QByteArray());
        QVERIFY(
            seen.body.contains("<Paths><Quantity>1</Quantity><Items><Path>/images/*</Path></Items></Paths>"));
        QVERIFY(seen.body.contains("<CallerReference>purgeline-7-1700-"));

        const Outcome outcome = m_provider.interpretReply(source(), b, *reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Pending);
        QCOMPARE(outcome.statusRef, QStringLiteral("IDFDVBD632BHDS5"));
        QCOMPARE(outcome.providerId, QStringLiteral("IDFDVBD632BHDS5"));
        QCOMPARE(outcome.message, QStringLiteral("invalidation IDFDVBD632BHDS5 in progress"));

        // A resend (after a timeout, or a crash) is the same request: the same CallerReference.
        QCOMPARE(m_provider.buildRequest(source(), {}, b, kSecret).body, spec.body);
    }

    void changedByOneByteIsRefused()
    {
        const PurgeBatch b =
            batch(MatchKind::Exact, {QStringLiteral("https://d111111abcdef8.cloudfront.net/a.jpg")});
        const HttpRequestSpec good = m_provider.buildRequest(source(), {}, b, kSecret);
        const AwsCredentials credentials{kKeyId, kSecret, {}};
        const auto verify = [&](const WireRequest &wire) {
            return SigV4Signer::verify(wire, credentials, QStringLiteral("us-east-1"),
                                       QStringLiteral("cloudfront"));
        };
        QCOMPARE(verify(WireRequest::fromSpec(good)), QString());
        for (int part = 0; part < 4; ++part) {
            WireRequest wire = WireRequest::fromSpec(good);
            if (part == 0)
                wire.body[wire.body.indexOf("/a.jpg") + 1] = 'b';
            else if (part == 1)
                wire.target.replace("EDFDVBD6EXAMPLE", "EDFDVBD6EXAMPLF");
            else if (part == 2)
                wire.method = "PUT";
            else
                for (auto &[name, value] : wire.headers)
                    if (name.compare("X-Amz-Date", Qt::CaseInsensitive) == 0)
                        value[value.size() - 2] = value[value.size() - 2] == '1' ? '2' : '1';
            QVERIFY2(!verify(wire).isEmpty(), qPrintable(QString::number(part)));
        }
        // On the wire: a body changed after signing reaches the fake, which answers 403.
        HttpRequestSpec tampered = good;
        tampered.body[tampered.body.indexOf("/a.jpg") + 1] = 'b';
        verifyingServer(created());
        const std::optional<HttpReply> reply = exchangeOnce(tampered);
        QVERIFY(reply);
        QCOMPARE(reply->status, 403);
        QCOMPARE(m_rejections, QStringList{QStringLiteral("the signature does not match the request")});
        const Outcome outcome = m_provider.interpretReply(source(), b, *reply);
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QVERIFY2(outcome.message.startsWith(
                     QStringLiteral("HTTP 403 SignatureDoesNotMatch: The request signature")),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.endsWith(QStringLiteral("check access_key_id, the secret access key and the "
                                                         "computer's clock")),
                 qPrintable(outcome.message));
    }

    void sessionTokenFromTheEnvironment()
    {
        SourceConfig config = source();
        config.settings.insert(QStringLiteral("session_token_env"), kTokenVariable);
        QCOMPARE(m_provider.validateSource(config), QString());
        const PurgeBatch b = batch(MatchKind::All, {});
        // Read when the request is built, not when the source was added.
        qputenv(qPrintable(kTokenVariable), kToken.toUtf8());
        m_expectedToken = kToken;
        const HttpRequestSpec spec = m_provider.buildRequest(config, {}, b, kSecret);
        QVERIFY(spec.secretHeaders.contains("X-Amz-Security-Token"));
        QVERIFY(spec.redactedText().contains(QStringLiteral("X-Amz-Security-Token: [redacted]")));
        QVERIFY(!spec.redactedText().contains(kToken));
        verifyingServer(created());
        const std::optional<HttpReply> reply = exchangeOnce(spec);
        QVERIFY(reply);
        QCOMPARE(m_rejections, QStringList());
        QCOMPARE(m_server->requests().first().header("X-Amz-Security-Token"), kToken.toUtf8());
        QVERIFY(m_server->requests().first().header("Authorization").contains("x-amz-security-token"));

        // Unset at send time: no token is sent, and the failure says which variable is missing.
        qunsetenv(qPrintable(kTokenVariable));
        m_expectedToken.clear();
        QVERIFY(m_provider.buildRequest(config, {}, b, kSecret).header("X-Amz-Security-Token").isEmpty());
        verifyingServer(
            awsError(403, "InvalidClientTokenId", "The security token included in the request is invalid."));
        const std::optional<HttpReply> refused =
            exchangeOnce(m_provider.buildRequest(config, {}, b, kSecret));
        QVERIFY(refused);
        const Outcome outcome = m_provider.interpretReply(config, b, *refused);
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QCOMPARE(outcome.message,
                 QStringLiteral(
                     "HTTP 403 InvalidClientTokenId: The security token included in the request is invalid. "
                     "— check access_key_id, the secret access key and the computer's clock; the session "
                     "token variable PL_TEST_CLOUDFRONT_SESSION_TOKEN is not set"));
    }

    void pollUntilCompleted()
    {
        const HttpRequestSpec spec =
            m_provider.buildStatusRequest(source(), {}, QStringLiteral("IDFDVBD632BHDS5"), kSecret);
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{"Authorization"});
        const Outcome pending =
            pollWith(ScriptedReply::json(200, invalidationXml("IDFDVBD632BHDS5", "InProgress")));
        const Outcome done =
            pollWith(ScriptedReply::json(200, invalidationXml("IDFDVBD632BHDS5", "Completed")));
        QCOMPARE(m_rejections, QStringList());
        QCOMPARE(m_server->requests().size(), 2);
        for (const RawRequest &seen : m_server->requests()) {
            QCOMPARE(seen.method, QByteArray("GET"));
            QCOMPARE(seen.target,
                     QByteArray("/2020-05-31/distribution/EDFDVBD6EXAMPLE/invalidation/IDFDVBD632BHDS5"));
            QCOMPARE(seen.body, QByteArray());
        }
        QCOMPARE(pending.kind, Outcome::Kind::Pending);
        QCOMPARE(pending.statusRef, QStringLiteral("IDFDVBD632BHDS5"));
        QCOMPARE(done.kind, Outcome::Kind::Succeeded);
        QCOMPARE(done.providerId, QStringLiteral("IDFDVBD632BHDS5"));
        QCOMPARE(done.message, QStringLiteral("invalidation IDFDVBD632BHDS5 completed"));
    }

    void createdReplies_data()
    {
        QTest::addColumn<ScriptedReply>("scripted");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("in progress") << created("I2") << int(Outcome::Kind::Pending) << QStringLiteral("I2");
        // The same CallerReference again: CloudFront answers with the invalidation it made.
        QTest::newRow("already completed") << ScriptedReply::json(201, invalidationXml("I3", "Completed"))
                                           << int(Outcome::Kind::Succeeded) << QStringLiteral("I3");
        ScriptedReply noId =
            ScriptedReply::json(201, "<Invalidation><Status>InProgress</Status></Invalidation>");
        noId.headers = {
            {"Location", "https://cloudfront.amazonaws.com/2020-05-31/distribution/E/invalidation/I4"}};
        QTest::newRow("id from Location") << noId << int(Outcome::Kind::Pending) << QStringLiteral("I4");
    }
    void createdReplies()
    {
        QFETCH(ScriptedReply, scripted);
        QFETCH(int, kind);
        QFETCH(QString, id);
        const Outcome outcome = purgeWith(scripted);
        QCOMPARE(int(outcome.kind), kind);
        QCOMPARE(outcome.providerId, id);
        if (outcome.kind == Outcome::Kind::Pending)
            QCOMPARE(outcome.statusRef, id);
    }

    void errorReplies_data()
    {
        QTest::addColumn<ScriptedReply>("scripted");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("retryAfterMs");
        const int failed = int(Outcome::Kind::Failed), retry = int(Outcome::Kind::Retry);
        QTest::newRow("TooManyInvalidationsInProgress")
            << awsError(400, "TooManyInvalidationsInProgress",
                        "Processing your request will cause you to exceed the maximum number of in-progress "
                        "invalidations.")
            << retry
            << QStringLiteral(
                   "HTTP 400 TooManyInvalidationsInProgress: Processing your request will cause you to "
                   "exceed the maximum number of in-progress invalidations. — waiting for other "
                   "invalidations of the distribution to complete")
            << qint64(60000);
        QTest::newRow("Throttling") << awsError(400, "Throttling", "Rate exceeded") << retry
                                    << QStringLiteral("HTTP 400 Throttling: Rate exceeded") << qint64(2000);
        QTest::newRow("Throttling Retry-After")
            << awsError(400, "Throttling", "Rate exceeded").withHeader("Retry-After", "9") << retry
            << QStringLiteral("HTTP 400 Throttling: Rate exceeded") << qint64(9000);
        QTest::newRow("AccessDenied")
            << awsError(403, "AccessDenied",
                        "User is not authorized to perform: cloudfront:CreateInvalidation")
            << failed
            << QStringLiteral(
                   "HTTP 403 AccessDenied: User is not authorized to perform: cloudfront:CreateInvalidation "
                   "— the access key needs cloudfront:CreateInvalidation and cloudfront:GetInvalidation on "
                   "this distribution")
            << qint64(-1);
        QTest::newRow("InvalidArgument")
            << awsError(400, "InvalidArgument",
                        "Your request contains one or more invalid invalidation paths.")
            << failed
            << QStringLiteral(
                   "HTTP 400 InvalidArgument: Your request contains one or more invalid invalidation paths.")
            << qint64(-1);
        QTest::newRow("NoSuchDistribution")
            << awsError(404, "NoSuchDistribution", "The specified distribution does not exist.") << failed
            << QStringLiteral(
                   "HTTP 404 NoSuchDistribution: The specified distribution does not exist. — check the "
                   "source's distribution setting")
            << qint64(-1);
        QTest::newRow("BatchTooLarge")
            << awsError(413, "BatchTooLarge", "Invalidation batch specified is too large.") << failed
            << QStringLiteral(
                   "HTTP 413 BatchTooLarge: Invalidation batch specified is too large. — too many paths in "
                   "one invalidation; lower the source's batch_size")
            << qint64(-1);
        QTest::newRow("InconsistentQuantities")
            << awsError(400, "InconsistentQuantities",
                        "The value of Quantity and the size of Items don't match.")
            << failed
            << QStringLiteral("HTTP 400 InconsistentQuantities: The value of Quantity and the size of Items "
                              "don't match.")
            << qint64(-1);
        QTest::newRow("MissingBody") << awsError(400, "MissingBody", "This operation requires a body.")
                                     << failed
                                     << QStringLiteral(
                                            "HTTP 400 MissingBody: This operation requires a body.")
                                     << qint64(-1);
        QTest::newRow("InternalError")
            << awsError(500, "InternalError", "We encountered an internal error.") << retry
            << QStringLiteral("HTTP 500 InternalError: We encountered an internal error.") << qint64(-1);
        QTest::newRow("503 no body") << ScriptedReply::json(503, "") << retry << QStringLiteral("HTTP 503")
                                     << qint64(-1);
        QTest::newRow("429 proxy") << ScriptedReply::json(429, "slow down").withHeader("Retry-After", "7")
                                   << retry << QStringLiteral("HTTP 429: slow down") << qint64(7000);
        QTest::newRow("201 not xml") << ScriptedReply::json(201, "{\"Id\":\"x\"}") << failed
                                     << QStringLiteral(
                                            "malformed reply: HTTP 201 without an Invalidation Id; the "
                                            "invalidation may have been created: {\"Id\":\"x\"}")
                                     << qint64(-1);
        QTest::newRow("201 truncated")
            << ScriptedReply::json(201, "<Invalidation><Id>I9</Id><Sta") << failed
            << QStringLiteral("malformed reply: HTTP 201 without an Invalidation Id; the "
                              "invalidation may have been created: "
                              "<Invalidation><Id>I9</Id><Sta")
            << qint64(-1);
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

    void malformedPollIsAskedAgain()
    {
        const Outcome outcome = pollWith(ScriptedReply::json(200, "<html>gateway</html>"));
        QCOMPARE(outcome.kind, Outcome::Kind::Retry);
        QCOMPARE(outcome.message,
                 QStringLiteral(
                     "malformed GetInvalidation reply: no Invalidation Id and Status: <html>gateway</html>"));
        const Outcome unknown =
            pollWith(ScriptedReply::json(200, invalidationXml("IDFDVBD632BHDS5", "Queued")));
        QCOMPARE(unknown.kind, Outcome::Kind::Pending);
        QCOMPARE(unknown.message, QStringLiteral("invalidation IDFDVBD632BHDS5: status Queued"));
        const Outcome denied = pollWith(awsError(403, "AccessDenied", "not allowed"));
        QCOMPARE(denied.kind, Outcome::Kind::Failed);
    }

    void transportFailuresRetry()
    {
        const Outcome slow =
            purgeWith(ScriptedReply::slow(2000, 201, invalidationXml("I1", "InProgress")), 300);
        QCOMPARE(slow.kind, Outcome::Kind::Retry);
        QVERIFY2(slow.message.startsWith(QStringLiteral("timeout")), qPrintable(slow.message));
        m_server->setHandler([](const RawRequest &) { return ScriptedReply::closed(); });
        const std::optional<HttpReply> reply =
            exchangeOnce(m_provider.buildStatusRequest(source(), {}, QStringLiteral("I1"), kSecret));
        QVERIFY(reply);
        const Outcome closed = m_provider.interpretStatusReply(source(), *reply);
        QCOMPARE(closed.kind, Outcome::Kind::Retry);
        QVERIFY2(closed.message.startsWith(QStringLiteral("network error")), qPrintable(closed.message));
    }

    void checkRequestListsOneInvalidation()
    {
        verifyingServer(
            ScriptedReply::json(200, "<InvalidationList><Quantity>0</Quantity></InvalidationList>"));
        const std::optional<HttpReply> reply = exchangeOnce(m_provider.buildCheckRequest(source(), kSecret));
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QCOMPARE(m_rejections, QStringList());
        QCOMPARE(m_server->requests().first().method, QByteArray("GET"));
        QCOMPARE(m_server->requests().first().target,
                 QByteArray("/2020-05-31/distribution/EDFDVBD6EXAMPLE/invalidation?MaxItems=1"));
    }

    void validateBatch_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("error");
        QTest::newRow("exact") << int(MatchKind::Exact)
                               << QStringList{QStringLiteral("https://x.example/a b.jpg")} << QString();
        QTest::newRow("prefix") << int(MatchKind::Prefix)
                                << QStringList{QStringLiteral("https://x.example/img/")} << QString();
        QTest::newRow("all") << int(MatchKind::All) << QStringList() << QString();
        QTest::newRow("all with targets")
            << int(MatchKind::All) << QStringList{QStringLiteral("https://x.example/")}
            << QStringLiteral("--match all takes no targets, but 1 were given");
        QTest::newRow("no targets") << int(MatchKind::Exact) << QStringList()
                                    << QStringLiteral("no targets given");
        QTest::newRow("tag") << int(MatchKind::Tag) << QStringList{QStringLiteral("logo")}
                             << QStringLiteral(
                                    "provider cloudfront does not support --match tag: use exact, prefix or "
                                    "all");
        QTest::newRow("prefix with star")
            << int(MatchKind::Prefix) << QStringList{QStringLiteral("https://x.example/img/*")}
            << QStringLiteral(
                   "target \"https://x.example/img/*\" contains '*': CloudFront takes a '*' only at the end "
                   "of a path; use --match prefix with the part before it");
        const QString longUrl = QStringLiteral("https://x.example/") + QString(3999, QLatin1Char('a'));
        QTest::newRow("4,000 characters")
            << int(MatchKind::Exact)
            << QStringList{QStringLiteral("https://x.example/") + QString(3999, QLatin1Char('a'))}
            << QString();
        QTest::newRow("4,001 characters")
            << int(MatchKind::Prefix) << QStringList{longUrl}
            << QStringLiteral(
                   "target \"%1…\": its invalidation path has 4001 characters, more than CloudFront's 4000")
                   .arg(longUrl.left(80));
    }
    void validateBatch()
    {
        QFETCH(int, match);
        QFETCH(QStringList, targets);
        QFETCH(QString, error);
        QCOMPARE(m_provider.validateBatch(source(), batch(MatchKind(match), targets)), error);
    }

    void validateSource_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("fine") << QString() << QString() << QString();
        QTest::newRow("token variable")
            << QStringLiteral("session_token_env") << QStringLiteral("AWS_SESSION_TOKEN") << QString();
        QTest::newRow("no distribution") << QStringLiteral("distribution") << QString()
                                         << QStringLiteral("setting distribution is missing: set it to the "
                                                           "distribution's ID, such as EDFDVBD6EXAMPLE");
        QTest::newRow("distribution url")
            << QStringLiteral("distribution") << QStringLiteral("d111111abcdef8.cloudfront.net")
            << QStringLiteral(
                   "setting distribution \"d111111abcdef8.cloudfront.net\" is not a distribution ID such "
                   "as EDFDVBD6EXAMPLE (letters and digits only)");
        QTest::newRow("no key") << QStringLiteral("access_key_id") << QString()
                                << QStringLiteral(
                                       "setting access_key_id is missing: set it to the access key ID, "
                                       "such as AKIAIOSFODNN7EXAMPLE");
        QTest::newRow("short key") << QStringLiteral("access_key_id") << QStringLiteral("AKID")
                                   << QStringLiteral(
                                          "setting access_key_id \"AKID\" is not an access key ID such as "
                                          "AKIAIOSFODNN7EXAMPLE");
        QTest::newRow("bad variable")
            << QStringLiteral("session_token_env") << QStringLiteral("$AWS_SESSION_TOKEN")
            << QStringLiteral("setting session_token_env \"$AWS_SESSION_TOKEN\" is not an "
                              "environment variable name");
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
};

QTEST_GUILESS_MAIN(TestProviderCloudFront)
#include "tst_provider_cloudfront.moc"
