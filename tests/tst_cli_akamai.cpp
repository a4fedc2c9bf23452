// The akamai type on the command line: `source add` with bad settings and from an .edgerc file
// (exit 2 and nothing stored when anything is wrong), `purge --dry-run` with the EdgeGrid
// signature redacted, --match cpcode, and `purge --wait` against a fake Fast Purge API in this
// process that checks every signature with EdgeGridSigner::verify.
#include "clirunner.h"
#include "providers/edgegridsigner.h"
#include "rawhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString kSecretVar = QStringLiteral("PL_TEST_AKAMAI_SECRET");
const QString kSecret = QStringLiteral("SOMESECRETEXAMPLEzVUeDfLXEKOURNVzaYrBKAFBbA=");
const QString kClientToken = QStringLiteral("akab-client-token-xxx-xxxxxxxxxxxxxxxx");
const QString kAccessToken = QStringLiteral("akab-access-token-xxx-xxxxxxxxxxxxxxxx");
const QString kHost = QStringLiteral("akab-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net");

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list << QString::fromUtf8(word);
    return list;
}

} // namespace

class TestCliAkamai : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RawHttpServer> m_server;
    std::unique_ptr<CliRunner> m_cli;
    QStringList m_rejections;

    CliResult run(const QStringList &arguments, const QByteArray &input = {})
    {
        return m_cli->run(arguments, input);
    }
    QStringList sourceSettings() const
    {
        return {QStringLiteral("--set"), QStringLiteral("host=") + kHost,
                QStringLiteral("--set"), QStringLiteral("client_token=") + kClientToken,
                QStringLiteral("--set"), QStringLiteral("access_token=") + kAccessToken};
    }
    bool addAkamai(const QString &name, const QStringList &extra = {})
    {
        const CliResult r =
            run(QStringList{QStringLiteral("source"), QStringLiteral("add"), name, QStringLiteral("--type"),
                            QStringLiteral("akamai"), QStringLiteral("--endpoint"),
                            m_server->baseUrl().toString(), QStringLiteral("--secret-env"), kSecretVar} +
                sourceSettings() + extra);
        if (r.exitCode != 0)
            qWarning("source add failed: %s", r.describe().constData());
        return r.finished && r.exitCode == 0;
    }
    QJsonArray sources()
    {
        const CliResult r = run(args({"source", "list", "--json"}));
        return r.json().value(QStringLiteral("sources")).toArray();
    }
    QString writeFile(const QString &name, const QString &text) const
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
    static bool leaks(const CliResult &r)
    {
        return r.out.contains(kSecret.toUtf8()) || r.err.contains(kSecret.toUtf8()) ||
               r.out.contains("signature=") || r.err.contains("signature=");
    }

