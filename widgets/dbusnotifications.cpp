#include "dbusnotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QVariantMap>

QString DBusNotifications::serviceName()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

QString DBusNotifications::objectPath()
{
    return QStringLiteral("/org/freedesktop/Notifications");
}

QString DBusNotifications::interfaceName()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

DBusNotifications::DBusNotifications(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    // Signals are matched on the well-known name, so a daemon that starts (or restarts) later
    // is still heard.
    m_connected = m_bus.connect(serviceName(), objectPath(), interfaceName(), QStringLiteral("ActionInvoked"), this,
                                SLOT(onActionInvoked(uint, QString)))
                  && m_bus.connect(serviceName(), objectPath(), interfaceName(), QStringLiteral("NotificationClosed"),
                                   this, SLOT(onNotificationClosed(uint, uint)));
}

bool DBusNotifications::isAvailable() const
{
    if (!m_connected)
        return false;
    QDBusConnectionInterface *bus = m_bus.interface();
    if (!bus)
        return false;
    if (bus->isServiceRegistered(serviceName()).value())
        return true;
    // Installed daemons such as xfce4-notifyd are D-Bus activatable: not running yet, but the
    // first Notify starts them.
    return bus->activatableServiceNames().value().contains(serviceName());
}

QDBusMessage DBusNotifications::notifyCall(const Message &message)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(serviceName(), objectPath(), interfaceName(), QStringLiteral("Notify"));
    QStringList actions;
    if (!message.actionLabel.isEmpty())
        actions << QStringLiteral("default") << message.actionLabel;
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(message.urgency)));   // D-Bus type "y"
    // The desktop entry the notification belongs to (main() sets it to the application id).
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    // Signature susssasa{sv}i, in the order of the specification.
    call << message.appName << uint(0) << message.iconName << message.summary << message.body << actions << hints
         << qint32(message.timeoutMs);
    return call;
}

void DBusNotifications::notify(const Message &message, qint64 tag)
{
    if (!m_bus.isConnected()) {
        emit failed(tag, tr("no D-Bus session bus"));
        return;
    }
    ++m_waiting;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(notifyCall(message)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, tag] {
        watcher->deleteLater();
        --m_waiting;
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            emit failed(tag, reply.error().message());
            return;
        }
        m_tags.insert(reply.value(), tag);
        emit sent(tag, reply.value());
    });
}

void DBusNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    // Other programs' notifications are announced on the same signal; only ours are in m_tags.
    const auto it = m_tags.constFind(id);
    if (it == m_tags.cend() || actionKey != QLatin1String("default"))
        return;
    emit activated(it.value());
}

void DBusNotifications::onNotificationClosed(uint id, uint reason)
{
    const auto it = m_tags.constFind(id);
    if (it == m_tags.cend())
        return;
    const qint64 tag = it.value();
    m_tags.erase(it);
    emit closed(tag, reason);
}
