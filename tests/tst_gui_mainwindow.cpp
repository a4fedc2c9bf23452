// The whole window on a temporary profile: it fits 1024x640, and a purge typed into the
// composer shows up in the transactions table.
#include "composerpanel.h"
#include "credentials/secretstore.h"
#include "mainwindow.h"
#include "queue/purgeservice.h"
#include "storage/database.h"
#include "transactionspanel.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fitsTheSmallestSupportedScreen()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        MemorySecretStore secrets;
        MainWindow window(db, secrets);
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
                 qPrintable(QStringLiteral("minimum size %1x%2").arg(minimum.width()).arg(minimum.height())));
    }

    void purgeFromTheComposerAppearsInTheTable()
    {
        QTemporaryDir dir;
        QTemporaryDir cache;
        QVERIFY(QDir().mkpath(cache.filePath(QStringLiteral("public/cache"))));
        Database db(dir.path());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        SourceStore sources(db);
        SourceConfig source;
        source.name = QStringLiteral("pages");
        source.type = QStringLiteral("page-cache");
        source.settings = {{QStringLiteral("root"), cache.filePath(QStringLiteral("public/cache"))},
                           {QStringLiteral("public_root"), cache.filePath(QStringLiteral("public"))}};
        QVERIFY(sources.add(source, SourceStore::newSecretKey()).isEmpty());

        MemorySecretStore secrets;
        MainWindow window(db, secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.composer()->reloadSources();
        window.composer()->setChosenSources({QStringLiteral("pages")});
        window.composer()->addTargets({QStringLiteral("https://example.com/posts/1")});
        window.composer()->purge();
        QVERIFY2(window.composer()->errorText().isEmpty(), qPrintable(window.composer()->errorText()));

        auto *table = window.transactions()->findChild<QTableView *>();
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTRY_COMPARE(window.service().transactions().history({}).value(0).state, TransactionState::Succeeded);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_gui_mainwindow.moc"
