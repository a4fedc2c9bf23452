#pragma once

#include "appsettings.h"

#include <QMainWindow>
#include <memory>

class ComposerPanel;
class Database;
class DatabaseBanner;
struct DatabaseFault;
class DesktopIntegration;
class HistoryPanel;
class PresetsPanel;
class PurgeService;
class QActionGroup;
class QElapsedTimer;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class SecretStore;
class SourcesPanel;
class TransactionFeed;
class TransactionTableModel;
class TransactionsPanel;
class WelcomePage;

// The window: sources and presets on the left; the composer above the transactions, and the
// history, on the right. It owns the engine for this process (the queue runs here while the
// window is open) and follows what command-line runs write to the same profile.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Database &db, SecretStore &secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the profile named by the arguments and runs the window; returns the exit status.
    // With PURGELINE_REPORT_FIRST_PAINT set, prints the time from `startup` to the first paint
    // on stderr and quits (bench/gui.sh).
    static int runApplication(const QStringList &arguments, const QElapsedTimer &startup);

    PurgeService &service() { return *m_service; }
    ComposerPanel *composer() const { return m_composer; }
    TransactionsPanel *transactions() const { return m_transactions; }
    DatabaseBanner *databaseBanner() const { return m_banner; }
    SourcesPanel *sources() const { return m_sources; }
    PresetsPanel *presets() const { return m_presets; }
    HistoryPanel *history() const { return m_history; }
    WelcomePage *welcomePage() const { return m_welcome; }
    // True while the profile has no source and the welcome page stands in for the panels.
    bool showsFirstRun() const;
    // The actions that change the queue (purge, retry, cancel, pause): off while the profile
    // cannot be written.
    QActionGroup *queueActions() const { return m_queueActions; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateFirstRun();
    void runPreset(const QString &name);
    void applyPreferences(const AppSettings::Preferences &preferences);
    AppSettings::Preferences preferences() const; // the window's and the profile's queue settings
    void showSettings();
    void restoreLayout();
    void saveLayout();
    // Shows the banner and turns the queue's controls off while the database cannot be written;
    // the queue waits (paused) until it can, then picks up where it was.
    void showDatabaseFault(const DatabaseFault &fault);
    void applyQueuePause();

    Database &m_db;
    AppSettings m_settings;
    std::unique_ptr<PurgeService> m_service;
    TransactionTableModel *m_model;
    TransactionFeed *m_feed;
    SourcesPanel *m_sources;
    PresetsPanel *m_presets;
    ComposerPanel *m_composer;
    TransactionsPanel *m_transactions;
    HistoryPanel *m_history;
    QTabWidget *m_tabs;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QSplitter *m_sideSplitter;
    QSplitter *m_mainSplitter;
    QSplitter *m_purgeSplitter;
    DesktopIntegration *m_desktop = nullptr;
    DatabaseBanner *m_banner;
    QActionGroup *m_queueActions;
    QTimer *m_databaseRecheck;
    bool m_pausedByUser = false;
};