private slots:
    void initTestCase() { QVERIFY2(!CliRunner::binary().isEmpty(), "PURGELINE_BIN is not set"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<RawHttpServer>();
        QVERIFY(!m_server->start().isEmpty());
        m_rejections.clear();
        m_server->setHandler([this](const RawRequest &request) {
            const WireRequest wire{request.method, "http", request.target, request.headers, request.body};
            if (const QString problem = EdgeGridSigner::verify(wire, {kClientToken, kAccessToken, kSecret});
                !problem.isEmpty()) {
                m_rejections << problem;
                return ScriptedReply::json(401, "{\"title\":\"Unauthorized\",\"httpStatus\":401}");
            }
            return ScriptedReply::json(
                201, "{\"detail\":\"Request accepted\",\"estimatedSeconds\":5,\"httpStatus\":201,"
                     "\"purgeId\":\"edcp-PURGE1\",\"supportId\":\"edcp-SUPPORT1\"}");
        });
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("profile")),
                                            m_dir->filePath(QStringLiteral("home")));
        m_cli->setEnv(kSecretVar, kSecret);
    }
    void cleanup()
    {
        m_cli.reset();
        m_server.reset();
        m_dir.reset();
    }

    void badSettingsStoreNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("no host") << args({"--set", "client_token=akab-c", "--set", "access_token=akab-a"})
                                 << QStringLiteral("missing setting host (API host) for type akamai");
        QTest::newRow("host with scheme")
            << args({"--set", "host=https://akab-x.luna.akamaiapis.net", "--set", "client_token=akab-c",
                     "--set", "access_token=akab-a"})
            << QStringLiteral("must be the bare host name, without http:// or https://");
        QTest::newRow("no access token")
            << args({"--set", "host=akab-x.luna.akamaiapis.net", "--set", "client_token=akab-c"})
            << QStringLiteral("missing setting access_token (Access token)");
        QTest::newRow("bad network")
            << args({"--set", "host=akab-x.luna.akamaiapis.net", "--set", "client_token=akab-c", "--set",
                     "access_token=akab-a", "--set", "network=prod"})
            << QStringLiteral("setting network must be one of staging, production, not \"prod\"");
        QTest::newRow("token with space") << args({"--set", "host=akab-x.luna.akamaiapis.net", "--set",
                                                   "client_token=akab c", "--set", "access_token=akab-a"})
                                          << QStringLiteral("setting client_token contains white space");
    }
    void badSettingsStoreNothing()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const CliResult r =
            run(args({"source", "add", "ak", "--type", "akamai", "--secret-env", "PL_TEST_AKAMAI_SECRET"}) +
                extra);
        QVERIFY2(r.finished && r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        QCOMPARE(sources().size(), 0);
    }

    void edgercImport()
    {
        const QString edgerc = writeFile(
            QStringLiteral("edgerc"),
            QStringLiteral(
                "[default]\nclient_secret = wrong=\nhost = other.luna.akamaiapis.net\naccess_token = a\n"
                "client_token = c\n\n[ccu]\nclient_secret = %1\nhost = https://%2/\naccess_token = %3\n"
                "client_token = %4 ; the purge client\nmax-body = 8192\n")
                .arg(kSecret, kHost, kAccessToken, kClientToken));
        // The secret from the file goes to the keychain; without one (as here) nothing is stored.
        CliResult r =
            run(QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("ak"),
                            QStringLiteral("--type"), QStringLiteral("akamai"), QStringLiteral("--edgerc"),
                            edgerc, QStringLiteral("--section"), QStringLiteral("ccu")});
        QVERIFY2(r.finished && r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("cannot store the secret")), r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("--secret-env")), r.describe().constData());
        QVERIFY(!leaks(r));
        QCOMPARE(sources().size(), 0);

        // With --secret-env the settings come from the file, --set overrides, the secret stays in the
        // variable.
        r = run(QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("ak"),
                            QStringLiteral("--type"), QStringLiteral("akamai"), QStringLiteral("--edgerc"),
                            edgerc, QStringLiteral("--section"), QStringLiteral("ccu"),
                            QStringLiteral("--set"), QStringLiteral("network=staging"),
                            QStringLiteral("--endpoint"), m_server->baseUrl().toString(),
                            QStringLiteral("--secret-env"), kSecretVar});
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        const QJsonArray list = sources();
        QCOMPARE(list.size(), 1);
        const QJsonObject settings = list.first().toObject().value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("host")).toString(), kHost);
        QCOMPARE(settings.value(QStringLiteral("client_token")).toString(), kClientToken);
        QCOMPARE(settings.value(QStringLiteral("access_token")).toString(), kAccessToken);
        QCOMPARE(settings.value(QStringLiteral("network")).toString(), QStringLiteral("staging"));
        QVERIFY(!settings.contains(QStringLiteral("client_secret")));
        const QByteArray listed = QJsonDocument(list).toJson();
        QVERIFY(!listed.contains(kSecret.toUtf8()));

        // And it purges with those credentials.
        const CliResult purged =
            run(args({"purge", "--source", "ak", "--wait", "https://www.example.com/a.jpg"}));
        QVERIFY2(purged.finished && purged.exitCode == 0, purged.describe().constData());
        QCOMPARE(m_rejections, QStringList());
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().target, QByteArray("/ccu/v3/delete/url/staging"));
    }

    void edgercErrorsStoreNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        const QString good =
            QStringLiteral("[default]\nclient_secret = s=\nhost = akab-x.luna.akamaiapis.net\n"
                           "access_token = akab-a\nclient_token = akab-c\n");
        QTest::newRow("missing section") << good << args({"--section", "papi"})
                                         << QStringLiteral("no [papi] section: the file has [default]");
        QTest::newRow("missing key")
            << QStringLiteral("[default]\nhost = akab-x.luna.akamaiapis.net\nclient_token = c\n")
            << QStringList() << QStringLiteral("line 1: [default] lacks client_secret, access_token");
        QTest::newRow("not an edgerc") << QStringLiteral("this is not an ini file\n") << QStringList()
                                       << QStringLiteral("line 1: \"name = value\" expected");
        QTest::newRow("bad host in file")
            << QStringLiteral(
                   "[default]\nclient_secret = s=\nhost = akab x\naccess_token = a\nclient_token = c\n")
            << QStringList() << QStringLiteral("is not a host name");
    }
    void edgercErrorsStoreNothing()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const QString edgerc = writeFile(QStringLiteral("edgerc"), text);
        const CliResult r =
            run(QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("ak"),
                            QStringLiteral("--type"), QStringLiteral("akamai"), QStringLiteral("--edgerc"),
                            edgerc, QStringLiteral("--secret-env"), kSecretVar} +
                extra);
        QVERIFY2(r.finished && r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("--edgerc \"%1\": ").arg(edgerc)),
                 r.describe().constData());
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        QVERIFY(!r.errText().contains(QStringLiteral("s=")));
        QCOMPARE(sources().size(), 0);
    }

    void edgercUsageErrors()
    {
        CliResult r =
            run(args({"source", "add", "ak", "--type", "akamai", "--edgerc", "/nonexistent/edgerc"}));
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("cannot read --edgerc \"/nonexistent/edgerc\"")),
                 r.describe().constData());
        const QString edgerc = writeFile(QStringLiteral("edgerc"), QStringLiteral("[default]\n"));
        r = run(QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("img"),
                            QStringLiteral("--type"), QStringLiteral("imgix"), QStringLiteral("--edgerc"),
                            edgerc, QStringLiteral("--secret-env"), kSecretVar});
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("--edgerc does not apply to type imgix")),
                 r.describe().constData());
        r = run(args({"source", "add", "ak", "--type", "akamai", "--section", "ccu", "--secret-env", "X"}) +
                sourceSettings());
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("--section names a section of a settings file")),
                 r.describe().constData());
        QCOMPARE(sources().size(), 0);
    }

    void dryRunRedactsTheSignature()
    {
        QVERIFY(addAkamai(QStringLiteral("ak")));
        const CliResult r = run(args({"purge", "--source", "ak", "--dry-run", "https://www.example.com/a.jpg",
                                      "https://www.example.com/b.jpg"}));
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        const QString base = m_server->baseUrl().toString();
        QVERIFY2(r.outText().contains(
                     QStringLiteral("# ak (akamai)\nPOST %1/ccu/v3/delete/url/production\n").arg(base)),
                 r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("Authorization: [redacted]\n")),
                 r.describe().constData());
        QVERIFY(!r.outText().contains(QStringLiteral("EG1-HMAC-SHA256")));
        QVERIFY(!r.outText().contains(kClientToken + QLatin1Char(';')));
        QVERIFY2(
            r.outText().contains(QStringLiteral(
                "\n{\"objects\":[\"https://www.example.com/a.jpg\",\"https://www.example.com/b.jpg\"]}\n")),
            r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("dry run: 1 transaction(s) shown, nothing sent")),
                 r.describe().constData());

        const CliResult json = run(args({"purge", "--source", "ak", "--dry-run", "--json", "--match",
                                         "cpcode", "--action", "invalidate", "12345", "678"}));
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        QVERIFY(!leaks(json));
        const QJsonObject request =
            json.json().value(QStringLiteral("requests")).toArray().first().toObject();
        QCOMPARE(request.value(QStringLiteral("url")).toString(),
                 base + QStringLiteral("/ccu/v3/invalidate/cpcode/production"));
        QCOMPARE(request.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("Authorization"))
                     .toString(),
                 QStringLiteral("[redacted]"));
        QCOMPARE(request.value(QStringLiteral("body")).toString(),
                 QStringLiteral("{\"objects\":[12345,678]}"));
        QTest::qWait(200);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void matchWords()
    {
        QVERIFY(addAkamai(QStringLiteral("ak")));
        CliResult r = run(args({"purge", "--source", "ak", "--dry-run", "--match", "cp", "1"}));
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral(
                     "unknown --match \"cp\": use one of exact, prefix, tag, host, all, cpcode")),
                 r.describe().constData());
        r = run(args(
            {"purge", "--source", "ak", "--dry-run", "--match", "prefix", "https://www.example.com/img/"}));
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(
            r.errText().contains(QStringLiteral("does not support --match prefix: use exact, tag or cpcode")),
            r.describe().constData());
        r = run(args({"purge", "--source", "ak", "--dry-run", "--match", "cpcode", "abc"}));
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("CP code \"abc\" is not a CP code number")),
                 r.describe().constData());
    }

    void purgeWaitEndToEnd()
    {
        QVERIFY(addAkamai(QStringLiteral("ak")));
        const CliResult r = run(args({"purge", "--source", "ak", "--wait", "--json", "--match", "tag",
                                      "--action", "invalidate", "fall-sale", "knits"}));
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaks(r));
        QCOMPARE(m_rejections, QStringList());
        QCOMPARE(m_server->requests().size(), 1);
        const RawRequest &seen = m_server->requests().first();
        QCOMPARE(seen.target, QByteArray("/ccu/v3/invalidate/tag/production"));
        QCOMPARE(seen.body, QByteArray("{\"objects\":[\"fall-sale\",\"knits\"]}"));
        const QJsonObject t = r.json().value(QStringLiteral("transactions")).toArray().first().toObject();
        QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(t.value(QStringLiteral("provider_id")).toString(), QStringLiteral("edcp-PURGE1"));

        const CliResult history = run(args({"history", "--json"}));
        const QJsonArray events = history.json()
                                      .value(QStringLiteral("transactions"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("events"))
                                      .toArray();
        QCOMPARE(events.last().toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("accepted as edcp-PURGE1; expected done in ~5 s"));

        // A wrong secret: the fake refuses the signature, the purge fails with Akamai's answer.
        m_cli->setEnv(kSecretVar, QStringLiteral("not-the-secret="));
        const CliResult refused =
            run(args({"purge", "--source", "ak", "--wait", "https://www.example.com/a.jpg"}));
        QVERIFY2(refused.finished && refused.exitCode == 1, refused.describe().constData());
        QCOMPARE(m_rejections, QStringList{QStringLiteral("the signature does not match the request")});
        QVERIFY2(refused.errText().contains(QStringLiteral("HTTP 401: authentication failed")),
                 refused.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliAkamai)
#include "tst_cli_akamai.moc"
