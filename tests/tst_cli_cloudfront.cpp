// The cloudfront type on the command line: `source add` with bad settings (exit 2, nothing
// stored), `purge --dry-run` with the signature and the session token redacted, and `purge
// --wait` end to end against a fake CloudFront API in this process that checks every Signature
// Version 4 with SigV4Signer::verify: created in progress, polled, Completed.
#include "clirunner.h"
#include "providers/sigv4signer.h"
#include "rawhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString kSecretVar = QStringLiteral("PL_TEST_CLOUDFRONT_SECRET");
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString kTokenVar = QStringLiteral("PL_TEST_CLOUDFRONT_TOKEN");
const QString kToken = QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLETOKEN+/=");
const QString kKeyId = QStringLiteral("ASIAEXAMPLE123456789");

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list << QString::fromUtf8(word);
    return list;
}

QByteArray invalidation(const char *status)
{
    return QByteArray("<?xml version=\"1.0\"?>\n<Invalidation "
                      "xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\">"
                      "<Id>I2J0I21PCUYOIK</Id><Status>") +
           status + "</Status><CreateTime>2024-01-02T03:04:05.000Z</CreateTime></Invalidation>";
}

} // namespace

class TestCliCloudFront : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RawHttpServer> m_server;
    std::unique_ptr<CliRunner> m_cli;
    QStringList m_rejections;
    int m_polls = 0;

    CliResult run(const QStringList &arguments) { return m_cli->run(arguments); }
    bool addCloudFront(const QString &name, const QStringList &extra = {})
    {
        const CliResult r =
            run(QStringList{QStringLiteral("source"), QStringLiteral("add"), name, QStringLiteral("--type"),
                            QStringLiteral("cloudfront"), QStringLiteral("--endpoint"),
                            m_server->baseUrl().toString(), QStringLiteral("--set"),
                            QStringLiteral("distribution=EDFDVBD6EXAMPLE"), QStringLiteral("--set"),
                            QStringLiteral("access_key_id=") + kKeyId, QStringLiteral("--set"),
                            QStringLiteral("session_token_env=") + kTokenVar, QStringLiteral("--secret-env"),
                            kSecretVar} +
                extra);
        if (r.exitCode != 0)
            qWarning("source add failed: %s", r.describe().constData());
        return r.finished && r.exitCode == 0;
    }
    int sourceCount()
    {
        return int(
            run(args({"source", "list", "--json"})).json().value(QStringLiteral("sources")).toArray().size());
    }
    static bool leaks(const CliResult &r)
    {
        for (const QString &secret : {kSecret, kToken})
            if (r.out.contains(secret.toUtf8()) || r.err.contains(secret.toUtf8()))
                return true;
        return r.out.contains("Signature=") || r.err.contains("Signature=");
    }

