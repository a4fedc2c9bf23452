// A loopback HTTP/1.1 server for the engine benchmark (bench/run.sh): it answers every request
// after a fixed delay (20 ms by default) without blocking other connections (one precise timer
// per request, never a sleep), keeps connections alive, and speaks just enough of two purge APIs:
//
//   POST /api/v1/purge                      imgix: 200 {"data":{"id":..,"type":"purges",..}}
//   POST /{customer}/v1/cache/purge         Instart Logic: 201 {"transaction_id":N,...}
//   GET  /{customer}/v1/transactions/{N}    Instart Logic: 200 ... "transaction_status":"SUCCESS"
//   POST /zones/{zone}/purge_cache          Cloudflare: 200 {"success":true,...,"result":{"id":..}}
//   POST /2020-05-31/distribution/{Id}/invalidation
//                                           CloudFront CreateInvalidation: 201, Location, an
//                                           Invalidation with Status InProgress
//   GET  /2020-05-31/distribution/{Id}/invalidation/{InvalidationId}
//                                           CloudFront GetInvalidation: 200, Status Completed
//   GET  /arrivals                          every Cloudflare purge as "MS ITEMS": its arrival in ms
//                                           since the reset and the entries of its files, tags,
//                                           prefixes or hosts; one per line (answered at once, not
//                                           counted)
//   GET  /stats                             counters as JSON (answered at once, not counted)
//   GET  /reset                             zeroes the counters (answered at once, not counted)
//
// Purge requests without the provider's kind of Authorization header are answered 401, so a
// benchmark that silently sends the wrong request shows up in the counters.
//
// CloudFront as its API Reference documents it (CreateInvalidation, GetInvalidation): the batch
// must be well-formed with Quantity equal to its paths (else 400 MalformedInput / InvalidArgument);
// the same CallerReference with the same paths returns the invalidation made before, with other
// paths it is 409 InvalidationBatchAlreadyExists; more than 3,000 file paths or 15 wildcard paths
// in progress for a distribution is 400 TooManyInvalidationsInProgress. An invalidation stays in
// progress until it is first asked for, then reports Completed (a real one takes minutes; here
// the client's poll interval alone decides how long it waits).
//
// Usage: delayserver [--port N] [--delay-ms MS] [--limit PER_WINDOW [--window-ms MS]]
// Prints "listening 127.0.0.1:PORT" on stdout once ready (port 0 picks a free one). On SIGTERM or
// SIGINT it prints the counters on stderr and exits 0.

#include <QCoreApplication>
#include <QDateTime>
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
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <csignal>
#include <cstdio>
#include <deque>
#include <fcntl.h>
#include <map>
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
    qint64 keycdnPurges = 0;
    qint64 keycdnUrls = 0;
    qint64 instartPolls = 0;
    qint64 cloudflarePurges = 0;
    qint64 cloudflareFiles = 0;         // entries of "files" in Cloudflare purge bodies
    qint64 cloudfrontInvalidations = 0; // created (a resend with the same CallerReference is not)
    qint64 cloudfrontPaths = 0;         // paths in the invalidations created
    qint64 cloudfrontResends = 0;       // CreateInvalidation with a CallerReference seen before
    qint64 cloudfrontPolls = 0;
    qint64 cloudfrontRefused = 0;     // malformed, conflicting or over the in-progress limits
    qint64 cloudfrontAcceptedMs = -1; // wall clock (ms since the epoch) the last 201 was written
    qint64 cloudfrontPolledMs = -1;   // wall clock of the first GetInvalidation after it
    qint64 unauthorized = 0;
    qint64 throttled = 0;     // requests refused with 429 by --limit
    qint64 limitAccepted = 0; // requests --limit let through, and the first and last of them
    qint64 limitFirstMs = -1;
    qint64 limitLastMs = -1;
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
        const qint64 purges =
            imgixPurges + instartPurges + keycdnPurges + cloudflarePurges + cloudfrontInvalidations;
        return QJsonObject{
            {QStringLiteral("requests"), requests},
            {QStringLiteral("imgix_purges"), imgixPurges},
            {QStringLiteral("instart_purges"), instartPurges},
            {QStringLiteral("instart_uris"), instartUris},
            {QStringLiteral("keycdn_purges"), keycdnPurges},
            {QStringLiteral("keycdn_urls"), keycdnUrls},
            {QStringLiteral("instart_polls"), instartPolls},
            {QStringLiteral("cloudflare_purges"), cloudflarePurges},
            {QStringLiteral("cloudflare_files"), cloudflareFiles},
            {QStringLiteral("cloudfront_invalidations"), cloudfrontInvalidations},
            {QStringLiteral("cloudfront_paths"), cloudfrontPaths},
            {QStringLiteral("cloudfront_resends"), cloudfrontResends},
            {QStringLiteral("cloudfront_polls"), cloudfrontPolls},
            {QStringLiteral("cloudfront_refused"), cloudfrontRefused},
            {QStringLiteral("cloudfront_accepted_epoch_ms"), cloudfrontAcceptedMs},
            {QStringLiteral("cloudfront_polled_epoch_ms"), cloudfrontPolledMs},
            {QStringLiteral("unauthorized"), unauthorized},
            {QStringLiteral("throttled"), throttled},
            {QStringLiteral("limit_accepted"), limitAccepted},
            {QStringLiteral("limit_span_ms"), limitLastMs - limitFirstMs},
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
struct Arrival
{
    qint64 ms; // since the reset
    qint64 items;
};
std::vector<Arrival> g_cloudflareArrivals;

// CloudFront's invalidations, kept across /reset so a CallerReference stays known.
struct Invalidation
{
    QString id;
    QString distribution;
    QStringList paths;
    QString callerReference;
    QString createTime;
    bool completed = false;
};
std::map<QString, Invalidation> g_invalidations; // by id
std::map<QString, QString> g_invalidationByReference;
qint64 g_nextInvalidation = 1;
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
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 409:
        return QByteArrayLiteral("Conflict");
    default:
        return QByteArrayLiteral("Status");
    }
}

