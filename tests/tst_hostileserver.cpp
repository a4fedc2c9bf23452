// A hostile server (issue 10): every way a server can break a reply ends the request in bounded
// time and memory, with a reason that names what was wrong. A reply that breaks HTTP is the
// server's fault and fails at once; a connection that fails or stalls may work later and is retried.
#include "clirunner.h"
#include "core/httpexchange.h"
#include "core/replyclassifier.h"
#include "failurename.h"
#include "hostilehttpserver.h"
#include "net/curltransfer.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <malloc.h>
#include <memory>

using Script = HostileHttpServer::Script;
using Ending = HostileHttpServer::Ending;

Q_DECLARE_METATYPE(HostileHttpServer::Script)
Q_DECLARE_METATYPE(HttpReply::Failure)
Q_DECLARE_METATYPE(Outcome::Kind)

namespace {

constexpr int kTimeoutMs = 1000; // per request: short, so the stalling servers cost little
constexpr int kSlackMs = 500;    // how much later than its timeout a request may end
// A reply of 100 MB must never be held: the client keeps at most the 16 MiB body limit, and curl's
// and the sockets' buffers add a little (17.5 MiB measured). Under AddressSanitizer freed blocks
// sit in its quarantine (256 MiB by default) and every block has red zones, so peak memory says
// little about what the client holds; the sanitizer build allows 80 MiB (55 MiB measured), still under 100
// MB.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kMaxGrowthKiB = 80 * 1024;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 kMaxGrowthKiB = 80 * 1024;
#else
constexpr qint64 kMaxGrowthKiB = 24 * 1024;
#endif
#else
constexpr qint64 kMaxGrowthKiB = 24 * 1024;
#endif
constexpr qint64 kHundredMB = 100 * 1000 * 1000;

qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Makes VmHWM (the peak resident size) start again from the current size.
bool resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

QByteArray controlCharacters(const QString &text)
{
    QByteArray found;
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            found += QByteArray::number(c.unicode(), 16) + ' ';
    return found;
}

// Whether text starts as pattern says, where a "*" in pattern stands for any text.
bool startsAsWritten(const QString &text, const QString &pattern)
{
    qsizetype at = 0;
    const QStringList pieces = pattern.split(QLatin1Char('*'));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const qsizetype found = text.indexOf(pieces.at(i), at);
        if (found < 0 || (i == 0 && found != 0))
            return false;
        at = found + pieces.at(i).size();
    }
    return true;
}

Script once(const QByteArray &bytes, Ending ending = Ending::Close)
{
    Script s;
    s.head = bytes;
    s.ending = ending;
    return s;
}

Script endless(const QByteArray &head, const QByteArray &repeat, int intervalMs = 0)
{
    Script s;
    s.head = head;
    s.repeat = repeat;
    s.intervalMs = intervalMs;
    return s;
}

// head, then bytes of repeat (cut to fit), then tail and a close.
Script sized(const QByteArray &head, const QByteArray &repeat, qint64 bytes, const QByteArray &tail = {})
{
    Script s = endless(head, repeat);
    s.repeatBytes = bytes;
    s.tail = tail;
    s.ending = Ending::Close;
    return s;
}

const QByteArray kOkHead = "HTTP/1.1 200 OK\r\n";
const QByteArray kChunkedHead = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";

// A zlib stream of 100 MB of zeros (about 100 KB), sent as a deflate-encoded body.
QByteArray deflateBomb()
{
    const QByteArray packed = qCompress(QByteArray(kHundredMB, '\0'), 1);
    return packed.mid(4); // qCompress puts the uncompressed length in front of the zlib stream
}

struct Result
{
    HttpReply reply;
    qint64 elapsedMs = 0;
    qint64 growthKiB = 0;
};

