#include "desktopintegration.h"

#include "dbusnotifications.h"
#include "notifier.h"
#include "queue/purgequeue.h"
#include "requesttracker.h"
#include "trayicon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QWidget>

CloseAction decideCloseAction(bool trayActive, bool workQueued, const std::function<bool()> &confirmQuit)
{
    if (trayActive)
        return CloseAction::HideToTray;
    if (!workQueued)
        return CloseAction::Quit;
    return confirmQuit && confirmQuit() ? CloseAction::Quit : CloseAction::KeepOpen;
}

DesktopIntegration::DesktopIntegration(QWidget *window, PurgeQueue &queue, DBusNotifications *dbus, QObject *parent)
    : QObject(parent),
      m_window(window),
      m_queue(queue),
      m_tray(new TrayIcon(this)),
      m_tracker(new RequestTracker(this)),
      m_dbus(dbus ? dbus : new DBusNotifications(QDBusConnection::sessionBus(), this)),
      m_notifier(new Notifier(m_dbus, m_tray, this))
{
    m_confirmQuit = [this] { return askQuitWithQueuedWork(); };

    connect(&m_queue, &PurgeQueue::transactionAdded, m_tracker, &RequestTracker::update);
    connect(&m_queue, &PurgeQueue::transactionChanged, m_tracker, &RequestTracker::update);
    connect(m_tracker, &RequestTracker::stateChanged, m_tray, &TrayIcon::setState);
    connect(m_tracker, &RequestTracker::requestFinished, m_notifier, &Notifier::notifyFinished);

    connect(m_tray, &TrayIcon::presetRequested, this, &DesktopIntegration::presetRequested);
    connect(m_tray, &TrayIcon::toggleWindowRequested, this, &DesktopIntegration::toggleWindow);
    connect(m_tray, &TrayIcon::quitRequested, this, &DesktopIntegration::quit);
    connect(m_tray, &TrayIcon::pauseRequested, this, [this](bool paused) {
        m_queue.setPaused(paused);
        m_tray->setPaused(paused);
        emit pausedChanged(paused);
    });
    connect(m_tray, &TrayIcon::activeChanged, this, &DesktopIntegration::applyTrayActive);
    connect(m_notifier, &Notifier::requestActivated, this, [this](qint64 requestId) {
        showWindow();
        emit requestActivated(requestId);
    });

    m_tray->setPaused(m_queue.isPaused());
    if (m_window) {
        m_window->installEventFilter(this);
        m_tray->setWindowVisible(m_window->isVisible());
    }
    applyTrayActive(false);
}

void DesktopIntegration::start(bool startHidden, int trayAttempts, int trayIntervalMs)
{
    m_tray->start(trayAttempts, trayIntervalMs);
    // Never start hidden without a tray to come back from: the program would be unreachable.
    if (m_window && !(startHidden && m_tray->isActive()))
        m_window->show();
}

void DesktopIntegration::applyTrayActive(bool active)
{
    // With a tray, closing the last window must not end the program (KeePassXC does the same).
    QApplication::setQuitOnLastWindowClosed(!active);
}

bool DesktopIntegration::isWorkQueued() const
{
    return m_tracker->hasOpenWork() || !m_queue.allFinal();
}

bool DesktopIntegration::askQuitWithQueuedWork() const
{
    const int open = qMax(m_tracker->openCount(), 1);
    const auto answer = QMessageBox::question(
        m_window, tr("Quit Purgeline?"),
        tr("%n purge request(s) are still queued or running. They stay saved in the profile and continue "
           "the next time Purgeline runs.\n\nQuit now?",
           nullptr, open),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void DesktopIntegration::handleCloseEvent(QCloseEvent *event)
{
    switch (decideCloseAction(m_tray->isActive(), isWorkQueued(), m_confirmQuit)) {
    case CloseAction::HideToTray:
        event->ignore();
        if (m_window)
            m_window->hide();
        return;
    case CloseAction::Quit:
        event->accept();
        // Closing the window only ends the program when it is the last one; make sure.
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return;
    case CloseAction::KeepOpen:
        event->ignore();
        return;
    }
}

void DesktopIntegration::quit()
{
    // From the tray the window may be hidden; the question must still be asked.
    if (decideCloseAction(false, isWorkQueued(), m_confirmQuit) == CloseAction::Quit)
        QCoreApplication::quit();
}

void DesktopIntegration::setPresets(const QStringList &names)
{
    m_tray->setPresets(names);
}

void DesktopIntegration::setNotificationsEnabled(bool enabled)
{
    m_notifier->setEnabled(enabled);
}

void DesktopIntegration::setPaused(bool paused)
{
    m_tray->setPaused(paused);
}

void DesktopIntegration::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void DesktopIntegration::toggleWindow()
{
    if (!m_window)
        return;
    // Hiding is only safe with the tray there to bring the window back.
    if (m_window->isVisible() && !m_window->isMinimized() && m_tray->isActive())
        m_window->hide();
    else
        showWindow();
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        m_tray->setWindowVisible(event->type() == QEvent::Show);
    return QObject::eventFilter(watched, event);
}
