#include "trayicon.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {

QString resourcePath(TrayState state)
{
    switch (state) {
    case TrayState::Idle:
        return QStringLiteral(":/icons/tray-idle.svg");
    case TrayState::Working:
        return QStringLiteral(":/icons/tray-working.svg");
    case TrayState::Failed:
        return QStringLiteral(":/icons/tray-failed.svg");
    }
    return {};
}

// Used only when the resources are not linked in (a test binary, say): a tray icon without a
// picture is invisible and Qt warns about it.
QString themeFallback(TrayState state)
{
    switch (state) {
    case TrayState::Idle:
        return QStringLiteral("edit-clear");
    case TrayState::Working:
        return QStringLiteral("view-refresh");
    case TrayState::Failed:
        return QStringLiteral("dialog-error");
    }
    return {};
}

} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent), m_tray(new QSystemTrayIcon(this)), m_probeTimer(new QTimer(this))
{
    m_tray->setIcon(iconFor(m_state));
    m_tray->setToolTip(toolTipFor(m_state));
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &TrayIcon::probe);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        // A left click toggles the window, as in most tray programs; the menu covers the rest.
        if (reason == QSystemTrayIcon::Trigger)
            emit toggleWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
    rebuildMenu();
}

TrayIcon::~TrayIcon()
{
    m_tray->setContextMenu(nullptr);
    delete m_menu;
}

QIcon TrayIcon::iconFor(TrayState state)
{
    const QString path = resourcePath(state);
    if (QFile::exists(path))
        return QIcon(path);
    return QIcon::fromTheme(themeFallback(state));
}

QString TrayIcon::toolTipFor(TrayState state)
{
    switch (state) {
    case TrayState::Idle:
        return tr("Purgeline: idle");
    case TrayState::Working:
        return tr("Purgeline: purging…");
    case TrayState::Failed:
        return tr("Purgeline: the last request had failures");
    }
    return {};
}

void TrayIcon::start(int attempts, int intervalMs)
{
    m_probesLeft = qMax(0, attempts);
    m_probeTimer->setInterval(qMax(0, intervalMs));
    probe();
}

void TrayIcon::probe()
{
    const bool available = QSystemTrayIcon::isSystemTrayAvailable();
    if (available) {
        m_tray->show();
    } else if (m_probesLeft > 0) {
        --m_probesLeft;
        m_probeTimer->start();
    }
    const bool active = available && m_tray->isVisible();
    if (active != m_active) {
        m_active = active;
        emit activeChanged(active);
    }
}

void TrayIcon::showMessage(const QString &title, const QString &body, bool warning, int timeoutMs)
{
    m_tray->showMessage(title, body, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, timeoutMs);
}

void TrayIcon::setState(TrayState state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_tray->setIcon(iconFor(state));
    m_tray->setToolTip(toolTipFor(state));
}

void TrayIcon::setPresets(const QStringList &names)
{
    if (names == m_presets)
        return;
    m_presets = names;
    rebuildMenu();
}

void TrayIcon::setPaused(bool paused)
{
    m_paused = paused;
    m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("&Resume Queue") : tr("&Pause Queue"));
}

void TrayIcon::setWindowVisible(bool visible)
{
    m_windowVisible = visible;
    m_toggleWindowAction->setText(visible ? tr("&Hide Window") : tr("&Show Window"));
}

void TrayIcon::rebuildMenu()
{
    auto *menu = new QMenu;
    menu->setAccessibleName(tr("Purgeline tray menu"));
    if (m_presets.isEmpty()) {
        QAction *none = menu->addAction(tr("No presets saved"));
        none->setEnabled(false);
    } else {
        menu->addSection(tr("Run Preset"));
        for (const QString &name : std::as_const(m_presets)) {
            // A literal "&" in a preset name must not become a mnemonic.
            QString label = name;
            label.replace(QLatin1Char('&'), QStringLiteral("&&"));
            QAction *action = menu->addAction(label);
            action->setData(name);
            connect(action, &QAction::triggered, this, [this, name] { emit presetRequested(name); });
        }
    }
    menu->addSeparator();
    m_toggleWindowAction = menu->addAction(QString());
    connect(m_toggleWindowAction, &QAction::triggered, this, &TrayIcon::toggleWindowRequested);
    m_pauseAction = menu->addAction(QString());
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::triggered, this, [this](bool checked) { emit pauseRequested(checked); });
    menu->addSeparator();
    QAction *quit = menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit Purgeline"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    setWindowVisible(m_windowVisible);
    setPaused(m_paused);

    // Hand the new menu over before the old one goes: deleting the menu the tray still uses
    // crashes under GNOME's AppIndicator (qBittorrent and KeePassXC both do it in this order).
    QMenu *old = m_menu;
    m_menu = menu;
    m_tray->setContextMenu(menu);
    if (old)
        old->deleteLater();
}
