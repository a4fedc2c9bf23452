// The command-line contract on the happy paths (DESIGN.md, "Command line" and "Queue rules"): the
// purgeline binary against FakeHttpServer in this process. Exit statuses, what reaches the server,
// the --json documents, history, presets, retry and resume.
#include "clirunner.h"
#include "fakehttpserver.h"
#include "scratchpostgres.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

static const QString kSecretVar = QStringLiteral("PL_TEST_IMGIX_KEY");
static const QString kSecretValue = QStringLiteral("ak_test_S3CRET_0815");
static const QString kInstartVar = QStringLiteral("PL_TEST_INSTART_PW");
static const QString kInstartPassword = QStringLiteral("pw-INSTART-9");

static QString u(int n)
{
    return QStringLiteral("https://assets.example.com/img/%1.jpg").arg(n);
}

static QByteArray imgixBody(const QString &url)
{
    return QByteArray("{\"data\":{\"attributes\":{\"url\":\"") + url.toUtf8() +
           QByteArray("\"},\"type\":\"purges\"}}");
}

// The purge id the fake imgix hands out for a URL: "purge-<file name>".
static QString imgixIdFor(const QString &url)
{
    return QStringLiteral("purge-") + QUrl(url).fileName();
}

static ScriptedReply imgixOk(const RecordedRequest &request)
{
    const QString url = QJsonDocument::fromJson(request.body)
                            .object()
                            .value(QStringLiteral("data"))
                            .toObject()
                            .value(QStringLiteral("attributes"))
                            .toObject()
                            .value(QStringLiteral("url"))
                            .toString();
    return ScriptedReply::json(200, QByteArray("{\"data\":{\"id\":\"") + imgixIdFor(url).toUtf8() +
                                        QByteArray("\",\"type\":\"purges\"}}"));
}

static QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    return result;
}

static QStringList eventKinds(const QJsonObject &transaction)
{
    QStringList kinds;
    for (const QJsonValue &e : transaction.value(QStringLiteral("events")).toArray())
        kinds << e.toObject().value(QStringLiteral("kind")).toString();
    return kinds;
}

