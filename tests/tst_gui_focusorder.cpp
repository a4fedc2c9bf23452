// Tab moves through the window and its dialogs in reading order: the order in which the layouts
// place the widgets (top to bottom in a column, left to right in a row, row by row in a form or
// grid, splitter panes in order, a tab bar before its page). A widget added late, or a
// setTabOrder() call that no longer matches the layout, sends the focus jumping across the
// window; this test names the first place where the Tab chain leaves the reading order.
#include "composerpanel.h"
#include "gitchangesdialog.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "presetspanel.h"
#include "previewdialog.h"
#include "queue/purgeoptions.h"
#include "queue/purgeservice.h"
#include "readingorder.h"
#include "settingsdialog.h"
#include "sourcecheckdialog.h"
#include "sourcedialog.h"
#include "sourcespanel.h"
#include "storage/presetstore.h"
#include "storage/sourcestore.h"
#include "testprofile.h"
#include "transactionspanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QDebug>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {

// Where Tab may stop: a shown, enabled widget.
bool isTabStop(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled();
}

// The buttons Tab treats as one stop: an exclusive group of radio buttons (a QButtonGroup, or
// auto-exclusive siblings). Tab stops at the first one it reaches and passes the others; the
// arrow keys move inside the group.
QList<QAbstractButton *> exclusiveGroupOf(QWidget *widget)
{
    auto *radio = qobject_cast<QRadioButton *>(widget);
    if (!radio)
        return {};
    if (radio->group())
        return radio->group()->exclusive() ? radio->group()->buttons() : QList<QAbstractButton *>{};
    if (!radio->autoExclusive())
        return {};
    QList<QAbstractButton *> siblings;
    for (QRadioButton *other :
         radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly))
        if (other->autoExclusive() && !other->group())
            siblings << other;
    return siblings;
}

// The stops Tab should make: the reading order, less what Tab skips.
QWidgetList expectedStops(QWidget *top)
{
    QWidgetList stops;
    QList<QAbstractButton *> groupsEntered;
    for (QWidget *widget : ReadingOrder::of(top)) {
        if (!isTabStop(widget))
            continue;
        const QList<QAbstractButton *> group = exclusiveGroupOf(widget);
        if (std::any_of(group.cbegin(), group.cend(),
                        [&](QAbstractButton *member) { return groupsEntered.contains(member); }))
            continue;
        groupsEntered += group;
        stops << widget;
    }
    return stops;
}

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QLatin1Char('#') + widget->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text += QStringLiteral(" \"%1\"").arg(button->text());
    const QWidget *named = widget;
    while (named && named->objectName().isEmpty())
        named = named->parentWidget();
    if (named && named != widget)
        text += QStringLiteral(" in %1").arg(named->objectName());
    return text;
}

// What Tab visits, from the first stop of the reading order until it comes back round.
QWidgetList tabChain(QWidget *top, QWidget *first)
{
    QWidgetList chain;
    first->setFocus(Qt::TabFocusReason);
    QWidget *focused = QApplication::focusWidget();
    while (focused && !chain.contains(focused) && chain.size() < 200) {
        chain << focused;
        // A label with links keeps the focus while Tab steps through its links.
        for (int link = 0; link < 10 && focused == chain.constLast(); ++link) {
            QTest::keyClick(focused, Qt::Key_Tab);
            focused = QApplication::focusWidget();
        }
        if (focused && !top->isAncestorOf(focused)) {
            qWarning() << "Tab left for" << focused;
            break;
        }
    }
    return chain;
}

// Compares the Tab chain with the reading order and names the first difference; then checks
// that the landmarks a reader meets in this order (written out by hand) come in this order.
QString readingOrderProblem(QWidget *top, const QWidgetList &landmarks)
{
    const QWidgetList expected = expectedStops(top);
    if (expected.isEmpty())
        return QStringLiteral("no tab stops");
    const QWidgetList chain = tabChain(top, expected.constFirst());
    if (chain != expected) {
        QStringList lines;
        for (qsizetype i = 0; i < std::max(chain.size(), expected.size()); ++i)
            lines << QStringLiteral("%1 %2 | %3")
                         .arg(i, 2)
                         .arg(i < chain.size() ? describe(chain[i]) : QStringLiteral("-"),
                              i < expected.size() ? describe(expected[i]) : QStringLiteral("-"));
        // The whole table goes to the log: a failure message is cut short.
        qWarning().noquote() << QStringLiteral("Tab chain | reading order\n") + lines.join(QLatin1Char('\n'));
        for (qsizetype i = 0; i < chain.size(); ++i)
            if (i >= expected.size() || chain[i] != expected[i])
                return QStringLiteral("stop %1 is %2, where reading order has %3")
                    .arg(i)
                    .arg(describe(chain[i]),
                         i < expected.size() ? describe(expected[i]) : QStringLiteral("nothing"));
        return QStringLiteral("Tab never reaches %1").arg(describe(expected[chain.size()]));
    }
    qsizetype previous = -1;
    for (const QWidget *landmark : landmarks) {
        if (!landmark)
            return QStringLiteral("a landmark is missing");
        const qsizetype at = chain.indexOf(landmark);
        if (at < 0)
            return QStringLiteral("Tab never reaches %1").arg(describe(landmark));
        if (at < previous)
            return QStringLiteral("%1 comes before %2").arg(describe(landmark), describe(chain[previous]));
        previous = at;
    }
    return {};
}