private slots:
    void initTestCase() { QVERIFY2(!CliRunner::binary().isEmpty(), "PURGELINE_BIN is not set"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<RawHttpServer>();
        QVERIFY(!m_server->start().isEmpty());
        m_rejections.clear();
        m_polls = 0;
        m_server->setHandler([this](const RawRequest &request) {
            const WireRequest wire{request.method, "http", request.target, request.headers, request.body};
            if (const QString problem =
                    SigV4Signer::verify(wire, {kKeyId, kSecret, kToken}, QStringLiteral("us-east-1"),
                                        QStringLiteral("cloudfront"));
                !problem.isEmpty()) {
                m_rejections << problem;
                return ScriptedReply::json(
                    403, "<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch"
                         "</Code><Message>no</Message></Error></ErrorResponse>");
            }
            if (request.method == "POST") {
                ScriptedReply created = ScriptedReply::json(201, invalidation("InProgress"));
                created.headers = {{"Content-Type", "text/xml"},
                                   {"Location", "https://cloudfront.amazonaws.com/2020-05-31/distribution/"
                                                "EDFDVBD6EXAMPLE/invalidation/I2J0I21PCUYOIK"}};
                return created;
            }
            return ScriptedReply::json(200, invalidation(++m_polls < 2 ? "InProgress" : "Completed"));
        });
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("profile")),
                                            m_dir->filePath(QStringLiteral("home")));
        m_cli->setEnv(kSecretVar, kSecret);
        m_cli->setEnv(kTokenVar, kToken);
    }
    void cleanup()
    {
        m_cli.reset();
        m_server.reset();
        m_dir.reset();
    }

    void badSettingsStoreNothing_data()
    {
        QTest::addColumn<QStringList>("settings");
        QTest::addColumn<QString>("message");
        QTest::newRow("no distribution")
            << args({"--set", "access_key_id=AKIDEXAMPLE1234567890"})
            << QStringLiteral("missing setting distribution (Distribution ID) for type "
                              "cloudfront: add --set distribution=VALUE");
        QTest::newRow("no key") << args({"--set", "distribution=EDFDVBD6EXAMPLE"})
                                << QStringLiteral("missing setting access_key_id (Access key ID)");
        QTest::newRow("distribution domain")
            << args({"--set", "distribution=d111111abcdef8.cloudfront.net", "--set",
                     "access_key_id=AKIDEXAMPLE1234567890"})
            << QStringLiteral(
                   "setting distribution \"d111111abcdef8.cloudfront.net\" is not a distribution ID");
        QTest::newRow("short key")
            << args({"--set", "distribution=EDFDVBD6EXAMPLE", "--set", "access_key_id=AKID"})
            << QStringLiteral("setting access_key_id \"AKID\" is not an access key ID");
        QTest::newRow("token variable")
            << args({"--set", "distribution=EDFDVBD6EXAMPLE", "--set", "access_key_id=AKIDEXAMPLE1234567890",
                     "--set", "session_token_env=AWS SESSION"})
            << QStringLiteral(
                   "setting session_token_env \"AWS SESSION\" is not an environment variable name");
        QTest::newRow("unknown setting")
            << args({"--set", "distribution=EDFDVBD6EXAMPLE", "--set", "access_key_id=AKIDEXAMPLE1234567890",
                     "--set", "region=eu-west-1"})
            << QStringLiteral("unknown setting \"region\" for type cloudfront");
    }
    void badSettingsStoreNothing()
    {
        QFETCH(QStringList, settings);
        QFETCH(QString, message);
        const CliResult r = run(args({"source", "add", "cf", "--type", "cloudfront", "--secret-env",
                                      "PL_TEST_CLOUDFRONT_SECRET"}) +
                                settings);
        QVERIFY2(r.finished && r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        QCOMPARE(sourceCount(), 0);
        // No secret at all is refused too.
        const CliResult noSecret =
            run(args({"source", "add", "cf", "--type", "cloudfront", "--set", "distribution=EDFDVBD6EXAMPLE",
                      "--set", "access_key_id=AKIDEXAMPLE1234567890"}));
        QVERIFY2(noSecret.exitCode == 2, noSecret.describe().constData());
        QVERIFY2(
            noSecret.errText().contains(QStringLiteral("type cloudfront needs a secret (Secret access key)")),
            noSecret.describe().constData());
        QCOMPARE(sourceCount(), 0);
    }

    void dryRunRedactsSignatureAndToken()
    {
        QVERIFY(addCloudFront(QStringLiteral("cf")));
        const CliResult r = run(args({"purge", "--source", "cf", "--dry-run", "--match", "prefix",
                                      "https://d111111abcdef8.cloudfront.net/images/",
                                      "https://d111111abcdef8.cloudfront.net/~me/"}));
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        const QString out = r.outText();
        QVERIFY2(out.contains(
                     QStringLiteral(
                         "# cf (cloudfront)\nPOST %1/2020-05-31/distribution/EDFDVBD6EXAMPLE/invalidation\n")
                         .arg(m_server->baseUrl().toString())),
                 r.describe().constData());
        QVERIFY2(out.contains(QStringLiteral("Authorization: [redacted]\n")), r.describe().constData());
        QVERIFY2(out.contains(QStringLiteral("X-Amz-Security-Token: [redacted]\n")),
                 r.describe().constData());
        QVERIFY2(out.contains(QStringLiteral("X-Amz-Date: ")), r.describe().constData());
        QVERIFY(!out.contains(QStringLiteral("AWS4-HMAC-SHA256")));
        QVERIFY2(
            out.contains(QStringLiteral("<Paths><Quantity>2</Quantity><Items><Path>/images/*</Path>"
                                        "<Path>/%7Eme/*</Path></Items></Paths><CallerReference>purgeline-")),
            r.describe().constData());
        QTest::qWait(200);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void purgeWaitPollsUntilCompleted()
    {
        QVERIFY(addCloudFront(QStringLiteral("cf"), args({"--set", "poll_interval=0.2", "--set", "rate=0"})));
        const CliResult r = run(args({"purge", "--source", "cf", "--wait", "--json",
                                      "https://d111111abcdef8.cloudfront.net/index.html",
                                      "https://d111111abcdef8.cloudfront.net/caf\xc3\xa9 menu.html"}));
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        QCOMPARE(m_rejections, QStringList());
        const QList<RawRequest> &requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QCOMPARE(requests[0].header("X-Amz-Security-Token"), kToken.toUtf8());
        QVERIFY(requests[0].body.contains("<Quantity>2</Quantity><Items><Path>/index.html</Path>"
                                          "<Path>/caf%C3%A9%20menu.html</Path></Items>"));
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(requests[i].method, QByteArray("GET"));
            QCOMPARE(requests[i].target,
                     QByteArray("/2020-05-31/distribution/EDFDVBD6EXAMPLE/invalidation/I2J0I21PCUYOIK"));
        }
        const QJsonObject t = r.json().value(QStringLiteral("transactions")).toArray().first().toObject();
        QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(t.value(QStringLiteral("provider_id")).toString(), QStringLiteral("I2J0I21PCUYOIK"));

        const QJsonObject stored = run(args({"history", "--json"}))
                                       .json()
                                       .value(QStringLiteral("transactions"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QStringList kinds, messages;
        for (const QJsonValue &event : stored.value(QStringLiteral("events")).toArray()) {
            kinds << event.toObject().value(QStringLiteral("kind")).toString();
            messages << event.toObject().value(QStringLiteral("message")).toString();
        }
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("accepted"),
                              QStringLiteral("poll"), QStringLiteral("succeeded")}));
        QCOMPARE(messages[2], QStringLiteral("invalidation I2J0I21PCUYOIK in progress"));
        QCOMPARE(messages[4], QStringLiteral("invalidation I2J0I21PCUYOIK completed"));
        QCOMPARE(stored.value(QStringLiteral("polls")).toInt(), 2);
    }

    void sessionTokenVariableUnset()
    {
        QVERIFY(addCloudFront(QStringLiteral("cf"), args({"--set", "rate=0"})));
        m_cli->unsetEnv(kTokenVar);
        const CliResult r = run(args({"purge", "--source", "cf", "--wait", "--match", "all"}));
        QVERIFY2(r.finished && r.exitCode == 1, r.describe().constData());
        QCOMPARE(m_rejections.size(), 1);
        QVERIFY2(r.errText().contains(
                     QStringLiteral("the session token variable PL_TEST_CLOUDFRONT_TOKEN is not set")),
                 r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCloudFront)
#include "tst_cli_cloudfront.moc"
