// Secrets never leave the process except towards the provider (DESIGN.md, "Storage": never in
// the database, settings, logs or exported files). Sources here take their secret from an
// environment variable; a fake provider in this process receives it, and also echoes it back in
// error replies (a 401 that quotes the Authorization header, a 500 that quotes the key), the
// way real APIs and proxies sometimes do. Afterwards no file under the profile directory or
// the throwaway HOME (SQLite db, -wal, -shm included, read byte by byte) and no stdout/stderr
// of any command contains the secret or the base64 forms that Basic auth carries.

#include "clirunner.h"
#include "fakehttpserver.h"
#include "scratchpostgres.h"
#include "spinuntil.h"
#include "storage/database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

namespace {

const QString kVariable = QStringLiteral("PURGELINE_TEST_SECRET");
const QString kSecret = QStringLiteral("s3cr3t-Zq9-PURGELINE");
const QString kMcUser = QStringLiteral("purgeuser");
const QString kAsset = QStringLiteral("https://assets.example.test/secret/a.jpg");

// Every form of the secret that must not show up: as text (UTF-8 and UTF-16), base64 of the
// key alone, and the Basic-auth credentials imgix legacy ("key:") and MemCachier ("user:key")
// send.
QList<std::pair<QString, QByteArray>> forbiddenForms()
{
    const QByteArray secret = kSecret.toUtf8();
    QByteArray utf16;
    for (const QChar c : kSecret) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return {
        {QStringLiteral("the secret"), secret},
        {QStringLiteral("the secret as UTF-16"), utf16},
        {QStringLiteral("base64(secret)"), secret.toBase64()},
        {QStringLiteral("base64(secret:) (imgix legacy Basic auth)"), QByteArray(secret + ':').toBase64()},
        {QStringLiteral("base64(user:secret) (MemCachier Basic auth)"),
         QByteArray(kMcUser.toUtf8() + ':' + secret).toBase64()},
    };
}

// Names the forbidden forms found in data ("" when clean).
QString leaksIn(const QByteArray &data)
{
    QStringList found;
    for (const auto &[name, bytes] : forbiddenForms())
        if (data.contains(bytes))
            found << name;
    return found.join(QStringLiteral(", "));
}

// Reads every file below dir byte-wise; returns "path: forms" for each that leaks, and
// the list of files read.
QStringList leakingFiles(const QString &dir, QStringList *read = nullptr)
{
    QStringList leaks;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            leaks << path + QStringLiteral(": cannot be read, so it cannot be checked");
            continue;
        }
        if (read)
            *read << QDir(dir).relativeFilePath(path);
        if (const QString found = leaksIn(file.readAll()); !found.isEmpty())
            leaks << path + QStringLiteral(": ") + found;
    }
    return leaks;
}

} // namespace

class TestCliSecrets : public QObject
{
    Q_OBJECT

private:
    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<ScratchPostgres> m_database; // the profile's database, on PostgreSQL runs
    FakeHttpServer *m_server = nullptr;
    QList<CliResult> m_runs; // every command run, for the output check
    QString m_secretValue;   // what the environment variable holds

    // Runs purgeline while this process's event loop keeps the fake server answering.
    CliResult run(const QStringList &args, int timeoutMs = 60000)
    {
        CliRunner cli(profile(), m_home->path(), true);
        cli.setEnv(kVariable, m_secretValue);
        const CliResult result = cli.run(args, {}, timeoutMs);
        m_runs.append(result);
        return result;
    }

    // What --profile names: the directory, or the database on PostgreSQL runs.
    QString profile() const { return m_database ? m_database->url() : m_profile->path(); }
    QString base(const QString &path) const { return m_server->baseUrl().toString() + path; }

    QList<RecordedRequest> requestsUnder(const QString &prefix) const
    {
        QList<RecordedRequest> found;
        for (const RecordedRequest &r : m_server->requests())
            if (r.url.path().startsWith(prefix))
                found << r;
        return found;
    }