// What a route answers.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray extraHeaders;          // complete "Name: value\r\n" lines
    bool immediate = false;           // control routes: no delay, not counted
    bool acceptsInvalidation = false; // a CloudFront 201: its sending time is recorded
};

QByteArray response(const Reply &reply, bool close)
{
    const int status = reply.status;
    const QByteArray &body = reply.body;
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += reply.extraHeaders;
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
    QByteArray host;
    QByteArray authorization;
    QByteArray amzDate;
    QByteArray body;
    bool close = false;
};

// --limit N: at most N requests (purges and status polls) accepted in any sliding second (or in
// any sliding --window-ms, as KeyCDN counts 60 a minute), as an API that counts "N per second"
// over a sliding window enforces it; the rest are 429 with Retry-After: 1.
int g_limitPerWindow = 0;
qint64 g_limitWindowMs = 1000;
std::deque<qint64> g_acceptedWithinLimit;

bool admittedUnderLimit()
{
    if (g_limitPerWindow <= 0)
        return true;
    const qint64 now = g_clock.elapsed();
    while (!g_acceptedWithinLimit.empty() && g_acceptedWithinLimit.front() <= now - g_limitWindowMs)
        g_acceptedWithinLimit.pop_front();
    if (int(g_acceptedWithinLimit.size()) >= g_limitPerWindow)
        return false;
    g_acceptedWithinLimit.push_back(now);
    ++g_stats.limitAccepted;
    if (g_stats.limitFirstMs < 0)
        g_stats.limitFirstMs = now;
    g_stats.limitLastMs = now;
    return true;
}

void notePurgeArrival()
{
    const qint64 now = g_clock.elapsed();
    if (g_stats.firstPurgeMs < 0)
        g_stats.firstPurgeMs = now;
    g_stats.lastPurgeMs = now;
}

Reply jsonReply(int status, const QByteArray &body)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

// --- CloudFront --------------------------------------------------------------------------------

const QString kCloudFrontNamespace = QStringLiteral("http://cloudfront.amazonaws.com/doc/2020-05-31/");

