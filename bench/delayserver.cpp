// A loopback HTTP/1.1 server for the engine benchmark (bench/run.sh): it answers every request
// after a fixed delay (20 ms by default) without blocking other connections (one precise timer
// per request, never a sleep), keeps connections alive, and speaks just enough of two purge APIs:
//
//   POST /api/v1/purge                      imgix: 200 {"data":{"id":..,"type":"purges",..}}
//   POST /{customer}/v1/cache/purge         Instart Logic: 201 {"transaction_id":N,...}
//   GET  /{customer}/v1/transactions/{N}    Instart Logic: 200 ... "transaction_status":"SUCCESS"
//   POST /zones/{zone}/purge_cache          Cloudflare: 200 {"success":true,...,"result":{"id":..}}
//   GET  /arrivals                          arrival of every Cloudflare purge, ms since the reset,
//                                           one per line (answered at once, not counted)
//   GET  /stats                             counters as JSON (answered at once, not counted)
//   GET  /reset                             zeroes the counters (answered at once, not counted)
//
// Purge requests without the provider's kind of Authorization header are answered 401, so a
// benchmark that silently sends the wrong request shows up in the counters.
//
// Usage: delayserver [--port N] [--delay-ms MS]
// Prints "listening 127.0.0.1:PORT" on stdout once ready (port 0 picks a free one). On SIGTERM or
// SIGINT it prints the counters on stderr and exits 0.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <deque>
#include <fcntl.h>
#include <memory>
#include <unistd.h>
#include <vector>

namespace {

struct Stats
{
    qint64 requests = 0; // every answered request except /stats and /reset
    qint64 imgixPurges = 0;
    qint64 instartPurges = 0;
    qint64 instartUris = 0; // "uri_pattern" entries in Instart purge bodies
    qint64 instartPolls = 0;
    qint64 cloudflarePurges = 0;
    qint64 cloudflareFiles = 0; // entries of "files" in Cloudflare purge bodies
    qint64 unauthorized = 0;
    qint64 notFound = 0;
    qint64 firstPurgeMs = -1; // arrival of the first / last purge POST, ms since the reset
    qint64 lastPurgeMs = -1;
    qint64 connections = 0; // accepted since the reset
    int openConnections = 0;
    int maxOpenConnections = 0;
    int inFlight = 0; // requests received and not yet answered
    int maxInFlight = 0;