    // The stored transactions of one source, newest first, from `history --json`.
    QList<QJsonObject> historyOf(const QString &source)
    {
        const CliResult r = run({QStringLiteral("history"), QStringLiteral("--json")});
        QList<QJsonObject> rows;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("transactions")).toArray())
            if (v.toObject().value(QStringLiteral("source")).toString() == source)
                rows << v.toObject();
        return rows;
    }

    static ScriptedReply answer(const RecordedRequest &r)
    {
        const QByteArray auth = r.header("Authorization");
        const QString path = r.url.path();
        if (path.startsWith(QLatin1String("/ok/")))
            return ScriptedReply::json(
                200, "{\"data\":{\"type\":\"purges\",\"attributes\":{\"purge_id\":\"pur-1\"}}}");
        if (path.startsWith(QLatin1String("/echo401/"))) // JSON:API error quoting the header
            return ScriptedReply::json(
                401, "{\"errors\":[{\"status\":\"401\",\"title\":\"Unauthorized\",\"detail\":\"ECHO401 "
                     "Authorization header was: " +
                         auth + "\"}]}");
        if (path.startsWith(QLatin1String("/err500/"))) { // a stack trace that quotes the key
            ScriptedReply reply;
            reply.status = 500;
            reply.body =
                "ECHO500 internal error validating key " + kSecret.toUtf8() + " from header " + auth + "\n";
            return reply;
        }
        if (path.startsWith(QLatin1String("/legacy401/")) || path.startsWith(QLatin1String("/mc401/"))) {
            ScriptedReply reply;
            reply.status = 401;
            reply.body = "Bad user. ECHO401 you sent Authorization: " + auth;
            return reply;
        }
        if (path.startsWith(QLatin1String("/mc500/"))) {
            ScriptedReply reply;
            reply.status = 503;
            reply.body = "ECHO503 upstream rejected Authorization: " + auth;
            return reply;
        }
        return ScriptedReply::json(404, "{}");
    }

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("PURGELINE_BIN");
        QVERIFY2(!m_bin.isEmpty(), "PURGELINE_BIN must name the purgeline binary");
        QVERIFY2(QFileInfo(m_bin).isExecutable(), qPrintable(m_bin + QStringLiteral(" is not executable")));
    }

    void init()
    {
        m_runs.clear();
        m_home = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid() && m_profile->isValid());
        if (ScratchPostgres::wanted())
            m_database = std::make_unique<ScratchPostgres>();
        m_server = new FakeHttpServer(this);
        QVERIFY(!m_server->start().isEmpty());
        m_server->setHandler(&TestCliSecrets::answer);
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
        m_profile.reset();
        m_database.reset();
        m_home.reset();
    }

    // The checker itself finds every form, in any file, in binary surroundings.
    void scannerFindsPlantedSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub/deeper")));
        int i = 0;
        for (const auto &[name, bytes] : forbiddenForms()) {
            QFile file(dir.filePath(QStringLiteral("sub/deeper/.planted-%1-wal").arg(++i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("\0\x01SQLite", 8) + bytes + QByteArray(3, '\0'));
        }
        QFile clean(dir.filePath(QStringLiteral("clean.bin")));
        QVERIFY(clean.open(QIODevice::WriteOnly));
        clean.write("s3cr3t-Zq9-PURGELIN [redacted] c3Mz");
        clean.close();
        QStringList read;
        const QStringList leaks = leakingFiles(dir.path(), &read);
        QCOMPARE(read.size(), i + 1);
        QCOMPARE(leaks.size(), i);
        for (const QString &leak : leaks)
            QVERIFY2(!leak.contains(QLatin1String("clean.bin")), qPrintable(leak));
    }

    void noSecretAnywhere_data()
    {
        QTest::addColumn<QString>("secretValue");
        QTest::addColumn<QString>("knownLeak"); // non-empty: the leak checks are expected to fail, and why
        QTest::newRow("plain") << kSecret << QString();
        // A key exported with surrounding whitespace: providers strip it before sending, so the
        // echoed form is the bare key, which must still be recognised and redacted.
        QTest::newRow("with trailing newline") << kSecret + QLatin1Char('\n') << QString();
    }

    void noSecretAnywhere()
    {
        QFETCH(QString, secretValue);
        QFETCH(QString, knownLeak);
        m_secretValue = secretValue;
        const QString env = QStringLiteral("--secret-env");
        const QString type = QStringLiteral("--type");
        const QString endpoint = QStringLiteral("--endpoint");
        const QString set = QStringLiteral("--set");
        const QString add = QStringLiteral("add");
        const QString source = QStringLiteral("source");

        // Sources: one that works, and ones whose provider answers with the credentials in the body.
        const QList<QStringList> sources{
            {source, add, QStringLiteral("img"), type, QStringLiteral("imgix"), endpoint,
             base(QStringLiteral("/ok")), env, kVariable},
            {source, add, QStringLiteral("img401"), type, QStringLiteral("imgix"), endpoint,
             base(QStringLiteral("/echo401")), env, kVariable},
            {source, add, QStringLiteral("img500"), type, QStringLiteral("imgix"), endpoint,
             base(QStringLiteral("/err500")), env, kVariable, set, QStringLiteral("max_attempts=2")},
            {source, add, QStringLiteral("legacy"), type, QStringLiteral("imgix"), endpoint,
             base(QStringLiteral("/legacy401")), env, kVariable, set, QStringLiteral("api=legacy")},
            {source, add, QStringLiteral("mc"), type, QStringLiteral("memcachier"), endpoint,
             base(QStringLiteral("/mc401")), env, kVariable, set, QStringLiteral("cache_id=c1"), set,
             QStringLiteral("user=") + kMcUser},
            {source, add, QStringLiteral("mc503"), type, QStringLiteral("memcachier"), endpoint,
             base(QStringLiteral("/mc500")), env, kVariable, set, QStringLiteral("cache_id=c1"), set,
             QStringLiteral("user=") + kMcUser, set, QStringLiteral("max_attempts=1")},
        };
        for (const QStringList &args : sources) {
            const CliResult r = run(args);
            QVERIFY2(r.exited(0), r.describe().constData());
        }
        // Keep a connection open so SQLite keeps its -wal and -shm files for the byte check.
        Database holder(profile());
        QString openError;
        QVERIFY2(holder.open(&openError), qPrintable(openError));

        for (const QString &json : {QString(), QStringLiteral("--json")}) {
            QStringList list{source, QStringLiteral("list")};
            if (!json.isEmpty())
                list << json;
            const CliResult r = run(list);
            QVERIFY2(r.exited(0) && r.out.contains("mc503"), r.describe().constData());
        }
        const QString purge = QStringLiteral("purge");
        const QString src = QStringLiteral("--source");
        const QString wait = QStringLiteral("--wait");
        const QString json = QStringLiteral("--json");
        const QString all = QStringLiteral("--match=all");
        for (const QStringList &args : QList<QStringList>{
                 {purge, QStringLiteral("--dry-run"), src, QStringLiteral("img,img500,legacy"), kAsset},
                 {purge, QStringLiteral("--dry-run"), json, src, QStringLiteral("img,legacy"), kAsset},
                 {purge, QStringLiteral("--dry-run"), src, QStringLiteral("mc"), all},
                 {purge, QStringLiteral("--dry-run"), json, src, QStringLiteral("mc"), all}}) {
            const CliResult r = run(args);
            QVERIFY2(r.exited(0) && r.out.contains("[redacted]"), r.describe().constData());
        }
        QVERIFY2(m_server->requests().isEmpty(), "a dry run sent something");

        // Successful purges, plain and --json: the provider really got the key.
        {
            const CliResult r = run({purge, src, QStringLiteral("img"), wait, kAsset});
            QVERIFY2(r.exited(0), r.describe().constData());
            const CliResult j =
                run({purge, src, QStringLiteral("img"), wait, json, kAsset + QStringLiteral("?v=2")});
            QVERIFY2(j.exited(0) && j.out.contains("pur-1"), j.describe().constData());
            const QList<RecordedRequest> sent = requestsUnder(QStringLiteral("/ok/"));
            QCOMPARE(sent.size(), 2);
            for (const RecordedRequest &req : sent)
                QCOMPARE(req.header("Authorization"), QByteArray("Bearer " + kSecret.toUtf8()));
        }
        // Failures whose replies quote the credentials.
        {
            const CliResult r = run({purge, src, QStringLiteral("img401"), wait, kAsset});
            QVERIFY2(r.exited(1), r.describe().constData());
            const QList<RecordedRequest> sent = requestsUnder(QStringLiteral("/echo401/"));
            QCOMPARE(sent.size(), 1);
            QCOMPARE(sent.first().header("Authorization"), QByteArray("Bearer " + kSecret.toUtf8()));
        }
        {
            const CliResult r = run({purge, src, QStringLiteral("img500"), wait, json, kAsset}, 90000);
            QVERIFY2(r.exited(1), r.describe().constData());
            QCOMPARE(requestsUnder(QStringLiteral("/err500/")).size(), 2); // max_attempts=2
        }
        {
            const CliResult r = run({purge, src, QStringLiteral("legacy"), wait, kAsset});
            QVERIFY2(r.exited(1), r.describe().constData());
            const QList<RecordedRequest> sent = requestsUnder(QStringLiteral("/legacy401/"));
            QCOMPARE(sent.size(), 1);
            QCOMPARE(sent.first().header("Authorization"),
                     QByteArray("Basic " + QByteArray(kSecret.toUtf8() + ':').toBase64()));
        }
        {
            const CliResult r = run({purge, src, QStringLiteral("mc"), wait, all});
            QVERIFY2(r.exited(1), r.describe().constData());
            const QList<RecordedRequest> sent = requestsUnder(QStringLiteral("/mc401/"));
            QCOMPARE(sent.size(), 1);
            QCOMPARE(sent.first().header("Authorization"),
                     QByteArray("Basic " + QByteArray(kMcUser.toUtf8() + ':' + kSecret.toUtf8()).toBase64()));
        }
        {
            const CliResult r = run({purge, src, QStringLiteral("mc503"), wait, json, all});
            QVERIFY2(r.exited(1), r.describe().constData());
            QCOMPARE(requestsUnder(QStringLiteral("/mc500/")).size(), 1);
        }

        // The echoed replies did reach the store (so redaction, not luck, kept the secret out),
        // and the failures still say what the provider said.
        const QList<std::pair<QString, QString>> echoes{{QStringLiteral("img401"), QStringLiteral("ECHO401")},
                                                        {QStringLiteral("img500"), QStringLiteral("ECHO500")},
                                                        {QStringLiteral("legacy"), QStringLiteral("ECHO401")},
                                                        {QStringLiteral("mc"), QStringLiteral("ECHO401")},
                                                        {QStringLiteral("mc503"), QStringLiteral("ECHO503")}};
        for (const auto &[name, marker] : echoes) {
            const QList<QJsonObject> rows = historyOf(name);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
            const QString error = rows.first().value(QStringLiteral("error")).toString();
            QVERIFY2(error.contains(marker), qPrintable(name + QStringLiteral(": ") + error));
            QVERIFY2(error.contains(QLatin1String("[redacted]")),
                     qPrintable(name + QStringLiteral(": ") + error));
        }
        for (const QStringList &args : QList<QStringList>{
                 {QStringLiteral("history")},
                 {QStringLiteral("history"), json},
                 {QStringLiteral("history"), json, QStringLiteral("--state"), QStringLiteral("failed")}}) {
            const CliResult r = run(args);
            QVERIFY2(r.exited(0), r.describe().constData());
        }

        // No command printed any form of the secret.
        QStringList printed;
        for (const CliResult &r : std::as_const(m_runs)) {
            if (const QString found = leaksIn(r.out); !found.isEmpty())
                printed << QStringLiteral("stdout of %1: %2").arg(r.command, found);
            if (const QString found = leaksIn(r.err); !found.isEmpty())
                printed << QStringLiteral("stderr of %1: %2").arg(r.command, found);
        }
        QVERIFY2(m_runs.size() >= 25, "fewer commands ran than this test expects to check");
        if (!knownLeak.isEmpty())
            QEXPECT_FAIL("", qPrintable(knownLeak), Continue);
        QVERIFY2(printed.isEmpty(), qPrintable(printed.join(QLatin1Char('\n'))));

        if (m_database) {
            // No row of any table holds it, nor any file this machine keeps for the profile.
            const QString found = leaksIn(m_database->allText());
            if (!knownLeak.isEmpty())
                QEXPECT_FAIL("", qPrintable(knownLeak), Continue);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("the database holds ") + found));
            const QStringList leaks = leakingFiles(m_home->path());
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
            return;
        }
        // No file holds it, while SQLite's side files exist and after they were merged.
        const QString dbPath = QDir(m_profile->path()).filePath(QStringLiteral("purgeline.sqlite"));
        QVERIFY2(QFileInfo::exists(dbPath + QStringLiteral("-wal")),
                 "no -wal file to check: is the database in WAL mode?");
        QVERIFY(QFileInfo::exists(dbPath + QStringLiteral("-shm")));
        for (int pass = 0; pass < 2; ++pass) {
            QStringList read;
            QStringList leaks = leakingFiles(m_profile->path(), &read);
            leaks += leakingFiles(m_home->path());
            if (!knownLeak.isEmpty())
                QEXPECT_FAIL("", qPrintable(knownLeak), Continue);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
            QVERIFY2(read.contains(QStringLiteral("purgeline.sqlite")),
                     qPrintable(read.join(QLatin1Char(' '))));
            if (pass == 0) {
                QVERIFY2(read.contains(QStringLiteral("purgeline.sqlite-wal")),
                         qPrintable(read.join(QLatin1Char(' '))));
                holder.connection().close(); // the last connection checkpoints the WAL into the db
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
