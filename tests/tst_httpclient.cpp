#include "core/httpexchange.h"
#include "core/sourceconfig.h"
#include "failurename.h"
#include "net/httpclient.h"
#include "net/httptransport.h"
#include "rawhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QPointer>
#include <QScopeGuard>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

Q_DECLARE_METATYPE(HttpReply::Failure)

namespace {

constexpr int kTimeoutMs = 3000; // per request; everything here is on loopback
constexpr int kWaitMs = 5000;    // how long a test waits for a handler
constexpr int kSettleMs = 150;   // extra event-loop time for late resends or second handler calls

// One request as it arrived on the wire, and the connection (by arrival order) it came on.
struct ServerRequest : RawRequest
{
    int connection = -1;
};

// A TCP server on 127.0.0.1 whose replies are exact bytes chosen by the test: written at once
// or in pieces with pauses between them, followed by a close, or no reply at all. RawHttpServer
// always writes a well-formed reply in one go, which cannot show how the client frames replies.
class ScriptedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedTcpServer)
public:
    using RequestHandler = std::function<void(const ServerRequest &)>;
    using ConnectionHandler = std::function<void(int connection)>;

    explicit ScriptedTcpServer(QObject *parent = nullptr) : QTcpServer(parent) {}
    ~ScriptedTcpServer() override
    {
        close();
        for (const Connection &c : std::as_const(m_connections))
            if (c.socket)
                c.socket->abort();
    }

    bool start(const QHostAddress &address = QHostAddress::LocalHost) { return listen(address, 0); }
    QUrl url(const QString &pathAndQuery = QStringLiteral("/"),
             const QString &host = QStringLiteral("127.0.0.1"),
             const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(scheme + QStringLiteral("://") + host + QLatin1Char(':') + QString::number(serverPort()) +
                    pathAndQuery);
    }
    QByteArray hostHeader() const { return "127.0.0.1:" + QByteArray::number(serverPort()); }

    void onRequest(RequestHandler handler) { m_onRequest = std::move(handler); }
    void onConnection(ConnectionHandler handler) { m_onConnection = std::move(handler); }

    void write(int connection, const QByteArray &bytes)
    {
        if (QTcpSocket *s = socket(connection)) {
            s->write(bytes);
            s->flush();
        }
    }
    // Each piece goes out in its own write, pauseMs apart, so the client reads them separately.
    void writePieces(int connection, const QList<QByteArray> &pieces, int pauseMs, bool closeAfter)
    {
        if (pieces.isEmpty()) {
            if (closeAfter)
                closeConnection(connection);
            return;
        }
        write(connection, pieces.first());
        const QList<QByteArray> rest = pieces.mid(1);
        QTimer::singleShot(pauseMs, Qt::PreciseTimer, this, [this, connection, rest, pauseMs, closeAfter] {
            writePieces(connection, rest, pauseMs, closeAfter);
        });
    }
    // A graceful close (FIN) after anything already written.
    void closeConnection(int connection)
    {
        if (QTcpSocket *s = socket(connection)) {
            m_connections[connection].closedByServer = true;
            s->disconnectFromHost();
        }
    }

    QTcpSocket *socket(int connection) const
    {
        if (connection < 0 || connection >= m_connections.size())
            return nullptr;
        QTcpSocket *s = m_connections.at(connection).socket;
        return s && s->state() == QAbstractSocket::ConnectedState ? s : nullptr;
    }
    int connectionCount() const { return int(m_connections.size()); }
    const QList<ServerRequest> &requests() const { return m_requests; }
    // Bytes after the last complete request: a longer body than announced, or a request cut short.
    QByteArray unparsed(int connection) const { return m_connections.value(connection).buffer; }
    bool clientClosed(int connection) const
    {
        const Connection c = m_connections.value(connection);
        return c.disconnected && !c.closedByServer;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *s = new QTcpSocket(this);
        if (!s->setSocketDescriptor(descriptor)) {
            delete s;
            return;
        }
        s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const int index = int(m_connections.size());
        m_connections.append(Connection{s, {}, false, false, false});
        connect(s, &QTcpSocket::readyRead, this, [this, index] { readFrom(index); });
        connect(s, &QTcpSocket::disconnected, this, [this, index] {
            m_connections[index].disconnected = true;
            if (m_connections[index].socket)
                m_connections[index].socket->deleteLater();
        });
        if (m_onConnection)
            m_onConnection(index);
    }

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool bad = false;
        bool disconnected = false;
        bool closedByServer = false;
    };

    void readFrom(int index)
    {
        Connection &c = m_connections[index];
        c.buffer += c.socket->readAll();
        ServerRequest request;
        while (!c.bad && RawHttpServer::takeRequest(c.buffer, request, c.bad)) {
            request.connection = index;
            m_requests.append(request);
            if (m_onRequest)
                m_onRequest(request);
            if (!m_connections[index].socket)
                return;
        }
    }
    QList<Connection> m_connections;
    QList<ServerRequest> m_requests;
    RequestHandler m_onRequest;
    ConnectionHandler m_onConnection;
};

QByteArray ok(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QList<QByteArray> bytewise(const QByteArray &bytes)
{
    QList<QByteArray> pieces;
    for (char c : bytes)
        pieces.append(QByteArray(1, c));
    return pieces;
}

// The headers whose names are in names, in order, one "Name: value" line each.
QByteArray headerLines(const HeaderList &headers, const QList<QByteArray> &names)
{
    QByteArray text;
    for (const auto &[name, value] : headers)
        for (const QByteArray &wanted : names)
            if (name.compare(wanted, Qt::CaseInsensitive) == 0)
                text += name + ": " + value + '\n';
    return text;
}

HttpRequestSpec spec(const QByteArray &method, const QUrl &url, const QByteArray &body = {})
{
    HttpRequestSpec s;
    s.method = method;
    s.url = url;
    s.body = body;
    return s;
}

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString nonLoopbackAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses())
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address.toString();
    return {};
}

// Waits for a handler call, and fails at once when the handler has already run more than once.
#define WAIT_HANDLED(delivery, timeoutMs)                                                                    \
    do {                                                                                                     \
        QTRY_VERIFY_WITH_TIMEOUT((delivery)->calls > 0, timeoutMs);                                          \
        QCOMPARE((delivery)->calls, 1);                                                                      \
    } while (false)

struct Delivery
{
    int calls = 0;
    bool duringSend = false;
    quint64 id = 0;
    HttpReply reply;
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<HttpClient> m_client;
    bool m_insideSend = false;

    std::shared_ptr<Delivery> send(const HttpRequestSpec &request, int timeoutMs = kTimeoutMs)
    {
        auto delivery = std::make_shared<Delivery>();
        m_insideSend = true;
        delivery->id = m_client->send(request, timeoutMs, [this, delivery](const HttpReply &reply) {
            ++delivery->calls;
            delivery->duringSend = delivery->duringSend || m_insideSend;
            delivery->reply = reply;
        });
        m_insideSend = false;
        return delivery;
    }

private slots:
    void init() { m_client = std::make_unique<HttpClient>(); }
    void cleanup() { m_client.reset(); }

    void requestOnTheWire_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("pathAndQuery");
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("contentLength"); // empty: not checked

