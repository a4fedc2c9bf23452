// Tray and notifications: the hide-or-quit rule, the tray menu and state icon, request tracking,
// notification texts, and org.freedesktop.Notifications calls against a fake daemon on a private
// D-Bus (a dbus-daemon started by the test; nothing touches the user's session bus).
#include "core/clock.h"
#include "credentials/secretstore.h"
#include "dbusnotifications.h"
#include "desktopintegration.h"
#include "fakehttpserver.h"
#include "net/httpclient.h"
#include "notifier.h"
#include "queue/planner.h"
#include "queue/purgequeue.h"
#include "requesttracker.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "storage/transactionstore.h"
#include "testprofile.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Stands in for dunst or xfce4-notifyd: records Notify calls, emits the daemon's signals on demand.
class FakeNotificationDaemon final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout;
    };
    QList<Call> calls;
    uint nextId = 41;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        calls.append({appName, replacesId, icon, summary, body, actions, hints, timeout});
        return nextId++;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint) {}
};

namespace {

// A private session bus with nothing activatable on it, so no real daemon can answer.
struct PrivateBus
{
    QTemporaryDir dir;
    QProcess daemon;
    QString address;

    bool start()
    {
        const QString config = dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                   "\"http://www.freedesktop.org/standards/dbus/1.0/"
                   "busconfig.dtd\">\n<busconfig><type>session</type>"
                   "<listen>unix:dir=" +
                   dir.path().toUtf8() +
                   "</listen><auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\"/>"
                   "<allow receive_sender=\"*\"/><allow own=\"*\"/></policy></busconfig>\n");
        file.close();
        daemon.start(QStringLiteral("dbus-daemon"),
                     {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                      QStringLiteral("--print-address")});
        if (!daemon.waitForStarted(5000) || !daemon.waitForReadyRead(5000))
            return false;
        address = QString::fromUtf8(daemon.readLine().trimmed());
        return !address.isEmpty();
    }
    ~PrivateBus()
    {
        daemon.terminate();
        daemon.waitForFinished(3000);
    }
};

TransactionRecord record(qint64 id, qint64 requestId, TransactionState state, const QString &source = {})
{
    TransactionRecord t;
    t.id = id;
    t.requestId = requestId;
    t.state = state;
    t.sourceName = source.isEmpty() ? QStringLiteral("cdn") : source;
    return t;
}

// The engine's queue on the one test profile with one imgix source on a fake server.
struct QueueHarness
{
    TestProfile profile;
    FakeHttpServer server;
    PurgeQueue *queue = &profile.queue();
    TransactionStore &transactions = profile.transactions();
    ManualClock &clock = profile.clock();
    SourceConfig source;

    QueueHarness()
    {
        qputenv("PURGELINE_TRAY_TEST_SECRET", "tray-secret-value");
        server.start();
        source = profile.addSource(
            QStringLiteral("images"), QStringLiteral("imgix"), {server.baseUrl().toString()},
            // The manual clock does not move here: a burst lets every test purge go at once.
            {{QStringLiteral("max_attempts"), QStringLiteral("1")},
             {QStringLiteral("burst"), QStringLiteral("10")}},
            {}, SecretRef{SecretRef::Kind::Environment, QStringLiteral("PURGELINE_TRAY_TEST_SECRET")});
    }

    qint64 enqueue(int count)
    {
        PurgeBatch spec;
        for (int i = 0; i < count; ++i)
            spec.targets << QStringLiteral("https://assets.example.com/img/%1.jpg").arg(i);
        Planner::Result plan = Planner(ProviderRegistry::instance()).plan(source, spec, clock.nowMs());
        if (!plan.error.isEmpty())
            qFatal("%s", qPrintable(plan.error));
        RequestRecord request;
        request.createdAt = clock.nowMs();
        request.origin = QStringLiteral("test");
        QString error;
        if (!transactions.createRequest(request, plan.transactions, &error))
            qFatal("%s", qPrintable(error));
        queue->add(plan.transactions);
        return plan.transactions.first().requestId;
    }
};

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

} // namespace

