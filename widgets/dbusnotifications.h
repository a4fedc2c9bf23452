#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>

class QDBusMessage;

// Desktop notifications through org.freedesktop.Notifications (the Desktop Notifications
// Specification), with QtDBus only. QSystemTrayIcon::showMessage cannot be used for this on
// Linux: it reaches the notification daemon only when Qt talks to a StatusNotifierItem host, and
// does nothing at all without a tray (see TOOLCHAIN.md section 6).
//
// Every notification carries a caller's tag (Purgeline uses the request id); clicks come back as
// activated(tag). The bus is a constructor argument so tests can use a private bus with a fake
// daemon. Calls are asynchronous: a blocking call would freeze the window while the bus starts
// an activatable daemon.
class DBusNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DBusNotifications)
public:
    static QString serviceName();   // org.freedesktop.Notifications
    static QString objectPath();    // /org/freedesktop/Notifications
    static QString interfaceName(); // org.freedesktop.Notifications

    explicit DBusNotifications(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    // A daemon runs now or the bus can start one on demand.
    bool isAvailable() const;

    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };
    struct Message
    {
        QString appName;
        QString summary;
        QString body;
        QString iconName;   // an icon-theme name, e.g. "dialog-information"
        QString actionLabel;   // label of the "default" action; the click on the bubble itself
        Urgency urgency = Urgency::Normal;
        int timeoutMs = -1;    // -1: the daemon's default
    };
    // The Notify method call exactly as it goes on the bus.
    static QDBusMessage notifyCall(const Message &message);

    void notify(const Message &message, qint64 tag);
    int pendingCount() const { return m_tags.size() + m_waiting; }

signals:
    void sent(qint64 tag, uint notificationId);
    void failed(qint64 tag, const QString &error);
    void activated(qint64 tag);
    void closed(qint64 tag, uint reason);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<uint, qint64> m_tags;   // daemon's notification id -> caller's tag
    int m_waiting = 0;
    bool m_connected = false;
};
