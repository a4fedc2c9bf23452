// Deduplication through the purgeline binary: a preset or purge submitted while the same targets
// are still queued (not yet sent) by another run queues them once and says "already queued in
// request N"; an exact URL under a queued prefix is folded into it; processes submitting the same
// URL at once queue it once.
//
// The fake Cloudflare API lives in this process. Every source sends one target per request, one
// request at a time, and the server holds the first request for a "hold" target for a while: the
// run that sent it keeps the rest of its request queued, not sent, meanwhile.
#include "clirunner.h"
#include "fakehttpserver.h"
#include "spinuntil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString kZone = QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353");
const QString kTokenVariable = QStringLiteral("PL_TEST_DEDUP_CF_TOKEN");
const QString kToken = QStringLiteral("cf-dedup-T0KEN-s3cret");
constexpr int kHoldMs = 8000;

QString url(const QString &path)
{
    return QStringLiteral("https://assets.example.test/") + path;
}

// The one target a Cloudflare purge carries (files or prefixes, one per request here).
QString purged(const RecordedRequest &r)
{
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    for (const QString &key : {QStringLiteral("files"), QStringLiteral("prefixes")}) {
        const QJsonArray items = body.value(key).toArray();
        if (!items.isEmpty())
            return key + QLatin1Char(':') + items.first().toString();
    }
    return {};
}

} // namespace

class TestCliDedup : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeHttpServer *m_server = nullptr;
    std::unique_ptr<CliRunner> m_cli;
    QSet<QString> m_held;

    CliResult run(const QStringList &args) { return m_cli->run(args); }
    QStringList sent() const
    {
        QStringList all;
        for (const RecordedRequest &r : m_server->requests())
            all << purged(r);
        return all;
    }
    bool received(const QString &what) const { return sent().contains(what); }
    std::unique_ptr<CliProcess> startHolding(const QStringList &args, const QString &held)
    {
        auto process = m_cli->start(args);
        if (!process->runUntil([&] { return received(held); }, 30000))
            qWarning("the holding run never sent %s", qPrintable(held));
        return process;
    }