template <typename T = QWidget> T *named(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QPushButton *buttonWithText(const QObject *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

void showActive(QWidget *widget)
{
    widget->show();
    widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(widget));
}

} // namespace

class TestFocusOrder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The sidebar (sources, then presets) before the tabs, the composer from its sources to its
    // Purge button before the table below it.
    void mainWindowFollowsReadingOrder_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("purge") << 0;
        QTest::newRow("history") << 1;
    }
    void mainWindowFollowsReadingOrder()
    {
        QFETCH(int, tab);
        TestProfile profile;
        profile.addSource(QStringLiteral("images"), QStringLiteral("http-purge"),
                          {QStringLiteral("http://127.0.0.1:9/")});
        profile.addSource(QStringLiteral("www"), QStringLiteral("cloudflare"), {},
                          {{QStringLiteral("zone"), QStringLiteral("z1")}});
        PurgeOptions preset;
        preset.sources = {QStringLiteral("images")};
        preset.targets = {QStringLiteral("https://example.com/")};
        QVERIFY(PresetStore(profile.db()).save(QStringLiteral("Home page"), preset.toJson()).isEmpty());
        MainWindow window(profile.db(), profile.secrets());
        window.service().queue().setPaused(true);
        window.composer()->reloadSources();
        // Cloudflare declares request options: the form built for them must take its place.
        window.composer()->setChosenSources({QStringLiteral("www")});
        window.composer()->addTargets({QStringLiteral("https://www.example.com/")});
        // A chosen preset enables the buttons under the list.
        window.findChild<PresetsPanel *>()->findChild<QListWidget *>()->setCurrentRow(0);
        window.resize(1024, 640);
        showActive(&window);
        auto *tabs = window.findChild<QTabWidget *>();
        tabs->setCurrentIndex(tab);
        const QWidgetList landmarks =
            tab == 0 ? QWidgetList{window.sources()->findChild<QTableView *>(),
                                   tabs->tabBar(),
                                   named(window.composer(), "composerSources"),
                                   named(window.composer(), "targetEntry"),
                                   named(window.composer(), "purgeButton"),
                                   window.transactions()->findChild<QTableView *>()}
                     : QWidgetList{window.sources()->findChild<QTableView *>(), tabs->tabBar(),
                                   window.history()->findChild<QLineEdit *>()};
        const QString problem = readingOrderProblem(&window, landmarks);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The provider's own fields come right after the endpoint, before the secret, whichever
    // provider was chosen last.
    void sourceDialogFollowsReadingOrder_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("cloudflare") << QStringLiteral("cloudflare");
        QTest::newRow("fastly") << QStringLiteral("fastly");
    }
    void sourceDialogFollowsReadingOrder()
    {
        QFETCH(QString, type);
        TestProfile profile;
        SourceStore sources(profile.db());
        SourceDialog dialog(sources, profile.secrets());
        dialog.setType(QStringLiteral("akamai"));
        dialog.setType(type);
        showActive(&dialog);
        const QString firstSetting = type == QLatin1String("cloudflare") ? QStringLiteral("setting_zone")
                                                                         : QStringLiteral("setting_service");
        const QWidgetList landmarks{named(&dialog, "name"),     named(&dialog, "type"),
                                    named(&dialog, "endpoint"), dialog.findChild<QWidget *>(firstSetting),
                                    named(&dialog, "password"), buttonWithText(&dialog, dialog.tr("Save"))};
        const QString problem = readingOrderProblem(&dialog, landmarks);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Each row's browse button right after its field, the range before the filters, the list
    // of files after the buttons above it.
    void gitDialogFollowsReadingOrder()
    {
        GitChangesDialog dialog({});
        showActive(&dialog);
        QToolButton *browse = nullptr;
        for (QToolButton *button : dialog.findChildren<QToolButton *>())
            if (!browse && button->isVisible() && button->text() == QStringLiteral("…"))
                browse = button;
        const QWidgetList landmarks{named(&dialog, "gitRepository"), browse,
                                    named(&dialog, "gitUseLog"),     named(&dialog, "gitFrom"),
                                    named(&dialog, "gitMaps"),       named(&dialog, "gitShowChanges"),
                                    named(&dialog, "gitFiles")};
        const QString problem = readingOrderProblem(&dialog, landmarks);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void settingsDialogFollowsReadingOrder()
    {
        SettingsDialog dialog(AppSettings::Preferences{});
        showActive(&dialog);
        const QString problem = readingOrderProblem(&dialog, {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void previewAndCheckDialogsFollowReadingOrder()
    {
        PreviewDialog preview({QStringLiteral("POST https://api.example.com/purge")},
                              QStringLiteral("1 request"));
        showActive(&preview);
        QString problem = readingOrderProblem(&preview, {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        preview.close();

        SourceCheckDialog check;
        showActive(&check);
        problem = readingOrderProblem(&check, {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_MAIN(TestFocusOrder)
#include "tst_gui_focusorder.moc"