        QTest::newRow("GET encoded path and query")
            << QByteArray("GET") << QStringLiteral("/img/a%20b.png?x=1&y=%2F")
            << QList<QByteArray>{"X-One: 1", "X-Two: two words"} << QByteArray()
            << QByteArray("/img/a%20b.png?x=1&y=%2F") << QByteArray();
        QTest::newRow("empty path") << QByteArray("GET") << QString() << QList<QByteArray>() << QByteArray()
                                    << QByteArray("/") << QByteArray();
        QTest::newRow("PURGE") << QByteArray("PURGE") << QStringLiteral("/purge/me.css?v=3")
                               << QList<QByteArray>{"X-Purge-Key: k1"} << QByteArray()
                               << QByteArray("/purge/me.css?v=3") << QByteArray();
        QTest::newRow("BAN") << QByteArray("BAN") << QStringLiteral("/")
                             << QList<QByteArray>{"X-Ban-Url: ^/img/.*$", "X-Ban-Host: site.test"}
                             << QByteArray() << QByteArray("/") << QByteArray();
        QTest::newRow("POST with body")
            << QByteArray("POST") << QStringLiteral("/api/purge")
            << QList<QByteArray>{"Content-Type: application/json"} << QByteArray(R"({"files":["a b"]})")
            << QByteArray("/api/purge") << QByteArray("17");
        QTest::newRow("PUT binary body")
            << QByteArray("PUT") << QStringLiteral("/blob") << QList<QByteArray>()
            << QByteArray("a\0b\r\n\r\nc", 8) << QByteArray("/blob") << QByteArray("8");
        QTest::newRow("POST empty body")
            << QByteArray("POST") << QStringLiteral("/empty") << QList<QByteArray>() << QByteArray()
            << QByteArray("/empty") << QByteArray("0");
    }
    void requestOnTheWire()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, pathAndQuery);
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, contentLength);

        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) { server.write(r.connection, ok("done")); });
        HttpRequestSpec request = spec(method, server.url(pathAndQuery), body);
        for (const QByteArray &line : headers) {
            const qsizetype colon = line.indexOf(':');
            request.setHeader(line.left(colon), line.mid(colon + 1).trimmed());
        }
        const auto delivery = send(request);
        WAIT_HANDLED(delivery, kWaitMs);
        QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
        QCOMPARE(delivery->reply.status, 200);
        QCOMPARE(delivery->reply.body, QByteArray("done"));

        QCOMPARE(server.requests().size(), 1);
        const ServerRequest &seen = server.requests().first();
        QCOMPARE(seen.method, method);
        QCOMPARE(seen.target, target);
        QCOMPARE(seen.version, QByteArray("HTTP/1.1"));
        QCOMPARE(seen.headerCount("Host"), 1);
        QCOMPARE(seen.header("Host"), server.hostHeader());
        for (const auto &[name, value] : std::as_const(request.headers))
            QCOMPARE(seen.header(name), value);
        if (!contentLength.isEmpty()) {
            QCOMPARE(seen.headerCount("Content-Length"), 1);
            QCOMPARE(seen.header("Content-Length"), contentLength);
        }
        QCOMPARE(seen.body, body);
        QCOMPARE(server.unparsed(0), QByteArray());
    }

    void replyParsing_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QList<QByteArray>>("watched");
        QTest::addColumn<QByteArray>("headers"); // the watched headers as the handler must see them

        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Kind: chunked\r\n\r\n"
                                   "5;ext=1\r\nhello\r\nA\r\n, chunked!\r\n0\r\nX-Trailer: t\r\n\r\n";
        QTest::newRow("length, repeated headers")
            << QList<QByteArray>{"HTTP/1.1 200 OK\r\nX-Dup: one\r\nContent-Length: 5\r\nSet-Cookie: a=1\r\n"
                                 "x-dup:two\r\nSet-Cookie: b=2\r\n\r\nhello"}
            << false << 200 << QByteArray("hello") << QList<QByteArray>{"X-Dup", "Set-Cookie"}
            << QByteArray("X-Dup: one\nSet-Cookie: a=1\nx-dup: two\nSet-Cookie: b=2\n");
        QTest::newRow("chunked, extension, trailer")
            << QList<QByteArray>{chunked} << false << 200 << QByteArray("hello, chunked!")
            << QList<QByteArray>{"X-Kind"} << QByteArray("X-Kind: chunked\n");
        QTest::newRow("chunked, split inside chunks")
            << QList<QByteArray>{chunked.left(70), chunked.mid(70, 5), chunked.mid(75)} << false << 200
            << QByteArray("hello, chunked!") << QList<QByteArray>{"X-Kind"}
            << QByteArray("X-Kind: chunked\n");
        QTest::newRow("close-delimited")
            << QList<QByteArray>{"HTTP/1.1 200 OK\r\nX-Kind: eof\r\n\r\nuntil ", "the server closes"} << true
            << 200 << QByteArray("until the server closes") << QList<QByteArray>{"X-Kind"}
            << QByteArray("X-Kind: eof\n");
        QTest::newRow("one byte per write, length")
            << bytewise("HTTP/1.1 200 OK\r\nX-Kind: slow\r\nContent-Length: 11\r\n\r\nbyte a byte") << false
            << 200 << QByteArray("byte a byte") << QList<QByteArray>{"X-Kind"}
            << QByteArray("X-Kind: slow\n");
        QTest::newRow("one byte per write, chunked")
            << bytewise(chunked) << false << 200 << QByteArray("hello, chunked!")
            << QList<QByteArray>{"X-Kind"} << QByteArray("X-Kind: chunked\n");
        QTest::newRow("100 Continue first")
            << QList<QByteArray>{"HTTP/1.1 100 Continue\r\nX-Kind: interim\r\n\r\n",
                                 "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Kind: final\r\n\r\nok"}
            << false << 200 << QByteArray("ok") << QList<QByteArray>{"X-Kind"}
            << QByteArray("X-Kind: final\n");
        QTest::newRow("404 is a reply")
            << QList<QByteArray>{"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n"
                                 "Content-Length: 9\r\n\r\nnot found"}
            << false << 404 << QByteArray("not found") << QList<QByteArray>{"Content-Type"}
            << QByteArray("Content-Type: text/plain\n");
        QTest::newRow("503 is a reply")
            << QList<QByteArray>{"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 7\r\n"
                                 "Content-Length: 4\r\n\r\nbusy"}
            << false << 503 << QByteArray("busy") << QList<QByteArray>{"Retry-After"}
            << QByteArray("Retry-After: 7\n");
        QTest::newRow("301 is not followed")
            << QList<QByteArray>{"HTTP/1.1 301 Moved Permanently\r\nLocation: /moved-here\r\n"
                                 "Content-Length: 0\r\n\r\n"}
            << false << 301 << QByteArray() << QList<QByteArray>{"Location"}
            << QByteArray("Location: /moved-here\n");
    }
    void replyParsing()
    {
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(bool, closeAfter);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QList<QByteArray>, watched);
        QFETCH(QByteArray, headers);

        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            if (r.target == "/parse")
                server.writePieces(r.connection, pieces, 1, closeAfter);
            else
                server.write(r.connection, ok("followed"));
        });
        const auto delivery = send(spec("GET", server.url(QStringLiteral("/parse"))));
        WAIT_HANDLED(delivery, kWaitMs);
        QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
        QCOMPARE(delivery->reply.status, status);
        QCOMPARE(delivery->reply.body, body);
        QCOMPARE(headerLines(delivery->reply.headers, watched), headers);
        QTest::qWait(kSettleMs);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(delivery->calls, 1);
    }

    // A reply that must not have a body leaves the connection ready for the next request even
    // when it announces a length.
    void noBodyReplies_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("status");

        QTest::newRow("HEAD") << QByteArray("HEAD")
                              << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n") << 200;
        QTest::newRow("204") << QByteArray("GET")
                             << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n") << 204;
        QTest::newRow("304") << QByteArray("GET")
                             << QByteArray(
                                    "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\nContent-Length: 10\r\n\r\n")
                             << 304;
    }
    void noBodyReplies()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, reply);
        QFETCH(int, status);

        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            server.write(r.connection, r.target == "/first" ? reply : ok("next"));
        });
        const auto first = send(spec(method, server.url(QStringLiteral("/first"))));
        WAIT_HANDLED(first, kWaitMs);
        QVERIFY2(first->reply.isHttp(), qPrintable(first->reply.describe()));
        QCOMPARE(first->reply.status, status);
        QCOMPARE(first->reply.body, QByteArray());

        const auto second = send(spec("GET", server.url(QStringLiteral("/next"))));
        WAIT_HANDLED(second, kWaitMs);
        QVERIFY2(second->reply.isHttp(), qPrintable(second->reply.describe()));
        QCOMPARE(second->reply.status, 200);
        QCOMPARE(second->reply.body, QByteArray("next"));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).connection, 0);
        QCOMPARE(server.connectionCount(), 1);
    }

    void sequentialRequestsShareOneConnection()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) { server.write(r.connection, ok(r.target)); });
        for (int i = 0; i < 5; ++i) {
            const QByteArray path = "/seq" + QByteArray::number(i);
            const auto delivery = send(spec("GET", server.url(QString::fromLatin1(path))));
            WAIT_HANDLED(delivery, kWaitMs);
            QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
            QCOMPARE(delivery->reply.body, path);
        }
        QCOMPARE(server.requests().size(), 5);
        QCOMPARE(server.connectionCount(), 1);
    }

    void connectionCloseIsHonoured()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        // The server announces the close but leaves the socket open: only the client can act on it.
        server.onRequest([&](const ServerRequest &r) {
            if (r.target == "/first")
                server.write(r.connection,
                             "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 5\r\n\r\nfirst");
            else
                server.write(r.connection, ok("second"));
        });
        const auto first = send(spec("GET", server.url(QStringLiteral("/first"))));
        WAIT_HANDLED(first, kWaitMs);
        QCOMPARE(first->reply.body, QByteArray("first"));
        const auto second = send(spec("GET", server.url(QStringLiteral("/second"))));
        WAIT_HANDLED(second, kWaitMs);
        QVERIFY2(second->reply.isHttp(), qPrintable(second->reply.describe()));
        QCOMPARE(second->reply.body, QByteArray("second"));
        QCOMPARE(server.connectionCount(), 2);
        QCOMPARE(server.requests().at(1).connection, 1);
        QTRY_VERIFY_WITH_TIMEOUT(server.clientClosed(0), kWaitMs);
    }

    void parallelRequestsUseParallelConnections()
    {
        constexpr int count = 10;
        ScriptedTcpServer server;
        QVERIFY(server.start());
        // Nobody is answered until all ten are in: a client that queues behind fewer connections
        // never gets a reply.
        server.onRequest([&](const ServerRequest &) {
            if (server.requests().size() == count)
                for (const ServerRequest &r : server.requests())
                    server.write(r.connection, ok(r.target));
        });
        QList<std::shared_ptr<Delivery>> deliveries;
        for (int i = 0; i < count; ++i)
            deliveries.append(send(spec("GET", server.url(QStringLiteral("/p%1").arg(i)))));
        for (int i = 0; i < count; ++i) {
            WAIT_HANDLED(deliveries.at(i), kWaitMs);
            QVERIFY2(deliveries.at(i)->reply.isHttp(), qPrintable(deliveries.at(i)->reply.describe()));
            QCOMPARE(deliveries.at(i)->reply.body, "/p" + QByteArray::number(i));
        }
        QCOMPARE(server.requests().size(), count);
        QCOMPARE(server.connectionCount(), count);
        QSet<int> connections;
        for (const ServerRequest &r : server.requests())
            connections.insert(r.connection);
        QCOMPARE(connections.size(), count);
    }

    // Waves of parallel requests, as the queue sends them between commits, with one slow reply
    // that finishes a wave nearly alone: the connections of the first wave carry every later one.
    // (curl's default cache of idle connections shrinks with the transfers still running.)
    void idleConnectionsOutlastAQuietMoment()
    {
        constexpr int parallel = 32;
        constexpr int waves = 3;
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            QTimer::singleShot(r.target.endsWith("/slow") ? 100 : 1, &server,
                               [&server, r] { server.write(r.connection, ok(r.target)); });
        });
        for (int wave = 0; wave < waves; ++wave) {
            QList<std::shared_ptr<Delivery>> deliveries;
            for (int i = 0; i < parallel; ++i) {
                const QString path = QStringLiteral("/w%1/%2").arg(wave).arg(i) +
                                     (i == 0 ? QStringLiteral("/slow") : QString());
                deliveries.append(send(spec("GET", server.url(path))));
            }
            for (const auto &delivery : std::as_const(deliveries)) {
                WAIT_HANDLED(delivery, kWaitMs);
                QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
            }
        }
        QCOMPARE(server.requests().size(), parallel * waves);
        QCOMPARE(server.connectionCount(), parallel);
    }

    void connectionRefused()
    {
        const quint16 port = unusedPort();
        QVERIFY(port != 0);
        const auto delivery = send(spec("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
        WAIT_HANDLED(delivery, kWaitMs);
        QCOMPARE(failureName(delivery->reply.failure), QByteArray("Connection"));
        QVERIFY(!delivery->reply.errorText.isEmpty());
    }

    // A fresh connection that closes without an answer may have run the purge: no silent resend.
    void freshConnectionClosedWithoutAnswer()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) { server.closeConnection(r.connection); });
        const auto delivery = send(spec("PURGE", server.url(QStringLiteral("/once"))));
        WAIT_HANDLED(delivery, kWaitMs);
        QCOMPARE(failureName(delivery->reply.failure), QByteArray("Connection"));
        QTest::qWait(kSettleMs);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.connectionCount(), 1);
    }

    void closedInTheMiddleOfTheBody()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            server.writePieces(r.connection, {"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", "0123456789"},
                               5, true);
        });
        const auto delivery = send(spec("GET", server.url()));
        WAIT_HANDLED(delivery, kWaitMs);
        QCOMPARE(failureName(delivery->reply.failure), QByteArray("Connection"));
    }

    void garbageStatusLine()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) { server.write(r.connection, "HELLO\r\n\r\n"); });
        const auto delivery = send(spec("GET", server.url()));
        WAIT_HANDLED(delivery, kWaitMs);
        QCOMPARE(failureName(delivery->reply.failure), QByteArray("Protocol"));
        QVERIFY2(delivery->reply.describe().startsWith(QLatin1String("the server's reply was malformed: ")),
                 qPrintable(delivery->reply.describe()));
        QVERIFY2(delivery->reply.errorText.contains(QLatin1String("no valid HTTP status line")),
                 qPrintable(delivery->reply.errorText));
    }

    void timeoutThenNextRequestWorks()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            if (r.target != "/hang")
                server.write(r.connection, ok("after"));
        });
        QElapsedTimer clock;
        clock.start();
        const auto hung = send(spec("GET", server.url(QStringLiteral("/hang"))), 300);
        WAIT_HANDLED(hung, kWaitMs);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(failureName(hung->reply.failure), QByteArray("Timeout"));
        QVERIFY2(elapsed >= 270 && elapsed < 2000, QByteArray::number(elapsed).constData());
        // The timed-out connection may still deliver the late reply; it must not be reused.
        QTRY_VERIFY_WITH_TIMEOUT(server.clientClosed(0), kWaitMs);

        const auto next = send(spec("GET", server.url(QStringLiteral("/after"))));
        WAIT_HANDLED(next, kWaitMs);
        QVERIFY2(next->reply.isHttp(), qPrintable(next->reply.describe()));
        QCOMPARE(next->reply.body, QByteArray("after"));
        QCOMPARE(server.connectionCount(), 2);
        QCOMPARE(server.requests().at(1).connection, 1);
    }

    void oversizedBodyIsRefused()
    {
        static constexpr qint64 announced = 20000000;
        qint64 sent = 0;
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            QTcpSocket *socket = server.socket(r.connection);
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(announced) + "\r\n\r\n");
            const auto pump = [socket, &sent] {
                const QByteArray block(256 * 1024, 'x');
                while (socket->state() == QAbstractSocket::ConnectedState && sent < announced &&
                       socket->bytesToWrite() < 1024 * 1024) {
                    const qint64 n = std::min<qint64>(block.size(), announced - sent);
                    socket->write(block.constData(), n);
                    sent += n;
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            pump();
        });
        const auto delivery = send(spec("GET", server.url()), 10000);
        WAIT_HANDLED(delivery, 12000);
        QCOMPARE(failureName(delivery->reply.failure), QByteArray("Protocol"));
        QVERIFY2(delivery->reply.errorText.contains(
                     QLatin1String("Content-Length announces a body over the 16 MiB limit")),
                 qPrintable(delivery->reply.errorText));
        QTRY_VERIFY_WITH_TIMEOUT(server.clientClosed(0), kWaitMs);
    }

    void cancelBeforeReply_data()
    {
        QTest::addColumn<bool>("afterArrival");
        QTest::newRow("right after send") << false;
        QTest::newRow("after the request arrived") << true;
    }
    void cancelBeforeReply()
    {
        QFETCH(bool, afterArrival);
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            if (r.target != "/cancel")
                server.write(r.connection, ok("fresh"));
        });
        const auto cancelled = send(spec("GET", server.url(QStringLiteral("/cancel"))));
        if (afterArrival) {
            QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, kWaitMs);
        }
        m_client->cancel(cancelled->id);
        WAIT_HANDLED(cancelled, kWaitMs);
        QCOMPARE(failureName(cancelled->reply.failure), QByteArray("Cancelled"));
        m_client->cancel(cancelled->id);
        m_client->cancel(cancelled->id + 1000);
        // A late answer to the cancelled request must not become the next request's reply.
        for (int i = 0; i < server.connectionCount(); ++i)
            server.write(i, ok("stale"));
        QTest::qWait(kSettleMs);
        QCOMPARE(cancelled->calls, 1);
        QCOMPARE(m_client->inFlight(), 0);

        const auto next = send(spec("GET", server.url(QStringLiteral("/next"))));
        WAIT_HANDLED(next, kWaitMs);
        QVERIFY2(next->reply.isHttp(), qPrintable(next->reply.describe()));
        QCOMPARE(next->reply.body, QByteArray("fresh"));
    }

    // A reused keep-alive connection that closes before any reply byte is what a server's idle
    // timeout looks like: the request goes out once more on a new connection, and only once.
    void staleKeepAliveConnectionIsRetriedOnce()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            switch (server.requests().size()) {
            case 1:
                server.write(r.connection, ok("first"));
                break;
            case 2:
                server.closeConnection(r.connection);
                break;
            default:
                server.write(r.connection, ok("second"));
                break;
            }
        });
        const auto first = send(spec("GET", server.url(QStringLiteral("/one"))));
        WAIT_HANDLED(first, kWaitMs);
        QCOMPARE(first->reply.body, QByteArray("first"));
        const auto second = send(spec("GET", server.url(QStringLiteral("/two"))));
        WAIT_HANDLED(second, kWaitMs);
        QVERIFY2(second->reply.isHttp(), qPrintable(second->reply.describe()));
        QCOMPARE(second->reply.status, 200);
        QCOMPARE(second->reply.body, QByteArray("second"));
        QTest::qWait(kSettleMs);
        QCOMPARE(second->calls, 1);
        QCOMPARE(server.connectionCount(), 2);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests().at(1).connection, 0);
        QCOMPARE(server.requests().at(2).connection, 1);
        QCOMPARE(server.requests().at(2).target, QByteArray("/two"));
    }

    void idleConnectionClosedByServerIsNotReused()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            server.write(r.connection, ok(r.target));
            if (r.connection == 0)
                server.closeConnection(r.connection);
        });
        const auto first = send(spec("GET", server.url(QStringLiteral("/one"))));
        WAIT_HANDLED(first, kWaitMs);
        QCOMPARE(first->reply.body, QByteArray("/one"));
        QTest::qWait(kSettleMs);
        const auto second = send(spec("GET", server.url(QStringLiteral("/two"))));
        WAIT_HANDLED(second, kWaitMs);
        QVERIFY2(second->reply.isHttp(), qPrintable(second->reply.describe()));
        QCOMPARE(second->reply.body, QByteArray("/two"));
        QCOMPARE(server.connectionCount(), 2);
        QCOMPARE(server.requests().size(), 2);
    }

    void handlerOnceAndNeverInsideSend_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<HttpReply::Failure>("failure");
        QTest::newRow("200") << QStringLiteral("200") << HttpReply::Failure::None;
        QTest::newRow("500") << QStringLiteral("500") << HttpReply::Failure::None;
        QTest::newRow("credentials refused") << QStringLiteral("credentials") << HttpReply::Failure::Refused;
        QTest::newRow("scheme refused") << QStringLiteral("scheme") << HttpReply::Failure::Refused;
        QTest::newRow("invalid URL") << QStringLiteral("invalid") << HttpReply::Failure::Refused;
        QTest::newRow("connection refused") << QStringLiteral("refused") << HttpReply::Failure::Connection;
        QTest::newRow("closed without answer") << QStringLiteral("close") << HttpReply::Failure::Connection;
        QTest::newRow("timeout") << QStringLiteral("hang") << HttpReply::Failure::Timeout;
        QTest::newRow("cancelled") << QStringLiteral("cancel") << HttpReply::Failure::Cancelled;
    }
    void handlerOnceAndNeverInsideSend()
    {
        QFETCH(QString, scenario);
        QFETCH(HttpReply::Failure, failure);
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            if (scenario == QLatin1String("200"))
                server.write(r.connection, ok("fine"));
            else if (scenario == QLatin1String("500"))
                server.write(r.connection, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
            else if (scenario == QLatin1String("close"))
                server.closeConnection(r.connection);
        });
        HttpRequestSpec request = spec("GET", server.url());
        if (scenario == QLatin1String("credentials")) {
            request.url = QUrl(QStringLiteral("http://example.com/"));
            request.setHeader("Authorization", "Bearer t0ken", true);
        } else if (scenario == QLatin1String("scheme")) {
            request.url =
                server.url(QStringLiteral("/f"), QStringLiteral("127.0.0.1"), QStringLiteral("ftp"));
        } else if (scenario == QLatin1String("invalid")) {
            request.url = QUrl();
        } else if (scenario == QLatin1String("refused")) {
            request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(unusedPort()));
        }
        const auto delivery = send(request, scenario == QLatin1String("hang") ? 300 : kTimeoutMs);
        if (scenario == QLatin1String("cancel"))
            m_client->cancel(delivery->id);
        QVERIFY(!delivery->duringSend);
        WAIT_HANDLED(delivery, kWaitMs);
        QVERIFY(!delivery->duringSend);
        QCOMPARE(failureName(delivery->reply.failure), failureName(failure));
        QTest::qWait(kSettleMs);
        QCOMPARE(delivery->calls, 1);
        QCOMPARE(m_client->inFlight(), 0);
    }

    void inFlightCountsOpenRequests()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &) {
            if (server.requests().size() == 3)
                for (const ServerRequest &r : server.requests())
                    server.write(r.connection, ok("x"));
        });
        QCOMPARE(m_client->inFlight(), 0);
        QList<std::shared_ptr<Delivery>> deliveries;
        for (int i = 0; i < 3; ++i)
            deliveries.append(send(spec("GET", server.url(QStringLiteral("/f%1").arg(i)))));
        QCOMPARE(m_client->inFlight(), 3);
        for (const auto &delivery : std::as_const(deliveries))
            WAIT_HANDLED(delivery, kWaitMs);
        QCOMPARE(m_client->inFlight(), 0);
    }

    void credentialsNeverOverPlainHttpToRemoteHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("example.com") << QStringLiteral("example.com");
        // This machine's own non-loopback address reaches the test server, so an attempt shows.
        QTest::newRow("own LAN address") << nonLoopbackAddress();
    }
    void credentialsNeverOverPlainHttpToRemoteHosts()
    {
        QFETCH(QString, host);
        if (host.isEmpty())
            QSKIP("this machine has no non-loopback IPv4 address");
        ScriptedTcpServer server;
        QVERIFY(server.start(QHostAddress::AnyIPv4));
        server.onRequest([&](const ServerRequest &r) { server.write(r.connection, ok("leaked")); });
        HttpRequestSpec request =
            spec("GET", host == QLatin1String("example.com") ? QUrl(QStringLiteral("http://example.com/"))
                                                             : server.url(QStringLiteral("/"), host));
        request.setHeader("Authorization", "Bearer s3cr3t-value", true);
        QVERIFY(!HttpClient::policyViolation(request).isEmpty());
        const auto delivery = send(request);
        WAIT_HANDLED(delivery, kWaitMs);
        QCOMPARE(failureName(delivery->reply.failure), QByteArray("Refused"));
        QVERIFY(!delivery->reply.errorText.isEmpty());
        QVERIFY(!delivery->reply.errorText.contains(QLatin1String("s3cr3t")));
        QTest::qWait(kSettleMs);
        QCOMPARE(server.connectionCount(), 0);
    }

    void credentialsSentToLoopback()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) { server.write(r.connection, ok("in")); });
        HttpRequestSpec request = spec("PURGE", server.url(QStringLiteral("/private")));
        request.setHeader("Authorization", "Bearer s3cr3t-value", true);
        QCOMPARE(HttpClient::policyViolation(request), QString());
        const auto delivery = send(request);
        WAIT_HANDLED(delivery, kWaitMs);
        QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().header("Authorization"), QByteArray("Bearer s3cr3t-value"));
    }

    void unsupportedSchemeRefused()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        const HttpRequestSpec request =
            spec("GET",
                 server.url(QStringLiteral("/file.txt"), QStringLiteral("127.0.0.1"), QStringLiteral("ftp")));
        QVERIFY(!HttpClient::policyViolation(request).isEmpty());
        const auto delivery = send(request);
        WAIT_HANDLED(delivery, kWaitMs);
        QCOMPARE(failureName(delivery->reply.failure), QByteArray("Refused"));
        QVERIFY(!delivery->reply.errorText.isEmpty());
        QTest::qWait(kSettleMs);
        QCOMPARE(server.connectionCount(), 0);
    }

    void httpsAgainstCleartextServer()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onConnection([&](int connection) { server.write(connection, ok("plain")); });
        const auto delivery = send(spec(
            "GET", server.url(QStringLiteral("/"), QStringLiteral("127.0.0.1"), QStringLiteral("https"))));
        WAIT_HANDLED(delivery, kWaitMs);
        QVERIFY2(!delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
        QVERIFY2(delivery->reply.failure == HttpReply::Failure::Tls ||
                     delivery->reply.failure == HttpReply::Failure::Connection,
                 failureName(delivery->reply.failure).constData());
        QVERIFY(server.connectionCount() >= 1);
        QCOMPARE(server.requests().size(), 0); // no fallback to cleartext HTTP
    }

    void untrustedCertificateIsNeverIgnored()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend available to QSslSocket");
        QFile certFile(QStringLiteral(TEST_DATA_DIR "/selfsigned-cert.pem"));
        QFile keyFile(QStringLiteral(TEST_DATA_DIR "/selfsigned-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull());
        QVERIFY(!key.isNull());

        int handshakes = 0;
        int established = 0;
        QByteArray received;
        QSslServer server;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&] { ++handshakes; });
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++established;
                connect(socket, &QTcpSocket::readyRead, socket,
                        [&received, socket] { received += socket->readAll(); });
            }
        });

        // The server itself works: a client that trusts the certificate gets through.
        {
            QSslSocket control;
            QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
            trusting.setCaCertificates({certificate});
            control.setSslConfiguration(trusting);
            control.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
            QTRY_VERIFY_WITH_TIMEOUT(control.isEncrypted(), kWaitMs);
            control.write("ping");
            QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("ping"), kWaitMs);
            control.disconnectFromHost();
        }
        handshakes = 0;
        established = 0;
        received.clear();

        const QUrl url(QStringLiteral("https://127.0.0.1:%1/secret").arg(server.serverPort()));
        const auto delivery = send(spec("GET", url));
        WAIT_HANDLED(delivery, kWaitMs);
        QCOMPARE(failureName(delivery->reply.failure), QByteArray("Tls"));
        QVERIFY(!delivery->reply.errorText.isEmpty());
        QVERIFY(handshakes >= 1);
        QTest::qWait(kSettleMs);
        QCOMPARE(established, 0);
        QCOMPARE(received, QByteArray());
        QCOMPARE(delivery->calls, 1);
    }

    // The happy path over TLS: with the certificate trusted through the ca_file transport option
    // (as a public CA's would be through the system's store), the exchange goes through, and a
    // second request reuses the encrypted connection.
    void trustedCertificateCarriesTheExchange()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend available to QSslSocket");
        QFile certFile(QStringLiteral(TEST_DATA_DIR "/selfsigned-cert.pem"));
        QFile keyFile(QStringLiteral(TEST_DATA_DIR "/selfsigned-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);

        QSslServer server;
        QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
        serverConfig.setLocalCertificate(certificate);
        serverConfig.setPrivateKey(key);
        serverConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(serverConfig);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int established = 0;
        QList<QByteArray> requestLines;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++established;
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [&requestLines, socket, buffer] {
                    *buffer += socket->readAll();
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        requestLines << buffer->left(buffer->indexOf("\r\n"));
                        buffer->remove(0, end + 4);
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                    }
                });
            }
        });

        for (const char *path : {"/one", "/two"}) {
            const QUrl url(
                QStringLiteral("https://127.0.0.1:%1%2").arg(server.serverPort()).arg(QLatin1String(path)));
            HttpRequestSpec request = spec("GET", url);
            request.transport.caFile = QStringLiteral(TEST_DATA_DIR "/selfsigned-cert.pem");
            const auto delivery = send(request);
            WAIT_HANDLED(delivery, kWaitMs);
            QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.errorText));
            QCOMPARE(delivery->reply.status, 200);
            QCOMPARE(delivery->reply.body, QByteArray("ok"));
        }
        QCOMPARE(requestLines, (QList<QByteArray>{"GET /one HTTP/1.1", "GET /two HTTP/1.1"}));
        QCOMPARE(established, 1);
    }

    // What comes in for the request's headers is what was asked for, in order; curl adds only
    // what HTTP needs (Host, User-Agent, Accept, Accept-Encoding, Content-Length) and no
    // "Expect: 100-continue" or form Content-Type of its own.
    void requestHeadersKeepTheirOrder()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) { server.write(r.connection, ok("x")); });
        HttpRequestSpec request = spec("POST", server.url(QStringLiteral("/order")), QByteArray(2000, 'b'));
        request.headers = {{"X-Zeta", "1"}, {"X-Alpha", "2"}, {"X-Empty", ""}, {"X-Mid", "3"}};
        const auto delivery = send(request);
        WAIT_HANDLED(delivery, kWaitMs);
        QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
        QCOMPARE(server.requests().size(), 1);
        const ServerRequest &seen = server.requests().first();
        QList<QByteArray> custom;
        for (const auto &[name, value] : seen.headers)
            if (name.startsWith("X-"))
                custom << name + '=' + value;
        QCOMPARE(custom, (QList<QByteArray>{"X-Zeta=1", "X-Alpha=2", "X-Empty=", "X-Mid=3"}));
        QCOMPARE(seen.headerCount("Expect"), 0);
        QCOMPARE(seen.headerCount("Content-Type"), 0);
        QCOMPARE(seen.header("Content-Length"), QByteArray("2000"));
        QVERIFY(seen.header("User-Agent").startsWith("Purgeline/"));
        QVERIFY(!seen.header("Accept-Encoding").isEmpty());
        QCOMPARE(seen.body, QByteArray(2000, 'b'));
    }

    // A header the request names itself replaces curl's own.
    void requestHeadersOverrideCurlsOwn()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) { server.write(r.connection, ok("x")); });
        HttpRequestSpec request = spec("PURGE", server.url(QStringLiteral("/img/a.png")));
        request.headers = {
            {"Host", "site.test"}, {"User-Agent", "deploy-hook"}, {"Accept", "application/json"}};
        const auto delivery = send(request);
        WAIT_HANDLED(delivery, kWaitMs);
        QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
        const ServerRequest &seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("PURGE"));
        QCOMPARE(seen.headerCount("Host"), 1);
        QCOMPARE(seen.header("Host"), QByteArray("site.test"));
        QCOMPARE(seen.headerCount("User-Agent"), 1);
        QCOMPARE(seen.header("User-Agent"), QByteArray("deploy-hook"));
        QCOMPARE(seen.headerCount("Accept"), 1);
        QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
        QCOMPARE(seen.headerCount("Content-Length"), 0);
    }

    // Compressed replies are asked for and arrive decoded.
    void compressedReplyIsDecoded()
    {
        const QByteArray text = QByteArray("purged ").repeated(200);
        const QByteArray deflated = qCompress(text).mid(4); // a zlib stream without Qt's length prefix
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            server.write(r.connection, "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: " +
                                           QByteArray::number(deflated.size()) + "\r\n\r\n" + deflated);
        });
        const auto delivery = send(spec("GET", server.url()));
        WAIT_HANDLED(delivery, kWaitMs);
        QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
        QCOMPARE(delivery->reply.body, text);
        QVERIFY(server.requests().first().header("Accept-Encoding").contains("deflate"));
    }

    // A misbehaving server fails the request, with a reason, in bounded time.
    void hostileServers_data()
    {
        QTest::addColumn<QByteArray>("start");  // written at once
        QTest::addColumn<QByteArray>("repeat"); // then written again every 10 ms until the end
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<HttpReply::Failure>("failure");
        QTest::addColumn<QString>("reason"); // in errorText
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";

        QTest::newRow("endless headers")
            << QByteArray("HTTP/1.1 200 OK\r\n")
            << QByteArray("X-Filler: ").append(QByteArray(1000, 'f')).append("\r\n") << 5000
            << HttpReply::Failure::Protocol << QStringLiteral("after HTTP 200: header section longer than");
        QTest::newRow("slow drip") << QByteArray("HTTP/1.1 200 OK\r\n") << QByteArray("X") << 700
                                   << HttpReply::Failure::Timeout << QStringLiteral("700 ms");
        QTest::newRow("chunked body that never ends")
            << chunked << QByteArray("400\r\n").append(QByteArray(1024, 'c')).append("\r\n") << 700
            << HttpReply::Failure::Timeout << QStringLiteral("700 ms");
        QTest::newRow("close-delimited body that never ends")
            << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << QByteArray(1024, 'e') << 700
            << HttpReply::Failure::Timeout << QStringLiteral("700 ms");
        QTest::newRow("chunked body past 16 MiB")
            << chunked << QByteArray("100000\r\n").append(QByteArray(0x100000, 'c')).append("\r\n") << 20000
            << HttpReply::Failure::Protocol
            << QStringLiteral("after HTTP 200: reply body over the 16 MiB limit");
        QTest::newRow("invalid chunk size")
            << chunked + "zz\r\nhello\r\n0\r\n\r\n"
            << QByteArray() << 5000 << HttpReply::Failure::Protocol
            << QStringLiteral("invalid chunked encoding (Illegal or missing hexadecimal sequence");
        QTest::newRow("invalid Content-Length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n0123456789") << QByteArray() << 5000
            << HttpReply::Failure::Protocol << QStringLiteral("Invalid Content-Length");
        QTest::newRow("not HTTP at all")
            << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << QByteArray() << 5000 << HttpReply::Failure::Protocol
            << QStringLiteral("no valid HTTP status line");
        QTest::newRow("protocol switch nobody asked for")
            << QByteArray(
                   "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
            << QByteArray() << 5000 << HttpReply::Failure::Protocol
            << QStringLiteral("after HTTP 101: a protocol switch nothing asked for");
    }
    void hostileServers()
    {
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, repeat);
        QFETCH(int, timeoutMs);
        QFETCH(HttpReply::Failure, failure);
        QFETCH(QString, reason);

        ScriptedTcpServer server;
        QVERIFY(server.start());
        QTimer drip;
        drip.setInterval(10);
        server.onRequest([&](const ServerRequest &r) {
            server.write(r.connection, start);
            if (repeat.isEmpty())
                return;
            connect(&drip, &QTimer::timeout, &server, [&server, &repeat, connection = r.connection] {
                // Written only as fast as it is read, so memory stays bounded here too.
                if (QTcpSocket *socket = server.socket(connection);
                    socket && socket->bytesToWrite() < (4 << 20))
                    server.write(connection, repeat);
            });
            drip.start();
        });
        QElapsedTimer clock;
        clock.start();
        const auto delivery = send(spec("GET", server.url()), timeoutMs);
        WAIT_HANDLED(delivery, timeoutMs + kWaitMs);
        const qint64 elapsed = clock.elapsed();
        drip.stop();
        QCOMPARE(failureName(delivery->reply.failure), failureName(failure));
        QVERIFY2(delivery->reply.errorText.contains(reason), qPrintable(delivery->reply.errorText));
        QVERIFY2(elapsed < timeoutMs + 1000, QByteArray::number(elapsed).constData());
        QTRY_VERIFY_WITH_TIMEOUT(server.clientClosed(0), kWaitMs);
    }

    void noProxyCovers_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("covers");
        QTest::newRow("empty") << QString() << QStringLiteral("example.com") << false;
        QTest::newRow("star") << QStringLiteral("*") << QStringLiteral("example.com") << true;
        QTest::newRow("exact") << QStringLiteral("example.com") << QStringLiteral("example.com") << true;
        QTest::newRow("case") << QStringLiteral("Example.COM") << QStringLiteral("example.com") << true;
        QTest::newRow("subdomain") << QStringLiteral("example.com") << QStringLiteral("cdn.example.com")
                                   << true;
        QTest::newRow("leading dot") << QStringLiteral(".example.com") << QStringLiteral("cdn.example.com")
                                     << true;
        QTest::newRow("not a suffix on a label")
            << QStringLiteral("ample.com") << QStringLiteral("example.com") << false;
        QTest::newRow("list with spaces")
            << QStringLiteral("a.test, localhost ,b.test") << QStringLiteral("localhost") << true;
        QTest::newRow("IPv4 exact") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("IPv4 other") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.2") << false;
        QTest::newRow("IPv4 CIDR") << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.1.2.3") << true;
        QTest::newRow("IPv6 bracketed host") << QStringLiteral("::1") << QStringLiteral("[::1]") << true;
        QTest::newRow("name does not cover an address")
            << QStringLiteral("localhost") << QStringLiteral("127.0.0.1") << false;
    }
    void noProxyCovers()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, host);
        QFETCH(bool, covers);
        QCOMPARE(ProxyRoute::noProxyCovers(noProxy, host), covers);
    }

    void proxyRouteFromSettingAndEnvironment()
    {
        const auto restore = qScopeGuard([] {
            for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy"})
                qunsetenv(name);
        });
        for (const char *name :
             {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
            QVERIFY(qEnvironmentVariableIsEmpty(name));
        const QUrl plain(QStringLiteral("http://cache.test/a"));
        const QUrl tls(QStringLiteral("https://cache.test/a"));
        HttpTransport transport;
        QVERIFY(ProxyRoute::forRequest(plain, transport).isDirect());

        qputenv("http_proxy", "127.0.0.1:3128");
        qputenv("https_proxy", "https://user:pw@proxy.test:8443");
        ProxyRoute route = ProxyRoute::forRequest(plain, transport);
        QCOMPARE(route.origin(), ProxyRoute::Origin::Environment);
        QCOMPARE(route.url(), QStringLiteral("http://127.0.0.1:3128"));
        QVERIFY(route.isLoopback());
        QVERIFY(route.isCleartext());
        QVERIFY(route.describe().contains(QLatin1String("http_proxy")));
        route = ProxyRoute::forRequest(tls, transport);
        QVERIFY(!route.isCleartext());
        QVERIFY(route.carriesCredentials());
        QVERIFY(!route.describe().contains(QLatin1String("pw")));

        transport.proxy = QStringLiteral("socks5h://127.0.0.1:1080");
        route = ProxyRoute::forRequest(tls, transport);
        QCOMPARE(route.origin(), ProxyRoute::Origin::Setting);
        QCOMPARE(route.url(), transport.proxy);
        transport.proxy = QStringLiteral("none");
        QVERIFY(ProxyRoute::forRequest(tls, transport).isDirect());

        transport.proxy.clear();
        qputenv("no_proxy", "cache.test");
        QVERIFY(ProxyRoute::forRequest(plain, transport).isDirect());
        transport.proxy =
            QStringLiteral("http://127.0.0.1:3128"); // no_proxy applies to a configured proxy too
        QVERIFY(ProxyRoute::forRequest(plain, transport).isDirect());
    }

    void transportFromSourceSettings()
    {
        SourceConfig source;
        source.settings = {{QStringLiteral("proxy"), QStringLiteral("http://127.0.0.1:3128")},
                           {QStringLiteral("ca_file"), QStringLiteral("/etc/purgeline/ca.pem")},
                           {QStringLiteral("client_cert"), QStringLiteral("/etc/purgeline/client.pem")},
                           {QStringLiteral("client_key"), QStringLiteral("/etc/purgeline/client.key")},
                           {QStringLiteral("pinned_key"), QStringLiteral("sha256//AAAA")}};
        const HttpTransport transport = transportFromSettings(source);
        QCOMPARE(transport.proxy, QStringLiteral("http://127.0.0.1:3128"));
        QCOMPARE(transport.caFile, QStringLiteral("/etc/purgeline/ca.pem"));
        QCOMPARE(transport.clientCert, QStringLiteral("/etc/purgeline/client.pem"));
        QCOMPARE(transport.clientKey, QStringLiteral("/etc/purgeline/client.key"));
        QCOMPARE(transport.pinnedKey, QStringLiteral("sha256//AAAA"));
        QCOMPARE(transport.keyPassword, QString());
        QVERIFY(transportFromSettings(SourceConfig()).isDefault());
    }

    void proxyPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<bool>("secret");
        QTest::addColumn<QString>("violation"); // empty: allowed
        QTest::newRow("plain request through a remote proxy")
            << QStringLiteral("http://127.0.0.1/") << QStringLiteral("http://proxy.test:3128") << false
            << QString();
        QTest::newRow("secret over https through a remote cleartext proxy")
            << QStringLiteral("https://api.test/") << QStringLiteral("http://proxy.test:3128") << true
            << QString();
        QTest::newRow("secret over plain http through a loopback proxy")
            << QStringLiteral("http://127.0.0.1/") << QStringLiteral("http://127.0.0.1:3128") << true
            << QString();
        QTest::newRow("secret over plain http through a remote proxy")
            << QStringLiteral("http://127.0.0.1/") << QStringLiteral("socks5h://proxy.test:1080") << true
            << QStringLiteral("through proxy socks5h://proxy.test:1080");
        QTest::newRow("proxy password in clear to a remote proxy")
            << QStringLiteral("https://api.test/") << QStringLiteral("http://user:pw@proxy.test:3128")
            << false << QStringLiteral("never sent in clear (to proxy.test)");
        QTest::newRow("proxy password to a loopback proxy")
            << QStringLiteral("https://api.test/") << QStringLiteral("http://user:pw@127.0.0.1:3128") << false
            << QString();
        QTest::newRow("proxy password to an https proxy")
            << QStringLiteral("https://api.test/") << QStringLiteral("https://user:pw@proxy.test:3129")
            << false << QString();
        QTest::newRow("unknown proxy scheme")
            << QStringLiteral("https://api.test/") << QStringLiteral("ftp://user:pw@proxy.test") << false
            << QStringLiteral("\"ftp://[redacted]@proxy.test\" is not");
        QTest::newRow("bypass") << QStringLiteral("http://127.0.0.1/") << QStringLiteral("none") << true
                                << QString();
    }
    void proxyPolicy()
    {
        QFETCH(QString, url);
        QFETCH(QString, proxy);
        QFETCH(bool, secret);
        QFETCH(QString, violation);
        HttpRequestSpec request = spec("PURGE", QUrl(url));
        request.transport.proxy = proxy;
        if (secret)
            request.setHeader("X-Token", "t0ken", true);
        const QString found = HttpClient::policyViolation(request);
        if (violation.isEmpty()) {
            QCOMPARE(found, QString());
            return;
        }
        QVERIFY2(found.contains(violation), qPrintable(found));
        QVERIFY(!found.contains(QLatin1String("pw")));
        QVERIFY(!found.contains(QLatin1String("t0ken")));
    }

    // The test server plays the proxy: the request reaches it in absolute form, with the proxy's
    // credentials, and the reply is the request's.
    void plainRequestThroughAConfiguredProxy()
    {
        ScriptedTcpServer proxy;
        QVERIFY(proxy.start());
        proxy.onRequest([&](const ServerRequest &r) { proxy.write(r.connection, ok("via proxy")); });
        HttpRequestSpec request = spec("PURGE", QUrl(QStringLiteral("http://127.0.0.1:9/img/a.png")));
        request.transport.proxy =
            QStringLiteral("http://purger:pr0xy-pw@127.0.0.1:%1").arg(proxy.serverPort());
        const auto delivery = send(request);
        WAIT_HANDLED(delivery, kWaitMs);
        QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
        QCOMPARE(delivery->reply.body, QByteArray("via proxy"));
        QCOMPARE(proxy.requests().size(), 1);
        const ServerRequest &seen = proxy.requests().first();
        QCOMPARE(seen.method, QByteArray("PURGE"));
        QCOMPARE(seen.target, QByteArray("http://127.0.0.1:9/img/a.png"));
        QCOMPARE(seen.header("Proxy-Authorization"), "Basic " + QByteArray("purger:pr0xy-pw").toBase64());
        QVERIFY(!request.redactedText().contains(QLatin1String("pr0xy-pw")));
        QVERIFY(request.redactedText().contains(QLatin1String("[redacted]@127.0.0.1")));
    }

    void proxyThatRefusesConnections()
    {
        HttpRequestSpec request = spec("GET", QUrl(QStringLiteral("https://127.0.0.1:9/")));
        request.transport.proxy = QStringLiteral("http://user:pr0xy-pw@127.0.0.1:%1").arg(unusedPort());
        const auto delivery = send(request);
        WAIT_HANDLED(delivery, kWaitMs);
        QCOMPARE(failureName(delivery->reply.failure), QByteArray("Connection"));
        QVERIFY2(delivery->reply.errorText.startsWith(QLatin1String("proxy http://[redacted]@127.0.0.1:")),
                 qPrintable(delivery->reply.errorText));
        QVERIFY(!delivery->reply.errorText.contains(QLatin1String("pr0xy-pw")));
    }

    // An https:// request through a proxy that will not open the tunnel: the failure says so.
    void proxyThatRefusesTheTunnel()
    {
        ScriptedTcpServer proxy;
        QVERIFY(proxy.start());
        proxy.onRequest([&](const ServerRequest &r) {
            proxy.write(r.connection, "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        });
        HttpRequestSpec request = spec("PURGE", QUrl(QStringLiteral("https://127.0.0.1:9/a.png")));
        request.transport.proxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());
        const auto delivery = send(request);
        WAIT_HANDLED(delivery, kWaitMs);
        QCOMPARE(failureName(delivery->reply.failure), QByteArray("Connection"));
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().first().method, QByteArray("CONNECT"));
        QCOMPARE(proxy.requests().first().target, QByteArray("127.0.0.1:9"));
        QVERIFY2(
            delivery->reply.errorText.contains(QLatin1String("refused the tunnel to 127.0.0.1:9 (HTTP 403)")),
            qPrintable(delivery->reply.errorText));
    }

    // An environment proxy elsewhere would see a secret sent over plain http:// in clear: such
    // requests go straight to their (loopback) target instead.
    void secretsOverPlainHttpSkipARemoteEnvironmentProxy()
    {
        const QString lan = nonLoopbackAddress();
        if (lan.isEmpty())
            QSKIP("this machine has no non-loopback IPv4 address");
        ScriptedTcpServer proxy; // this machine's own LAN address: an attempt shows, and stays here
        QVERIFY(proxy.start(QHostAddress::AnyIPv4));
        proxy.onRequest([&](const ServerRequest &r) { proxy.write(r.connection, ok("leaked")); });
        ScriptedTcpServer target;
        QVERIFY(target.start());
        target.onRequest([&](const ServerRequest &r) { target.write(r.connection, ok("direct")); });
        qputenv("http_proxy", QStringLiteral("http://%1:%2").arg(lan).arg(proxy.serverPort()).toLatin1());
        const auto restore = qScopeGuard([] { qunsetenv("http_proxy"); });

        HttpRequestSpec request = spec("PURGE", target.url(QStringLiteral("/private")));
        request.setHeader("X-Token", "t0ken", true);
        QCOMPARE(HttpClient::policyViolation(request), QString());
        const auto delivery = send(request);
        WAIT_HANDLED(delivery, kWaitMs);
        QVERIFY2(delivery->reply.isHttp(), qPrintable(delivery->reply.describe()));
        QCOMPARE(delivery->reply.body, QByteArray("direct"));
        QCOMPARE(proxy.connectionCount(), 0);

        // Without a secret the environment's proxy is used, as curl would.
        const auto open = send(spec("PURGE", target.url(QStringLiteral("/public"))));
        WAIT_HANDLED(open, kWaitMs);
        QCOMPARE(open->reply.body, QByteArray("leaked"));
        QCOMPARE(proxy.connectionCount(), 1);
    }

    // A pinned key that does not match fails the handshake, however trusted the certificate is.
    void pinnedKeyMismatchIsATlsFailure()
    {
        QFile certFile(QStringLiteral(TEST_DATA_DIR "/selfsigned-cert.pem"));
        QFile keyFile(QStringLiteral(TEST_DATA_DIR "/selfsigned-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslServer server;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                });
        });
        const QUrl url(QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort()));
        HttpRequestSpec request = spec("GET", url);
        request.transport.caFile = QStringLiteral(TEST_DATA_DIR "/selfsigned-cert.pem");
        request.transport.pinnedKey = QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        const auto pinned = send(request);
        WAIT_HANDLED(pinned, kWaitMs);
        QCOMPARE(failureName(pinned->reply.failure), QByteArray("Tls"));

        request.transport.pinnedKey.clear();
        const auto trusted = send(request);
        WAIT_HANDLED(trusted, kWaitMs);
        QVERIFY2(trusted->reply.isHttp(), qPrintable(trusted->reply.describe()));
    }

    // Many handles at once, some cancelled, some failing: every handler runs once, and nothing is
    // left behind.
    void manyRequestsAtOnce()
    {
        constexpr int count = 200;
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) {
            if (!r.target.endsWith("/hang"))
                server.write(r.connection, ok(r.target));
        });
        QList<std::shared_ptr<Delivery>> deliveries;
        for (int i = 0; i < count; ++i) {
            const QString path =
                i % 10 == 3 ? QStringLiteral("/%1/hang").arg(i) : QStringLiteral("/%1").arg(i);
            deliveries.append(send(spec("GET", server.url(path)), i % 10 == 3 ? 500 : kTimeoutMs));
            if (i % 10 == 7)
                m_client->cancel(deliveries.last()->id);
        }
        for (int i = 0; i < count; ++i) {
            WAIT_HANDLED(deliveries.at(i), kWaitMs);
            const HttpReply &reply = deliveries.at(i)->reply;
            const QByteArray expected = i % 10 == 3 ? "Timeout" : i % 10 == 7 ? "Cancelled" : "None";
            QCOMPARE(failureName(reply.failure), expected);
            if (reply.isHttp())
                QCOMPARE(reply.body, "/" + QByteArray::number(i));
        }
        QTest::qWait(kSettleMs);
        QCOMPARE(m_client->inFlight(), 0);
        for (const auto &delivery : std::as_const(deliveries))
            QCOMPARE(delivery->calls, 1);
        QVERIFY(server.connectionCount() <= 48 + 20);
    }

    // A handler may delete the client that called it.
    void handlerDeletesTheClient()
    {
        ScriptedTcpServer server;
        QVERIFY(server.start());
        server.onRequest([&](const ServerRequest &r) { server.write(r.connection, ok("bye")); });
        int calls = 0;
        auto *client = new HttpClient;
        QPointer<HttpClient> alive(client);
        for (int i = 0; i < 3; ++i)
            client->send(spec("GET", server.url()), kTimeoutMs, [&calls, client](const HttpReply &) {
                ++calls;
                delete client;
            });
        QTRY_VERIFY_WITH_TIMEOUT(!alive, kWaitMs);
        QTest::qWait(kSettleMs);
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