private slots:
    void initTestCase() { QVERIFY2(!CliRunner::binary().isEmpty(), "PURGELINE_BIN is not set"); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = new FakeHttpServer(this);
        QVERIFY(!m_server->start().isEmpty());
        m_held.clear();
        m_server->setHandler([this](const RecordedRequest &r) {
            const QByteArray ok = R"({"success":true,"errors":[],"messages":[],"result":{"id":"cf-purge"}})";
            const QString target = purged(r);
            if (target.contains(QLatin1String("hold")) && !m_held.contains(target)) {
                m_held.insert(target);
                return ScriptedReply::slow(kHoldMs, 200, ok);
            }
            return ScriptedReply::json(200, ok);
        });
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("profile")),
                                            m_dir->filePath(QStringLiteral("home")));
        m_cli->setEnv(kTokenVariable, kToken);
        const CliResult added =
            run({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("cdn"),
                 QStringLiteral("--type"), QStringLiteral("cloudflare"), QStringLiteral("--endpoint"),
                 m_server->baseUrl().toString(), QStringLiteral("--secret-env"), kTokenVariable,
                 QStringLiteral("--set"), QStringLiteral("zone=") + kZone, QStringLiteral("--set"),
                 QStringLiteral("plan=enterprise"), QStringLiteral("--set"), QStringLiteral("batch_size=1"),
                 QStringLiteral("--set"), QStringLiteral("concurrency=1")});
        QVERIFY2(added.exited(0), added.describe().constData());
    }
    void cleanup()
    {
        m_cli.reset();
        delete m_server;
        m_server = nullptr;
        m_dir.reset();
    }

    void samePresetTwiceQueuesOnce()
    {
        const QString hold = url(QStringLiteral("hold.css"));
        const QString d1 = url(QStringLiteral("d1.jpg"));
        const QString d2 = url(QStringLiteral("d2.jpg"));
        const CliResult saved =
            run({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("deploy"),
                 QStringLiteral("--source"), QStringLiteral("cdn"), hold, d1, d2});
        QVERIFY2(saved.exited(0), saved.describe().constData());

        // Request 1: hold.css is held in flight, d1 and d2 wait behind it, unsent.
        auto first = startHolding({QStringLiteral("preset"), QStringLiteral("run"), QStringLiteral("deploy"),
                                   QStringLiteral("--wait")},
                                  QStringLiteral("files:") + hold);

        // The deploy hook fires again: d1 and d2 are already queued; hold.css went out before this
        // change, so it is queued again (request 2).
        const CliResult again = run({QStringLiteral("preset"), QStringLiteral("run"),
                                     QStringLiteral("deploy"), QStringLiteral("--json")});
        QVERIFY2(again.exited(0), again.describe().constData());
        QVERIFY2(again.errText().contains(QLatin1String("2 URLs already queued in request 1 (source cdn)")),
                 again.describe().constData());
        const QJsonObject doc = again.json();
        QCOMPARE(doc.value(QStringLiteral("request_id")).toInt(), 2);
        const QJsonArray covered = doc.value(QStringLiteral("already_queued")).toArray();
        QCOMPARE(covered.size(), 1);
        const QJsonObject entry = covered.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("source")).toString(), QStringLiteral("cdn"));
        QCOMPARE(entry.value(QStringLiteral("request")).toInt(), 1);
        QCOMPARE(entry.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(entry.value(QStringLiteral("targets")).toArray(), QJsonArray({d1, d2}));
        QVERIFY(!entry.contains(QStringLiteral("covered_by")));
        const QJsonArray queued = doc.value(QStringLiteral("transactions")).toArray();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().toObject().value(QStringLiteral("targets")).toArray(), QJsonArray({hold}));

        // A purge of one of them alone queues nothing, exits 0 and says so.
        const CliResult single = run({QStringLiteral("purge"), QStringLiteral("--source"),
                                      QStringLiteral("cdn"), QStringLiteral("--json"), d2});
        QVERIFY2(single.exited(0), single.describe().constData());
        QVERIFY2(single.errText().contains(QLatin1String("1 URL already queued in request 1 (source cdn)")),
                 single.describe().constData());
        QVERIFY2(single.errText().contains(QLatin1String("nothing queued")), single.describe().constData());
        QVERIFY(!single.json().contains(QStringLiteral("request_id")));
        QVERIFY(single.json().value(QStringLiteral("transactions")).toArray().isEmpty());

        // All of this happened while request 1 still held d1 and d2 unsent.
        QVERIFY2(first->isRunning(), "the first run ended before the others were submitted");
        QVERIFY(!received(QStringLiteral("files:") + d1));
        const CliResult firstDone = first->wait(60000);
        QVERIFY2(firstDone.exited(0), firstDone.describe().constData());

        QCOMPARE(sent().count(QStringLiteral("files:") + d1), 1);
        QCOMPARE(sent().count(QStringLiteral("files:") + d2), 1);
        QCOMPARE(sent().count(QStringLiteral("files:") + hold), 2);

        // The history keeps one request for d1 and d2, whose transactions say what they took on.
        const CliResult history = run({QStringLiteral("history"), QStringLiteral("--json"),
                                       QStringLiteral("--limit"), QStringLiteral("100")});
        QVERIFY2(history.exited(0), history.describe().constData());
        int folded = 0;
        for (const QJsonValue &t : history.json().value(QStringLiteral("transactions")).toArray()) {
            const QJsonObject o = t.toObject();
            const QString target = o.value(QStringLiteral("targets")).toArray().first().toString();
            if (target == d1 || target == d2)
                QCOMPARE(o.value(QStringLiteral("request_id")).toInt(), 1);
            for (const QJsonValue &e : o.value(QStringLiteral("events")).toArray())
                if (e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("folded"))
                    ++folded;
        }
        QCOMPARE(folded, 3); // d1 and d2 for request 2, d2 for the purge that queued nothing
        QVERIFY(!history.out.contains(kToken.toUtf8()));
    }

    void urlUnderQueuedPrefixIsFolded()
    {
        const QString images = url(QStringLiteral("img/"));
        auto first = startHolding({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                                   QStringLiteral("--match"), QStringLiteral("prefix"),
                                   QStringLiteral("--wait"), url(QStringLiteral("hold/")), images},
                                  QStringLiteral("prefixes:assets.example.test/hold/"));

        // The preview says it beforehand.
        const CliResult preview =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                 QStringLiteral("--dry-run"), QStringLiteral("--json"), url(QStringLiteral("img/b.jpg"))});
        QVERIFY2(preview.exited(0), preview.describe().constData());
        QVERIFY(preview.json().value(QStringLiteral("requests")).toArray().isEmpty());
        QCOMPARE(preview.json().value(QStringLiteral("already_queued")).toArray().size(), 1);
        QVERIFY2(preview.errText().contains(
                     QStringLiteral("1 URL already queued in request 1 under its prefix %1 (source cdn)")
                         .arg(images)),
                 preview.describe().constData());

        const CliResult mixed = run({QStringLiteral("purge"), QStringLiteral("--source"),
                                     QStringLiteral("cdn"), QStringLiteral("--json"),
                                     url(QStringLiteral("img/a.jpg")), url(QStringLiteral("other.jpg"))});
        QVERIFY2(mixed.exited(0), mixed.describe().constData());
        QVERIFY2(mixed.errText().contains(
                     QStringLiteral("1 URL already queued in request 1 under its prefix %1 (source cdn)")
                         .arg(images)),
                 mixed.describe().constData());
        const QJsonObject entry =
            mixed.json().value(QStringLiteral("already_queued")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("targets")).toArray(),
                 QJsonArray({url(QStringLiteral("img/a.jpg"))}));
        const QJsonObject coveredBy = entry.value(QStringLiteral("covered_by")).toObject();
        QCOMPARE(coveredBy.value(QStringLiteral("kind")).toString(), QStringLiteral("prefix"));
        QCOMPARE(coveredBy.value(QStringLiteral("targets")).toArray(), QJsonArray({images}));
        QCOMPARE(mixed.json().value(QStringLiteral("request_id")).toInt(), 2);

        QVERIFY2(first->isRunning(), "the first run ended before the others were submitted");
        const CliResult firstDone = first->wait(60000);
        QVERIFY2(firstDone.exited(0), firstDone.describe().constData());
        QCOMPARE(sent().count(QStringLiteral("prefixes:assets.example.test/img/")), 1);
        QCOMPARE(sent().count(QStringLiteral("files:") + url(QStringLiteral("other.jpg"))), 1);
        QVERIFY(!received(QStringLiteral("files:") + url(QStringLiteral("img/a.jpg"))));
        QVERIFY(!received(QStringLiteral("files:") + url(QStringLiteral("img/b.jpg"))));
    }

    // A deploy hook's `--wait` whose URL is folded into another run's queued purge returns only
    // when that purge is final, not at once.
    void waitWaitsForTheWorkThatCoversIt()
    {
        const QString images = url(QStringLiteral("img/"));
        auto first = startHolding({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                                   QStringLiteral("--match"), QStringLiteral("prefix"),
                                   QStringLiteral("--wait"), url(QStringLiteral("hold/")), images},
                                  QStringLiteral("prefixes:assets.example.test/hold/"));
        auto second =
            m_cli->start({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                          QStringLiteral("--wait"), url(QStringLiteral("img/c.jpg"))});
        QVERIFY(second);
        // While the covering prefix purge is still queued behind the held request, the second
        // run keeps waiting.
        second->runUntil([] { return false; }, 1500);
        QVERIFY2(second->isRunning(), "the folded run returned before the work that covers it was done");
        QVERIFY(!received(QStringLiteral("prefixes:assets.example.test/img/")));
        const CliResult firstDone = first->wait(60000);
        QVERIFY2(firstDone.exited(0), firstDone.describe().constData());
        const CliResult secondDone = second->wait(60000);
        QVERIFY2(secondDone.exited(0), secondDone.describe().constData());
        QVERIFY2(secondDone.errText().contains(
                     QStringLiteral("waiting for 1 queued transaction(s) that cover this purge")),
                 secondDone.describe().constData());
        QCOMPARE(sent().count(QStringLiteral("prefixes:assets.example.test/img/")), 1);
        QVERIFY(!received(QStringLiteral("files:") + url(QStringLiteral("img/c.jpg"))));
    }

    void concurrentSubmissionsQueueOnce()
    {
        // Three runs at once, each holding its own first URL in flight, all asking for one more
        // URL: the check and the insert are one commit under the write lock, so one queues it.
        const QString shared = url(QStringLiteral("shared.jpg"));
        QList<std::shared_ptr<CliProcess>> runs;
        for (int i = 0; i < 3; ++i)
            runs << std::shared_ptr<CliProcess>(
                m_cli->start({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("cdn"),
                              QStringLiteral("--wait"), url(QStringLiteral("hold-%1.css").arg(i)), shared}));
        QList<CliResult> results;
        for (const auto &process : std::as_const(runs))
            results << process->wait(90000);
        int folded = 0;
        for (const CliResult &r : std::as_const(results)) {
            QVERIFY2(r.exited(0), r.describe().constData());
            if (r.errText().contains(QLatin1String("1 URL already queued in request")))
                ++folded;
        }
        QCOMPARE(sent().count(QStringLiteral("files:") + shared), 1);
        QCOMPARE(folded, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDedup)
#include "tst_cli_dedup.moc"
