// Akamai EdgeGrid signing against Akamai's client test vectors (tests/data/edgegrid, and the
// shared originals when they are next to this checkout), and the verifier fake Akamai servers use.
#include "providers/edgegridsigner.h"
#include "providers/edgerc.h"
#include "rawhttpserver.h"
#include "sendandwait.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

struct VectorSource
{
    QString label; // prefix of the row names: "" for tests/data, "shared: " for the originals
    QString dir;
};

QList<VectorSource> vectorSources()
{
    QList<VectorSource> sources{{QString(), QStringLiteral(TEST_DATA_DIR "/edgegrid")}};
    if (QFile::exists(QStringLiteral(SHARED_VECTORS_DIR "/edgegrid-testdata.json")))
        sources.append({QStringLiteral("shared: "), QStringLiteral(SHARED_VECTORS_DIR)});
    return sources;
}

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (document.isNull())
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return document;
}

// The shared settings every vector is signed with (edgegrid-testdata.json).
struct TestData
{
    EdgeGridCredentials credentials;
    QString host;
    int maxBody = 0;
    QList<QByteArray> headersToSign;
    QByteArray timestamp;
    QByteArray nonce;
    QByteArray signingKey;

    static TestData read(const QString &dir)
    {
        const QJsonObject json = readJson(dir + QStringLiteral("/edgegrid-testdata.json")).object();
        TestData data;
        data.credentials.clientToken = json.value(QLatin1String("client_token")).toString();
        data.credentials.accessToken = json.value(QLatin1String("access_token")).toString();
        data.credentials.clientSecret = json.value(QLatin1String("client_secret")).toString();
        data.host = QUrl(json.value(QLatin1String("base_url")).toString()).host();
        data.maxBody = json.value(QLatin1String("max_body")).toInt();
        for (const QJsonValue &name : json.value(QLatin1String("headers_to_sign")).toArray())
            data.headersToSign.append(name.toString().toLatin1());
        data.timestamp = json.value(QLatin1String("timestamp")).toString().toLatin1();
        data.nonce = json.value(QLatin1String("nonce")).toString().toLatin1();
        data.signingKey = json.value(QLatin1String("sign_key_test")).toString().toLatin1();
        return data;
    }
};

// A vector's request as Purgeline would build it: https://host/path, the listed headers, the body.
HttpRequestSpec requestOf(const QJsonObject &request, const QString &host)
{
    HttpRequestSpec spec;
    spec.method = request.value(QLatin1String("method")).toString().toLatin1();
    spec.url = QUrl(QStringLiteral("https://") + host + request.value(QLatin1String("path")).toString());
    for (const QJsonValue &header : request.value(QLatin1String("headers")).toArray()) {
        const QJsonObject pair = header.toObject();
        for (auto it = pair.begin(); it != pair.end(); ++it)
            spec.headers.append(
                std::pair<QByteArray, QByteArray>(it.key().toLatin1(), it.value().toString().toUtf8()));
    }
    spec.body = request.value(QLatin1String("data")).toString().toUtf8();
    return spec;
}

const EdgeGridCredentials kCredentials{QStringLiteral("akab-client-token-purgeline"),
                                       QStringLiteral("akab-access-token-purgeline"),
                                       QStringLiteral("c2VjcmV0LWZvci1wdXJnZWxpbmUtdGVzdHM=")};
const QByteArray kTimestamp = QByteArrayLiteral("20240102T03:04:05+0000");
const QByteArray kNonce = QByteArrayLiteral("1f0a7a52-7c2b-4d1e-9a43-7b1f1f4e8d21");
const QList<QByteArray> kSignedHeaders{QByteArrayLiteral("X-Purge-Scope")};

// A Fast Purge request with a query, a signed header and a JSON body.
HttpRequestSpec purgeRequest(const QUrl &base = QUrl(QStringLiteral("https://akab-host.luna.akamaiapis.net")))
{
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.url = base.resolved(QUrl(QStringLiteral("/ccu/v3/invalidate/url/production?dry=1&tag=a%20b")));
    spec.setHeader("Content-Type", "application/json");
    spec.setHeader("X-Purge-Scope", "site  one");
    spec.body = R"({"objects":["https://www.example.com/a.css","https://www.example.com/b.js"]})";
    return spec;
}

