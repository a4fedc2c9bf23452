// Akamai EdgeGrid signing against Akamai's client test vectors (tests/data/edgegrid, and the
// shared originals when they are next to this checkout), and the verifier fake Akamai servers use.
#include "providers/edgegridsigner.h"
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