Reply cloudFrontError(int status, const char *code, const QString &message)
{
    Reply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/xml");
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeDefaultNamespace(kCloudFrontNamespace);
    writer.writeStartElement(kCloudFrontNamespace, QStringLiteral("ErrorResponse"));
    writer.writeStartElement(kCloudFrontNamespace, QStringLiteral("Error"));
    writer.writeTextElement(kCloudFrontNamespace, QStringLiteral("Type"), QStringLiteral("Sender"));
    writer.writeTextElement(kCloudFrontNamespace, QStringLiteral("Code"), QString::fromLatin1(code));
    writer.writeTextElement(kCloudFrontNamespace, QStringLiteral("Message"), message);
    writer.writeEndElement();
    writer.writeTextElement(kCloudFrontNamespace, QStringLiteral("RequestId"),
                            QStringLiteral("bench-%1").arg(g_stats.requests));
    writer.writeEndElement();
    writer.writeEndDocument();
    reply.body = xml;
    ++g_stats.cloudfrontRefused;
    return reply;
}

QByteArray invalidationXml(const Invalidation &invalidation)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeDefaultNamespace(kCloudFrontNamespace);
    writer.writeStartElement(kCloudFrontNamespace, QStringLiteral("Invalidation"));
    writer.writeTextElement(kCloudFrontNamespace, QStringLiteral("Id"), invalidation.id);
    writer.writeTextElement(kCloudFrontNamespace, QStringLiteral("Status"),
                            invalidation.completed ? QStringLiteral("Completed")
                                                   : QStringLiteral("InProgress"));
    writer.writeTextElement(kCloudFrontNamespace, QStringLiteral("CreateTime"), invalidation.createTime);
    writer.writeStartElement(kCloudFrontNamespace, QStringLiteral("InvalidationBatch"));
    writer.writeStartElement(kCloudFrontNamespace, QStringLiteral("Paths"));
    writer.writeTextElement(kCloudFrontNamespace, QStringLiteral("Quantity"),
                            QString::number(invalidation.paths.size()));
    writer.writeStartElement(kCloudFrontNamespace, QStringLiteral("Items"));
    for (const QString &path : invalidation.paths)
        writer.writeTextElement(kCloudFrontNamespace, QStringLiteral("Path"), path);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeTextElement(kCloudFrontNamespace, QStringLiteral("CallerReference"),
                            invalidation.callerReference);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

// A SigV4 Authorization for CloudFront's one region (the signature itself is checked by
// tests/tst_provider_cloudfront; here the shape, so an unsigned request cannot pass).
bool isCloudFrontSigned(const Request &r)
{
    return r.authorization.startsWith("AWS4-HMAC-SHA256 Credential=") &&
           r.authorization.contains("/us-east-1/cloudfront/aws4_request") &&
           r.authorization.contains("Signature=") && r.amzDate.size() == 16;
}

// Paths and wildcard paths of the distribution's invalidations still in progress.
std::pair<qint64, qint64> inProgress(const QString &distribution)
{
    qint64 files = 0;
    qint64 wildcards = 0;
    for (const auto &[id, invalidation] : g_invalidations) {
        if (invalidation.completed || invalidation.distribution != distribution)
            continue;
        for (const QString &path : invalidation.paths)
            ++(path.endsWith(QLatin1Char('*')) ? wildcards : files);
    }
    return {files, wildcards};
}

