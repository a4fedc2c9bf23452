#include "notifier.h"

#include "dbusnotifications.h"
#include "trayicon.h"

#include <QCoreApplication>

Notifier::Notifier(DBusNotifications *dbus, TrayIcon *tray, QObject *parent)
    : QObject(parent), m_dbus(dbus), m_tray(tray)
{
    if (m_dbus)
        connect(m_dbus, &DBusNotifications::activated, this, &Notifier::requestActivated);
    if (m_tray) {
        connect(m_tray, &TrayIcon::messageClicked, this, [this] {
            if (m_balloonRequest)
                emit requestActivated(m_balloonRequest);
        });
    }
}

QString Notifier::titleFor(const RequestOutcome &outcome)
{
    return outcome.failed > 0 ? tr("Purge finished with failures") : tr("Purge finished");
}

QString Notifier::bodyFor(const RequestOutcome &outcome)
{
    QStringList parts;
    if (outcome.failed > 0)
        parts << tr("%n failed", nullptr, outcome.failed);
    if (outcome.succeeded > 0 || outcome.failed == 0)
        parts << tr("%n succeeded", nullptr, outcome.succeeded);
    if (outcome.cancelled > 0)
        parts << tr("%n cancelled", nullptr, outcome.cancelled);
    QString body = parts.join(tr(", ", "joins the counts of a finished purge"));
    if (!outcome.sources.isEmpty())
        body += QLatin1Char('\n') + tr("Request %1 on %2").arg(outcome.requestId).arg(outcome.sources.join(tr(", ")));
    return body;
}

Notifier::Route Notifier::route() const
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (m_dbus && m_dbus->isAvailable())
        return Route::DBus;
#endif
    // The balloon needs a tray to hang from; without one showMessage() silently does nothing.
    if (m_tray && m_tray->isActive())
        return Route::TrayBalloon;
    return Route::None;
}

Notifier::Route Notifier::notifyFinished(const RequestOutcome &outcome)
{
    if (!m_enabled)
        return Route::None;
    const Route via = route();
    const QString title = titleFor(outcome);
    const QString body = bodyFor(outcome);
    switch (via) {
    case Route::DBus: {
        DBusNotifications::Message message;
        message.appName = QCoreApplication::applicationName();
        if (message.appName.isEmpty())
            message.appName = QStringLiteral("Purgeline");
        message.summary = title;
        message.body = body;
        message.iconName = outcome.failed > 0 ? QStringLiteral("dialog-warning") : QStringLiteral("dialog-information");
        message.actionLabel = tr("Show Request");
        m_dbus->notify(message, outcome.requestId);
        break;
    }
    case Route::TrayBalloon:
        m_balloonRequest = outcome.requestId;
        m_tray->showMessage(title, body, outcome.failed > 0);
        break;
    case Route::None:
        break;
    }
    return via;
}
