// The profile's database under faults, end to end through the purgeline binary: a read-only
// profile, a full disk (before a purge and in the middle of a run), a database locked by
// another process (before and during a run) and a damaged database file. Each gives a clear
// message and exit status 2 (nothing recorded, nothing sent) or 3 (the run stopped; what was
// recorded stays and `resume` finishes it), never a crash, and no transaction recorded before
// the fault is lost.
//
// Read-only and full profiles live on tmpfs mounts this test makes (it needs root, as CI has;
// PURGELINE_TEST_NO_MOUNT=1 skips those cases on machines that cannot mount).

#include "clirunner.h"
#include "fakehttpserver.h"
#include "tmpfsmount.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString kSecretVariable = QStringLiteral("PURGELINE_TEST_IMGIX_KEY");

QStringList urls(const QString &batch, int count)
{
    QStringList list;
    for (int i = 1; i <= count; ++i)
        list << QStringLiteral("https://assets.example.test/%1/img-%2.jpg")
                    .arg(batch)
                    .arg(i, 3, 10, QLatin1Char('0'));
    return list;
}

QString purgedUrl(const RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("attributes"))
        .toObject()
        .value(QStringLiteral("url"))
        .toString();
}

// A second connection to the profile, from this process, holding SQLite's write lock
// (BEGIN EXCLUSIVE) for as long as it lives.
class WriteLock
{
public:
    explicit WriteLock(const QString &databaseFile) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(databaseFile);
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    }
    ~WriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isHeld() const { return m_held; }

private:
    QString m_name;
    bool m_held = false;
};

} // namespace

class TestCliDatabaseFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<TmpfsMount> m_mount;
    std::unique_ptr<CliRunner> m_cli;
    FakeHttpServer *m_server = nullptr;
    int m_replyDelayMs = 0;
    int m_nextPurgeId = 1;

    QString profileDir() const { return m_root->filePath(QStringLiteral("profile")); }
    QString databaseFile() const { return profileDir() + QStringLiteral("/purgeline.sqlite"); }

    // Mounts a tmpfs of sizeBytes on the profile directory; false (test failed or skipped) when not.
    bool mountProfile(qint64 sizeBytes)
    {
        if (TmpfsMount::mountingDisabled()) {
            qWarning("PURGELINE_TEST_NO_MOUNT=1: this machine cannot mount; case skipped");
            return false;
        }
        m_mount = std::make_unique<TmpfsMount>(profileDir(), sizeBytes);
        if (!m_mount->isMounted()) {
            QTest::qFail(qPrintable(m_mount->error()), __FILE__, __LINE__);
            return false;
        }
        return true;
    }

    CliResult run(const QStringList &args, int timeoutMs = 60000) const
    {
        return m_cli->run(args, {}, timeoutMs);
    }

    CliResult purge(const QStringList &targets, bool wait = true) const
    {
        QStringList args{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img")};
        if (wait)
            args << QStringLiteral("--wait");
        return run(args + targets, 120000);
    }

    void addSource()
    {
        const CliResult add =
            run({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("img"),
                 QStringLiteral("--type"), QStringLiteral("imgix"), QStringLiteral("--endpoint"),
                 m_server->baseUrl().toString(), QStringLiteral("--secret-env"), kSecretVariable,
                 QStringLiteral("--set"), QStringLiteral("concurrency=2")});
        QVERIFY2(add.exited(0), add.describe().constData());
    }

    // Transactions by state, read by `history --json` (which works on a read-only profile too).
    QHash<QString, int> statesByHistory(int *total = nullptr, QSet<QString> *targets = nullptr) const
    {
        const CliResult r = run({QStringLiteral("history"), QStringLiteral("--json"),
                                 QStringLiteral("--limit"), QStringLiteral("100000")});
        QHash<QString, int> states;
        if (!r.exited(0)) {
            qWarning("history failed: %s", r.describe().constData());
            return states;
        }
        const QJsonArray rows = r.json().value(QStringLiteral("transactions")).toArray();
        for (const QJsonValue &row : rows) {
            ++states[row.toObject().value(QStringLiteral("state")).toString()];
            if (targets)
                for (const QJsonValue &t : row.toObject().value(QStringLiteral("targets")).toArray())
                    targets->insert(t.toString());
        }
        if (total)
            *total = int(rows.size());
        return states;
    }

    // Rows of a table, read straight from the file through a read-only connection.
    static int countRows(const QString &file, const QString &table)
    {
        const QString name = QUuid::createUuid().toString();
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
                    count = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    // A purge --wait started as a child, returned once `requests` purges reached the server.
    std::unique_ptr<CliProcess> startPurgeAndWaitFor(const QStringList &targets, int requests)
    {
        auto child = m_cli->start(QStringList{QStringLiteral("purge"), QStringLiteral("--source"),
                                              QStringLiteral("img"), QStringLiteral("--wait")} +
                                  targets);
        if (!child || !child->runUntil([&] { return m_server->requests().size() >= requests; }, 60000) ||
            !child->isRunning()) {
            qWarning("the purge did not get to %d requests: %s", requests,
                     child ? child->readStandardError().constData() : "not started");
            return nullptr;
        }
        return child;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(CliRunner::binary()).isExecutable(),
                 "PURGELINE_BIN must name the purgeline binary");
    }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_cli = std::make_unique<CliRunner>(profileDir(), m_root->filePath(QStringLiteral("home")));
        m_cli->setEnv(kSecretVariable, QStringLiteral("ak_test_dbfault"));
        m_cli->setEnv(QStringLiteral("PURGELINE_BUSY_TIMEOUT"), QStringLiteral("1"));
        m_replyDelayMs = 0;
        m_server = new FakeHttpServer(this);
        QVERIFY(!m_server->start().isEmpty());
        m_server->setHandler([this](const RecordedRequest &) {
            const QByteArray body = "{\"data\":{\"type\":\"purges\",\"attributes\":{\"purge_id\":\"p" +
                                    QByteArray::number(m_nextPurgeId++) + "\"}}}";
            return m_replyDelayMs > 0 ? ScriptedReply::slow(m_replyDelayMs, 200, body)
                                      : ScriptedReply::json(200, body);
        });
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
        m_cli.reset();
        m_mount.reset(); // unmounts, also after a failed case
        m_root.reset();
    }

    void readOnlyProfile()
    {
        if (!mountProfile(8 << 20))
            QSKIP("PURGELINE_TEST_NO_MOUNT=1");
        addSource();
        QVERIFY(!QTest::currentTestFailed());
        const CliResult first = purge(urls(QStringLiteral("a"), 5));
        QVERIFY2(first.exited(0), first.describe().constData());
        QVERIFY2(m_mount->remountReadOnly(), qPrintable(m_mount->error()));

        const qsizetype sent = m_server->requests().size();
        for (const QStringList &args :
             {QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                          QStringLiteral("https://assets.example.test/b/1.jpg")},
              QStringList{QStringLiteral("resume"), QStringLiteral("--wait")},
              QStringList{QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("img")}}) {
            const CliResult refused = run(args);
            QVERIFY2(refused.exited(2), refused.describe().constData());
            QVERIFY2(refused.errText().contains(
                         QStringLiteral("the profile's database at %1 is read-only").arg(databaseFile())),
                     refused.describe().constData());
            QVERIFY2(refused.errText().contains(QStringLiteral("Make its file system writable")),
                     refused.describe().constData());
        }
        QCOMPARE(m_server->requests().size(), sent); // nothing that cannot be recorded goes out

        // Reading still works, and shows all that was recorded.
        int total = 0;
        const QHash<QString, int> states = statesByHistory(&total);
        QCOMPARE(total, 5);
        QCOMPARE(states.value(QStringLiteral("succeeded")), 5);
        const CliResult list = run({QStringLiteral("source"), QStringLiteral("list")});
        QVERIFY2(list.exited(0) && list.outText().contains(QStringLiteral("img")),
                 list.describe().constData());

        QVERIFY2(m_mount->remountWritable(), qPrintable(m_mount->error()));
        QCOMPARE(countRows(databaseFile(), QStringLiteral("transactions")), 5);
        const CliResult again = purge(urls(QStringLiteral("b"), 2));
        QVERIFY2(again.exited(0), again.describe().constData());
        QCOMPARE(countRows(databaseFile(), QStringLiteral("transactions")), 7);
    }

    void fullDiskBeforeAPurge()
    {
        if (!mountProfile(4 << 20))
            QSKIP("PURGELINE_TEST_NO_MOUNT=1");
        addSource();
        QVERIFY(!QTest::currentTestFailed());
        const CliResult first = purge(urls(QStringLiteral("a"), 5));
        QVERIFY2(first.exited(0), first.describe().constData());

        const QString filler = profileDir() + QStringLiteral("/filler");
        QVERIFY(m_mount->fill(filler) > 0);
        const qsizetype sent = m_server->requests().size();
        const CliResult refused = purge(urls(QStringLiteral("b"), 3));
        QVERIFY2(refused.exited(2), refused.describe().constData());
        const QRegularExpression full(QStringLiteral("the disk holding %1 is full \\(\\d+ bytes free\\)")
                                          .arg(QRegularExpression::escape(databaseFile())));
        QVERIFY2(refused.errText().contains(full), refused.describe().constData());
        QVERIFY2(refused.errText().contains(QStringLiteral("Free some space there")),
                 refused.describe().constData());
        QCOMPARE(m_server->requests().size(), sent);
        // Not even a reader gets far on a disk this full (SQLite needs room for the -shm file),
        // but it says why.
        const CliResult history = run({QStringLiteral("history")});
        QVERIFY2(history.exited(2) && history.errText().contains(full), history.describe().constData());

        QVERIFY(QFile::remove(filler));
        QCOMPARE(countRows(databaseFile(), QStringLiteral("transactions")), 5);
        const CliResult after = purge(urls(QStringLiteral("b"), 3));
        QVERIFY2(after.exited(0), after.describe().constData());
        QCOMPARE(countRows(databaseFile(), QStringLiteral("transactions")), 8);
    }

    void fullDiskInTheMiddleOfARun()
    {
        if (!mountProfile(8 << 20))
            QSKIP("PURGELINE_TEST_NO_MOUNT=1");
        addSource();
        QVERIFY(!QTest::currentTestFailed());
        m_replyDelayMs = 100;
        const QStringList targets = urls(QStringLiteral("run"), 40);
        const auto child = startPurgeAndWaitFor(targets, 10);
        QVERIFY(child);
        const QString filler = profileDir() + QStringLiteral("/filler");
        QVERIFY(m_mount->fill(filler) > 0);
        const CliResult stopped = child->wait(60000);
        QVERIFY2(stopped.exited(3), stopped.describe().constData());
        QVERIFY2(
            stopped.errText().contains(QStringLiteral("the disk holding %1 is full").arg(databaseFile())),
            stopped.describe().constData());
        QVERIFY2(stopped.errText().contains(QStringLiteral("resume --wait")), stopped.describe().constData());
        QVERIFY2(stopped.errText().contains(QStringLiteral("the run stopped")),
                 stopped.describe().constData());
        // It stopped sending: at most the requests in flight when the disk filled came after.
        const qsizetype sentWhenStopped = m_server->requests().size();
        QVERIFY2(sentWhenStopped < targets.size(),
                 qPrintable(QStringLiteral("%1 of %2 were sent").arg(sentWhenStopped).arg(targets.size())));
        QTest::qWait(3 * m_replyDelayMs);
        QCOMPARE(m_server->requests().size(), sentWhenStopped);

        // Everything recorded before the disk filled is there: the request and its 40 transactions.
        QCOMPARE(countRows(databaseFile(), QStringLiteral("transactions")), 40);
        QCOMPARE(countRows(databaseFile(), QStringLiteral("requests")), 1);

        QVERIFY(QFile::remove(filler));
        const CliResult resumed = run({QStringLiteral("resume"), QStringLiteral("--wait")}, 120000);
        QVERIFY2(resumed.exited(0), resumed.describe().constData());
        int total = 0;
        QSet<QString> recorded;
        const QHash<QString, int> states = statesByHistory(&total, &recorded);
        QCOMPARE(total, 40);
        QCOMPARE(states.value(QStringLiteral("succeeded")), 40);
        QSet<QString> reached;
        for (const RecordedRequest &r : m_server->requests())
            reached.insert(purgedUrl(r));
        QCOMPARE(reached, QSet<QString>(targets.cbegin(), targets.cend()));
        QCOMPARE(recorded, reached);
    }

    void lockedByAnotherProcess()
    {
        addSource();
        QVERIFY(!QTest::currentTestFailed());
        const CliResult first = purge(urls(QStringLiteral("a"), 5));
        QVERIFY2(first.exited(0), first.describe().constData());
        const qsizetype sent = m_server->requests().size();
        {
            const WriteLock lock(databaseFile());
            QVERIFY(lock.isHeld());
            const CliResult refused = purge(urls(QStringLiteral("b"), 3));
            QVERIFY2(refused.exited(2), refused.describe().constData());
            const QString expected =
                QStringLiteral("the database %1 is locked by another process (pid %2) — waited 1 s")
                    .arg(databaseFile())
                    .arg(QCoreApplication::applicationPid());
            QVERIFY2(refused.errText().contains(expected), refused.describe().constData());
            QCOMPARE(m_server->requests().size(), sent);
            // Readers are not held up by a writer (WAL).
            int total = 0;
            statesByHistory(&total);
            QCOMPARE(total, 5);
        }
        QCOMPARE(countRows(databaseFile(), QStringLiteral("transactions")), 5);
        const CliResult after = purge(urls(QStringLiteral("b"), 3));
        QVERIFY2(after.exited(0), after.describe().constData());
        QCOMPARE(countRows(databaseFile(), QStringLiteral("transactions")), 8);
    }

    void lockedInTheMiddleOfARun()
    {
        addSource();
        QVERIFY(!QTest::currentTestFailed());
        m_replyDelayMs = 100;
        const QStringList targets = urls(QStringLiteral("run"), 20);
        const auto child = startPurgeAndWaitFor(targets, 5);
        QVERIFY(child);
        CliResult stopped;
        {
            const WriteLock lock(databaseFile());
            QVERIFY(lock.isHeld());
            stopped = child->wait(60000);
        }
        QVERIFY2(stopped.exited(3), stopped.describe().constData());
        QVERIFY2(stopped.errText().contains(QStringLiteral("is locked by another process (pid %1)")
                                                .arg(QCoreApplication::applicationPid())),
                 stopped.describe().constData());
        QVERIFY2(m_server->requests().size() < targets.size(), stopped.describe().constData());
        QCOMPARE(countRows(databaseFile(), QStringLiteral("transactions")), 20);

        const CliResult resumed = run({QStringLiteral("resume"), QStringLiteral("--wait")}, 120000);
        QVERIFY2(resumed.exited(0), resumed.describe().constData());
        int total = 0;
        const QHash<QString, int> states = statesByHistory(&total);
        QCOMPARE(total, 20);
        QCOMPARE(states.value(QStringLiteral("succeeded")), 20);
    }

    void damagedDatabase()
    {
        // A real profile: a source, 200 transactions with their events.
        addSource();
        QVERIFY(!QTest::currentTestFailed());
        const CliResult made = purge(urls(QStringLiteral("a"), 200));
        QVERIFY2(made.exited(0), made.describe().constData());
        QVERIFY(!QFileInfo::exists(databaseFile() + QStringLiteral("-wal"))); // checkpointed on exit

        // Its copy, with one page in the middle overwritten.
        const QString damagedProfile = m_root->filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(damagedProfile));
        const QString damaged = damagedProfile + QStringLiteral("/purgeline.sqlite");
        QVERIFY(QFile::copy(databaseFile(), damaged));
        const qint64 pages = QFileInfo(damaged).size() / 4096;
        QVERIFY2(pages > 8, qPrintable(QStringLiteral("only %1 pages").arg(pages)));
        QVERIFY(overwriteBytes(damaged, (pages / 2) * 4096, 4096));
        const QByteArray digest = fileDigest(damaged);

        CliRunner cli(damagedProfile, m_root->filePath(QStringLiteral("home")));
        cli.setEnv(kSecretVariable, QStringLiteral("ak_test_dbfault"));
        const qsizetype sent = m_server->requests().size();
        for (const QStringList &args :
             {QStringList{QStringLiteral("history")},
              QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                          QStringLiteral("https://assets.example.test/b/1.jpg")},
              QStringList{QStringLiteral("resume"), QStringLiteral("--wait")}}) {
            const CliResult refused = cli.run(args);
            QVERIFY2(refused.exited(2), refused.describe().constData());
            QVERIFY2(refused.errText().contains(
                         QStringLiteral("the database %1 is damaged (SQLite: ").arg(damaged)),
                     refused.describe().constData());
            QVERIFY2(refused.errText().contains(QStringLiteral("it was not changed")),
                     refused.describe().constData());
            QVERIFY2(refused.errText().contains(QStringLiteral("profile set-aside")),
                     refused.describe().constData());
        }
        QCOMPARE(m_server->requests().size(), sent);
        QCOMPARE(fileDigest(damaged), digest); // not a byte changed

        // A healthy profile is not set aside.
        const CliResult healthy = run({QStringLiteral("profile"), QStringLiteral("set-aside")});
        QVERIFY2(healthy.exited(2) && healthy.errText().contains(QStringLiteral("is not damaged")),
                 healthy.describe().constData());
        QVERIFY(QFileInfo::exists(databaseFile()));

        // The damaged one is moved aside byte for byte, and what can be read goes on.
        const CliResult aside = cli.run({QStringLiteral("profile"), QStringLiteral("set-aside")});
        QVERIFY2(aside.exited(0), aside.describe().constData());
        QStringList moved = QDir(damagedProfile).entryList({QStringLiteral("purgeline.sqlite.damaged-*")});
        moved.removeIf([](const QString &name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        QCOMPARE(moved.size(), 1);
        QCOMPARE(fileDigest(damagedProfile + QLatin1Char('/') + moved.first()), digest);
        const CliResult list = cli.run({QStringLiteral("source"), QStringLiteral("list")});
        QVERIFY2(list.exited(0) && list.outText().contains(QStringLiteral("img")),
                 list.describe().constData());
        const int rescued = countRows(damaged, QStringLiteral("transactions"));
        const int events = countRows(damaged, QStringLiteral("events"));
        qInfo("rescued %d of 200 transactions and %d of %d events from a database with page %lld of %lld "
              "overwritten",
              rescued, events, countRows(databaseFile(), QStringLiteral("events")), pages / 2 + 1, pages);
        QVERIFY2(rescued > 0 && events > 0, aside.describe().constData());
        const CliResult again = cli.run(QStringList{QStringLiteral("purge"), QStringLiteral("--source"),
                                                    QStringLiteral("img"), QStringLiteral("--wait")} +
                                        urls(QStringLiteral("c"), 2));
        QVERIFY2(again.exited(0), again.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDatabaseFaults)
#include "tst_cli_dbfaults.moc"