Reply createInvalidation(const Request &r, const QString &distribution)
{
    // InvalidationBatch { Paths { Quantity, Items { Path... } }, CallerReference }
    QXmlStreamReader xml(r.body);
    QStringList paths;
    QString quantity;
    QString callerReference;
    QStringList open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            open << xml.name().toString();
            if (xml.namespaceUri() != kCloudFrontNamespace)
                return cloudFrontError(400, "MalformedInput", QStringLiteral("unexpected namespace"));
            const QString where = open.join(QLatin1Char('/'));
            if (where == QLatin1String("InvalidationBatch/Paths/Items/Path")) {
                paths << xml.readElementText();
                open.removeLast();
            } else if (where == QLatin1String("InvalidationBatch/Paths/Quantity")) {
                quantity = xml.readElementText();
                open.removeLast();
            } else if (where == QLatin1String("InvalidationBatch/CallerReference")) {
                callerReference = xml.readElementText();
                open.removeLast();
            }
        } else if (xml.isEndElement() && !open.isEmpty()) {
            open.removeLast();
        }
    }
    if (xml.hasError())
        return cloudFrontError(400, "MalformedInput", xml.errorString());
    if (callerReference.isEmpty() || quantity.isEmpty())
        return cloudFrontError(400, "MalformedInput",
                               QStringLiteral("CallerReference and Quantity are required"));
    if (quantity.toLongLong() != paths.size())
        return cloudFrontError(400, "InvalidArgument",
                               QStringLiteral("Your request contains %1 paths but Quantity is %2")
                                   .arg(paths.size())
                                   .arg(quantity));
    if (paths.isEmpty() || paths.size() > 3000)
        return cloudFrontError(413, "BatchTooLarge",
                               QStringLiteral("Invalidation batch specified is too large."));
    if (const auto known = g_invalidationByReference.find(callerReference);
        known != g_invalidationByReference.end()) {
        const Invalidation &before = g_invalidations.at(known->second);
        QStringList a = before.paths, b = paths;
        a.sort();
        b.sort();
        if (a != b || before.distribution != distribution)
            return cloudFrontError(409, "InvalidationBatchAlreadyExists",
                                   QStringLiteral("The CallerReference was used with other paths"));
        ++g_stats.cloudfrontResends;
        Reply reply;
        reply.status = 201;
        reply.contentType = QByteArrayLiteral("text/xml");
        reply.body = invalidationXml(before);
        reply.acceptsInvalidation = true;
        return reply;
    }
    qint64 files = 0;
    qint64 wildcards = 0;
    for (const QString &path : paths)
        ++(path.endsWith(QLatin1Char('*')) ? wildcards : files);
    const auto [filesInProgress, wildcardsInProgress] = inProgress(distribution);
    if (filesInProgress + files > 3000 || wildcardsInProgress + wildcards > 15)
        return cloudFrontError(400, "TooManyInvalidationsInProgress",
                               filesInProgress + files > 3000
                                   ? QStringLiteral("Processing your request will cause you to exceed the "
                                                    "maximum number of in-progress file invalidations.")
                                   : QStringLiteral("Processing your request will cause you to exceed the "
                                                    "maximum number of in-progress wildcard invalidations."));

    Invalidation invalidation;
    invalidation.id = QStringLiteral("IBENCH%1").arg(g_nextInvalidation++, 8, 10, QLatin1Char('0'));
    invalidation.distribution = distribution;
    invalidation.paths = paths;
    invalidation.callerReference = callerReference;
    invalidation.createTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    g_invalidations.emplace(invalidation.id, invalidation);
    g_invalidationByReference.emplace(callerReference, invalidation.id);
    ++g_stats.cloudfrontInvalidations;
    g_stats.cloudfrontPaths += paths.size();

    Reply reply;
    reply.status = 201;
    reply.contentType = QByteArrayLiteral("text/xml");
    reply.extraHeaders = "Location: http://" + r.host +
                         r.path.left(r.path.indexOf('?') < 0 ? r.path.size() : r.path.indexOf('?')) + '/' +
                         invalidation.id.toLatin1() + "\r\n";
    reply.body = invalidationXml(invalidation);
    reply.acceptsInvalidation = true;
    return reply;
}

Reply getInvalidation(const QString &distribution, const QString &id)
{
    ++g_stats.cloudfrontPolls;
    if (g_stats.cloudfrontPolledMs < g_stats.cloudfrontAcceptedMs)
        g_stats.cloudfrontPolledMs = QDateTime::currentMSecsSinceEpoch();
    const auto it = g_invalidations.find(id);
    if (it == g_invalidations.end() || it->second.distribution != distribution)
        return cloudFrontError(404, "NoSuchInvalidation",
                               QStringLiteral("The specified invalidation does not exist."));
    it->second.completed = true;
    Reply reply;
    reply.contentType = QByteArrayLiteral("text/xml");
    reply.body = invalidationXml(it->second);
    return reply;
}

// --- routes ------------------------------------------------------------------------------------

