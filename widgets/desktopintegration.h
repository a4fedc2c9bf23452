#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class DBusNotifications;
class Notifier;
class PurgeQueue;
class QCloseEvent;
class QWidget;
class RequestTracker;
class TrayIcon;

// What closing the main window does.
enum class CloseAction { HideToTray, Quit, KeepOpen };

// The rule, free of any tray or dialog so it can be tested everywhere: hide into the tray only
// when the tray is really there (else the program would run on with no way back to it); otherwise
// quit, asking first when work is still queued (it survives in the profile either way, but the
// user may expect it to run now). confirmQuit is called only when that question is needed.
CloseAction decideCloseAction(bool trayActive, bool workQueued, const std::function<bool()> &confirmQuit);

// Ties the window to the desktop: the tray icon and its menu, desktop notifications for finished
// requests, and what closing the window or "Quit" does. Owns TrayIcon, Notifier, RequestTracker
// and DBusNotifications; follows the queue's signals.
class DesktopIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)
public:
    // window: the main window (not owned). dbus may be null: a session-bus notifier is made.
    DesktopIntegration(QWidget *window, PurgeQueue &queue, DBusNotifications *dbus = nullptr,
                       QObject *parent = nullptr);

    // Looks for the tray (retrying while the desktop starts up) and shows the window unless
    // startHidden and a tray is there to come back from.
    void start(bool startHidden, int trayAttempts = 10, int trayIntervalMs = 3000);

    // Call from the window's closeEvent(); accepts or ignores the event.
    void handleCloseEvent(QCloseEvent *event);
    bool isWorkQueued() const;

    // The question before quitting with queued work; tests replace the message box.
    void setQuitConfirmation(std::function<bool()> confirm) { m_confirmQuit = std::move(confirm); }

    TrayIcon *trayIcon() const { return m_tray; }
    Notifier *notifier() const { return m_notifier; }
    RequestTracker *tracker() const { return m_tracker; }

public slots:
    void setPresets(const QStringList &names);
    void setNotificationsEnabled(bool enabled);
    // Keeps the tray's pause entry right when the window pauses the queue itself.
    void setPaused(bool paused);
    void showWindow();
    void toggleWindow();
    // Quit from the tray menu or a Quit action: asks when work is queued, then quits.
    void quit();

signals:
    void presetRequested(const QString &name);
    void requestActivated(qint64 requestId);   // a notification was clicked: show this request
    void pausedChanged(bool paused);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool askQuitWithQueuedWork() const;
    void applyTrayActive(bool active);

    QPointer<QWidget> m_window;
    PurgeQueue &m_queue;
    TrayIcon *m_tray;
    RequestTracker *m_tracker;
    DBusNotifications *m_dbus;
    Notifier *m_notifier;
    std::function<bool()> m_confirmQuit;
};