class TestCliCommands : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeHttpServer *m_server = nullptr;
    std::unique_ptr<CliRunner> m_cli;

    CliResult run(const QStringList &args, const QByteArray &input = {}) { return m_cli->run(args, input); }

    // The bodies of every POST the server received, sorted (transactions run concurrently).
    QList<QByteArray> postedBodies() const
    {
        QList<QByteArray> bodies;
        for (const RecordedRequest &r : m_server->requests())
            if (r.method == "POST")
                bodies << r.body;
        std::sort(bodies.begin(), bodies.end());
        return bodies;
    }
    static QList<QByteArray> imgixBodies(const QStringList &urls)
    {
        QList<QByteArray> bodies;
        for (const QString &url : urls)
            bodies << imgixBody(url);
        std::sort(bodies.begin(), bodies.end());
        return bodies;
    }

    bool addSource(const QStringList &args)
    {
        const CliResult r = run(QStringList{QStringLiteral("source"), QStringLiteral("add")} + args);
        if (r.exitCode != 0)
            qWarning("source add failed: %s", r.describe().constData());
        return r.finished && r.exitCode == 0;
    }
    bool addImgix(const QString &name, const QStringList &extra = {})
    {
        return addSource(QStringList{name, QStringLiteral("--type"), QStringLiteral("imgix"),
                                     QStringLiteral("--endpoint"), m_server->baseUrl().toString(),
                                     QStringLiteral("--secret-env"), kSecretVar} +
                         extra);
    }
    bool addInstart(const QString &name)
    {
        return addSource({name, QStringLiteral("--type"), QStringLiteral("instart"),
                          QStringLiteral("--endpoint"), m_server->baseUrl().toString(),
                          QStringLiteral("--set"), QStringLiteral("customer=acme"), QStringLiteral("--set"),
                          QStringLiteral("user=bob"), QStringLiteral("--set"),
                          QStringLiteral("poll_interval=1"), QStringLiteral("--secret-env"), kInstartVar});
    }

    // `history --json ARGS`: the newest N (--limit), listed oldest first.
    QJsonArray history(const QStringList &args = {})
    {
        const CliResult r = run(QStringList{QStringLiteral("history"), QStringLiteral("--json")} + args);
        QString error;
        const QJsonObject doc = r.json(&error);
        if (r.exitCode != 0 || !error.isEmpty())
            qWarning("history failed: %s %s", qPrintable(error), r.describe().constData());
        return doc.value(QStringLiteral("transactions")).toArray();
    }

    // Fails the test when a secret value shows up anywhere a user or a log could see it.
    static bool leaksSecret(const CliResult &r)
    {
        for (const QString &secret : {kSecretValue, kInstartPassword})
            if (r.out.contains(secret.toUtf8()) || r.err.contains(secret.toUtf8()))
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!CliRunner::binary().isEmpty(), "PURGELINE_BIN is not set");
        QVERIFY(QFile::exists(CliRunner::binary()));
        // The secrets live only in the child's environment.
        QVERIFY(!qEnvironmentVariableIsSet(qPrintable(kSecretVar)));
        QVERIFY(!qEnvironmentVariableIsSet(qPrintable(kInstartVar)));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = new FakeHttpServer(this);
        QVERIFY(!m_server->start().isEmpty());
        m_server->setHandler(imgixOk);
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("profile")),
                                            m_dir->filePath(QStringLiteral("home")));
        m_cli->setEnv(kSecretVar, kSecretValue);
        m_cli->setEnv(kInstartVar, kInstartPassword);
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
        m_cli.reset();
        m_dir.reset();
    }

    void purgeWaitJson()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        const QStringList urls{u(1), u(2), u(3)};
        const CliResult r =
            run(QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                            QStringLiteral("--wait"), QStringLiteral("--json")} +
                urls);
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaksSecret(r));

        // Exactly three POSTs, one URL each, with the key from the child's environment.
        QCOMPARE(m_server->requests().size(), 3);
        for (const RecordedRequest &request : m_server->requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.pathAndQuery(), QStringLiteral("/api/v1/purge"));
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + kSecretValue.toUtf8());
            QCOMPARE(request.header("Content-Type"), QByteArray("application/vnd.api+json"));
        }
        QCOMPARE(postedBodies(), imgixBodies(urls));

        // stdout is one JSON document; progress went to stderr.
        QString error;
        const QJsonObject doc = r.json(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(r.describe())));
        QCOMPARE(doc.value(QStringLiteral("succeeded")).toInt(-1), 3);
        QCOMPARE(doc.value(QStringLiteral("failed")).toInt(-1), 0);
        QCOMPARE(doc.value(QStringLiteral("open")).toInt(-1), 0);
        QCOMPARE(doc.value(QStringLiteral("stopped")).toBool(true), false);
        QVERIFY(doc.value(QStringLiteral("request_id")).toInteger() > 0);
        const QJsonArray transactions = doc.value(QStringLiteral("transactions")).toArray();
        QCOMPARE(transactions.size(), 3);
        QStringList seen;
        for (const QJsonValue &value : transactions) {
            const QJsonObject t = value.toObject();
            QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
            QCOMPARE(t.value(QStringLiteral("source")).toString(), QStringLiteral("img"));
            QCOMPARE(t.value(QStringLiteral("attempts")).toInt(), 1);
            QCOMPARE(t.value(QStringLiteral("http_status")).toInt(), 200);
            QCOMPARE(t.value(QStringLiteral("request_id")).toInteger(),
                     doc.value(QStringLiteral("request_id")).toInteger());
            const QStringList targets = strings(t.value(QStringLiteral("targets")));
            QCOMPARE(targets.size(), 1);
            QCOMPARE(t.value(QStringLiteral("provider_id")).toString(), imgixIdFor(targets.first()));
            seen << targets.first();
        }
        seen.sort();
        QCOMPARE(seen, urls);
        QVERIFY2(r.errText().contains(QStringLiteral("3 transaction(s) queued")), r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("3 succeeded, 0 failed, 0 still open")),
                 r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("succeeded #")), r.describe().constData());

        // History agrees, with the events of each transaction and where the request came from.
        const QJsonArray rows = history();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &value : rows) {
            const QJsonObject t = value.toObject();
            QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
            QCOMPARE(t.value(QStringLiteral("origin")).toString(), QStringLiteral("cli"));
            QCOMPARE(t.value(QStringLiteral("user")).toString(), QStringLiteral("tester"));
            QCOMPARE(eventKinds(t), (QStringList{QStringLiteral("queued"), QStringLiteral("sent"),
                                                 QStringLiteral("succeeded")}));
        }
    }

    // Without --json stdout stays empty: everything is progress on stderr.
    void purgeWaitTextOutput()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                                 QStringLiteral("--wait"), u(7)});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.errText().contains(QStringLiteral("succeeded #1 img ") + u(7) +
                                      QStringLiteral(" (id purge-7.jpg)")),
                 r.describe().constData());
        QCOMPARE(m_server->requests().size(), 1);
    }

    // `source check`: the window's Check on the command line, with the same steps and words.
    void sourceCheck()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        const CliResult r = run({QStringLiteral("source"), QStringLiteral("check"), QStringLiteral("img")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("passed: The secret was found (from environment variable %1).")
                                    .arg(kSecretVar)),
                 r.describe().constData());
        QVERIFY2(lines.contains(
                     QStringLiteral("passed: The secret has the expected form (one word without spaces).")),
                 r.describe().constData());
        QVERIFY(r.out.contains("not verified: Whether imgix accepts the secret"));
        QVERIFY(r.out.contains(
            QByteArray(QByteArray("POST ") + m_server->baseUrl().toString().toUtf8() + "/api/v1/purge")));
        QVERIFY(!leaksSecret(r));
        // Only a HEAD of the root reached the server: nothing was purged.
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().constFirst().method, QByteArray("HEAD"));
        QVERIFY(m_server->requests().constFirst().header("authorization").isEmpty());

        const CliResult json = run({QStringLiteral("source"), QStringLiteral("check"), QStringLiteral("img"),
                                    QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QString error;
        const QJsonObject doc = json.json(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doc.value(QStringLiteral("ok")).toBool(), true);
        const QJsonArray steps = doc.value(QStringLiteral("steps")).toArray();
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("not verified"));

        // A secret that cannot be read fails the check: exit 1, saying why.
        m_cli->unsetEnv(kSecretVar);
        const CliResult failed =
            run({QStringLiteral("source"), QStringLiteral("check"), QStringLiteral("img")});
        QVERIFY2(failed.exitCode == 1, failed.describe().constData());
        QVERIFY2(failed.out.contains("failed: The secret could not be read"), failed.describe().constData());

        const CliResult unknown =
            run({QStringLiteral("source"), QStringLiteral("check"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(QStringLiteral("unknown source \"nope\"")));
    }

    void dryRunText()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                                 QStringLiteral("--dry-run"), u(1), u(2)});
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaksSecret(r));
        const QString base = m_server->baseUrl().toString();
        for (const QString &url : {u(1), u(2)}) {
            const QString block = QStringLiteral("# img (imgix)\nPOST %1/api/v1/purge\n").arg(base);
            QVERIFY2(r.outText().contains(block), r.describe().constData());
            QVERIFY2(r.outText().contains(QStringLiteral("\n\n") + QString::fromUtf8(imgixBody(url)) +
                                          QLatin1Char('\n')),
                     r.describe().constData());
        }
        QCOMPARE(r.outText().count(QStringLiteral("Authorization: [redacted]\n")), 2);
        QCOMPARE(r.outText().count(QStringLiteral("Content-Type: application/vnd.api+json\n")), 2);
        QVERIFY(!r.outText().contains(QStringLiteral("Bearer")));
        QVERIFY2(r.errText().contains(QStringLiteral("dry run: 2 transaction(s) shown, nothing sent")),
                 r.describe().constData());
        QTest::qWait(300);
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(history().size(), 0);
    }

    void dryRunJson()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                                 QStringLiteral("--dry-run"), QStringLiteral("--json"), u(1)});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaksSecret(r));
        QString error;
        const QJsonObject doc = r.json(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doc.value(QStringLiteral("dry_run")).toBool(), true);
        const QJsonArray requests = doc.value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 1);
        const QJsonObject request = requests.first().toObject();
        QCOMPARE(request.value(QStringLiteral("source")).toString(), QStringLiteral("img"));
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(QStringLiteral("url")).toString(),
                 m_server->baseUrl().toString() + QStringLiteral("/api/v1/purge"));
        const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("Authorization")).toString(), QStringLiteral("[redacted]"));
        QCOMPARE(headers.value(QStringLiteral("Content-Type")).toString(),
                 QStringLiteral("application/vnd.api+json"));
        QCOMPARE(request.value(QStringLiteral("body")).toString().toUtf8(), imgixBody(u(1)));
        QTest::qWait(300);
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(history().size(), 0);
    }

    void targetsFromStdinAndFileCollapse()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        // stdin: duplicates, blank lines, a comment, surrounding spaces; plus arguments that repeat them.
        const QByteArray input = (u(1) + QStringLiteral("\n\n  ") + u(2) + QStringLiteral("  \n# ") + u(9) +
                                  QStringLiteral("\n") + u(1) + QStringLiteral("\r\n"))
                                     .toUtf8();
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                                 QStringLiteral("--wait"), QStringLiteral("--json"),
                                 QStringLiteral("--from-file"), QStringLiteral("-"), u(2), u(3)},
                                input);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("transactions")).toArray().size(), 3);
        QCOMPARE(postedBodies(), imgixBodies({u(1), u(2), u(3)}));

        m_server->clear();
        const QString file = m_dir->filePath(QStringLiteral("targets.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            (u(4) + QStringLiteral("\n") + u(4) + QStringLiteral("\n") + u(5)).toUtf8()); // no final newline
        f.close();
        const CliResult fromFile =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                 QStringLiteral("--wait"), QStringLiteral("--from-file"), file});
        QVERIFY2(fromFile.exitCode == 0, fromFile.describe().constData());
        QCOMPARE(postedBodies(), imgixBodies({u(4), u(5)}));
    }

    void failedThenRetryFailed()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        m_server->setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(400, "{\"errors\":[{\"detail\":\"url is not on this source\"}]}");
        });
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                                 QStringLiteral("--wait"), u(1)});
        QVERIFY2(r.finished && r.exitCode == 1, r.describe().constData());
        QCOMPARE(m_server->requests().size(), 1); // a 400 is never retried
        const QString expectedError =
            QStringLiteral("imgix rejected the purge of %1 (HTTP 400): url is not on this source").arg(u(1));
        QVERIFY2(r.errText().contains(QStringLiteral("FAILED    #1 img ") + u(1) + QStringLiteral(": ") +
                                      expectedError),
                 r.describe().constData());

        const QJsonArray failed = history({QStringLiteral("--state"), QStringLiteral("failed")});
        QCOMPARE(failed.size(), 1);
        const QJsonObject t = failed.first().toObject();
        const qint64 id = t.value(QStringLiteral("id")).toInteger();
        QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(t.value(QStringLiteral("error")).toString(), expectedError);
        QCOMPARE(t.value(QStringLiteral("http_status")).toInt(), 400);
        QCOMPARE(t.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(eventKinds(t),
                 (QStringList{QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("failed")}));
        QCOMPARE(history({QStringLiteral("--state"), QStringLiteral("succeeded")}).size(), 0);
        // The text listing carries the error too.
        const CliResult text =
            run({QStringLiteral("history"), QStringLiteral("--state"), QStringLiteral("failed")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.outText().count(QLatin1Char('\n')), 1);
        QVERIFY2(text.outText().contains(QStringLiteral("\timg\tpurge exact\tfailed\t400\t") + u(1) +
                                         QLatin1Char('\t') + expectedError),
                 text.describe().constData());

        m_server->setHandler(imgixOk);
        const CliResult retried =
            run({QStringLiteral("retry"), QStringLiteral("--failed"), QStringLiteral("--wait")});
        QVERIFY2(retried.exitCode == 0, retried.describe().constData());
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().last().body, imgixBody(u(1)));
        const QJsonArray all = history();
        QCOMPARE(all.size(), 1); // the same transaction, not a new one
        const QJsonObject after = all.first().toObject();
        QCOMPARE(after.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(after.value(QStringLiteral("provider_id")).toString(), imgixIdFor(u(1)));
        QCOMPARE(after.value(QStringLiteral("error")).toString(), QString());
        QVERIFY2(eventKinds(after).contains(QStringLiteral("retry-requested")),
                 qPrintable(eventKinds(after).join(QLatin1Char(','))));
        QCOMPARE(eventKinds(after).last(), QStringLiteral("succeeded"));
        QCOMPARE(history({QStringLiteral("--state"), QStringLiteral("failed")}).size(), 0);

        // Nothing left to retry: still exit 0, nothing sent.
        const CliResult again =
            run({QStringLiteral("retry"), QStringLiteral("--failed"), QStringLiteral("--wait")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.errText().contains(QStringLiteral("no failed transactions")));
        QCOMPARE(m_server->requests().size(), 2);
        // A succeeded transaction cannot be retried by id.
        const CliResult byId = run({QStringLiteral("retry"), QString::number(id)});
        QCOMPARE(byId.exitCode, 2);
        QVERIFY2(
            byId.errText().contains(
                QStringLiteral("transaction %1 is succeeded; only failed or cancelled ones can be retried")
                    .arg(id)),
            byId.describe().constData());
    }

    void retries_data()
    {
        QTest::addColumn<QList<int>>(
            "script"); // statuses answered in order (429 with Retry-After: 1), then 200
        QTest::addColumn<QString>("maxAttempts");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QString>("error");

        const auto kinds = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(',')); };
        QTest::newRow("503 then 200") << QList<int>{503} << QStringLiteral("3") << 0 << 2
                                      << kinds("queued,sent,retry,sent,succeeded") << QString();
        QTest::newRow("429 with Retry-After then 200")
            << QList<int>{429} << QStringLiteral("3") << 0 << 2
            << kinds("queued,sent,throttled,sent,succeeded") << QString();
        QTest::newRow("503 until max_attempts")
            << QList<int>{503, 503, 503} << QStringLiteral("2") << 1 << 2
            << kinds("queued,sent,retry,sent,failed") << QStringLiteral("gave up after 2 attempt(s)");
        QTest::newRow("max_attempts=1 never retries")
            << QList<int>{503} << QStringLiteral("1") << 1 << 1 << kinds("queued,sent,failed")
            << QStringLiteral("gave up after 1 attempt(s)");
    }

    void retries()
    {
        QFETCH(QList<int>, script);
        QFETCH(QString, maxAttempts);
        QFETCH(int, exitCode);
        QFETCH(int, requests);
        QFETCH(QStringList, events);
        QFETCH(QString, error);
        QVERIFY(addImgix(QStringLiteral("img"),
                         {QStringLiteral("--set"), QStringLiteral("max_attempts=") + maxAttempts}));
        for (const int status : script)
            m_server->enqueue(status == 429 ? ScriptedReply::json(429, "{}").withHeader("Retry-After", "1")
                                            : ScriptedReply::json(status, "{}"));

        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                                 QStringLiteral("--wait"), QStringLiteral("--json"), u(1)});
        QVERIFY2(r.finished && r.exitCode == exitCode, r.describe().constData());
        QCOMPARE(m_server->requests().size(), requests);
        for (const RecordedRequest &request : m_server->requests())
            QCOMPARE(request.body, imgixBody(u(1)));
        const QJsonArray rows = history();
        QCOMPARE(rows.size(), 1);
        const QJsonObject t = rows.first().toObject();
        // A 429 asks to slow down and is not counted as an attempt.
        QCOMPARE(t.value(QStringLiteral("attempts")).toInt(), requests - int(script.count(429)));
        QCOMPARE(t.value(QStringLiteral("state")).toString(),
                 exitCode == 0 ? QStringLiteral("succeeded") : QStringLiteral("failed"));
        QCOMPARE(eventKinds(t), events);
        QVERIFY2(t.value(QStringLiteral("error")).toString().startsWith(error),
                 qPrintable(t.value(QStringLiteral("error")).toString()));
        const QJsonObject thirdEvent = t.value(QStringLiteral("events")).toArray().at(2).toObject();
        QCOMPARE(thirdEvent.value(QStringLiteral("http_status")).toInt(), script.first());
        if (script.first() == 429 && requests == 2) {
            // Retry-After: 1 is honoured: the second attempt is not sent sooner.
            const QDateTime first = QDateTime::fromString(t.value(QStringLiteral("events"))
                                                              .toArray()
                                                              .at(1)
                                                              .toObject()
                                                              .value(QStringLiteral("at"))
                                                              .toString(),
                                                          Qt::ISODateWithMs);
            const QDateTime second = QDateTime::fromString(t.value(QStringLiteral("events"))
                                                               .toArray()
                                                               .at(3)
                                                               .toObject()
                                                               .value(QStringLiteral("at"))
                                                               .toString(),
                                                           Qt::ISODateWithMs);
            QVERIFY2(first.msecsTo(second) >= 1000, qPrintable(QString::number(first.msecsTo(second))));
        }
        // The --json document agrees with history.
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QStringLiteral("succeeded")).toInt(-1), exitCode == 0 ? 1 : 0);
        QCOMPARE(doc.value(QStringLiteral("failed")).toInt(-1), exitCode == 0 ? 0 : 1);
    }

    void instartPollsUntilSuccess()
    {
        QVERIFY(addInstart(QStringLiteral("ins")));
        int polls = 0;
        m_server->setHandler([&polls](const RecordedRequest &request) {
            if (request.method == "POST" && request.pathAndQuery() == QLatin1String("/acme/v1/cache/purge"))
                return ScriptedReply::json(201, "{\"transaction_id\":4242}");
            if (request.method == "GET" &&
                request.pathAndQuery() == QLatin1String("/acme/v1/transactions/4242")) {
                ++polls;
                if (polls == 1)
                    return ScriptedReply::json(
                        200, "{\"transaction_id\":4242,\"transaction_response\":"
                             "{\"transaction_status\":\"PENDING\",\"percent_received_responses\":50}}");
                return ScriptedReply::json(200, "{\"transaction_id\":4242,\"transaction_response\":"
                                                "{\"transaction_status\":\"SUCCESS\"}}");
            }
            return ScriptedReply::json(404, "{\"description\":\"unexpected request in test\"}");
        });
        const QString target = QStringLiteral("https://www.example.com/news/");
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("ins"),
                                 QStringLiteral("--wait"), QStringLiteral("--json"), target});
        m_server->setHandler(imgixOk);
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QVERIFY(!leaksSecret(r));

        const QList<RecordedRequest> &requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(0).header("Authorization"),
                 QByteArray("Basic ") + QByteArray("bob:pw-INSTART-9").toBase64());
        const QJsonObject body = QJsonDocument::fromJson(requests.at(0).body).object();
        const QJsonObject expectedBody{
            {QStringLiteral("purge_request"),
             QJsonObject{
                 {QStringLiteral("action"), QStringLiteral("PURGE")},
                 {QStringLiteral("uris"),
                  QJsonArray{QJsonObject{{QStringLiteral("match_mode"), QStringLiteral("EXACT_LITERAL")},
                                         {QStringLiteral("uri_pattern"), target}}}}}}};
        QCOMPARE(body, expectedBody);
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(requests.at(i).method, QByteArray("GET"));
            QCOMPARE(requests.at(i).pathAndQuery(), QStringLiteral("/acme/v1/transactions/4242"));
            QCOMPARE(requests.at(i).header("Authorization"), requests.at(0).header("Authorization"));
        }

        const QJsonArray transactions = r.json().value(QStringLiteral("transactions")).toArray();
        QCOMPARE(transactions.size(), 1);
        QCOMPARE(transactions.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(transactions.first().toObject().value(QStringLiteral("provider_id")).toString(),
                 QStringLiteral("4242"));
        QVERIFY2(r.errText().contains(QStringLiteral("pending   #1 ins ")), r.describe().constData());

        const QJsonArray rows = history();
        QCOMPARE(rows.size(), 1);
        const QJsonObject t = rows.first().toObject();
        QCOMPARE(t.value(QStringLiteral("polls")).toInt(), 2);
        QCOMPARE(eventKinds(t),
                 (QStringList{QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("accepted"),
                              QStringLiteral("poll"), QStringLiteral("succeeded")}));
        const QJsonArray events = t.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.at(2).toObject().value(QStringLiteral("http_status")).toInt(), 201);
        QCOMPARE(events.at(3).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("50% done"));
        QCOMPARE(events.at(4).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("transaction 4242 completed"));
    }

    // Without --wait a purge waiting to retry is not a failure: exit 3, and `resume --wait`
    // finishes it later.
    void noWaitThenResume()
    {
        QVERIFY(addImgix(QStringLiteral("img"), {QStringLiteral("--set"), QStringLiteral("max_attempts=3")}));
        m_server->enqueue(ScriptedReply::json(503, "{}"));
        const CliResult r =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"), u(1)});
        QVERIFY2(r.finished && r.exitCode == 3, r.describe().constData());
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY2(r.errText().contains(QStringLiteral("purgeline resume --wait")), r.describe().constData());
        QJsonArray rows = history();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("retry-scheduled"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("http_status")).toInt(), 503);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("attempts")).toInt(), 1);

        // The source cannot be removed while it has open work.
        const CliResult refused =
            run({QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("img")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.errText().contains(QStringLiteral("source \"img\" still has 1 open transaction(s)")),
                 refused.describe().constData());
        QCOMPARE(run({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("sources"))
                     .toArray()
                     .size(),
                 1);

        const CliResult resumed =
            run({QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(resumed.json().value(QStringLiteral("succeeded")).toInt(-1), 1);
        rows = history();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("attempts")).toInt(), 2);

        // Nothing open any more: resume has nothing to do, and the source can go.
        const CliResult idle = run({QStringLiteral("resume"), QStringLiteral("--wait")});
        QCOMPARE(idle.exitCode, 0);
        QVERIFY(idle.errText().contains(QStringLiteral("nothing to resume")));
        QCOMPARE(m_server->requests().size(), 2);
        const CliResult removed =
            run({QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("img")});
        QVERIFY2(removed.exitCode == 0, removed.describe().constData());
        QCOMPARE(run({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("sources"))
                     .toArray()
                     .size(),
                 0);
    }

    void instartNoWaitThenResume()
    {
        QVERIFY(addInstart(QStringLiteral("ins")));
        m_server->setHandler([](const RecordedRequest &request) {
            if (request.method == "POST")
                return ScriptedReply::json(201, "{\"transaction_id\":\"77\"}");
            return ScriptedReply::json(
                200, "{\"transaction_id\":77,\"transaction_response\":{\"transaction_status\":\"SUCCESS\"}}");
        });
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("ins"),
                                 QStringLiteral("--match"), QStringLiteral("prefix"),
                                 QStringLiteral("https://www.example.com/a/")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(m_server->requests().size(), 1);
        QJsonArray rows = history();
        QCOMPARE(rows.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("waiting-for-status"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("provider_id")).toString(),
                 QStringLiteral("77"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("match")).toString(), QStringLiteral("prefix"));

        const CliResult resumed = run({QStringLiteral("resume"), QStringLiteral("--wait")});
        QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().last().pathAndQuery(), QStringLiteral("/acme/v1/transactions/77"));
        rows = history();
        QCOMPARE(rows.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        m_server->setHandler(imgixOk);
    }

    void presets()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        const CliResult saved = run({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("hero"),
                                     QStringLiteral("--source"), QStringLiteral("img"),
                                     QStringLiteral("--match"), QStringLiteral("exact"), u(1), u(2)});
        QVERIFY2(saved.exitCode == 0, saved.describe().constData());
        QCOMPARE(m_server->requests().size(), 0); // saving sends nothing
        QCOMPARE(history().size(), 0);

        const CliResult list =
            run({QStringLiteral("preset"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QString error;
        const QJsonArray presets = list.json(&error).value(QStringLiteral("presets")).toArray();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(presets.size(), 1);
        const QJsonObject preset = presets.first().toObject();
        QCOMPARE(preset.value(QStringLiteral("name")).toString(), QStringLiteral("hero"));
        QVERIFY(!preset.value(QStringLiteral("updated_at")).toString().isEmpty());
        const QJsonObject expectedDefinition{{QStringLiteral("sources"), QJsonArray{QStringLiteral("img")}},
                                             {QStringLiteral("action"), QStringLiteral("purge")},
                                             {QStringLiteral("match"), QStringLiteral("exact")},
                                             {QStringLiteral("targets"), QJsonArray{u(1), u(2)}}};
        QCOMPARE(preset.value(QStringLiteral("definition")).toObject(), expectedDefinition);
        const CliResult text = run({QStringLiteral("preset"), QStringLiteral("list")});
        QCOMPARE(text.outText(), QStringLiteral("hero\timg\tpurge exact\t2 target(s)\n"));

        const CliResult ran = run({QStringLiteral("preset"), QStringLiteral("run"), QStringLiteral("hero"),
                                   QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(ran.exitCode == 0, ran.describe().constData());
        QCOMPARE(ran.json().value(QStringLiteral("succeeded")).toInt(-1), 2);
        const QList<QByteArray> viaPreset = postedBodies();
        QCOMPARE(viaPreset, imgixBodies({u(1), u(2)}));

        // The same request by hand sends the same requests.
        m_server->clear();
        const CliResult byHand = run({QStringLiteral("purge"), QStringLiteral("--source"),
                                      QStringLiteral("img"), QStringLiteral("--wait"), u(1), u(2)});
        QVERIFY2(byHand.exitCode == 0, byHand.describe().constData());
        QCOMPARE(postedBodies(), viaPreset);

        // History tells the two apart by origin; --limit keeps the newest.
        const QJsonArray rows = history();
        QCOMPARE(rows.size(), 4);
        QStringList origins;
        for (const QJsonValue &v : rows)
            origins << v.toObject().value(QStringLiteral("origin")).toString();
        QCOMPARE(origins, (QStringList{QStringLiteral("preset hero"), QStringLiteral("preset hero"),
                                       QStringLiteral("cli"), QStringLiteral("cli")}));
        QVERIFY(rows.first().toObject().value(QStringLiteral("id")).toInteger() <
                rows.last().toObject().value(QStringLiteral("id")).toInteger());
        const QJsonArray newest = history({QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(newest.size(), 1);
        QCOMPARE(newest.first().toObject().value(QStringLiteral("id")).toInteger(),
                 rows.last().toObject().value(QStringLiteral("id")).toInteger());
        const QJsonArray newestThree = history({QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(newestThree.size(), 3);
        QCOMPARE(newestThree.first().toObject().value(QStringLiteral("id")).toInteger(),
                 rows.at(1).toObject().value(QStringLiteral("id")).toInteger());
        const CliResult limitedText =
            run({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(limitedText.outText().count(QLatin1Char('\n')), 2);

        // A bad save changes nothing, not even a preset of the same name.
        const CliResult bad = run({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("hero"),
                                   QStringLiteral("--source"), QStringLiteral("img"),
                                   QStringLiteral("--match"), QStringLiteral("prefix"), u(3)});
        QCOMPARE(bad.exitCode, 2);
        const QJsonArray unchanged =
            run({QStringLiteral("preset"), QStringLiteral("list"), QStringLiteral("--json")})
                .json()
                .value(QStringLiteral("presets"))
                .toArray();
        QCOMPARE(unchanged.size(), 1);
        QCOMPARE(unchanged.first().toObject().value(QStringLiteral("definition")).toObject(),
                 expectedDefinition);

        const CliResult removed =
            run({QStringLiteral("preset"), QStringLiteral("remove"), QStringLiteral("hero")});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(run({QStringLiteral("preset"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("presets"))
                     .toArray()
                     .size(),
                 0);
    }

    // A preset's target file is read at each run, not when it is saved.
    void presetReadsItsFileAtEachRun()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        const QString file = m_dir->filePath(QStringLiteral("changed.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u(1).toUtf8() + "\n");
        f.close();
        const CliResult saved =
            run({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("deploy"),
                 QStringLiteral("--source"), QStringLiteral("img"), QStringLiteral("--from-file"), file});
        QVERIFY2(saved.exitCode == 0, saved.describe().constData());
        const CliResult text = run({QStringLiteral("preset"), QStringLiteral("list")});
        QCOMPARE(text.outText(), QStringLiteral("deploy\timg\tpurge exact\ttargets from %1\n").arg(file));

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write((u(5) + QStringLiteral("\n") + u(6) + QStringLiteral("\n")).toUtf8());
        f.close();
        const CliResult ran = run({QStringLiteral("preset"), QStringLiteral("run"), QStringLiteral("deploy"),
                                   QStringLiteral("--wait")});
        QVERIFY2(ran.exitCode == 0, ran.describe().constData());
        QCOMPARE(postedBodies(), imgixBodies({u(5), u(6)}));
        const QJsonArray rows = history();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &v : rows)
            QCOMPARE(v.toObject().value(QStringLiteral("origin")).toString(),
                     QStringLiteral("preset deploy"));
    }

    void historyStateFilter()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        m_server->setHandler([](const RecordedRequest &request) {
            if (request.body.contains("bad"))
                return ScriptedReply::json(422, "{\"errors\":[{\"detail\":\"nope\"}]}");
            return imgixOk(request);
        });
        const CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                                 QStringLiteral("--wait"), QStringLiteral("--json"), u(1), u(2),
                                 QStringLiteral("https://assets.example.com/bad.jpg")});
        QVERIFY2(r.exitCode == 1, r.describe().constData()); // one failure fails the run
        QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(-1), 2);
        QCOMPARE(r.json().value(QStringLiteral("failed")).toInt(-1), 1);
        m_server->setHandler(imgixOk);

        const QJsonArray succeeded = history({QStringLiteral("--state"), QStringLiteral("succeeded")});
        QCOMPARE(succeeded.size(), 2);
        for (const QJsonValue &v : succeeded)
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QJsonArray failed = history({QStringLiteral("--state"), QStringLiteral("failed")});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(strings(failed.first().toObject().value(QStringLiteral("targets"))),
                 QStringList{QStringLiteral("https://assets.example.com/bad.jpg")});
        QCOMPARE(failed.first().toObject().value(QStringLiteral("http_status")).toInt(), 422);
        QCOMPARE(history({QStringLiteral("--state"), QStringLiteral("queued")}).size(), 0);
        QCOMPARE(history({QStringLiteral("--state"), QStringLiteral("failed"), QStringLiteral("--limit"),
                          QStringLiteral("5")})
                     .size(),
                 1);
        QCOMPARE(history().size(), 3);
    }

    void sourceListNeverShowsSecret()
    {
        QVERIFY(addImgix(QStringLiteral("img"), {QStringLiteral("--set"), QStringLiteral("api=legacy")}));
        QVERIFY(addInstart(QStringLiteral("ins")));
        const CliResult r = run({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!leaksSecret(r));
        QString error;
        const QJsonArray sources = r.json(&error).value(QStringLiteral("sources")).toArray();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sources.size(), 2);
        const QJsonObject img = sources.at(0).toObject();
        const QJsonObject expectedImg{
            {QStringLiteral("name"), QStringLiteral("img")},
            {QStringLiteral("type"), QStringLiteral("imgix")},
            {QStringLiteral("endpoints"), QJsonArray{m_server->baseUrl().toString()}},
            {QStringLiteral("settings"), QJsonObject{{QStringLiteral("api"), QStringLiteral("legacy")}}},
            {QStringLiteral("secret"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("env")},
                                                   {QStringLiteral("variable"), kSecretVar}}}};
        QCOMPARE(img, expectedImg);
        const QJsonObject ins = sources.at(1).toObject();
        QCOMPARE(ins.value(QStringLiteral("name")).toString(), QStringLiteral("ins"));
        QCOMPARE(ins.value(QStringLiteral("settings")).toObject().value(QStringLiteral("user")).toString(),
                 QStringLiteral("bob"));
        QCOMPARE(ins.value(QStringLiteral("secret")).toObject().value(QStringLiteral("variable")).toString(),
                 kInstartVar);

        const CliResult text = run({QStringLiteral("source"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(!leaksSecret(text));
        QCOMPARE(text.outText().count(QLatin1Char('\n')), 2);

        // Nor does anything a purge leaves behind.
        QVERIFY(run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                     QStringLiteral("--wait"), u(1)})
                    .exitCode == 0);
        const CliResult historyJson = run({QStringLiteral("history"), QStringLiteral("--json")});
        QVERIFY(!leaksSecret(historyJson));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().pathAndQuery(), QStringLiteral("/v2/image/purger"));
    }

    // A source whose environment variable is not set fails its transactions with a message naming
    // the variable, and sends nothing.
    // A profile moves between SQLite and PostgreSQL with its ids: there and back, the history,
    // sources and presets read the same, and new work there continues the ids. A copy never
    // merges into a used profile, and never takes open work along (both would send it).
    void profileCopyBetweenBackends()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                           QStringLiteral("--wait"), u(1)});
        QVERIFY2(r.exited(0), r.describe().constData());
        r = run({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("home"),
                 QStringLiteral("--source"), QStringLiteral("img"), u(3)});
        QVERIFY2(r.exited(0), r.describe().constData());
        const QJsonArray before = history();
        QCOMPARE(before.size(), 1);

        // Here (whichever backend this run's profile is on) to a directory, and from that to a
        // database on the test server when there is one, else to another directory.
        const QString file = m_dir->filePath(QStringLiteral("copy"));
        std::unique_ptr<ScratchPostgres> database;
        if (ScratchPostgres::wanted())
            database = std::make_unique<ScratchPostgres>();
        const QString last = database ? database->url() : m_dir->filePath(QStringLiteral("copy2"));
        const QString home = m_dir->filePath(QStringLiteral("home"));
        for (const auto &[from, to] : {std::pair{m_cli->profileDir(), file}, std::pair{file, last}}) {
            r = run({QStringLiteral("profile"), QStringLiteral("copy"), from, to});
            QVERIFY2(r.exited(0), r.describe().constData());
            QVERIFY2(r.err.contains("transactions: 1 row"), r.describe().constData());
        }
        CliRunner copy(last, home, true);
        copy.setEnv(kSecretVar, kSecretValue);
        r = copy.run({QStringLiteral("history"), QStringLiteral("--json")});
        QVERIFY2(r.exited(0), r.describe().constData());
        const QJsonArray after = r.json().value(QStringLiteral("transactions")).toArray();
        QCOMPARE(after.size(), 1);
        for (const char *field : {"id", "request_id", "state", "source", "targets", "attempts"})
            QCOMPARE(after.first().toObject().value(QLatin1String(field)),
                     before.first().toObject().value(QLatin1String(field)));
        r = copy.run({QStringLiteral("preset"), QStringLiteral("list")});
        QVERIFY2(r.exited(0) && r.out.contains("home"), r.describe().constData());
        // New work continues the ids, and the copied source still finds its secret.
        r = copy.run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                      QStringLiteral("--wait"), QStringLiteral("--json"), u(4)});
        QVERIFY2(r.exited(0), r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("request_id")).toInt(),
                 before.first().toObject().value(QStringLiteral("request_id")).toInt() + 1);

        // Into a used profile: refused, nothing changed.
        r = run({QStringLiteral("profile"), QStringLiteral("copy"), m_cli->profileDir(), last});
        QVERIFY2(r.exitCode == 2 && r.err.contains("is not empty"), r.describe().constData());
        r = copy.run({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("transactions")).toArray().size(), 2);

        // Open work stays where it is: nothing is copied while a transaction waits.
        m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(503, "{}"); });
        r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"), u(5)});
        QVERIFY2(r.exitCode == 3 || r.exited(0), r.describe().constData());
        r = run({QStringLiteral("profile"), QStringLiteral("copy"), m_cli->profileDir(),
                 m_dir->filePath(QStringLiteral("copy3"))});
        QVERIFY2(r.exitCode == 2 && r.err.contains("open transaction"), r.describe().constData());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("copy3/purgeline.sqlite"))) ||
                QJsonDocument::fromJson(CliRunner(m_dir->filePath(QStringLiteral("copy3")), home, true)
                                            .run({QStringLiteral("history"), QStringLiteral("--json")})
                                            .out)
                    .array()
                    .isEmpty());
        // Bad names: exit 2, nothing made.
        r = run({QStringLiteral("profile"), QStringLiteral("copy"), m_dir->filePath(QStringLiteral("none")),
                 file});
        QVERIFY2(r.exitCode == 2 && r.err.contains("there is no profile"), r.describe().constData());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none"))));
        r = run({QStringLiteral("profile"), QStringLiteral("copy"), file, file});
        QVERIFY2(r.exitCode == 2 && r.err.contains("the same profile"), r.describe().constData());
    }

    // Who asked, from where and why, recorded with every request: the name a person goes by
    // ($PURGELINE_NAME here), the login, the machine and --reason; history filters by person.
    // A source that requires a reason refuses a purge without one (exit 2, nothing queued).
    void requestsRecordWhoAskedAndWhy()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        m_cli->setEnv(QStringLiteral("PURGELINE_NAME"), QStringLiteral("Ann Example"));
        CliResult r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                           QStringLiteral("--wait"), QStringLiteral("--reason"),
                           QStringLiteral("TICKET-12 new logo"), u(1)});
        QVERIFY2(r.exited(0), r.describe().constData());
        m_cli->setEnv(QStringLiteral("PURGELINE_NAME"), QStringLiteral("Bob"));
        r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                 QStringLiteral("--wait"), u(2)});
        QVERIFY2(r.exited(0), r.describe().constData());

        const QJsonArray all = history();
        QCOMPARE(all.size(), 2);
        const QJsonObject ann = all.at(0).toObject();
        QCOMPARE(ann.value(QStringLiteral("person")).toString(), QStringLiteral("Ann Example"));
        QCOMPARE(ann.value(QStringLiteral("reason")).toString(), QStringLiteral("TICKET-12 new logo"));
        QCOMPARE(ann.value(QStringLiteral("host")).toString(), QSysInfo::machineHostName());
        const QString login = ann.value(QStringLiteral("user")).toString();
        QVERIFY(!login.isEmpty());
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("person")).toString(), QStringLiteral("Bob"));
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("reason")).toString(), QString());

        QCOMPARE(history({QStringLiteral("--person"), QStringLiteral("Bob")}).size(), 1);
        QCOMPARE(history({QStringLiteral("--person"), QStringLiteral("Ann Example")}).size(), 1);
        QCOMPARE(history({QStringLiteral("--person"), login}).size(), 2); // the login matches both
        QCOMPARE(history({QStringLiteral("--person"), QStringLiteral("Carol")}).size(), 0);

        // A source that asks for a reason: refused without one, before anything is recorded.
        QVERIFY(addImgix(QStringLiteral("audited"),
                         {QStringLiteral("--set"), QStringLiteral("require_reason=yes")}));
        r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img,audited"), u(3)});
        QVERIFY2(r.exitCode == 2 && r.err.contains("audited") && r.err.contains("--reason"),
                 r.describe().constData());
        r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("audited"),
                 QStringLiteral("--reason"), QStringLiteral("   "), u(3)});
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QCOMPARE(history().size(), 2);
        // A preset keeps its reason; a run may give its own.
        r = run({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("audit"),
                 QStringLiteral("--source"), QStringLiteral("audited"), QStringLiteral("--reason"),
                 QStringLiteral("weekly"), u(4)});
        QVERIFY2(r.exited(0), r.describe().constData());
        r = run({QStringLiteral("preset"), QStringLiteral("run"), QStringLiteral("audit"),
                 QStringLiteral("--wait")});
        QVERIFY2(r.exited(0), r.describe().constData());
        r = run({QStringLiteral("preset"), QStringLiteral("run"), QStringLiteral("audit"),
                 QStringLiteral("--wait"), QStringLiteral("--reason"), QStringLiteral("hotfix")});
        QVERIFY2(r.exited(0), r.describe().constData());
        const QJsonArray last = history();
        QCOMPARE(last.size(), 4);
        QCOMPARE(last.at(2).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("weekly"));
        QCOMPARE(last.at(3).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("hotfix"));
    }

    // A source can ask for a second person's approval: the request waits (exit 3, nothing sent),
    // the one who asked cannot approve it, another person can (then a worker or resume sends it),
    // and a rejected one sends nothing.
    void approvalTakesASecondPerson()
    {
        QVERIFY(addSource({QStringLiteral("hook"), QStringLiteral("--type"), QStringLiteral("webhook"),
                           QStringLiteral("--endpoint"), m_server->baseUrl().toString(),
                           QStringLiteral("--set"), QStringLiteral("body_template={{targets_json}}"),
                           QStringLiteral("--set"), QStringLiteral("approval_for_all=yes"),
                           QStringLiteral("--set"), QStringLiteral("approval_over=2")}));
        const auto as = [&](const QString &login, const QString &name) {
            m_cli->setEnv(QStringLiteral("USER"), login);
            m_cli->setEnv(QStringLiteral("PURGELINE_NAME"), name);
        };
        as(QStringLiteral("ann"), QStringLiteral("Ann"));
        CliResult r =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("hook"), u(1), u(2)});
        QVERIFY2(r.exited(0), r.describe().constData()); // two targets: no approval needed
        QCOMPARE(m_server->requests().size(), 1);

        r = run(
            {QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("hook"), u(3), u(4), u(5)});
        QVERIFY2(r.exited(3), r.describe().constData());
        QVERIFY2(
            r.errText().contains(QStringLiteral("request 2 awaits another person's approval (source \"hook\" "
                                                "needs approval for more than 2 targets (this has 3))")),
            r.describe().constData());
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(history().last().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("awaiting-approval"));
        // Nothing takes it while it waits.
        r = run({QStringLiteral("resume"), QStringLiteral("--wait")});
        QVERIFY2(r.exited(0) && r.errText().contains(QStringLiteral("nothing to resume")),
                 r.describe().constData());

        r = run({QStringLiteral("approve"), QStringLiteral("2")});
        QVERIFY2(r.exited(2), r.describe().constData());
        QVERIFY2(
            r.errText().contains(QStringLiteral("request 2 was asked for by you (ann); another person must "
                                                "approve it")),
            r.describe().constData());
        as(QStringLiteral("bob"), QStringLiteral("Bob"));
        r = run({QStringLiteral("approve"), QStringLiteral("2")});
        QVERIFY2(r.exited(0), r.describe().constData());
        r = run({QStringLiteral("approve"), QStringLiteral("2")});
        QVERIFY2(r.exited(2) &&
                     r.errText().contains(QStringLiteral("request 2 was already approved by Bob (bob)")),
                 r.describe().constData());
        r = run({QStringLiteral("resume"), QStringLiteral("--wait")});
        QVERIFY2(r.exited(0), r.describe().constData());
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(m_server->requests().last().body.contains(u(5).toUtf8()));

        // Everything, asked for by bob, rejected by ann: nothing is sent, and it says why.
        r = run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("hook"),
                 QStringLiteral("--match"), QStringLiteral("all")});
        QVERIFY2(r.exited(3) && r.errText().contains(QStringLiteral("needs approval to purge everything")),
                 r.describe().constData());
        as(QStringLiteral("ann"), QStringLiteral("Ann"));
        r = run({QStringLiteral("reject"), QStringLiteral("3"), QStringLiteral("--reason"),
                 QStringLiteral("not before 18:00")});
        QVERIFY2(r.exited(0), r.describe().constData());
        const QJsonObject rejected = history().last().toObject();
        QCOMPARE(rejected.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QVERIFY2(rejected.value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("rejected by Ann (ann): not before 18:00")),
                 qPrintable(rejected.value(QStringLiteral("error")).toString()));
        r = run({QStringLiteral("approve"), QStringLiteral("3")});
        QVERIFY2(r.exited(2), r.describe().constData());
        r = run({QStringLiteral("resume"), QStringLiteral("--wait")});
        QCOMPARE(m_server->requests().size(), 2);
        r = run({QStringLiteral("approve"), QStringLiteral("99")});
        QVERIFY2(r.exited(2) && r.errText().contains(QStringLiteral("no request 99")),
                 r.describe().constData());
    }

    void missingSecretVariable()
    {
        QVERIFY(addImgix(QStringLiteral("img")));
        m_cli->unsetEnv(kSecretVar);
        const bool shared = ScratchPostgres::wanted();
        // On a shared profile another person's worker may have the secret: the work is left
        // queued for it (exit 3, still waiting) instead of failing.
        QStringList args{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"), u(1)};
        if (!shared)
            args.insert(3, QStringLiteral("--wait"));
        const CliResult r = run(args);
        QVERIFY2(r.exitCode == (shared ? 3 : 1), r.describe().constData());
        if (shared) {
            QVERIFY2(r.errText().contains(
                         QStringLiteral("left for a process that has the secret of source \"img\"")),
                     r.describe().constData());
            const QJsonArray rows = history();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.at(0).toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("queued"));
        }
        QVERIFY2(r.errText().contains(
                     QStringLiteral(
                         "the environment variable %1 that holds the secret of source \"img\" is not set")
                         .arg(kSecretVar)),
                 r.describe().constData());
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