class TestGuiTray : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As main() does: the notifications name the installed desktop entry.
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.purgeline.Purgeline"));
    }

    void closeDecision_data()
    {
        QTest::addColumn<bool>("trayActive");
        QTest::addColumn<bool>("workQueued");
        QTest::addColumn<bool>("answer");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("questions");
        const int hide = int(CloseAction::HideToTray), quit = int(CloseAction::Quit),
                  keep = int(CloseAction::KeepOpen);
        QTest::newRow("tray, idle") << true << false << false << hide << 0;
        QTest::newRow("tray, work queued") << true << true << false << hide << 0;
        QTest::newRow("no tray, idle") << false << false << false << quit << 0;
        QTest::newRow("no tray, work, user quits") << false << true << true << quit << 1;
        QTest::newRow("no tray, work, user stays") << false << true << false << keep << 1;
    }
    void closeDecision()
    {
        QFETCH(bool, trayActive);
        QFETCH(bool, workQueued);
        QFETCH(bool, answer);
        QFETCH(int, expected);
        QFETCH(int, questions);
        int asked = 0;
        const CloseAction action = decideCloseAction(trayActive, workQueued, [&] {
            ++asked;
            return answer;
        });
        QCOMPARE(int(action), expected);
        QCOMPARE(asked, questions);
        // Without anyone to ask, queued work is never abandoned silently.
        if (!trayActive && workQueued)
            QCOMPARE(decideCloseAction(false, true, {}), CloseAction::KeepOpen);
    }

    void noTrayUnderOffscreen()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        TrayIcon tray;
        QSignalSpy active(&tray, &TrayIcon::activeChanged);
        tray.start(2, 10);
        QTest::qWait(100); // both retries have run
        QVERIFY(!tray.isActive());
        QCOMPARE(active.count(), 0);
        QVERIFY(!tray.systemTrayIcon()->isVisible());
    }

    void menuListsPresetsAndEmits()
    {
        TrayIcon tray;
        QVERIFY(actionNamed(tray.menu(), QStringLiteral("No presets saved")));
        QVERIFY(!actionNamed(tray.menu(), QStringLiteral("No presets saved"))->isEnabled());

        QPointer<QMenu> first = tray.menu();
        tray.setPresets({QStringLiteral("homepage"), QStringLiteral("news & blog")});
        QPointer<QMenu> second = tray.menu();
        QVERIFY(second != first);
        QCOMPARE(tray.systemTrayIcon()->contextMenu(), second.data()); // new menu set first...
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(first.isNull()); // ...then the old one is gone
        QVERIFY(!actionNamed(second, QStringLiteral("No presets saved")));

        QSignalSpy requested(&tray, &TrayIcon::presetRequested);
        QAction *news = actionNamed(second, QStringLiteral("news && blog")); // "&" is not a mnemonic
        QVERIFY(news);
        QCOMPARE(news->data().toString(), QStringLiteral("news & blog"));
        news->trigger();
        actionNamed(second, QStringLiteral("homepage"))->trigger();
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("news & blog"));
        QCOMPARE(requested.at(1).at(0).toString(), QStringLiteral("homepage"));

        tray.setPresets({QStringLiteral("homepage"), QStringLiteral("news & blog")});
        QCOMPARE(tray.menu(), second.data()); // unchanged list: no rebuild
        tray.setPresets({});
        QVERIFY(actionNamed(tray.menu(), QStringLiteral("No presets saved")));
    }

    void menuWindowPauseQuit()
    {
        TrayIcon tray;
        QSignalSpy toggle(&tray, &TrayIcon::toggleWindowRequested);
        QSignalSpy pause(&tray, &TrayIcon::pauseRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        tray.setWindowVisible(true);
        actionNamed(tray.menu(), QStringLiteral("&Hide Window"))->trigger();
        QCOMPARE(toggle.count(), 1);
        tray.setWindowVisible(false);
        QVERIFY(actionNamed(tray.menu(), QStringLiteral("&Show Window")));

        actionNamed(tray.menu(), QStringLiteral("&Pause Queue"))->trigger();
        QCOMPARE(pause.count(), 1);
        QCOMPARE(pause.at(0).at(0).toBool(), true);
        tray.setPaused(true);
        QAction *resume = actionNamed(tray.menu(), QStringLiteral("&Resume Queue"));
        QVERIFY(resume && resume->isChecked());
        resume->trigger();
        QCOMPARE(pause.at(1).at(0).toBool(), false);

        tray.setPresets({QStringLiteral("x")}); // a rebuilt menu keeps the wording
        QVERIFY(actionNamed(tray.menu(), QStringLiteral("&Resume Queue")));
        QVERIFY(actionNamed(tray.menu(), QStringLiteral("&Show Window")));
        actionNamed(tray.menu(), QStringLiteral("&Quit Purgeline"))->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void stateIcons()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/icons/tray-idle.svg")));
        QVERIFY(QFile::exists(QStringLiteral(":/icons/tray-working.svg")));
        QVERIFY(QFile::exists(QStringLiteral(":/icons/tray-failed.svg")));
        const QImage idle = TrayIcon::iconFor(TrayState::Idle).pixmap(32).toImage();
        const QImage working = TrayIcon::iconFor(TrayState::Working).pixmap(32).toImage();
        const QImage failed = TrayIcon::iconFor(TrayState::Failed).pixmap(32).toImage();
        QVERIFY(!idle.isNull() && !working.isNull() && !failed.isNull());
        QVERIFY(idle != working && working != failed && idle != failed);

        TrayIcon tray;
        QCOMPARE(tray.state(), TrayState::Idle);
        QCOMPARE(tray.systemTrayIcon()->toolTip(), QStringLiteral("Purgeline: idle"));
        tray.setState(TrayState::Failed);
        QCOMPARE(tray.systemTrayIcon()->icon().pixmap(32).toImage(), failed);
        QCOMPARE(tray.systemTrayIcon()->toolTip(),
                 QStringLiteral("Purgeline: the last request had failures"));
        tray.setState(TrayState::Working);
        QCOMPARE(tray.systemTrayIcon()->icon().pixmap(32).toImage(), working);
    }

    void trackerFollowsRequests()
    {
        RequestTracker tracker;
        QSignalSpy states(&tracker, &RequestTracker::stateChanged);
        QSignalSpy finished(&tracker, &RequestTracker::requestFinished);
        QCOMPARE(tracker.state(), TrayState::Idle);

        tracker.update(record(1, 10, TransactionState::Queued, QStringLiteral("eu")));
        tracker.update(record(2, 10, TransactionState::Queued, QStringLiteral("us")));
        QCOMPARE(tracker.state(), TrayState::Working);
        QCOMPARE(states.count(), 1);
        QCOMPARE(tracker.openCount(), 2);
        tracker.update(record(1, 10, TransactionState::Sending, QStringLiteral("eu")));
        tracker.update(record(1, 10, TransactionState::Succeeded, QStringLiteral("eu")));
        QCOMPARE(finished.count(), 0);
        tracker.update(record(2, 10, TransactionState::Failed, QStringLiteral("us")));
        QCOMPARE(finished.count(), 1);
        auto outcome = finished.at(0).at(0).value<RequestOutcome>();
        QCOMPARE(outcome.requestId, 10);
        QCOMPARE(outcome.succeeded, 1);
        QCOMPARE(outcome.failed, 1);
        QCOMPARE(outcome.sources, QStringList({QStringLiteral("eu"), QStringLiteral("us")}));
        QCOMPARE(tracker.state(), TrayState::Failed);
        QCOMPARE(states.last().at(0).value<TrayState>(), TrayState::Failed);

        // A later request that succeeds clears "failed".
        tracker.update(record(3, 11, TransactionState::Queued));
        QCOMPARE(tracker.state(), TrayState::Working);
        tracker.update(record(3, 11, TransactionState::Succeeded));
        QCOMPARE(tracker.state(), TrayState::Idle);
        QCOMPARE(finished.count(), 2);

        // Retrying the failed one reopens request 10 and reports it whole once more.
        tracker.update(record(2, 10, TransactionState::Queued, QStringLiteral("us")));
        QCOMPARE(tracker.state(), TrayState::Working);
        tracker.update(record(2, 10, TransactionState::Succeeded, QStringLiteral("us")));
        QCOMPARE(finished.count(), 3);
        outcome = finished.at(2).at(0).value<RequestOutcome>();
        QCOMPARE(outcome.requestId, 10);
        QCOMPARE(outcome.succeeded, 2);
        QCOMPARE(outcome.failed, 0);
        QCOMPARE(tracker.state(), TrayState::Idle);

        // Repeated final updates are not a second finish.
        tracker.update(record(2, 10, TransactionState::Succeeded, QStringLiteral("us")));
        QCOMPARE(finished.count(), 3);
        QVERIFY(!tracker.hasOpenWork());
    }

    void notificationTexts()
    {
        RequestOutcome ok{7, 3, 0, 0, {QStringLiteral("cdn")}};
        QCOMPARE(Notifier::titleFor(ok), QStringLiteral("Purge finished"));
        QCOMPARE(Notifier::bodyFor(ok), QStringLiteral("3 succeeded\nRequest 7 on cdn"));
        RequestOutcome bad{8, 1, 2, 0, {QStringLiteral("eu"), QStringLiteral("us")}};
        QCOMPARE(Notifier::titleFor(bad), QStringLiteral("Purge finished with failures"));
        QCOMPARE(Notifier::bodyFor(bad), QStringLiteral("2 failed, 1 succeeded\nRequest 8 on eu, us"));
        RequestOutcome allBad{9, 0, 1, 1, {}};
        QCOMPARE(Notifier::bodyFor(allBad), QStringLiteral("1 failed, 1 cancelled"));
    }

    void notifierWithoutAnyRoute()
    {
        DBusNotifications dbus{QDBusConnection(QStringLiteral("not-connected"))};
        QVERIFY(!dbus.isAvailable());
        TrayIcon tray; // not active under offscreen: its balloon would go nowhere
        Notifier notifier(&dbus, &tray);
        QCOMPARE(notifier.route(), Notifier::Route::None);
        QCOMPARE(notifier.notifyFinished(RequestOutcome{1, 1, 0, 0, {}}), Notifier::Route::None);
    }

    void notifyCallArguments()
    {
        DBusNotifications::Message m;
        m.appName = QStringLiteral("Purgeline");
        m.summary = QStringLiteral("Purge finished");
        m.body = QStringLiteral("3 succeeded");
        m.iconName = QStringLiteral("dialog-information");
        m.actionLabel = QStringLiteral("Show Request");
        const QDBusMessage call = DBusNotifications::notifyCall(m);
        QCOMPARE(call.service(), QStringLiteral("org.freedesktop.Notifications"));
        QCOMPARE(call.path(), QStringLiteral("/org/freedesktop/Notifications"));
        QCOMPARE(call.interface(), QStringLiteral("org.freedesktop.Notifications"));
        QCOMPARE(call.member(), QStringLiteral("Notify"));
        // The specification's signature susssasa{sv}i, type by type (signature() is filled only when sent).
        const QList<QVariant> args = call.arguments();
        QCOMPARE(args.size(), 8);
        const QList<QMetaType> types{QMetaType::fromType<QString>(),     QMetaType::fromType<uint>(),
                                     QMetaType::fromType<QString>(),     QMetaType::fromType<QString>(),
                                     QMetaType::fromType<QString>(),     QMetaType::fromType<QStringList>(),
                                     QMetaType::fromType<QVariantMap>(), QMetaType::fromType<int>()};
        for (int i = 0; i < args.size(); ++i)
            QCOMPARE(args.at(i).metaType(), types.at(i));
        QCOMPARE(args.at(0).toString(), QStringLiteral("Purgeline"));
        QCOMPARE(args.at(1).toUInt(), 0u);
        QCOMPARE(args.at(5).toStringList(),
                 QStringList({QStringLiteral("default"), QStringLiteral("Show Request")}));
        QCOMPARE(args.at(7).toInt(), -1);
    }

    void dbusNotifierAgainstFakeDaemon()
    {
        PrivateBus bus;
        if (!bus.start())
            QSKIP("dbus-daemon could not be started");
        QDBusConnection client = QDBusConnection::connectToBus(bus.address, QStringLiteral("tray-client"));
        QDBusConnection server = QDBusConnection::connectToBus(bus.address, QStringLiteral("tray-daemon"));
        QVERIFY(client.isConnected() && server.isConnected());

        DBusNotifications dbus(client);
        QVERIFY(!dbus.isAvailable()); // no daemon yet, nothing activatable
        FakeNotificationDaemon daemon;
        QVERIFY(
            server.registerObject(DBusNotifications::objectPath(), &daemon, QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(DBusNotifications::serviceName()));
        QVERIFY(dbus.isAvailable());

        TrayIcon tray;
        Notifier notifier(&dbus, &tray);
        QCOMPARE(notifier.route(), Notifier::Route::DBus);
        QSignalSpy sent(&dbus, &DBusNotifications::sent);
        QSignalSpy activated(&notifier, &Notifier::requestActivated);
        QSignalSpy closed(&dbus, &DBusNotifications::closed);

        QCOMPARE(notifier.notifyFinished(RequestOutcome{42, 2, 1, 0, {QStringLiteral("cdn")}}),
                 Notifier::Route::DBus);
        QTRY_COMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(0).toLongLong(), 42);
        const uint id = sent.at(0).at(1).toUInt();
        QCOMPARE(id, 41u);
        QCOMPARE(daemon.calls.size(), 1);
        const FakeNotificationDaemon::Call &call = daemon.calls.first();
        QCOMPARE(call.summary, QStringLiteral("Purge finished with failures"));
        QCOMPARE(call.body, QStringLiteral("1 failed, 2 succeeded\nRequest 42 on cdn"));
        QCOMPARE(call.actions, QStringList({QStringLiteral("default"), QStringLiteral("Show Request")}));
        QCOMPARE(call.icon, QStringLiteral("dialog-warning"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.timeout, -1);
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 1);
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.purgeline.Purgeline"));

        const auto emitSignal = [&](const QString &name, const QList<QVariant> &args) {
            QDBusMessage signal = QDBusMessage::createSignal(DBusNotifications::objectPath(),
                                                             DBusNotifications::interfaceName(), name);
            signal.setArguments(args);
            QVERIFY(server.send(signal));
        };
        // Someone else's notification, and a non-default action of ours: ignored.
        emitSignal(QStringLiteral("ActionInvoked"), {7u, QStringLiteral("default")});
        emitSignal(QStringLiteral("ActionInvoked"), {id, QStringLiteral("other")});
        emitSignal(QStringLiteral("ActionInvoked"), {id, QStringLiteral("default")});
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 42);
        emitSignal(QStringLiteral("NotificationClosed"), {id, 2u});
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(0).toLongLong(), 42);
        QCOMPARE(closed.at(0).at(1).toUInt(), 2u);
        QCOMPARE(dbus.pendingCount(), 0);
        emitSignal(QStringLiteral("ActionInvoked"), {id, QStringLiteral("default")}); // after close: unknown
        QTest::qWait(50);
        QCOMPARE(activated.count(), 1);

        notifier.setEnabled(false);
        QCOMPARE(notifier.notifyFinished(RequestOutcome{43, 1, 0, 0, {}}), Notifier::Route::None);
        QTest::qWait(50);
        QCOMPARE(daemon.calls.size(), 1);

        server.unregisterService(DBusNotifications::serviceName());
        QVERIFY(!dbus.isAvailable());
        QDBusConnection::disconnectFromBus(QStringLiteral("tray-client"));
        QDBusConnection::disconnectFromBus(QStringLiteral("tray-daemon"));
    }

    void integrationWithQueue()
    {
        PrivateBus bus;
        if (!bus.start())
            QSKIP("dbus-daemon could not be started");
        QDBusConnection client = QDBusConnection::connectToBus(bus.address, QStringLiteral("int-client"));
        QDBusConnection server = QDBusConnection::connectToBus(bus.address, QStringLiteral("int-daemon"));
        FakeNotificationDaemon daemon;
        QVERIFY(
            server.registerObject(DBusNotifications::objectPath(), &daemon, QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(DBusNotifications::serviceName()));

        QueueHarness h;
        QWidget window;
        DBusNotifications dbus(client);
        DesktopIntegration desktop(&window, *h.queue, &dbus);
        int questions = 0;
        bool answer = false;
        desktop.setQuitConfirmation([&] {
            ++questions;
            return answer;
        });
        desktop.start(/*startHidden=*/true, 0, 0);
        QVERIFY(!desktop.trayIcon()->isActive());
        QVERIFY(window.isVisible()); // no tray: never start hidden
        QVERIFY(QApplication::quitOnLastWindowClosed());

        // Presets and pause from the tray menu reach the window and the queue.
        QSignalSpy presets(&desktop, &DesktopIntegration::presetRequested);
        desktop.setPresets({QStringLiteral("homepage")});
        actionNamed(desktop.trayIcon()->menu(), QStringLiteral("homepage"))->trigger();
        QCOMPARE(presets.count(), 1);
        QSignalSpy paused(&desktop, &DesktopIntegration::pausedChanged);
        actionNamed(desktop.trayIcon()->menu(), QStringLiteral("&Pause Queue"))->trigger();
        QVERIFY(h.queue->isPaused());
        QCOMPARE(paused.count(), 1);

        // Paused with work queued: closing asks, and "no" keeps the window.
        const qint64 requestId = h.enqueue(2);
        QCOMPARE(desktop.trayIcon()->state(), TrayState::Working);
        QVERIFY(desktop.isWorkQueued());
        QCloseEvent keep;
        desktop.handleCloseEvent(&keep);
        QVERIFY(!keep.isAccepted());
        QCOMPARE(questions, 1);

        // Resumed, the request finishes: the tray goes idle and a notification goes out.
        window.hide();
        actionNamed(desktop.trayIcon()->menu(), QStringLiteral("&Resume Queue"))->trigger();
        QVERIFY(!h.queue->isPaused());
        QTRY_COMPARE(daemon.calls.size(), 1);
        QCOMPARE(desktop.trayIcon()->state(), TrayState::Idle);
        QCOMPARE(daemon.calls.first().summary, QStringLiteral("Purge finished"));
        QVERIFY2(daemon.calls.first().body.contains(
                     QStringLiteral(" succeeded\nRequest %1 on images").arg(requestId)),
                 qPrintable(daemon.calls.first().body));
        QVERIFY(!desktop.isWorkQueued());

        // Clicking it brings the window back on that request.
        QSignalSpy activated(&desktop, &DesktopIntegration::requestActivated);
        QDBusMessage click =
            QDBusMessage::createSignal(DBusNotifications::objectPath(), DBusNotifications::interfaceName(),
                                       QStringLiteral("ActionInvoked"));
        click << 41u << QStringLiteral("default");
        QVERIFY(server.send(click));
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), requestId);
        QVERIFY(window.isVisible());

        // Nothing queued and no tray: closing quits without asking.
        QCloseEvent quit;
        desktop.handleCloseEvent(&quit);
        QVERIFY(quit.isAccepted());
        QCOMPARE(questions, 1);

        QDBusConnection::disconnectFromBus(QStringLiteral("int-client"));
        QDBusConnection::disconnectFromBus(QStringLiteral("int-daemon"));
    }
};

QTEST_MAIN(TestGuiTray)
#include "tst_gui_tray.moc"
