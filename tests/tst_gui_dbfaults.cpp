// The window under database faults: a read-only profile, a disk that fills while the window is
// open, a database another process holds locked, and a damaged database. Each shows the banner
// at the top with the command line's words and what to do, turns the queue's controls off
// while the database cannot be written, and (but for damage) lets them back on once it can.

#include "composerpanel.h"
#include "credentials/secretstore.h"
#include "databasebanner.h"
#include "mainwindow.h"
#include "queue/purgeservice.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "tmpfsmount.h"
#include "transactionspanel.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestGuiDatabaseFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<TmpfsMount> m_mount;

    QString profileDir() const { return m_root->filePath(QStringLiteral("profile")); }
    QString databaseFile() const { return Database::fileIn(profileDir()); }

    bool mountProfile(qint64 sizeBytes)
    {
        if (TmpfsMount::mountingDisabled())
            return false;
        m_mount = std::make_unique<TmpfsMount>(profileDir(), sizeBytes);
        if (!m_mount->isMounted())
            QTest::qFail(qPrintable(m_mount->error()), __FILE__, __LINE__);
        return m_mount->isMounted();
    }

    // A profile with one page-cache source (it purges files on this computer: no server needed).
    void makeProfile()
    {
        Database db(profileDir());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        SourceConfig source;
        source.name = QStringLiteral("pages");
        source.type = QStringLiteral("page-cache");
        const QString cache = m_root->filePath(QStringLiteral("site/public/cache"));
        QVERIFY(QDir().mkpath(cache));
        source.settings = {{QStringLiteral("root"), cache},
                           {QStringLiteral("public_root"), m_root->filePath(QStringLiteral("site/public"))}};
        QVERIFY(SourceStore(db).add(source, SourceStore::newSecretKey()).isEmpty());
    }

    static void verifyBlocked(MainWindow &window, const QString &summary)
    {
        DatabaseBanner *banner = window.databaseBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(summary.toHtmlEscaped()), qPrintable(banner->text()));
        QVERIFY(!window.composer()->isEnabled());
        QVERIFY(!window.queueActions()->isEnabled());
        for (QAction *action : window.queueActions()->actions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(window.service().queue().isPaused());
    }

    static void verifyWritable(MainWindow &window)
    {
        QTRY_VERIFY(!window.databaseBanner()->isVisible());
        QVERIFY(window.composer()->isEnabled());
        QVERIFY(window.queueActions()->isEnabled());
        QVERIFY(!window.service().queue().isPaused());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
    }

    void cleanup()
    {
        m_mount.reset(); // unmounts, also after a failed case
        m_root.reset();
    }

    void readOnlyProfile()
    {
        if (!mountProfile(8 << 20))
            QSKIP("PURGELINE_TEST_NO_MOUNT=1: this machine cannot mount");
        makeProfile();
        QVERIFY2(m_mount->remountReadOnly(), qPrintable(m_mount->error()));
        {
            Database db(profileDir());
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            MemorySecretStore secrets;
            MainWindow window(db, secrets);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            verifyBlocked(window,
                          QStringLiteral("The profile's database at %1 is read-only").arg(databaseFile()));
            QCOMPARE(window.service().sources().list().size(), 1); // reading still works

            QVERIFY(!window.databaseBanner()->retryButton()->isVisible());
            QVERIFY(window.databaseBanner()->text().contains(QStringLiteral("restart Purgeline")));
        }
        // Writable again, the next start of the window can purge.
        QVERIFY2(m_mount->remountWritable(), qPrintable(m_mount->error()));
        Database db(profileDir());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        MemorySecretStore secrets;
        MainWindow window(db, secrets);
        window.show();
        verifyWritable(window);
    }

    void diskFillsWhileTheWindowIsOpen()
    {
        if (!mountProfile(4 << 20))
            QSKIP("PURGELINE_TEST_NO_MOUNT=1: this machine cannot mount");
        makeProfile();
        Database db(profileDir());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        MemorySecretStore secrets;
        MainWindow window(db, secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        verifyWritable(window);

        const QString filler = profileDir() + QStringLiteral("/filler");
        QVERIFY(m_mount->fill(filler) > 0);
        window.composer()->reloadSources();
        window.composer()->setChosenSources({QStringLiteral("pages")});
        window.composer()->addTargets({QStringLiteral("https://example.com/posts/1")});
        window.composer()->purge();
        verifyBlocked(window, QStringLiteral("The disk holding %1 is full").arg(databaseFile()));
        QCOMPARE(window.service().transactions().history({}).size(), 0); // nothing half-recorded

        QVERIFY(QFile::remove(filler));
        QTest::mouseClick(window.databaseBanner()->retryButton(), Qt::LeftButton);
        verifyWritable(window);
        window.composer()->purge();
        QTRY_COMPARE(window.service().transactions().history({}).value(0).state, TransactionState::Succeeded);
    }

    void lockedByAnotherProcess()
    {
        makeProfile();
        const QString lockName = QUuid::createUuid().toString();
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
            locker.setDatabaseName(databaseFile());
            QVERIFY(locker.open());
            QVERIFY(QSqlQuery(locker).exec(QStringLiteral("BEGIN EXCLUSIVE")));

            Database db(profileDir());
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            MemorySecretStore secrets;
            MainWindow window(db, secrets);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Another connection of this same process holds the lock: the kernel does not name
            // it as another process's, so no pid is given.
            verifyBlocked(window,
                          QStringLiteral("The database %1 is locked by another process").arg(databaseFile()));
            QVERIFY(window.databaseBanner()->retryButton()->isVisible());

            QVERIFY(QSqlQuery(locker).exec(QStringLiteral("ROLLBACK")));
            QTest::mouseClick(window.databaseBanner()->retryButton(), Qt::LeftButton);
            verifyWritable(window);
            locker.close();
        }
        QSqlDatabase::removeDatabase(lockName);
    }

    void damagedDatabase()
    {
        makeProfile();
        const qint64 pages = QFileInfo(databaseFile()).size() / 4096;
        QVERIFY(pages >= 2);
        QVERIFY(overwriteBytes(databaseFile(), 0, 4096)); // the header page: "not a database"
        const QByteArray digest = fileDigest(databaseFile());
        {
            Database db(profileDir());
            QString error;
            QVERIFY(!db.open(&error));
            QCOMPARE(db.fault().kind, DatabaseFault::Kind::Damaged);
            MemorySecretStore secrets;
            MainWindow window(db, secrets);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            verifyBlocked(window, QStringLiteral("The database %1 is damaged (SQLite: ").arg(databaseFile()));
            QVERIFY(window.databaseBanner()->text().contains(QStringLiteral("profile set-aside")));
            QVERIFY(!window.databaseBanner()->retryButton()->isVisible()); // it does not mend itself
        }
        QCOMPARE(fileDigest(databaseFile()), digest);
    }
};

QTEST_MAIN(TestGuiDatabaseFaults)
#include "tst_gui_dbfaults.moc"
