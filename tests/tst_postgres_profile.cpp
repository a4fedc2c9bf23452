// What only a profile on PostgreSQL has to get right, against the real server the test run
// starts (scripts/postgres-server.sh; CTest runs this only with it): writers of several
// processes take turns, a lost connection comes back, and a wrong password says so.
#include "clirunner.h"
#include "scratchpostgres.h"
#include "storage/database.h"
#include "testprofile.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestPostgresProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(ScratchPostgres::wanted(), "PURGELINE_TEST_PROFILE must name the test PostgreSQL server");
        QVERIFY2(QFile::exists(CliRunner::binary()), "PURGELINE_BIN is not set");
    }

    // A command-line run that wants to write while another process is inside a write waits for
    // it: the check "is this URL queued already?" and the insert are one step for each writer.
    void writersOfTwoProcessesTakeTurns()
    {
        TestProfile profile;
        profile.addSource(QStringLiteral("www"), QStringLiteral("http-purge"),
                          {QStringLiteral("http://127.0.0.1:9/")});
        QTemporaryDir home;
        const CliRunner cli(profile.location(), home.path(), true);
        Database reader(profile.location());
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));

        std::unique_ptr<CliProcess> run;
        const bool held = profile.db().transaction([&] {
            run = cli.start({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("www"),
                             QStringLiteral("https://example.com/a")});
            QTest::qWait(1500);
            return run && run->isRunning() &&
                   scalar(reader.connection(), QStringLiteral("SELECT COUNT(*) FROM requests")) == 0;
        });
        QVERIFY2(held, "the second writer did not wait for the first, or wrote past it");
        QVERIFY(run);
        const CliResult result = run->wait(30000);
        // Nothing answers on port 9: the purge is recorded and waits for its next attempt.
        QVERIFY2(result.exitCode == 3, result.describe().constData());
        QCOMPARE(scalar(reader.connection(), QStringLiteral("SELECT COUNT(*) FROM requests")), 1);
    }

    // The server ends the session (a restart, a network break, an administrator): the next
    // statement fails and says the server cannot be reached; the next check connects again and
    // the profile works as before, with nothing lost.
    void lostConnectionComesBack()
    {
        TestProfile profile;
        profile.addSource(QStringLiteral("one"), QStringLiteral("http-purge"),
                          {QStringLiteral("http://127.0.0.1:9/")});
        const qint64 backend = scalar(profile.db().connection(), QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(backend > 0);
        {
            Database admin(profile.location());
            QString error;
            QVERIFY2(admin.open(&error), qPrintable(error));
            QCOMPARE(scalar(admin.connection(),
                            QStringLiteral("SELECT pg_terminate_backend(%1)::int").arg(backend)),
                     1);
        }
        SourceConfig two;
        two.name = QStringLiteral("two");
        two.type = QStringLiteral("http-purge");
        two.endpoints = {QStringLiteral("http://127.0.0.1:9/")};
        QVERIFY(!profile.sources().add(two, SourceStore::newSecretKey()).isEmpty());
        QCOMPARE(profile.db().fault().kind, DatabaseFault::Kind::Unreachable);
        QVERIFY2(profile.db().fault().message().contains(profile.location()),
                 qPrintable(profile.db().fault().message()));

        QCOMPARE(profile.db().checkWritable(1000).kind, DatabaseFault::Kind::None);
        QVERIFY(profile.sources().add(two, SourceStore::newSecretKey()).isEmpty());
        QCOMPARE(profile.sources().list().size(), 2);
        QVERIFY(scalar(profile.db().connection(), QStringLiteral("SELECT pg_backend_pid()")) != backend);
    }

    // libpq's own words reach the user, with the URL (which never holds the password) and
    // without the password it read.
    void wrongPasswordSaysSo()
    {
        TestProfile profile;
        QTemporaryDir home;
        const QString passFile = home.filePath(QStringLiteral("pgpass"));
        QFile file(passFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("*:*:*:*:not-the-password\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        CliRunner cli(profile.location(), home.path(), true);
        cli.setEnv(QStringLiteral("PGPASSFILE"), passFile);
        const CliResult result = cli.run({QStringLiteral("source"), QStringLiteral("list")});
        QVERIFY2(result.exitCode == 2, result.describe().constData());
        QVERIFY2(result.err.contains("password authentication failed"), result.describe().constData());
        QVERIFY2(result.err.contains(profile.location().toUtf8()), result.describe().constData());
        QVERIFY2(!result.err.contains("not-the-password"), result.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestPostgresProfile)
#include "tst_postgres_profile.moc"
