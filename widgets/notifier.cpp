#include "notifier.h"

#include "dbusnotifications.h"
#include "purgewords.h"
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
        body += QLatin1Char('\n') +
                tr("Request %1 on %2").arg(outcome.requestId).arg(outcome.sources.join(tr(", ")));
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
    return send(titleFor(outcome), bodyFor(outcome), outcome.failed > 0, outcome.requestId);
}

QString Notifier::approvalTitleFor(const RequestRecord &first, int count, bool askedByMe)
{
    if (count > 1)
        return tr("%n request(s) await approval", nullptr, count);
    return askedByMe ? tr("Your request %1 awaits another person's approval").arg(first.id)
                     : tr("Request %1 awaits approval").arg(first.id);
}

QString Notifier::approvalBodyFor(const RequestRecord &first, int count)
{
    const QString who = first.person.isEmpty() ? first.user : first.person;
    QString body =
        tr("%1 asks: %2 on %3")
            .arg(who, PurgeWords::actionAndMatch(first.action, first.match), first.sources.join(tr(", ")));
    if (count > 1)
        body = tr("Request %1: %2").arg(first.id).arg(body);
    if (!first.reason.isEmpty())
        body += QLatin1Char('\n') + tr("Reason: %1").arg(first.reason);
    return body;
}

Notifier::Route Notifier::notifyAwaitingApproval(const RequestRecord &first, int count, bool askedByMe)
{
    return send(approvalTitleFor(first, count, askedByMe), approvalBodyFor(first, count), false, first.id);
}

Notifier::Route Notifier::send(const QString &title, const QString &body, bool warning, qint64 requestId)
{
    if (!m_enabled)
        return Route::None;
    const Route via = route();
    switch (via) {
    case Route::DBus: {
        DBusNotifications::Message message;
        message.appName = QCoreApplication::applicationName();
        if (message.appName.isEmpty())
            message.appName = QStringLiteral("Purgeline");
        message.summary = title;
        message.body = body;
        message.iconName = warning ? QStringLiteral("dialog-warning") : QStringLiteral("dialog-information");
        message.actionLabel = tr("Show Request");
        m_dbus->notify(message, requestId);
        break;
    }
    case Route::TrayBalloon:
        m_balloonRequest = requestId;
        m_tray->showMessage(title, body, warning);
        break;
    case Route::None:
        break;
    }
    return via;
}
