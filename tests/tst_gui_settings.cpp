// AppSettings round-trips through the profile's INI file and holds nothing secret;
// SettingsDialog shows, edits and emits the preferences.
#include "appsettings.h"
#include "queue/requester.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestGuiSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultsWhenNoFile();
    void roundTripThroughIniFile();
    void emptyAndSingleLists();
    void invalidValuesReadAsValid();
    void nothingSecretInFile();
    void dialogShowsPreferences();
    void dialogApplyEmitsEditedValues();
    void dialogOkEmitsAndCancelDoesNot();
    void dialogRestoreDefaults();
    void dialogLanguageNote();
    void dialogRangesMatchSettings();
    void displayNameIsKeptBesideTheProfile();
};

namespace {

AppSettings::Preferences custom()
{
    AppSettings::Preferences p;
    p.queue.concurrency = 7;
    p.queue.retryForMinutes = 45;
    p.queue.retryAttempts = 9;
    p.queue.backoffCapSeconds = 120;
    p.queue.pollIntervalSeconds = 25;
    p.notifications = false;
    p.language = QStringLiteral("fr");
    p.startHidden = true;
    return p;
}

} // namespace

void TestGuiSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiSettings::defaultsWhenNoFile()
{
    QTemporaryDir profile;
    AppSettings settings(profile.path());
    QCOMPARE(settings.fileName(), profile.filePath(QStringLiteral("purgeline-gui.ini")));
    const AppSettings::Preferences p = settings.preferences();
    QCOMPARE(p.queue.concurrency, 32);
    QCOMPARE(p.queue.retryForMinutes, 30);
    QCOMPARE(p.queue.retryAttempts, 0); // no cap: the retry budget ends retries
    QCOMPARE(p.queue.backoffCapSeconds, 300);
    QCOMPARE(p.queue.pollIntervalSeconds, 10);
    QCOMPARE(p.notifications, true);
    QCOMPARE(p.language, QString());
    QCOMPARE(p.startHidden, false);
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.splitterSizes(QStringLiteral("main")).isEmpty());
    QVERIFY(settings.lastSources().isEmpty());
    QVERIFY(!QFile::exists(settings.fileName())); // reading creates nothing
}

void TestGuiSettings::roundTripThroughIniFile()
{
    QTemporaryDir profile;
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8); // binary, like saveGeometry()
    const QByteArray state("\x00\x00\x00\xff\x00\x00", 6);
    {
        AppSettings settings(profile.path());
        settings.setPreferences(custom());
        settings.setWindowGeometry(geometry);
        settings.setWindowState(state);
        settings.setSplitterSizes(QStringLiteral("main"), {310, 700});
        settings.setSplitterSizes(QStringLiteral("details"), {400, 0, 120});
        settings.setLastSources({QStringLiteral("cdn-eu"), QStringLiteral("varnish, local")});
        QVERIFY(settings.sync());
    }
    QVERIFY(QFile::exists(AppSettings::fileNameFor(profile.path())));

    AppSettings reread(profile.path());
    // The queue part belongs to the profile's database (QueueSettings), not to this file.
    AppSettings::Preferences windowPart = custom();
    windowPart.queue = QueueSettings{};
    QCOMPARE(reread.preferences(), windowPart);
    QCOMPARE(reread.windowGeometry(), geometry);
    QCOMPARE(reread.windowState(), state);
    QCOMPARE(reread.splitterSizes(QStringLiteral("main")), QList<int>({310, 700}));
    QCOMPARE(reread.splitterSizes(QStringLiteral("details")), QList<int>({400, 0, 120}));
    QVERIFY(reread.splitterSizes(QStringLiteral("other")).isEmpty());
    QCOMPARE(reread.lastSources(), QStringList({QStringLiteral("cdn-eu"), QStringLiteral("varnish, local")}));

    // It is a plain INI file others (and people) can read.
    QSettings ini(AppSettings::fileNameFor(profile.path()), QSettings::IniFormat);
    QVERIFY(!ini.contains(QStringLiteral("queue/concurrency")));
    QCOMPARE(ini.value(QStringLiteral("desktop/language")).toString(), QStringLiteral("fr"));
}

void TestGuiSettings::emptyAndSingleLists()
{
    QTemporaryDir profile;
    {
        AppSettings settings(profile.path());
        settings.setLastSources({QStringLiteral("only")});
        settings.setSplitterSizes(QStringLiteral("main"), {42});
        settings.setSplitterSizes(QStringLiteral("none"), {});
        QVERIFY(settings.sync());
    }
    AppSettings reread(profile.path());
    QCOMPARE(reread.lastSources(), QStringList{QStringLiteral("only")});
    QCOMPARE(reread.splitterSizes(QStringLiteral("main")), QList<int>{42});
    QCOMPARE(reread.splitterSizes(QStringLiteral("none")), QList<int>());
    reread.setLastSources({});
    QVERIFY(reread.sync());
    QCOMPARE(AppSettings(profile.path()).lastSources(), QStringList());
}