Result sendTo(const QUrl &url, int timeoutMs)
{
    HttpClient client;
    HttpRequestSpec request;
    request.method = "GET";
    request.url = url.resolved(QUrl(QStringLiteral("/hostile")));
    // Free memory kept by the allocator would be reused unseen: it goes back first, so that what
    // the request takes shows as growth.
    malloc_trim(0);
    const bool peakReset = resetPeakMemory();
    const qint64 before = statusKiB("VmRSS");
    qint64 sampledPeak = before;
    Result result;
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    client.send(request, timeoutMs, [&](const HttpReply &reply) {
        result.elapsedMs = clock.elapsed();
        result.reply = reply;
        done = true;
    });
    while (!done && clock.elapsed() < timeoutMs + 10000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (!peakReset) // without clear_refs the peak is sampled, which may miss a moment of it
            sampledPeak = qMax(sampledPeak, statusKiB("VmRSS"));
    }
    if (!done)
        result.elapsedMs = -1;
    result.growthKiB = (peakReset ? statusKiB("VmHWM") : sampledPeak) - before;
    return result;
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private slots:
    void eachRequestEndsInBoundedTimeAndMemory_data()
    {
        QTest::addColumn<Script>("script");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<HttpReply::Failure>("failure");
        QTest::addColumn<QString>("reason"); // in describe(), as the queue and the CLI show it
        QTest::addColumn<Outcome::Kind>("outcome");
        using F = HttpReply::Failure;
        using K = Outcome::Kind;
        const QString http = QStringLiteral("http");
        const QString malformed = QStringLiteral("the server's reply was malformed: 127.0.0.1:");

        // The reply's first line is not a status line.
        QTest::newRow("garbage status line")
            << once("HELLO THERE\r\n\r\n") << http << kTimeoutMs << F::Protocol
            << malformed + QStringLiteral("*: no valid HTTP status line") << K::Failed;
        QTest::newRow("status line with NUL and ESC")
            << once(QByteArray("HTTP/1.1 200 O\0K\x1b[2J\r\nContent-Length: 2\r\n\r\nok", 45)) << http
            << kTimeoutMs << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: Nul byte in header") << K::Failed;
        QTest::newRow("ESC in the status code")
            << once("HTTP/1.1 \x1b[31m200 OK\r\nContent-Length: 2\r\n\r\nok") << http << kTimeoutMs
            << F::Protocol
            << malformed + QStringLiteral("*: no valid HTTP status line (Unsupported HTTP version")
            << K::Failed;
        QTest::newRow("status code of one digit")
            << once("HTTP/29 Too Many\r\nContent-Length: 0\r\n\r\n") << http << kTimeoutMs << F::Protocol
            << malformed + QStringLiteral("*: no valid HTTP status line (status code 9)") << K::Failed;
        QTest::newRow("status code of four digits")
            << once("HTTP/1.1 2000 OK\r\nContent-Length: 2\r\n\r\nok") << http << kTimeoutMs << F::Protocol
            << malformed + QStringLiteral("*: no valid HTTP status line (Unsupported response code")
            << K::Failed;

        // Headers that never end: many lines (the client's 64 KiB limit), or one line (curl's own).
        QTest::newRow("endless header lines")
            << endless(kOkHead, "X-Filler: " + QByteArray(200, 'f') + "\r\n") << http << kTimeoutMs
            << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: header section longer than 65536 bytes")
            << K::Failed;
        QTest::newRow("one endless header line")
            << endless(kOkHead + "X-Endless: ", QByteArray(4096, 'e')) << http << kTimeoutMs << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: a header line longer than libcurl accepts")
            << K::Failed;

        // A drip of one byte every 50 ms would take hours to finish: the timeout ends it.
        QTest::newRow("slow drip of a header")
            << endless(kOkHead + "X-Drip: ", "d", 50) << http << kTimeoutMs << F::Timeout
            << QStringLiteral("timeout: no complete reply within 1000 ms") << K::Retry;
        QTest::newRow("slow drip of a body")
            << endless(kOkHead + "Content-Length: 1000000\r\n\r\n", "b", 50) << http << kTimeoutMs
            << F::Timeout << QStringLiteral("timeout: no complete reply within 1000 ms") << K::Retry;
        QTest::newRow("no reply at all") << once({}, Ending::KeepOpen) << http << kTimeoutMs << F::Timeout
                                         << QStringLiteral("timeout: no reply within 1000 ms") << K::Retry;

        // Bodies that never end, in small pieces: the timeout ends them, not the size limit.
        QTest::newRow("chunked body without its last chunk")
            << endless(kChunkedHead, "10\r\n" + QByteArray(16, 'c') + "\r\n", 10) << http << kTimeoutMs
            << F::Timeout << QStringLiteral("timeout: no complete reply within 1000 ms") << K::Retry;
        QTest::newRow("close-delimited body that never closes")
            << endless(kOkHead + "\r\n", QByteArray(512, 'e'), 10) << http << kTimeoutMs << F::Timeout
            << QStringLiteral("timeout: no complete reply within 1000 ms") << K::Retry;

        // 100 MB: refused from its Content-Length, or cut at 16 MiB when it has none or lies.
        QTest::newRow("100 MB with Content-Length")
            << sized(kOkHead + "Content-Length: " + QByteArray::number(kHundredMB) + "\r\n\r\n",
                     QByteArray(1 << 20, 'x'), kHundredMB)
            << http << kTimeoutMs << F::Protocol
            << malformed + QStringLiteral(
                               "*: after HTTP 200: its Content-Length announces a body over the 16 MiB limit")
            << K::Failed;
        // Loopback moves 16 MiB in well under a second; the longer timeout keeps a busy machine
        // from turning the size limit's verdict into a timeout.
        QTest::newRow("100 MB close-delimited")
            << sized(kOkHead + "\r\n", QByteArray(1 << 20, 'x'), kHundredMB) << http << 5000 << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: reply body over the 16 MiB limit") << K::Failed;
        QTest::newRow("100 MB chunked")
            << sized(kChunkedHead, "100000\r\n" + QByteArray(0x100000, 'x') + "\r\n", 100 * (0x100000 + 10),
                     "0\r\n\r\n")
            << http << 5000 << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: reply body over the 16 MiB limit") << K::Failed;
        const QByteArray bomb = deflateBomb();
        QTest::newRow("100 MB from 100 KB of deflate")
            << once(kOkHead + "Content-Encoding: deflate\r\nContent-Length: " +
                    QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb)
            << http << 5000 << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: reply body over the 16 MiB limit") << K::Failed;

        // Framing the client cannot read.
        QTest::newRow("chunk size not hexadecimal")
            << once(kChunkedHead + "zz\r\nhello\r\n0\r\n\r\n") << http << kTimeoutMs << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: invalid chunked encoding (Illegal or missing "
                                          "hexadecimal sequence in chunked-encoding)")
            << K::Failed;
        QTest::newRow("chunk size of 80 bits")
            << once(kChunkedHead + "ffffffffffffffffffff\r\nhello\r\n0\r\n\r\n") << http << kTimeoutMs
            << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: invalid chunked encoding (Too long hexadecimal "
                                          "number in chunked-encoding)")
            << K::Failed;
        QTest::newRow("chunk longer than its size")
            << once(kChunkedHead + "5\r\nhello, world\r\n0\r\n\r\n") << http << kTimeoutMs << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: invalid chunked encoding") << K::Failed;
        QTest::newRow("Content-Length not a number")
            << once(kOkHead + "Content-Length: ten\r\n\r\n0123456789") << http << kTimeoutMs << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: Invalid Content-Length: value") << K::Failed;
        QTest::newRow("negative Content-Length")
            << once(kOkHead + "Content-Length: -5\r\n\r\n0123456789") << http << kTimeoutMs << F::Protocol
            << malformed + QStringLiteral("*: after HTTP 200: Invalid Content-Length: value") << K::Failed;
        QTest::newRow("gzip body that is not gzip")
            << once(kOkHead + "Content-Encoding: gzip\r\nContent-Length: 5\r\n\r\nhello") << http
            << kTimeoutMs << F::Protocol
            << malformed +
                   QStringLiteral("*: after HTTP 200: the body does not decode as its Content-Encoding says")
            << K::Failed;

        // A TLS server that takes the connection and never answers the handshake.
        Script silent;
        silent.silent = true;
        QTest::newRow("TLS handshake that stalls")
            << silent << QStringLiteral("https") << kTimeoutMs << F::Timeout
            << QStringLiteral("timeout: no TLS handshake within 1000 ms: the server took the connection and "
                              "did not answer")
            << K::Retry;

        // What a network cut looks like stays a network error, retried.
        QTest::newRow("reset instead of a reply")
            << once({}, Ending::Reset) << http << kTimeoutMs << F::Connection
            << QStringLiteral("network error: 127.0.0.1:*: Recv failure: Connection reset by peer")
            << K::Retry;
        QTest::newRow("closed without a reply")
            << once({}) << http << kTimeoutMs << F::Connection
            << QStringLiteral("network error: 127.0.0.1:*: the connection closed without a reply")
            << K::Retry;
        // The same bytes as a server that dies in the middle of its reply (see
        // CurlTransfer::malformation): not taken for the server's fault.
        QTest::newRow("closed before the announced length")
            << once(kOkHead + "Content-Length: 100\r\n\r\n0123456789") << http << kTimeoutMs << F::Connection
            << QStringLiteral("network error: 127.0.0.1:*: transfer closed with 90 bytes remaining to read")
            << K::Retry;
        QTest::newRow("closed before the last chunk")
            << once(kChunkedHead + "5\r\nhello\r\n") << http << kTimeoutMs << F::Connection
            << QStringLiteral(
                   "network error: 127.0.0.1:*: transfer closed with outstanding read data remaining")
            << K::Retry;
    }
    void eachRequestEndsInBoundedTimeAndMemory()
    {
        QFETCH(Script, script);
        QFETCH(QString, scheme);
        QFETCH(int, timeoutMs);
        QFETCH(HttpReply::Failure, failure);
        QFETCH(QString, reason);
        QFETCH(Outcome::Kind, outcome);

        HostileHttpServer server;
        server.setScript(script);
        const QUrl url = server.start(scheme);
        QVERIFY(!url.isEmpty());
        const Result result = sendTo(url, timeoutMs);
        const QString described = result.reply.describe();
        qInfo("%s after %lld ms, memory +%lld KiB, %lld bytes sent: %s", QTest::currentDataTag(),
              result.elapsedMs, result.growthKiB, server.bytesSent(), qPrintable(described));

        QVERIFY2(result.elapsedMs >= 0, "no answer at all");
        QCOMPARE(failureName(result.reply.failure), failureName(failure));
        QVERIFY2(startsAsWritten(described, reason), qPrintable(described));
        // What the server sent never reaches a terminal raw through the reason.
        QVERIFY2(controlCharacters(described).isEmpty(), controlCharacters(described).constData());
        QCOMPARE(ReplyClassifier::classify(result.reply).kind, outcome);
        QVERIFY2(result.elapsedMs <= timeoutMs + kSlackMs, QByteArray::number(result.elapsedMs).constData());
        if (failure == HttpReply::Failure::Timeout)
            QVERIFY2(result.elapsedMs >= timeoutMs - 50, QByteArray::number(result.elapsedMs).constData());
        else
            QVERIFY2(result.elapsedMs < timeoutMs, "ended by its timeout, not by what was wrong");
        QVERIFY2(result.growthKiB >= 0 && result.growthKiB < kMaxGrowthKiB,
                 QByteArray::number(result.growthKiB).constData());
    }

    // The client stops reading a reply at the limit: the rest of 100 MB is never even sent.
    void aHundredMegabyteReplyIsNotRead()
    {
        HostileHttpServer server;
        server.setScript(sized(kOkHead + "\r\n", QByteArray(1 << 20, 'x'), kHundredMB));
        const QUrl url = server.start();
        QVERIFY(!url.isEmpty());
        const Result result = sendTo(url, 5000);
        QCOMPARE(failureName(result.reply.failure), QByteArray("Protocol"));
        // Past 16 MiB at most what the socket buffers on both ends hold (a few MiB on loopback).
        const QByteArray sent = QByteArray::number(server.bytesSent());
        QVERIFY2(server.bytesSent() > CurlTransfer::kMaxBodyBytes, sent.constData());
        QVERIFY2(server.bytesSent() < 3 * CurlTransfer::kMaxBodyBytes, sent.constData());
        QVERIFY2(result.growthKiB < kMaxGrowthKiB, QByteArray::number(result.growthKiB).constData());
    }

    // End to end: a purge against a server that sends garbage fails after one request with the
    // reason (exit 1); against one that resets the connection it is tried again, and succeeds.
    void purgeFailsOnceOnGarbageAndRetriesAReset()
    {
        QVERIFY2(!CliRunner::binary().isEmpty(), "PURGELINE_BIN is not set");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CliRunner cli(dir.filePath(QStringLiteral("profile")), dir.filePath(QStringLiteral("home")));

        HostileHttpServer garbage;
        garbage.setScript(once("HELLO THERE\r\n\r\n"));
        HostileHttpServer resetting;
        resetting.setDirector([](int n) {
            return n == 0 ? once({}, Ending::Reset) : once(kOkHead + "Content-Length: 0\r\n\r\n");
        });
        for (auto [name, server] : {std::pair{QStringLiteral("garbage"), &garbage},
                                    std::pair{QStringLiteral("resetting"), &resetting}}) {
            const QUrl url = server->start();
            QVERIFY(!url.isEmpty());
            const CliResult added =
                cli.run({QStringLiteral("source"), QStringLiteral("add"), name, QStringLiteral("--type"),
                         QStringLiteral("http-purge"), QStringLiteral("--endpoint"), url.toString()});
            QVERIFY2(added.exited(0), added.describe().constData());
        }

        const CliResult failed =
            cli.run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("garbage"),
                     QStringLiteral("--wait"), QStringLiteral("https://www.example.com/a.png")});
        QVERIFY2(failed.exited(1), failed.describe().constData());
        QCOMPARE(garbage.requestCount(), 1);
        QVERIFY2(failed.errText().contains(QStringLiteral("the server's reply was malformed: 127.0.0.1:")) &&
                     failed.errText().contains(QStringLiteral("no valid HTTP status line")),
                 failed.describe().constData());
        QVERIFY2(!failed.errText().contains(QStringLiteral("network error")), failed.describe().constData());

        const CliResult retried =
            cli.run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("resetting"),
                     QStringLiteral("--wait"), QStringLiteral("https://www.example.com/a.png")});
        QVERIFY2(retried.exited(0), retried.describe().constData());
        QCOMPARE(resetting.requestCount(), 2);

        const CliResult history = cli.run({QStringLiteral("history"), QStringLiteral("--json")});
        QVERIFY2(history.exited(0), history.describe().constData());
        QHash<QString, QJsonObject> bySource;
        for (const QJsonValue &t : history.json().value(QStringLiteral("transactions")).toArray())
            bySource.insert(t[QStringLiteral("source")].toString(), t.toObject());
        QCOMPARE(bySource.value(QStringLiteral("garbage"))[QStringLiteral("state")].toString(),
                 QStringLiteral("failed"));
        QCOMPARE(bySource.value(QStringLiteral("garbage"))[QStringLiteral("attempts")].toInt(), 1);
        QVERIFY(bySource.value(QStringLiteral("garbage"))[QStringLiteral("error")].toString().startsWith(
            QStringLiteral("the server's reply was malformed: ")));
        QCOMPARE(bySource.value(QStringLiteral("resetting"))[QStringLiteral("state")].toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(bySource.value(QStringLiteral("resetting"))[QStringLiteral("attempts")].toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
