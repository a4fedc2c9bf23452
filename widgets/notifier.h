#pragma once

#include "core/transactionrecord.h"
#include "requesttracker.h"

#include <QObject>
#include <QPointer>

class DBusNotifications;
class TrayIcon;

// Tells the user that a request has finished. On Linux through the desktop's notification
// daemon (DBusNotifications); where there is none, through the tray icon's balloon; with
// neither, not at all. A click on either brings back the request id via requestActivated().
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)
public:
    enum class Route { None, DBus, TrayBalloon };

    // Either may be null. Neither is owned.
    Notifier(DBusNotifications *dbus, TrayIcon *tray, QObject *parent = nullptr);

    static QString titleFor(const RequestOutcome &outcome);
    static QString bodyFor(const RequestOutcome &outcome);
    // For requests awaiting a second person's approval: the first of them, and how many there are.
    static QString approvalTitleFor(const RequestRecord &first, int count, bool askedByMe);
    static QString approvalBodyFor(const RequestRecord &first, int count);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Where a notification would go now.
    Route route() const;

public slots:
    Route notifyFinished(const RequestOutcome &outcome);
    // A click shows the first request.
    Route notifyAwaitingApproval(const RequestRecord &first, int count, bool askedByMe);

signals:
    void requestActivated(qint64 requestId);

private:
    Route send(const QString &title, const QString &body, bool warning, qint64 requestId);

    QPointer<DBusNotifications> m_dbus;
    QPointer<TrayIcon> m_tray;
    qint64 m_balloonRequest = 0; // the balloon shows one message at a time
    bool m_enabled = true;
};