    QJsonObject toJson() const
    {
        const double span = double(lastPurgeMs - firstPurgeMs);
        const qint64 purges = imgixPurges + instartPurges + cloudflarePurges;
        return QJsonObject{
            {QStringLiteral("requests"), requests},
            {QStringLiteral("imgix_purges"), imgixPurges},
            {QStringLiteral("instart_purges"), instartPurges},
            {QStringLiteral("instart_uris"), instartUris},
            {QStringLiteral("instart_polls"), instartPolls},
            {QStringLiteral("cloudflare_purges"), cloudflarePurges},
            {QStringLiteral("cloudflare_files"), cloudflareFiles},
            {QStringLiteral("unauthorized"), unauthorized},
            {QStringLiteral("not_found"), notFound},
            {QStringLiteral("first_purge_ms"), firstPurgeMs},
            {QStringLiteral("last_purge_ms"), lastPurgeMs},
            // (n - 1) intervals between n arrivals: the rate the client actually achieved.
            {QStringLiteral("purge_rate_per_s"),
             purges > 1 && span > 0 ? double(purges - 1) * 1000.0 / span : 0.0},
            {QStringLiteral("connections"), connections},
            {QStringLiteral("max_open_connections"), maxOpenConnections},
            {QStringLiteral("max_in_flight"), maxInFlight},
        };
    }
};

Stats g_stats;
std::vector<qint64> g_cloudflareArrivals; // ms since the reset
QElapsedTimer g_clock;
qint64 g_nextTransaction = 1;
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 404:
        return QByteArrayLiteral("Not Found");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray response(int status, const QByteArray &body, bool close)
{
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out +=
        close ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    out += "\r\n";
    out += body;
    return out;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Request
{
    QByteArray method;
    QByteArray path;
    QByteArray authorization;
    QByteArray body;
    bool close = false;
};

void notePurgeArrival()
{
    const qint64 now = g_clock.elapsed();
    if (g_stats.firstPurgeMs < 0)
        g_stats.firstPurgeMs = now;
    g_stats.lastPurgeMs = now;
}

// Returns the status and body of the answer; *immediate is set for the control routes.
std::pair<int, QByteArray> route(const Request &r, bool *immediate)
{
    static const QRegularExpression instartPurge(QStringLiteral("^/([^/]+)/v1/cache/purge$"));
    static const QRegularExpression instartStatus(QStringLiteral("^/([^/]+)/v1/transactions/([0-9]+)$"));
    const QString path =
        QString::fromLatin1(r.path.left(r.path.indexOf('?') < 0 ? r.path.size() : r.path.indexOf('?')));
    *immediate = false;

    if (r.method == "GET" && path == QLatin1String("/stats")) {
        *immediate = true;
        return {200, json(g_stats.toJson())};
    }
    if (r.method == "GET" && path == QLatin1String("/reset")) {
        *immediate = true;
        const int open = g_stats.openConnections;
        const int inFlight = g_stats.inFlight;
        g_stats = Stats();
        g_cloudflareArrivals.clear();
        g_stats.openConnections = g_stats.maxOpenConnections = open;
        g_stats.inFlight = inFlight;
        g_clock.restart();
        return {200, QByteArrayLiteral("{\"reset\":true}")};
    }

    if (r.method == "GET" && path == QLatin1String("/arrivals")) {
        *immediate = true;
        QByteArray lines;
        for (const qint64 ms : g_cloudflareArrivals)
            lines += QByteArray::number(ms) + '\n';
        return {200, lines};
    }

    ++g_stats.requests;
    static const QRegularExpression cloudflarePurge(QStringLiteral("^/zones/([0-9a-f]{32})/purge_cache$"));
    if (r.method == "POST" && cloudflarePurge.match(path).hasMatch()) {
        if (!r.authorization.startsWith("Bearer ")) {
            ++g_stats.unauthorized;
            return {403, QByteArrayLiteral(
                             "{\"success\":false,\"errors\":[{\"code\":10000,\"message\":\"Authentication "
                             "error\"}],\"messages\":[],\"result\":null}")};
        }
        notePurgeArrival();
        g_cloudflareArrivals.push_back(g_clock.elapsed());
        const qint64 id = ++g_stats.cloudflarePurges;
        g_stats.cloudflareFiles +=
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("files")).toArray().size();
        return {200, json(QJsonObject{
                         {QStringLiteral("success"), true},
                         {QStringLiteral("errors"), QJsonArray()},
                         {QStringLiteral("messages"), QJsonArray()},
                         {QStringLiteral("result"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("bench-cf-%1").arg(id)}}}})};
    }
    if (r.method == "POST" && path == QLatin1String("/api/v1/purge")) {
        if (!r.authorization.startsWith("Bearer ")) {
            ++g_stats.unauthorized;
            return {401, QByteArrayLiteral("{\"errors\":[{\"status\":\"401\",\"title\":\"Unauthorized\"}]}")};
        }
        notePurgeArrival();
        const qint64 id = ++g_stats.imgixPurges;
        const QString purgeId = QStringLiteral("bench-%1").arg(id);
        const QJsonObject attributes{{QStringLiteral("purge_id"), purgeId}};
        return {200, json(QJsonObject{{QStringLiteral("data"),
                                       QJsonObject{{QStringLiteral("id"), purgeId},
                                                   {QStringLiteral("type"), QStringLiteral("purges")},
                                                   {QStringLiteral("attributes"), attributes}}},
                                      {QStringLiteral("jsonapi"),
                                       QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")}}}})};
    }
    if (const auto m = instartPurge.match(path); m.hasMatch() && r.method == "POST") {
        if (!r.authorization.startsWith("Basic ")) {
            ++g_stats.unauthorized;
            return {401, QByteArrayLiteral("{\"description\":\"authentication required\"}")};
        }
        notePurgeArrival();
        ++g_stats.instartPurges;
        g_stats.instartUris += r.body.count("\"uri_pattern\"");
        const qint64 id = g_nextTransaction++;
        const QString statusUri = QStringLiteral("/%1/v1/transactions/%2").arg(m.captured(1)).arg(id);
        return {201, json(QJsonObject{{QStringLiteral("transaction_id"), id},
                                      {QStringLiteral("purge_response"),
                                       QJsonObject{{QStringLiteral("transaction_status_uri"), statusUri}}}})};
    }
    if (const auto m = instartStatus.match(path); m.hasMatch() && r.method == "GET") {
        if (!r.authorization.startsWith("Basic ")) {
            ++g_stats.unauthorized;
            return {401, QByteArrayLiteral("{\"description\":\"authentication required\"}")};
        }
        ++g_stats.instartPolls;
        const QJsonObject response{
            {QStringLiteral("transaction_status"), QStringLiteral("SUCCESS")},
            {QStringLiteral("transaction_status_description"), QStringLiteral("purged")},
            {QStringLiteral("percent_received_responses"), 100}};
        return {200, json(QJsonObject{{QStringLiteral("transaction_id"), m.captured(2).toLongLong()},
                                      {QStringLiteral("transaction_response"), response}})};
    }
    ++g_stats.notFound;
    return {404, QByteArrayLiteral("{\"error\":\"not found\"}")};
}

// One keep-alive connection. Answers leave in request order (HTTP/1.1 pipelining), each once its
// own timer has fired.
class Connection final : public QObject
{
public:
    Connection(QTcpSocket *socket, int delayMs) : QObject(socket), m_socket(socket), m_delayMs(delayMs)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::read);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            --g_stats.openConnections;
            for (const auto &answer : m_answers) {
                if (!answer->ready)
                    --g_stats.inFlight;
                answer->ready = true; // its timer, if it still fires, has nothing left to do
            }
            m_answers.clear();
            m_socket->deleteLater();
        });
    }

private:
    struct Answer
    {
        QByteArray bytes;
        bool ready = false;
        bool close = false;
    };