Reply route(const Request &r)
{
    static const QRegularExpression instartPurge(QStringLiteral("^/([^/]+)/v1/cache/purge$"));
    static const QRegularExpression instartStatus(QStringLiteral("^/([^/]+)/v1/transactions/([0-9]+)$"));
    static const QRegularExpression cloudFrontCreate(
        QStringLiteral("^/2020-05-31/distribution/([A-Za-z0-9]+)/invalidation$"));
    static const QRegularExpression cloudFrontGet(
        QStringLiteral("^/2020-05-31/distribution/([A-Za-z0-9]+)/invalidation/([A-Za-z0-9]+)$"));
    const QString path =
        QString::fromLatin1(r.path.left(r.path.indexOf('?') < 0 ? r.path.size() : r.path.indexOf('?')));

    if (r.method == "GET" && path == QLatin1String("/stats")) {
        Reply reply = jsonReply(200, json(g_stats.toJson()));
        reply.immediate = true;
        return reply;
    }
    if (r.method == "GET" && path == QLatin1String("/reset")) {
        const int open = g_stats.openConnections;
        const int inFlight = g_stats.inFlight;
        g_stats = Stats();
        g_acceptedWithinLimit.clear();
        g_cloudflareArrivals.clear();
        g_stats.openConnections = g_stats.maxOpenConnections = open;
        g_stats.inFlight = inFlight;
        g_clock.restart();
        Reply reply = jsonReply(200, QByteArrayLiteral("{\"reset\":true}"));
        reply.immediate = true;
        return reply;
    }

    if (r.method == "GET" && path == QLatin1String("/arrivals")) {
        QByteArray lines;
        for (const Arrival &arrival : g_cloudflareArrivals)
            lines += QByteArray::number(arrival.ms) + ' ' + QByteArray::number(arrival.items) + '\n';
        Reply reply = jsonReply(200, lines);
        reply.contentType = QByteArrayLiteral("text/plain");
        reply.immediate = true;
        return reply;
    }

    ++g_stats.requests;
    if (!admittedUnderLimit()) {
        ++g_stats.throttled;
        Reply reply =
            jsonReply(429, QByteArrayLiteral("{\"errors\":[{\"status\":\"429\",\"title\":\"Too Many "
                                             "Requests\"}],\"success\":false}"));
        reply.extraHeaders = "Retry-After: 1\r\n";
        return reply;
    }
    static const QRegularExpression cloudflarePurge(QStringLiteral("^/zones/([0-9a-f]{32})/purge_cache$"));
    if (r.method == "POST" && cloudflarePurge.match(path).hasMatch()) {
        if (!r.authorization.startsWith("Bearer ")) {
            ++g_stats.unauthorized;
            return jsonReply(
                403, QByteArrayLiteral(
                         "{\"success\":false,\"errors\":[{\"code\":10000,\"message\":\"Authentication "
                         "error\"}],\"messages\":[],\"result\":null}"));
        }
        notePurgeArrival();
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        qint64 items = 0;
        for (const char *key : {"files", "tags", "prefixes", "hosts"})
            items += body.value(QLatin1String(key)).toArray().size();
        g_cloudflareArrivals.push_back({g_clock.elapsed(), items});
        const qint64 id = ++g_stats.cloudflarePurges;
        g_stats.cloudflareFiles += body.value(QStringLiteral("files")).toArray().size();
        return jsonReply(
            200,
            json(QJsonObject{{QStringLiteral("success"), true},
                             {QStringLiteral("errors"), QJsonArray()},
                             {QStringLiteral("messages"), QJsonArray()},
                             {QStringLiteral("result"),
                              QJsonObject{{QStringLiteral("id"), QStringLiteral("bench-cf-%1").arg(id)}}}}));
    }
    if (const auto m = cloudFrontCreate.match(path); m.hasMatch() && r.method == "POST") {
        if (!isCloudFrontSigned(r)) {
            ++g_stats.unauthorized;
            return cloudFrontError(403, "MissingAuthenticationToken",
                                   QStringLiteral("Missing Authentication Token"));
        }
        notePurgeArrival();
        return createInvalidation(r, m.captured(1));
    }
    if (const auto m = cloudFrontGet.match(path); m.hasMatch() && r.method == "GET") {
        if (!isCloudFrontSigned(r)) {
            ++g_stats.unauthorized;
            return cloudFrontError(403, "MissingAuthenticationToken",
                                   QStringLiteral("Missing Authentication Token"));
        }
        return getInvalidation(m.captured(1), m.captured(2));
    }
    if (r.method == "POST" && path == QLatin1String("/api/v1/purge")) {
        if (!r.authorization.startsWith("Bearer ")) {
            ++g_stats.unauthorized;
            return jsonReply(
                401, QByteArrayLiteral("{\"errors\":[{\"status\":\"401\",\"title\":\"Unauthorized\"}]}"));
        }
        notePurgeArrival();
        const qint64 id = ++g_stats.imgixPurges;
        const QString purgeId = QStringLiteral("bench-%1").arg(id);
        const QJsonObject attributes{{QStringLiteral("purge_id"), purgeId}};
        return jsonReply(
            200, json(QJsonObject{
                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), purgeId},
                                                          {QStringLiteral("type"), QStringLiteral("purges")},
                                                          {QStringLiteral("attributes"), attributes}}},
                     {QStringLiteral("jsonapi"),
                      QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")}}}}));
    }
    // KeyCDN (www.keycdn.com/api): DELETE /zones/purgeurl/{zone}.json, the API key as the Basic
    // user name, {"urls":[...]} without schemes.
    static const QRegularExpression keycdnPurge(QStringLiteral("^/zones/purgeurl/([0-9]+)\\.json$"));
    if (r.method == "DELETE" && keycdnPurge.match(path).hasMatch()) {
        if (!r.authorization.startsWith("Basic ")) {
            ++g_stats.unauthorized;
            return jsonReply(401,
                             QByteArrayLiteral("{\"status\":\"error\",\"description\":\"Unauthorized\"}"));
        }
        notePurgeArrival();
        ++g_stats.keycdnPurges;
        g_stats.keycdnUrls +=
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("urls")).toArray().size();
        return jsonReply(200, QByteArrayLiteral("{\"status\":\"success\",\"description\":\"Cache has been "
                                                "cleared for URL(s).\"}"));
    }
    if (const auto m = instartPurge.match(path); m.hasMatch() && r.method == "POST") {
        if (!r.authorization.startsWith("Basic ")) {
            ++g_stats.unauthorized;
            return jsonReply(401, QByteArrayLiteral("{\"description\":\"authentication required\"}"));
        }
        notePurgeArrival();
        ++g_stats.instartPurges;
        g_stats.instartUris += r.body.count("\"uri_pattern\"");
        const qint64 id = g_nextTransaction++;
        const QString statusUri = QStringLiteral("/%1/v1/transactions/%2").arg(m.captured(1)).arg(id);
        return jsonReply(
            201, json(QJsonObject{{QStringLiteral("transaction_id"), id},
                                  {QStringLiteral("purge_response"),
                                   QJsonObject{{QStringLiteral("transaction_status_uri"), statusUri}}}}));
    }
    if (const auto m = instartStatus.match(path); m.hasMatch() && r.method == "GET") {
        if (!r.authorization.startsWith("Basic ")) {
            ++g_stats.unauthorized;
            return jsonReply(401, QByteArrayLiteral("{\"description\":\"authentication required\"}"));
        }
        ++g_stats.instartPolls;
        const QJsonObject response{
            {QStringLiteral("transaction_status"), QStringLiteral("SUCCESS")},
            {QStringLiteral("transaction_status_description"), QStringLiteral("purged")},
            {QStringLiteral("percent_received_responses"), 100}};
        return jsonReply(200, json(QJsonObject{{QStringLiteral("transaction_id"), m.captured(2).toLongLong()},
                                               {QStringLiteral("transaction_response"), response}}));
    }
    ++g_stats.notFound;
    return jsonReply(404, QByteArrayLiteral("{\"error\":\"not found\"}"));
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
        bool acceptsInvalidation = false;
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
                m_socket->write(
                    response(jsonReply(400, QByteArrayLiteral("{\"error\":\"bad request\"}")), true));
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
            else if (name == "x-amz-date")
                request.amzDate = value;
            else if (name == "host")
                request.host = value;
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
        const Reply reply = route(request);
        auto entry = std::make_shared<Answer>();
        entry->bytes = response(reply, request.close);
        entry->close = request.close;
        entry->acceptsInvalidation = reply.acceptsInvalidation;
        m_answers.push_back(entry);
        if (reply.immediate) {
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
            if (entry->acceptsInvalidation)
                g_stats.cloudfrontAcceptedMs = QDateTime::currentMSecsSinceEpoch();
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
        } else if (args[i] == QLatin1String("--limit") && i + 1 < args.size()) {
            g_limitPerWindow = args[++i].toInt();
        } else if (args[i] == QLatin1String("--window-ms") && i + 1 < args.size()) {
            g_limitWindowMs = qMax(1LL, args[++i].toLongLong());
        } else {
            std::fprintf(
                stderr,
                "usage: delayserver [--port N] [--delay-ms MS] [--limit PER_WINDOW [--window-ms MS]]\n");
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
