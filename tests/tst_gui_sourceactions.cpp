// The sources panel's main actions at the smallest supported window (1024x640) in every language:
// each one has a visible button inside the panel, none behind an overflow menu, and the list's
// column titles are not cut off.
#include "actionrow.h"
#include "credentials/secretstore.h"
#include "mainwindow.h"
#include "sourcespanel.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "testprofile.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

class TestGuiSourceActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyActionVisibleAt1024x640_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void everyActionVisibleAt1024x640()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/purgeline_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        TestProfile profile;
        profile.addSource(QStringLiteral("varnish"), QStringLiteral("http-purge"),
                          {QStringLiteral("http://127.0.0.1:9/")});
        MainWindow window(profile.db(), profile.secrets());
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();

        SourcesPanel *panel = window.sources();
        QVERIFY(panel->isVisible());
        // No toolbar, hence no "»" extension button that could swallow an action.
        QVERIFY(panel->findChildren<QToolBar *>().isEmpty());
        const QRect inside = panel->rect();
        for (QAction *action : {panel->addSourceAction(), panel->editSourceAction(),
                                panel->removeSourceAction(), panel->checkSourceAction()}) {
            QToolButton *button = panel->actionRow()->buttonFor(action);
            QVERIFY2(button, qPrintable(action->text()));
            QTRY_VERIFY2(button->isVisible(), qPrintable(action->text()));
            const QRect geometry(button->mapTo(panel, QPoint(0, 0)), button->size());
            QVERIFY2(inside.contains(geometry), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside %6x%7")
                                                               .arg(action->text())
                                                               .arg(geometry.x())
                                                               .arg(geometry.y())
                                                               .arg(geometry.width())
                                                               .arg(geometry.height())
                                                               .arg(inside.width())
                                                               .arg(inside.height())));
            // The whole label fits: the button is at least as wide as it asks to be.
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(action->text()));
        }

        // Each column title the list shows at all is shown whole.
        QHeaderView *header = panel->view()->horizontalHeader();
        const int viewport = panel->view()->viewport()->width();
        for (int column = 0; column < 2; ++column) {
            const QString title = panel->view()->model()->headerData(column, Qt::Horizontal).toString();
            const int start = header->sectionViewportPosition(column);
            const int textWidth = header->fontMetrics().horizontalAdvance(title) + 8;
            QVERIFY2(start + textWidth <= viewport,
                     qPrintable(QStringLiteral("\"%1\" starts at %2, needs %3, viewport %4")
                                    .arg(title)
                                    .arg(start)
                                    .arg(textWidth)
                                    .arg(viewport)));
            QVERIFY2(header->sectionSize(column) >= textWidth, qPrintable(title));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestGuiSourceActions)
#include "tst_gui_sourceactions.moc"
