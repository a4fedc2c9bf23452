#pragma once

#include <QIcon>
#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

enum class TrayState { Idle, Working, Failed };

// The notification-area icon: shows whether work is running or the last request failed, and
// offers presets, show/hide, pause/resume and quit. It only asks for things through signals; the
// window decides what they do.
//
// The tray host may start after us at login (and GNOME has none without an extension), so
// start() keeps probing for a while (the KeePassXC MainWindow::updateTrayIcon pattern) and
// reports through activeChanged() whether the icon is really visible.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static QIcon iconFor(TrayState state);
    static QString toolTipFor(TrayState state);

    // Shows the icon when a tray is there, else retries `attempts` times, `intervalMs` apart.
    void start(int attempts = 10, int intervalMs = 3000);
    // The icon is shown in a real tray; only then may the window hide into it.
    bool isActive() const { return m_active; }
    TrayState state() const { return m_state; }
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }

    // The tray's own balloon, for platforms without org.freedesktop.Notifications.
    void showMessage(const QString &title, const QString &body, bool warning, int timeoutMs = 10000);

public slots:
    void setState(TrayState state);
    void setPresets(const QStringList &names);
    void setPaused(bool paused);
    // Updates the wording of the show/hide entry.
    void setWindowVisible(bool visible);

signals:
    void presetRequested(const QString &name);
    void toggleWindowRequested();
    void pauseRequested(bool paused);
    void quitRequested();
    void messageClicked();
    void activeChanged(bool active);

private:
    void probe();
    void rebuildMenu();

    QSystemTrayIcon *m_tray;
    QMenu *m_menu = nullptr;   // owned; a QMenu cannot have a QObject parent
    QTimer *m_probeTimer;
    QAction *m_toggleWindowAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QStringList m_presets;
    TrayState m_state = TrayState::Idle;
    int m_probesLeft = 0;
    bool m_active = false;
    bool m_paused = false;
    bool m_windowVisible = true;
};
