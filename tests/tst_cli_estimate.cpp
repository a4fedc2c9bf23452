// `purge --dry-run` says what a purge costs each source before anything is sent: requests, items,
// time at the source's limits and, for a provider that bills per path, the paths billed against
// its free allowance; in text (stderr, beside the summary) and in --json. With a source's
// collapse_over setting many URLs of one folder go out as one prefix, and a real run says so
// before sending; a malformed collapse_over is refused (exit 2, nothing stored).
#include "clirunner.h"
#include "rawhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString kSecretVar = QStringLiteral("PL_TEST_ESTIMATE_SECRET");

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list << QString::fromUtf8(word);
    return list;
}

QStringList urls(const QString &folder, int n)
{
    QStringList result;
    for (int i = 0; i < n; ++i)
        result << QStringLiteral("%1photo-%2.jpg").arg(folder).arg(i);
    return result;
}

} // namespace

class TestCliEstimate : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RawHttpServer> m_server;
    std::unique_ptr<CliRunner> m_cli;

    CliResult run(const QStringList &arguments) { return m_cli->run(arguments); }
    CliResult addCloudFront(const QString &name, const QStringList &extra = {})
    {
        return run(QStringList{QStringLiteral("source"), QStringLiteral("add"), name,
                               QStringLiteral("--type"), QStringLiteral("cloudfront"),
                               QStringLiteral("--endpoint"), m_server->baseUrl().toString(),
                               QStringLiteral("--set"), QStringLiteral("distribution=EDFDVBD6EXAMPLE"),
                               QStringLiteral("--set"), QStringLiteral("access_key_id=AKIAIOSFODNN7EXAMPLE"),
                               QStringLiteral("--secret-env"), kSecretVar} +
                   extra);
    }
    QString targetsFile(const QStringList &targets)
    {
        const QString path = m_dir->filePath(QStringLiteral("targets.txt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(targets.join(QLatin1Char('\n')).toUtf8());
        return path;
    }
    // 412 photos of one folder and 10 stylesheets.
    QStringList deployTargets() const
    {
        return urls(QStringLiteral("https://example.com/img/2026/"), 412) +
               urls(QStringLiteral("https://example.com/css/"), 10);
    }

private slots:
    void initTestCase() { QVERIFY2(!CliRunner::binary().isEmpty(), "PURGELINE_BIN is not set"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<RawHttpServer>();
        QVERIFY(!m_server->start().isEmpty());
        m_server->setHandler([](const RawRequest &request) {
            if (request.method != "POST")
                return ScriptedReply::json(404, "<ErrorResponse/>");
            ScriptedReply created =
                ScriptedReply::json(201, "<?xml version=\"1.0\"?><Invalidation "
                                         "xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\">"
                                         "<Id>I2J0I21PCUYOIK</Id><Status>Completed</Status></Invalidation>");
            created.headers = {{"Content-Type", "text/xml"}};
            return created;
        });
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("profile")),
                                            m_dir->filePath(QStringLiteral("home")));
        m_cli->setEnv(kSecretVar, QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    }
    void cleanup()
    {
        m_cli.reset();
        m_server.reset();
        m_dir.reset();
    }

    void dryRunTextShowsTheEstimate()
    {
        QVERIFY2(addCloudFront(QStringLiteral("cf")).exited(0), "source add");
        const CliResult r = run(args({"purge", "--source", "cf", "--dry-run", "--from-file"})
                                << targetsFile(deployTargets()));
        QVERIFY2(r.exited(0), r.describe().constData());
        const QString err = r.errText();
        // One invalidation of 422 paths, sent at once at CloudFront's 0.5 transactions/s.
        QVERIFY2(
            err.contains(QStringLiteral("cf (cloudfront): 1 transaction(s) for 422 target(s), sent at once")),
            r.describe().constData());
        QVERIFY2(err.contains(QStringLiteral("status every 20 s until done")), r.describe().constData());
        QVERIFY2(err.contains(QStringLiteral("cf: bills 422 invalidation paths of the 1,000 free a month")),
                 r.describe().constData());
        QVERIFY2(
            err.contains(QStringLiteral("collapsing the 412 URLs under https://example.com/img/2026/ into "
                                        "/img/2026/* would bill 1 invalidation path instead of 412 (--set "
                                        "collapse_over=N")),
            r.describe().constData());
        // Stdout keeps exactly the requests: every path as it was named, nothing collapsed.
        QVERIFY(r.out.contains("<Quantity>422</Quantity>"));
        QVERIFY(!r.out.contains("/img/2026/*"));
        QVERIFY(!r.out.contains("invalidation paths"));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void dryRunJsonCarriesTheNumbers()
    {
        QVERIFY2(addCloudFront(QStringLiteral("cf")).exited(0), "source add");
        QStringList targets;
        for (int folder = 0; folder < 150; ++folder)
            targets += urls(QStringLiteral("https://example.com/f%1/").arg(folder), 10);
        const CliResult r = run(args({"purge", "--source", "cf", "--dry-run", "--json", "--from-file"})
                                << targetsFile(targets));
        QVERIFY2(r.exited(0), r.describe().constData());
        QString error;
        const QJsonObject doc = r.json(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject source = doc.value(QStringLiteral("estimate"))
                                       .toObject()
                                       .value(QStringLiteral("sources"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(source.value(QStringLiteral("source")).toString(), QStringLiteral("cf"));
        QCOMPARE(source.value(QStringLiteral("requests")).toInt(), 1);
        QCOMPARE(source.value(QStringLiteral("items")).toInt(), 1500);
        QCOMPARE(source.value(QStringLiteral("unpaced")).toBool(), false);
        QCOMPARE(source.value(QStringLiteral("rate")).toDouble(), 0.5);
        QCOMPARE(source.value(QStringLiteral("poll_interval_seconds")).toDouble(), 20.0);
        const QJsonObject billing = source.value(QStringLiteral("billing")).toObject();
        QCOMPARE(billing.value(QStringLiteral("billed")).toInt(), 1500);
        QCOMPARE(billing.value(QStringLiteral("free_per_month")).toInt(), 1000);
        QCOMPARE(billing.value(QStringLiteral("over_free")).toInt(), 500);
        QCOMPARE(billing.value(QStringLiteral("cost_over_free")).toDouble(), 2.5);
        QVERIFY(billing.value(QStringLiteral("wildcard_counts_as_one")).toBool());
        QCOMPARE(source.value(QStringLiteral("offers")).toArray().size(), 0);
        const QJsonArray lines =
            doc.value(QStringLiteral("estimate")).toObject().value(QStringLiteral("lines")).toArray();
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines.at(1).toString().contains(QStringLiteral("500 over them: $2.50 at $0.005 each")),
                 r.describe().constData());
        QCOMPARE(doc.value(QStringLiteral("requests")).toArray().size(), 1);
    }

    void collapseWithTheSetting()
    {
        QVERIFY2(addCloudFront(QStringLiteral("cf"), args({"--set", "collapse_over=100", "--set", "rate=0"}))
                     .exited(0),
                 "source add");
        const QString file = targetsFile(deployTargets());
        const CliResult dry =
            run(args({"purge", "--source", "cf", "--dry-run", "--json", "--from-file"}) << file);
        QVERIFY2(dry.exited(0), dry.describe().constData());
        const QJsonObject doc = dry.json();
        const QJsonArray requests = doc.value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 2); // the stylesheets, and the folder as one prefix
        QVERIFY(requests.at(1)
                    .toObject()
                    .value(QStringLiteral("body"))
                    .toString()
                    .contains(QStringLiteral("<Quantity>1</Quantity><Items><Path>/img/2026/*</Path>")));
        const QJsonObject source = doc.value(QStringLiteral("estimate"))
                                       .toObject()
                                       .value(QStringLiteral("sources"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(source.value(QStringLiteral("billing")).toObject().value(QStringLiteral("billed")).toInt(),
                 11);
        const QJsonObject collapsed = source.value(QStringLiteral("collapsed")).toArray().at(0).toObject();
        QCOMPARE(collapsed.value(QStringLiteral("folder")).toString(),
                 QStringLiteral("https://example.com/img/2026/"));
        QCOMPARE(collapsed.value(QStringLiteral("sent_as")).toString(), QStringLiteral("/img/2026/*"));
        QCOMPARE(collapsed.value(QStringLiteral("urls")).toInt(), 412);
        QVERIFY2(dry.errText().contains(
                     QStringLiteral("cf: 412 URLs under https://example.com/img/2026/ purged as "
                                    "/img/2026/*")),
                 dry.describe().constData());

        // Sent for real: the run says so first, and the provider sees the prefix path.
        const CliResult sent = run(args({"purge", "--source", "cf", "--from-file"}) << file);
        QVERIFY2(sent.exited(0), sent.describe().constData());
        QVERIFY2(
            sent.errText().contains(QStringLiteral("412 URLs under https://example.com/img/2026/ purged as "
                                                   "/img/2026/*")),
            sent.describe().constData());
        QByteArray bodies;
        for (const RawRequest &request : m_server->requests())
            bodies += request.body;
        QVERIFY(bodies.contains("<Path>/img/2026/*</Path>"));
        QVERIFY(!bodies.contains("/img/2026/photo-0.jpg"));
        QVERIFY(bodies.contains("<Path>/css/photo-0.jpg</Path>"));
    }

    void badCollapseOverIsRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("word") << QStringLiteral("abc")
                              << QStringLiteral(
                                     "setting collapse_over must be a non-negative number, not \"abc\"");
        QTest::newRow("negative") << QStringLiteral("-5")
                                  << QStringLiteral(
                                         "setting collapse_over must be a non-negative number, not \"-5\"");
        QTest::newRow("fraction") << QStringLiteral("2.5")
                                  << QStringLiteral(
                                         "setting collapse_over must be a whole number of URLs, not \"2.5\"");
    }
    void badCollapseOverIsRefused()
    {
        QFETCH(QString, value);
        QFETCH(QString, message);
        const CliResult r = addCloudFront(
            QStringLiteral("cf"), {QStringLiteral("--set"), QStringLiteral("collapse_over=") + value});
        QVERIFY2(r.exited(2), r.describe().constData());
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        const CliResult list = run(args({"source", "list", "--json"}));
        QCOMPARE(list.json().value(QStringLiteral("sources")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliEstimate)
#include "tst_cli_estimate.moc"
