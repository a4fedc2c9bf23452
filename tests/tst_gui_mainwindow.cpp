// The whole window on a temporary profile: it fits 1024x640, and a purge typed into the
// composer shows up in the transactions table.
#include "composerpanel.h"
#include "credentials/secretstore.h"
#include "mainwindow.h"
#include "queue/purgeservice.h"
#include "storage/database.h"
#include "testprofile.h"
#include "transactionspanel.h"

#include <QAbstractItemModel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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

    // The same in German and French, whose words are longer, with sources in the composer: no
    // label or row may push the window past the screen (its main actions would be off it).
    void fitsTheSmallestScreenInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void fitsTheSmallestScreenInEveryLanguage()
    {
        QFETCH(QString, language);
        QTranslator own;
        QTranslator qt;
        QVERIFY(own.load(QLocale(language), QStringLiteral("purgeline"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&own);
        if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        TestProfile profile;
        profile.addSource(QStringLiteral("images"), QStringLiteral("http-purge"),
                          {QStringLiteral("http://127.0.0.1:9/")});
        {
            MainWindow window(profile.db(), profile.secrets());
            window.service().queue().setPaused(true);
            window.composer()->reloadSources();
            window.composer()->setChosenSources({QStringLiteral("images")});
            window.composer()->addTargets(
                {QStringLiteral("https://example.com/a"), QStringLiteral("not a url")});
            window.resize(1024, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QSize minimum = window.minimumSizeHint();
            QString wide;
            if (minimum.width() > 1024)
                for (QWidget *widget : window.findChildren<QWidget *>())
                    if (widget->isVisible() && widget->minimumSizeHint().width() > 300)
                        wide += QStringLiteral("\n%1 %2 %3")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->objectName())
                                    .arg(widget->minimumSizeHint().width());
            QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
                     qPrintable(QStringLiteral("%1: minimum size %2x%3%4")
                                    .arg(language)
                                    .arg(minimum.width())
                                    .arg(minimum.height())
                                    .arg(wide)));
        }
        QCoreApplication::removeTranslator(&own);
        QCoreApplication::removeTranslator(&qt);
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