void TestGuiSettings::invalidValuesReadAsValid()
{
    QTemporaryDir profile;
    QFile file(AppSettings::fileNameFor(profile.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[queue]\nconcurrency=0\nretry-attempts=abc\nbackoff-cap-seconds=999999999\n"
               "poll-interval-seconds=-4\n[desktop]\nlanguage=xx\n[window]\nsplitter-main=10, x\n");
    file.close();
    AppSettings settings(profile.path());
    const AppSettings::Preferences p = settings.preferences();
    // Queue settings a file from before they moved to the database held come back clamped,
    // so a hand-edited file cannot start the queue with zero concurrency.
    const std::optional<QueueSettings> legacy = settings.legacyQueueSettings();
    QVERIFY(legacy);
    QCOMPARE(legacy->concurrency, 1);
    QCOMPARE(legacy->retryAttempts, 0); // the old attempt count is not imported as a cap
    QCOMPARE(legacy->backoffCapSeconds, AppSettings::BackoffCapRange.maximum);
    QCOMPARE(legacy->pollIntervalSeconds, 1);
    QCOMPARE(p.language, QString());
    QVERIFY(settings.splitterSizes(QStringLiteral("main")).isEmpty());
}

void TestGuiSettings::nothingSecretInFile()
{
    QTemporaryDir profile;
    {
        AppSettings settings(profile.path());
        settings.setPreferences(custom());
        settings.setWindowGeometry(QByteArray(16, 'g'));
        settings.setWindowState(QByteArray(16, 's'));
        settings.setSplitterSizes(QStringLiteral("main"), {1, 2});
        settings.setLastSources({QStringLiteral("cdn")});
        QVERIFY(settings.sync());
    }
    QSettings ini(AppSettings::fileNameFor(profile.path()), QSettings::IniFormat);
    const QStringList expected{
        QStringLiteral("composer/last-sources"), QStringLiteral("desktop/language"),
        QStringLiteral("desktop/notifications"), QStringLiteral("desktop/start-hidden"),
        QStringLiteral("window/geometry"),       QStringLiteral("window/splitter-main"),
        QStringLiteral("window/state")};
    QStringList keys = ini.allKeys();
    keys.sort();
    QCOMPARE(keys, expected); // exactly these: a new key must be added here on purpose
    QFile file(ini.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    for (const char *word : {"secret", "password", "token", "key", "auth", "credential"})
        QVERIFY2(!text.contains(word), word);
}

void TestGuiSettings::dialogShowsPreferences()
{
    // With PURGELINE_GRAB_DIR set (under a real X server), the dialog with its defaults is saved as
    // docs' screenshot-settings.png.
    if (const QString grabDir = qEnvironmentVariable("PURGELINE_GRAB_DIR"); !grabDir.isEmpty()) {
        SettingsDialog defaults(AppSettings::Preferences{});
        defaults.show();
        QVERIFY(QTest::qWaitForWindowExposed(&defaults));
        QTest::qWait(200);
        QVERIFY(defaults.grab().save(QDir(grabDir).filePath(QStringLiteral("screenshot-settings.png"))));
    }
    SettingsDialog dialog(custom());
    QCOMPARE(dialog.concurrencyBox()->value(), 7);
    QCOMPARE(dialog.retryForBox()->value(), 45);
    QCOMPARE(dialog.retryAttemptsBox()->value(), 9);
    QCOMPARE(dialog.backoffCapBox()->value(), 120);
    QCOMPARE(dialog.pollIntervalBox()->value(), 25);
    QCOMPARE(dialog.notificationsBox()->isChecked(), false);
    QCOMPARE(dialog.startHiddenBox()->isChecked(), true);
    QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("fr"));
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Français"));
    QCOMPARE(dialog.preferences(), custom());
    QVERIFY(!dialog.buttonBox()->button(QDialogButtonBox::Apply)->isEnabled());
    for (QWidget *w : std::initializer_list<QWidget *>{dialog.concurrencyBox(), dialog.retryForBox(),
                                                       dialog.retryAttemptsBox(), dialog.backoffCapBox(),
                                                       dialog.pollIntervalBox(), dialog.notificationsBox(),
                                                       dialog.languageBox(), dialog.startHiddenBox()})
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
}

void TestGuiSettings::dialogApplyEmitsEditedValues()
{
    SettingsDialog dialog(AppSettings::Preferences{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy applied(&dialog, &SettingsDialog::applied);

    QSpinBox *concurrency = dialog.concurrencyBox();
    concurrency->setFocus();
    concurrency->selectAll();
    QTest::keyClicks(concurrency, QStringLiteral("12"));
    QCOMPARE(concurrency->value(), 12);
    QTest::mouseClick(dialog.notificationsBox(), Qt::LeftButton);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
    dialog.backoffCapBox()->setValue(60);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("  Ann Example "));

    QPushButton *apply = dialog.buttonBox()->button(QDialogButtonBox::Apply);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    const auto p = applied.at(0).at(0).value<AppSettings::Preferences>();
    AppSettings::Preferences expected;
    expected.queue.concurrency = 12;
    expected.notifications = false;
    expected.language = QStringLiteral("de");
    expected.queue.backoffCapSeconds = 60;
    expected.displayName = QStringLiteral("Ann Example");
    QCOMPARE(p, expected);
    QVERIFY(!apply->isEnabled()); // nothing new to apply
    QVERIFY(dialog.isVisible());  // Apply keeps the dialog open
}

void TestGuiSettings::dialogOkEmitsAndCancelDoesNot()
{
    {
        SettingsDialog dialog(AppSettings::Preferences{});
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.retryAttemptsBox()->setValue(3);
        QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.at(0).at(0).value<AppSettings::Preferences>().queue.retryAttempts, 3);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    {
        SettingsDialog dialog(AppSettings::Preferences{});
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.retryAttemptsBox()->setValue(3);
        QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(applied.count(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
}

void TestGuiSettings::dialogRestoreDefaults()
{
    SettingsDialog dialog(custom());
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.preferences(), AppSettings::Preferences{});
    QCOMPARE(applied.count(), 0); // only shown, not applied yet
    QVERIFY(dialog.buttonBox()->button(QDialogButtonBox::Apply)->isEnabled());
}

void TestGuiSettings::dialogLanguageNote()
{
    SettingsDialog dialog(AppSettings::Preferences{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *note = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("restarts")))
            note = label;
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
    QVERIFY(note->isVisible());
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QVERIFY(note->isVisible()); // still needs the restart after applying
    dialog.languageBox()->setCurrentIndex(0);
    QVERIFY(!note->isVisible());
}

void TestGuiSettings::dialogRangesMatchSettings()
{
    SettingsDialog dialog(AppSettings::Preferences{});
    QCOMPARE(dialog.concurrencyBox()->minimum(), AppSettings::ConcurrencyRange.minimum);
    QCOMPARE(dialog.concurrencyBox()->maximum(), AppSettings::ConcurrencyRange.maximum);
    QCOMPARE(dialog.retryAttemptsBox()->minimum(), AppSettings::RetryAttemptsRange.minimum);
    QCOMPARE(dialog.backoffCapBox()->maximum(), AppSettings::BackoffCapRange.maximum);
    QCOMPARE(dialog.pollIntervalBox()->minimum(), AppSettings::PollIntervalRange.minimum);
    QCOMPARE(dialog.languageBox()->count(), AppSettings::languages().size());
    for (int i = 0; i < dialog.languageBox()->count(); ++i)
        QCOMPARE(dialog.languageBox()->itemData(i).toString(), AppSettings::languages().at(i));
}

QTEST_MAIN(TestGuiSettings)
// "Your name" is the engine's: saved beside the profile on this machine, read by every process on
// it (window and command line), not written to the window's INI file, and held to one short line.
void TestGuiSettings::displayNameIsKeptBesideTheProfile()
{
    const QByteArray nameBefore = qgetenv("PURGELINE_NAME");
    qunsetenv("PURGELINE_NAME");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString account = Requester::ofThisProcess(dir.path()).name;
    QCOMPARE(Requester::savedName(dir.path()), QString());
    QString error;
    QVERIFY2(Requester::saveName(dir.path(), QStringLiteral(" Ann Example "), &error), qPrintable(error));
    QCOMPARE(Requester::savedName(dir.path()), QStringLiteral("Ann Example"));
    QCOMPARE(Requester::ofThisProcess(dir.path()).name, QStringLiteral("Ann Example"));
    QCOMPARE(Requester::ofThisProcess().name, account); // another profile knows nothing of it

    QVERIFY(!Requester::saveName(dir.path(), QStringLiteral("Ann\nroot"), &error));
    QCOMPARE(error, QStringLiteral("a name is one line"));
    QVERIFY(!Requester::saveName(dir.path(), QString(101, QLatin1Char('x')), &error));
    QCOMPARE(error, QStringLiteral("a name has at most 100 characters"));
    QCOMPARE(Requester::savedName(dir.path()), QStringLiteral("Ann Example"));

    // $PURGELINE_NAME (a deploy runner's) comes first.
    qputenv("PURGELINE_NAME", "Deploy bot");
    QCOMPARE(Requester::ofThisProcess(dir.path()).name, QStringLiteral("Deploy bot"));
    qunsetenv("PURGELINE_NAME");

    AppSettings settings(dir.path());
    AppSettings::Preferences p;
    p.displayName = QStringLiteral("Ann Example");
    settings.setPreferences(p);
    QVERIFY(settings.sync());
    QFile ini(settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("Ann"));

    QVERIFY(Requester::saveName(dir.path(), QString(), &error)); // forgotten: the account's again
    QCOMPARE(Requester::ofThisProcess(dir.path()).name, account);
    if (!nameBefore.isNull())
        qputenv("PURGELINE_NAME", nameBefore);
}

#include "tst_gui_settings.moc"