// A copy of bytes with the byte at index changed (and still a byte a server would accept).
QByteArray withByteChanged(QByteArray bytes, qsizetype index)
{
    bytes[index] = bytes.at(index) == 'x' ? 'y' : 'x';
    return bytes;
}

} // namespace

class TestProviderEdgeGridSigner : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<int>("maxBody"); // 0: the one in edgegrid-testdata.json
        QTest::addColumn<QString>("expectedAuthorization");
        QTest::addColumn<QString>("expectedDataToSign"); // empty when the vector has none
        for (const VectorSource &source : vectorSources()) {
            for (const QJsonValue &value :
                 readJson(source.dir + QStringLiteral("/edgegrid-testcases.json")).array()) {
                const QJsonObject vector = value.toObject();
                const QString name = source.label + vector.value(QLatin1String("testName")).toString();
                QTest::newRow(qPrintable(name))
                    << source.dir << vector.value(QLatin1String("request")).toObject() << 0
                    << vector.value(QLatin1String("expectedAuthorization")).toString()
                    << vector.value(QLatin1String("expectedDataToSign")).toString();
            }
            const QJsonObject extra = readJson(source.dir + QStringLiteral("/edgegrid-extra.json")).object();
            for (const QJsonValue &value : extra.value(QLatin1String("tests")).toArray()) {
                const QJsonObject vector = value.toObject();
                const QString name = source.label + vector.value(QLatin1String("testName")).toString();
                QTest::newRow(qPrintable(name))
                    << source.dir << vector.value(QLatin1String("request")).toObject()
                    << vector.value(QLatin1String("max_body")).toInt()
                    << vector.value(QLatin1String("expectedAuthorization")).toString() << QString();
            }
        }
    }

    // Every vector, including "Header with leading and interior spaces": its failsWithMessage is
    // Python requests refusing such a header value before signing; the signature it expects
    // otherwise is the one of the trimmed, collapsed value, which is what is signed here.
    void vectors()
    {
        QFETCH(QString, dir);
        QFETCH(QJsonObject, request);
        QFETCH(int, maxBody);
        QFETCH(QString, expectedAuthorization);
        QFETCH(QString, expectedDataToSign);

        const TestData data = TestData::read(dir);
        const EdgeGridSigner signer(data.credentials, maxBody > 0 ? maxBody : data.maxBody,
                                    data.headersToSign);
        const HttpRequestSpec spec = requestOf(request, data.host);
        const HttpRequestSpec signedSpec = signer.sign(spec, data.timestamp, data.nonce);
        QCOMPARE(QString::fromLatin1(signedSpec.header("Authorization")), expectedAuthorization);
        QVERIFY(signedSpec.secretHeaders.contains("Authorization"));
        QVERIFY(!signedSpec.redactedText().contains(expectedAuthorization));
        if (!expectedDataToSign.isEmpty()) {
            // The vectors give the data without the Authorization prefix at its end.
            QCOMPARE(QString::fromUtf8(signer.dataToSign(WireRequest::fromSpec(spec), {})),
                     expectedDataToSign);
        }
        QCOMPARE(EdgeGridSigner::verify(WireRequest::fromSpec(signedSpec), data.credentials,
                                        maxBody > 0 ? maxBody : data.maxBody, data.headersToSign),
                 QString());
    }

    void signingKey_data()
    {
        QTest::addColumn<QString>("dir");
        for (const VectorSource &source : vectorSources())
            QTest::newRow(qPrintable(source.label + QStringLiteral("sign_key_test"))) << source.dir;
    }

    void signingKey()
    {
        QFETCH(QString, dir);
        const TestData data = TestData::read(dir);
        QCOMPARE(EdgeGridSigner::signingKey(data.credentials.clientSecret.toUtf8(), data.timestamp),
                 data.signingKey);
    }

    // The copies in tests/data are the originals, byte for byte.
    void copiesMatchOriginals_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"edgegrid-testdata.json", "edgegrid-testcases.json", "edgegrid-extra.json"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void copiesMatchOriginals()
    {
        QFETCH(QString, file);
        if (vectorSources().size() < 2)
            QSKIP("the shared vectors are not next to this checkout");
        QFile copy(QStringLiteral(TEST_DATA_DIR "/edgegrid/") + file);
        QFile original(QStringLiteral(SHARED_VECTORS_DIR "/") + file);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll() == original.readAll());
    }

    void timestampFormat()
    {
        const QDateTime time(QDate(2014, 3, 21), QTime(19, 34, 21), Qt::UTC);
        QCOMPARE(EdgeGridSigner::timestamp(time), QByteArray("20140321T19:34:21+0000"));
        // Another offset is converted, never written as "+0100".
        const QDateTime berlin(QDate(2014, 3, 21), QTime(20, 34, 21), Qt::OffsetFromUTC, 3600);
        QCOMPARE(EdgeGridSigner::timestamp(berlin), QByteArray("20140321T19:34:21+0000"));
    }

    void authorizationShape()
    {
        const EdgeGridSigner signer(kCredentials);
        const QByteArray authorization =
            signer.authorization(WireRequest::fromSpec(purgeRequest()), kTimestamp, kNonce);
        QVERIFY(authorization.startsWith("EG1-HMAC-SHA256 client_token=akab-client-token-purgeline;"
                                         "access_token=akab-access-token-purgeline;"
                                         "timestamp=20240102T03:04:05+0000;"
                                         "nonce=1f0a7a52-7c2b-4d1e-9a43-7b1f1f4e8d21;signature="));
        // base64 of a SHA-256 HMAC: 32 bytes, 44 characters.
        QCOMPARE(QByteArray::fromBase64(authorization.mid(authorization.indexOf("signature=") + 10)).size(),
                 32);
    }

    void dataToSignUsesTheWireForm()
    {
        const EdgeGridSigner signer(kCredentials, EdgeGridSigner::DefaultMaxBody, kSignedHeaders);
        const HttpRequestSpec spec = purgeRequest(QUrl(QStringLiteral("http://127.0.0.1:8080")));
        const QList<QByteArray> fields = signer.dataToSign(WireRequest::fromSpec(spec), "PREFIX").split('\t');
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields.at(0), QByteArray("POST"));
        QCOMPARE(fields.at(1), QByteArray("http"));
        QCOMPARE(fields.at(2), QByteArray("127.0.0.1:8080")); // the Host header HttpClient sends
        QCOMPARE(fields.at(3), QByteArray("/ccu/v3/invalidate/url/production?dry=1&tag=a%20b"));
        QCOMPARE(fields.at(4), QByteArray("x-purge-scope:site one"));
        QCOMPARE(fields.at(5), QCryptographicHash::hash(spec.body, QCryptographicHash::Sha256).toBase64());
        QCOMPARE(fields.at(6), QByteArray("PREFIX"));
    }

    void edgeRc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("clientToken");
        QTest::addColumn<QString>("clientSecret");
        QTest::addColumn<QString>("accessToken");
        QTest::addColumn<int>("maxBody");
        QTest::addColumn<QString>("error"); // empty: parses

        const QString def = QStringLiteral("default");
        const QString host = QStringLiteral("akab-host.luna.akamaiapis.net");
        const QString ct = QStringLiteral("akab-client-token");
        const QString cs = QStringLiteral("c2VjcmV0+/x=");
        const QString at = QStringLiteral("akab-access-token");
        const QString body = QStringLiteral("client_secret = c2VjcmV0+/x=\n"
                                            "host = akab-host.luna.akamaiapis.net\n"
                                            "access_token = akab-access-token\n"
                                            "client_token = akab-client-token\n");
        auto ok = [&](const char *name, const QString &text,
                      const QString &section = QStringLiteral("default"),
                      int maxBody = EdgeGridSigner::DefaultMaxBody) {
            QTest::newRow(name) << text << section << host << ct << cs << at << maxBody << QString();
        };
        auto bad = [&](const char *name, const QString &text, const QString &error,
                       const QString &section = QStringLiteral("default")) {
            QTest::newRow(name) << text << section << QString() << QString() << QString() << QString() << 0
                                << error;
        };

        ok("documented layout", QStringLiteral("[default]\n") + body);
        ok("chosen section",
           QStringLiteral("[default]\nhost = other.luna.akamaiapis.net\nclient_token = x\n"
                          "client_secret = y\naccess_token = z\n\n[ccu]\n") +
               body,
           QStringLiteral("ccu"));
        ok("max-body", QStringLiteral("[default]\n") + body + QStringLiteral("max-body = 8192\n"), def, 8192);
        ok("max_body", QStringLiteral("[default]\n") + body + QStringLiteral("max_body = 4096\n"), def, 4096);
        ok("comments and blank lines",
           QStringLiteral(
               "# credentials from Control Center\n; another comment\n\n[default]  ; the account\n") +
               body + QStringLiteral("\n# end\n"));
        ok("inline comments",
           QStringLiteral("[default]\nclient_secret = c2VjcmV0+/x=   # keep it safe\n"
                          "host = akab-host.luna.akamaiapis.net ; no https:// here\n"
                          "access_token = akab-access-token\nclient_token = akab-client-token\n"));
        ok("quoted values",
           QStringLiteral("[default]\nclient_secret = \"c2VjcmV0+/x=\"\n"
                          "host = 'akab-host.luna.akamaiapis.net'  # quoted\n"
                          "access_token=\"akab-access-token\"\nclient_token = akab-client-token\n"));
        ok("host as a URL with a trailing slash",
           QStringLiteral(
               "[default]\nclient_secret = c2VjcmV0+/x=\nhost = https://akab-host.luna.akamaiapis.net/\n"
               "access_token = akab-access-token\nclient_token = akab-client-token\n"));
        ok("colon delimiter and CRLF", QStringLiteral("[default]\r\nclient_secret: c2VjcmV0+/x=\r\n"
                                                      "host: akab-host.luna.akamaiapis.net\r\n"
                                                      "access_token: akab-access-token\r\n"
                                                      "client_token: akab-client-token\r\n"));
        ok("indented and mixed-case names", QStringLiteral("  [default]\n  Client_Secret = c2VjcmV0+/x=\n"
                                                           "  HOST = akab-host.luna.akamaiapis.net\n"
                                                           "  access_token = akab-access-token\n"
                                                           "  client_token = akab-client-token\n"));
        ok("unknown names are ignored", QStringLiteral("[default]\n") + body +
                                            QStringLiteral("headers_to_sign = X-A\naccount_key = 1-ABC\n"));

        bad("no such section", QStringLiteral("[default]\n") + body + QStringLiteral("[papi]\n") + body,
            QStringLiteral("no [ccu] section: the file has [default], [papi]"), QStringLiteral("ccu"));
        bad("empty file", QString(), QStringLiteral("no [default] section: the file has no sections"));
        bad("missing values",
            QStringLiteral("\n[default]\nhost = akab-host.luna.akamaiapis.net\nclient_token = x\n"),
            QStringLiteral("line 2: [default] lacks client_secret, access_token"));
        bad("empty value",
            QStringLiteral("[default]\n") +
                QString(body).replace(QLatin1String("akab-access-token"), QString()),
            QStringLiteral("line 1: [default] lacks access_token"));
        bad("value before any section",
            QStringLiteral("host = akab-host.luna.akamaiapis.net\n[default]\n") + body,
            QStringLiteral("line 1: a value comes before any [section]"));
        bad("line without a delimiter", QStringLiteral("[default]\nclient_secret c2VjcmV0+/x=\n"),
            QStringLiteral("line 2: \"name = value\" expected"));
        bad("unclosed section header", QStringLiteral("[default\n") + body,
            QStringLiteral("line 1: the section header has no closing ]"));
        bad("text after the section header", QStringLiteral("[default] extra\n") + body,
            QStringLiteral("line 1: text follows the section header"));
        bad("empty section name", QStringLiteral("[ ]\n") + body,
            QStringLiteral("line 1: the section has no name"));
        bad("value without a name", QStringLiteral("[default]\n= c2VjcmV0\n"),
            QStringLiteral("line 2: a value has no name"));
        bad("unclosed quote", QStringLiteral("[default]\nclient_secret = \"c2VjcmV0+/x=\n"),
            QStringLiteral("line 2: the quoted value of client_secret has no closing quote"));
        bad("text after a quoted value", QStringLiteral("[default]\nclient_secret = \"c2VjcmV0\" +/x=\n"),
            QStringLiteral("line 2: text follows the quoted value of client_secret"));
        bad("name set twice",
            QStringLiteral("[default]\n") + body + QStringLiteral("host = b.luna.akamaiapis.net\n"),
            QStringLiteral("line 6: host is set twice in [default] (first on line 3)"));
        bad("section twice", QStringLiteral("[default]\n") + body + QStringLiteral("[default]\n"),
            QStringLiteral("line 6: section [default] appears again (first on line 1)"));
        bad("max_body not a number",
            QStringLiteral("[default]\n") + body + QStringLiteral("max-body = lots\n"),
            QStringLiteral("line 6: max_body \"lots\" is not a positive number of bytes"));
        bad("max_body zero", QStringLiteral("[default]\n") + body + QStringLiteral("max_body = 0\n"),
            QStringLiteral("line 6: max_body \"0\" is not a positive number of bytes"));
        bad("host with another scheme",
            QStringLiteral(
                "[default]\nclient_secret = c2VjcmV0+/x=\nhost = http://akab-host.luna.akamaiapis.net/ccu\n"
                "access_token = akab-access-token\nclient_token = akab-client-token\n"),
            QStringLiteral(
                "line 3: host \"http://akab-host.luna.akamaiapis.net/ccu\" is not a host name such as "
                "akab-xxxx.luna.akamaiapis.net"));
        bad("broken line in another section",
            QStringLiteral("[default]\n") + body + QStringLiteral("[other]\noops\n"),
            QStringLiteral("line 7: \"name = value\" expected"));
    }

    void edgeRc()
    {
        QFETCH(QString, text);
        QFETCH(QString, section);
        QFETCH(QString, error);
        QString got;
        const std::optional<EdgeRc> rc = EdgeRc::parse(text, section, &got);
        QCOMPARE(got, error);
        QCOMPARE(rc.has_value(), error.isEmpty());
        if (!rc)
            return;
        QTEST(rc->host, "host");
        QTEST(rc->credentials.clientToken, "clientToken");
        QTEST(rc->credentials.clientSecret, "clientSecret");
        QTEST(rc->credentials.accessToken, "accessToken");
        QTEST(rc->maxBody, "maxBody");
    }

    // Errors name lines and names, never the values, which may be secrets.
    void edgeRcErrorsKeepSecretsOut()
    {
        QString error;
        QVERIFY(!EdgeRc::parse(QStringLiteral("[default]\nclient_secret c2VjcmV0LXNlY3JldA==\n"),
                               QStringLiteral("default"), &error));
        QVERIFY(!error.contains(QLatin1String("c2VjcmV0")));
        QVERIFY(!EdgeRc::parse(QStringLiteral("c2VjcmV0LXNlY3JldA==\n[default]\n"), QStringLiteral("default"),
                               &error));
        QVERIFY(!error.contains(QLatin1String("c2VjcmV0")));
        QVERIFY(
            !EdgeRc::parse(QStringLiteral("[default]\nc2VjcmV0LXNlY3JldA== = 1\nc2VjcmV0LXNlY3JldA== = 2\n"),
                           QStringLiteral("default"), &error));
        QVERIFY(!error.contains(QLatin1String("c2VjcmV0")));
        QVERIFY(!EdgeRc::parse(QStringLiteral("[default]\nclient_secret = 'c2VjcmV0LXNlY3JldA==\n"),
                               QStringLiteral("default"), &error));
        QVERIFY(!error.contains(QLatin1String("c2VjcmV0")));
    }

    // The sections a form offers: in file order, each once; an unreadable line is an error
    // naming the line and never its text.
    void edgeRcSections()
    {
        QString error;
        QCOMPARE(EdgeRc::sections(QStringLiteral("# comment\n[default]\nhost = a\n[ccu]\nhost = b\n"
                                                 "[default]\n[papi] ; api\n"),
                                  &error),
                 (QStringList{QStringLiteral("default"), QStringLiteral("ccu"), QStringLiteral("papi")}));
        QCOMPARE(error, QString());
        QCOMPARE(EdgeRc::sections(QString(), &error), QStringList());
        QVERIFY(!EdgeRc::sections(QStringLiteral("[default]\nclient_secret c2VjcmV0LXNlY3JldA\n"), &error));
        QCOMPARE(error, QStringLiteral("line 2: \"name = value\" expected"));
        QVERIFY(!EdgeRc::sections(QStringLiteral("host = a\n[default]\n"), &error));
        QCOMPARE(error, QStringLiteral("line 1: a value comes before any [section]"));
    }

    // A section read from .edgerc signs like the same values given directly.
    void edgeRcSigns()
    {
        const std::optional<EdgeRc> rc = EdgeRc::parse(QStringLiteral(
            "[default]\nclient_secret = c2VjcmV0LWZvci1wdXJnZWxpbmUtdGVzdHM=\n"
            "host = akab-host.luna.akamaiapis.net\naccess_token = akab-access-token-purgeline\n"
            "client_token = akab-client-token-purgeline\n"));
        QVERIFY(rc);
        const WireRequest wire =
            WireRequest::fromSpec(purgeRequest(QUrl(QStringLiteral("https://") + rc->host)));
        QCOMPARE(EdgeGridSigner(rc->credentials, rc->maxBody).authorization(wire, kTimestamp, kNonce),
                 EdgeGridSigner(kCredentials).authorization(wire, kTimestamp, kNonce));
    }

    void verifyAcceptsTheSignedRequest()
    {
        const EdgeGridSigner signer(kCredentials, EdgeGridSigner::DefaultMaxBody, kSignedHeaders);
        const WireRequest wire = WireRequest::fromSpec(signer.sign(purgeRequest(), kTimestamp, kNonce));
        QCOMPARE(EdgeGridSigner::verify(wire, kCredentials, EdgeGridSigner::DefaultMaxBody, kSignedHeaders),
                 QString());
    }

    // Any one byte changed in what the signature covers makes the request fail.
    void verifyRejectsOneByteChanges_data()
    {
        QTest::addColumn<QString>("part");
        for (const char *part : {"method", "path", "query", "signed header", "body", "host"})
            QTest::newRow(part) << QString::fromLatin1(part);
    }

    void verifyRejectsOneByteChanges()
    {
        QFETCH(QString, part);
        const EdgeGridSigner signer(kCredentials, EdgeGridSigner::DefaultMaxBody, kSignedHeaders);
        const WireRequest original = WireRequest::fromSpec(signer.sign(purgeRequest(), kTimestamp, kNonce));
        const qsizetype queryAt = original.target.indexOf('?');

        QList<WireRequest> changed;
        auto changeHeader = [&](const QByteArray &name) {
            for (qsizetype h = 0; h < original.headers.size(); ++h) {
                if (original.headers.at(h).first.compare(name, Qt::CaseInsensitive) != 0)
                    continue;
                for (qsizetype i = 0; i < original.headers.at(h).second.size(); ++i) {
                    WireRequest request = original;
                    request.headers[h].second = withByteChanged(request.headers.at(h).second, i);
                    changed.append(request);
                }
            }
        };
        if (part == QLatin1String("method")) {
            for (qsizetype i = 0; i < original.method.size(); ++i) {
                WireRequest request = original;
                request.method = withByteChanged(request.method, i);
                changed.append(request);
            }
        } else if (part == QLatin1String("path") || part == QLatin1String("query")) {
            const bool path = part == QLatin1String("path");
            for (qsizetype i = path ? 0 : queryAt + 1; i < (path ? queryAt : original.target.size()); ++i) {
                WireRequest request = original;
                request.target = withByteChanged(request.target, i);
                changed.append(request);
            }
        } else if (part == QLatin1String("signed header")) {
            changeHeader("X-Purge-Scope");
        } else if (part == QLatin1String("host")) {
            changeHeader("Host");
        } else {
            for (qsizetype i = 0; i < original.body.size(); ++i) {
                WireRequest request = original;
                request.body = withByteChanged(request.body, i);
                changed.append(request);
            }
        }
        QVERIFY(!changed.isEmpty());
        for (const WireRequest &request : changed)
            QCOMPARE(
                EdgeGridSigner::verify(request, kCredentials, EdgeGridSigner::DefaultMaxBody, kSignedHeaders),
                QStringLiteral("the signature does not match the request"));
    }

    // What EdgeGrid does not sign may change; that is the protocol, and it is pinned here so a
    // test relying on the verifier knows it.
    void verifyIgnoresWhatIsNotSigned()
    {
        const int maxBody = 16;
        const EdgeGridSigner signer(kCredentials, maxBody, kSignedHeaders);
        WireRequest request = WireRequest::fromSpec(signer.sign(purgeRequest(), kTimestamp, kNonce));
        request.body = withByteChanged(request.body, maxBody); // past max_body
        request.headers.append(std::pair<QByteArray, QByteArray>("X-Unsigned", "anything"));
        QCOMPARE(EdgeGridSigner::verify(request, kCredentials, maxBody, kSignedHeaders), QString());
        request.body = withByteChanged(request.body, maxBody - 1); // within max_body
        QCOMPARE(EdgeGridSigner::verify(request, kCredentials, maxBody, kSignedHeaders),
                 QStringLiteral("the signature does not match the request"));
    }

    void verifyRejectsBadAuthorization_data()
    {
        QTest::addColumn<QByteArray>("authorization"); // empty: no header at all
        QTest::addColumn<QString>("reason");
        const EdgeGridSigner signer(kCredentials);
        const QByteArray good =
            signer.authorization(WireRequest::fromSpec(purgeRequest()), kTimestamp, kNonce);
        QByteArray otherToken = good;
        otherToken.replace("client_token=akab-client-token-purgeline",
                           "client_token=akab-client-token-someone");
        QByteArray otherAccess = good;
        otherAccess.replace("access_token=akab-access-token-purgeline",
                            "access_token=akab-access-token-someone");
        QByteArray badTime = good;
        badTime.replace("timestamp=20240102T03:04:05+0000", "timestamp=2024-01-02T03:04:05Z");
        QByteArray noNonce = good;
        noNonce.replace(QByteArray("nonce=" + kNonce + ';'), "");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("no Authorization header");
        QTest::newRow("other scheme")
            << QByteArray("Bearer abc") << QStringLiteral("the Authorization header is not EG1-HMAC-SHA256");
        QTest::newRow("no signature") << good.left(good.indexOf("signature="))
                                      << QStringLiteral("the Authorization header has no signature");
        QTest::newRow("other client") << otherToken << QStringLiteral("unknown client_token");
        QTest::newRow("other access token")
            << otherAccess << QStringLiteral("access_token does not belong to the client_token");
        QTest::newRow("timestamp format")
            << badTime << QStringLiteral("timestamp \"2024-01-02T03:04:05Z\" is not yyyyMMddTHH:mm:ss+0000");
        QTest::newRow("no nonce") << noNonce << QStringLiteral("the Authorization header lacks nonce");
    }

    void verifyRejectsBadAuthorization()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, reason);
        WireRequest request = WireRequest::fromSpec(purgeRequest());
        if (!authorization.isEmpty())
            request.headers.append(std::pair<QByteArray, QByteArray>("Authorization", authorization));
        QCOMPARE(EdgeGridSigner::verify(request, kCredentials), reason);
    }

    void verifyRejectsAnotherSecret()
    {
        EdgeGridCredentials other = kCredentials;
        other.clientSecret = QStringLiteral("b3RoZXItc2VjcmV0");
        const WireRequest request =
            WireRequest::fromSpec(EdgeGridSigner(other).sign(purgeRequest(), kTimestamp, kNonce));
        QCOMPARE(EdgeGridSigner::verify(request, kCredentials),
                 QStringLiteral("the signature does not match the request"));
    }

    // A fake Akamai server checks what HttpClient really sent: the signature made from the
    // HttpRequestSpec holds for the bytes on the wire.
    void fakeServerVerifiesWhatWasSent()
    {
        RawHttpServer server;
        QVERIFY(!server.start().isEmpty());
        QString reason = QStringLiteral("no request");
        server.setHandler([&](const RawRequest &raw) {
            WireRequest wire{raw.method, "http", raw.target, raw.headers, raw.body};
            reason =
                EdgeGridSigner::verify(wire, kCredentials, EdgeGridSigner::DefaultMaxBody, kSignedHeaders);
            return reason.isEmpty() ? ScriptedReply::json(201, R"({"httpStatus":201})")
                                    : ScriptedReply::json(401, R"({"title":"Unauthorized"})");
        });
        const EdgeGridSigner signer(kCredentials, EdgeGridSigner::DefaultMaxBody, kSignedHeaders);
        const HttpReply reply = sendAndWait(signer.sign(purgeRequest(server.baseUrl()), kTimestamp, kNonce));
        QCOMPARE(reason, QString());
        QCOMPARE(reply.status, 201);

        HttpRequestSpec tampered = signer.sign(purgeRequest(server.baseUrl()), kTimestamp, kNonce);
        tampered.body.replace("b.js", "c.js");
        QCOMPARE(sendAndWait(tampered).status, 401);
        QCOMPARE(reason, QStringLiteral("the signature does not match the request"));
    }
};

QTEST_GUILESS_MAIN(TestProviderEdgeGridSigner)
#include "tst_provider_edgegridsigner.moc"