    void read()
    {
        m_buffer += m_socket->readAll();
        for (;;) {
            Request request;
            const int used = parse(request);
            if (used == 0)
                return;
            if (used < 0) {
                m_socket->write(response(400, QByteArrayLiteral("{\"error\":\"bad request\"}"), true));
                m_socket->disconnectFromHost();
                return;
            }
            m_buffer.remove(0, used);
            answer(request);
        }
    }

    // Parses one request from the buffer: bytes used, 0 when incomplete, -1 when malformed.
    int parse(Request &request)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return m_buffer.size() > 64 * 1024 ? -1 : 0;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3)
            return -1;
        request.method = requestLine[0];
        request.path = requestLine[1];
        request.close = requestLine[2] == "HTTP/1.0";
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "authorization")
                request.authorization = value;
            else if (name == "connection")
                request.close = value.toLower() == "close";
            else if (name == "transfer-encoding")
                return -1; // no client in this benchmark sends chunked bodies
        }
        const qsizetype total = end + 4 + length;
        if (length < 0 || length > 16 * 1024 * 1024)
            return -1;
        if (m_buffer.size() < total)
            return 0;
        request.body = m_buffer.mid(end + 4, length);
        return int(total);
    }

    void answer(const Request &request)
    {
        bool immediate = false;
        const auto [status, body] = route(request, &immediate);
        auto entry = std::make_shared<Answer>();
        entry->bytes = response(status, body, request.close);
        entry->close = request.close;
        m_answers.push_back(entry);
        if (immediate) {
            entry->ready = true;
            flush();
            return;
        }
        g_stats.maxInFlight = qMax(g_stats.maxInFlight, ++g_stats.inFlight);
        QTimer::singleShot(m_delayMs, Qt::PreciseTimer, this, [this, entry] {
            if (entry->ready)
                return;
            entry->ready = true;
            --g_stats.inFlight;
            flush();
        });
    }

    void flush()
    {
        while (!m_answers.empty() && m_answers.front()->ready) {
            const auto entry = m_answers.front();
            m_answers.pop_front();
            m_socket->write(entry->bytes);
            if (entry->close) {
                m_socket->disconnectFromHost();
                return;
            }
        }
    }

    QTcpSocket *m_socket;
    int m_delayMs;
    QByteArray m_buffer;
    std::deque<std::shared_ptr<Answer>> m_answers;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    quint16 port = 0;
    int delayMs = 20;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--port") && i + 1 < args.size()) {
            port = quint16(args[++i].toUInt());
        } else if (args[i] == QLatin1String("--delay-ms") && i + 1 < args.size()) {
            delayMs = args[++i].toInt();
        } else {
            std::fprintf(stderr, "usage: delayserver [--port N] [--delay-ms MS]\n");
            return 2;
        }
    }

    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return 1;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        const QByteArray stats = json(g_stats.toJson());
        std::fprintf(stderr, "delayserver: %s\n", stats.constData());
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    QTcpServer server;
    server.setMaxPendingConnections(1024);
    if (!server.listen(QHostAddress::LocalHost, port)) {
        std::fprintf(stderr, "delayserver: cannot listen on 127.0.0.1:%u: %s\n", unsigned(port),
                     qPrintable(server.errorString()));
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, delayMs] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            ++g_stats.connections;
            g_stats.maxOpenConnections = qMax(g_stats.maxOpenConnections, ++g_stats.openConnections);
            new Connection(socket, delayMs);
        }
    });
    g_clock.start();
    std::printf("listening 127.0.0.1:%u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    return app.exec();
}
