#include "mainwindow.h"
#include "readingorder.h"

#include "approvalwatcher.h"
#include "cli/commandline.h"
#include "composerpanel.h"
#include "credentials/sessionsecretstore.h"
#include "databasebanner.h"
#include "desktopintegration.h"
#include "historypanel.h"
#include "notifier.h"
#include "presetspanel.h"
#include "queue/purgeservice.h"
#include "queue/verifier.h"
#include "settingsdialog.h"
#include "sourcespanel.h"
#include "storage/database.h"
#include "transactionfeed.h"
#include "transactionspanel.h"
#include "transactiontablemodel.h"
#include "transactionview.h"
#include "welcomepage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>
#include <cstdio>

namespace {
// How long the window waits for another process's write lock when it looks (at start and on
// "Try again"): it runs on the window's thread, so briefly; a command-line run holds it only
// while it commits.
constexpr int kStartCheckWaitMs = 2000;
constexpr int kRetryCheckWaitMs = 1000;
// How often a database that cannot be written is looked at again, without waiting.
constexpr int kRecheckIntervalMs = 5000;
} // namespace

MainWindow::MainWindow(Database &db, SecretStore &secrets, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_settings(db.profileDir()),
      m_service(std::make_unique<PurgeService>(db, &secrets)), m_model(new TransactionTableModel(this)),
      m_feed(new TransactionFeed(m_model, this)), m_banner(new DatabaseBanner(this)),
      m_queueActions(new QActionGroup(this)), m_databaseRecheck(new QTimer(this))
{
    m_queueActions->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    setWindowTitle(tr("Purgeline"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/purgeline.svg")));

    m_sources = new SourcesPanel(*m_service, this);
    m_presets = new PresetsPanel(m_service->presets(), this);
    m_composer = new ComposerPanel(*m_service, this);
    m_transactions = new TransactionsPanel(*m_service, m_model, this);
    m_history = new HistoryPanel(*m_service, this);

    m_sideSplitter = new QSplitter(Qt::Vertical, this);
    m_sideSplitter->addWidget(m_sources);
    m_sideSplitter->addWidget(m_presets);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);

    m_purgeSplitter = new QSplitter(Qt::Vertical, this);
    m_purgeSplitter->addWidget(m_composer);
    m_purgeSplitter->addWidget(m_transactions);
    m_purgeSplitter->setStretchFactor(0, 2);
    m_purgeSplitter->setStretchFactor(1, 3);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_purgeSplitter, tr("&Purge", "the tab where purges are composed and followed"));
    m_tabs->addTab(m_history, tr("&History"));

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(4);
    // The first run: until the profile has a source, the welcome page stands in for the panels.
    m_welcome = new WelcomePage(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_mainSplitter);
    m_pages->addWidget(m_welcome);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    ReadingOrder::keep(this);
    connect(m_welcome, &WelcomePage::addSourceRequested, m_sources, &SourcesPanel::addSource);

    // Panels talk to each other through the window only.
    const auto sourcesChanged = [this] {
        m_composer->reloadSources();
        m_composer->updateNextStep();
        m_transactions->reloadSources();
        m_history->reloadSources();
        updateFirstRun();
    };
    connect(m_sources, &SourcesPanel::sourcesChanged, this, sourcesChanged);
    connect(m_composer, &ComposerPanel::presetSaved, m_presets, &PresetsPanel::reload);
    connect(m_composer, &ComposerPanel::submitted, this,
            [this](qint64 requestId, const QList<TransactionRecord> &ts) {
                statusBar()->showMessage(
                    tr("Request %1 queued: %n transaction(s)", nullptr, int(ts.size())).arg(requestId), 5000);
                if (!ts.isEmpty())
                    m_transactions->selectTransaction(ts.first().id);
            });
    connect(m_composer, &ComposerPanel::chosenSourcesChanged, this,
            [this](const QStringList &names) { m_settings.setLastSources(names); });
    connect(m_presets, &PresetsPanel::runRequested, this, &MainWindow::runPreset);
    connect(m_presets, &PresetsPanel::editRequested, this,
            [this](const QString &, const PurgeOptions &options) {
                m_tabs->setCurrentWidget(m_purgeSplitter);
                m_composer->loadOptions(options);
            });
    for (auto *panel : {static_cast<QObject *>(m_transactions), static_cast<QObject *>(m_history)})
        connect(panel, SIGNAL(statusMessage(QString)), statusBar(), SLOT(showMessage(QString)));
    connect(m_history, &HistoryPanel::requestSubmitted, this,
            [this] { m_tabs->setCurrentWidget(m_purgeSplitter); });
    // Any purge (from here, a preset, the tray or a command-line run) ends the composer's hint.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_composer, &ComposerPanel::updateNextStep);

    buildMenus();
    updateFirstRun();
    // Queue settings chosen before they moved into the profile's database come along once.
    if (const auto legacy = m_settings.legacyQueueSettings(); legacy && !m_service->hasStoredQueueSettings())
        m_service->setQueueSettings(*legacy);
    applyPreferences(preferences());
    restoreLayout();
    m_composer->setChosenSources(m_settings.lastSources());

    // Made before the history loads, so requests already awaiting approval are told of too.
    auto *approvals = new ApprovalWatcher(m_model, this);
    m_feed->watchQueue(&m_service->queue());
    // On a shared profile the other processes say when they write (LISTEN/NOTIFY): the window
    // reads what changed then, and looks on its own only now and then.
    if (m_service->isSharedProfile()) {
        m_feed->watchStore(&m_service->transactions(), 15000);
        connect(&m_db, &Database::queueChangedElsewhere, m_feed, &TransactionFeed::pollSoon);
    } else {
        m_feed->watchStore(&m_service->transactions());
    }
    m_feed->watchVerifier(&m_service->verifier(), &m_service->transactions());
    for (QAction *action : {m_transactions->retrySelectedAction(), m_transactions->retryFailedAction(),
                            m_transactions->cancelSelectedAction(), m_transactions->cancelPendingAction()})
        m_queueActions->addAction(action);
    connect(&m_db, &Database::faultChanged, this, &MainWindow::showDatabaseFault);
    connect(m_banner, &DatabaseBanner::retryRequested, this,
            [this] { m_db.checkWritable(kRetryCheckWaitMs); });
    connect(m_databaseRecheck, &QTimer::timeout, this, [this] { m_db.checkWritable(0); });
    m_databaseRecheck->setInterval(kRecheckIntervalMs);
    if (!m_db.fault().isFault())
        m_db.checkWritable(kStartCheckWaitMs);
    showDatabaseFault(m_db.fault());
    // Work no live process owns (a crashed run, a command-line run without --wait) is
    // finished here; checked again now and then, since such work can appear at any time.
    // (showDatabaseFault adopts it as soon as the database can be written.)
    auto *adopt = new QTimer(this);
    connect(adopt, &QTimer::timeout, this, [this, sourcesChanged] {
        if (!m_db.fault().isFault())
            m_service->adoptOrphanedWork();
        // A source added from a terminal ends the first run too.
        if (m_pages->currentWidget() == m_welcome && !m_service->sources().list().isEmpty()) {
            m_sources->reload();
            sourcesChanged();
        }
    });
    adopt->start(30000);
    // On a shared profile this window is one of the team's workers: it claims its portion of
    // the queue as it comes due (and showDatabaseFault's adoption claims the same way).
    if (m_service->isSharedProfile())
        m_service->setClaiming(true);

    m_desktop = new DesktopIntegration(this, m_service->queue(), nullptr, this);
    connect(m_desktop, &DesktopIntegration::presetRequested, this, &MainWindow::runPreset);
    connect(m_desktop, &DesktopIntegration::requestActivated, this, [this](qint64 requestId) {
        const auto ts = m_service->transactions().byRequest(requestId);
        m_tabs->setCurrentWidget(m_purgeSplitter);
        if (!ts.isEmpty())
            m_transactions->selectTransaction(ts.first().id);
    });
    connect(approvals, &ApprovalWatcher::requestsAwaitApproval, this, [this](const QList<qint64> &ids) {
        const std::optional<RequestRecord> first = m_service->transactions().request(ids.first());
        if (first)
            m_desktop->notifier()->notifyAwaitingApproval(*first, int(ids.size()),
                                                          first->user == m_service->requester().login);
    });
    const auto presetNames = [this] {
        QStringList names;
        for (const PresetRecord &preset : m_service->presets().list())
            names << preset.name;
        m_desktop->setPresets(names);
    };
    connect(m_presets, &PresetsPanel::presetsChanged, this, presetNames);
    connect(m_composer, &ComposerPanel::presetSaved, this, presetNames);
    presetNames();
    m_desktop->setNotificationsEnabled(m_settings.preferences().notifications);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_sources->addSourceAction());
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] {
        if (m_desktop)
            m_desktop->quit();
        else
            qApp->quit();
    });

    QMenu *purge = menuBar()->addMenu(tr("&Purge", "the menu of purge commands"));
    m_queueActions->addAction(purge->addAction(tr("&Purge now"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                               m_composer, &ComposerPanel::purge));
    purge->addAction(tr("Pre&view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), m_composer,
                     &ComposerPanel::preview);
    m_queueActions->addAction(purge->addAction(tr("From &git…"), QKeySequence(Qt::CTRL | Qt::Key_G),
                                               m_composer, &ComposerPanel::openGitChanges));
    m_queueActions->addAction(purge->addAction(tr("Save as p&reset…"), QKeySequence(Qt::CTRL | Qt::Key_S),
                                               m_composer, &ComposerPanel::savePreset));
    purge->addSeparator();
    m_queueActions->addAction(
        purge->addAction(tr("Retry all &failed"), m_transactions, &TransactionsPanel::retryAllFailed));
    m_queueActions->addAction(
        purge->addAction(tr("&Cancel all pending"), m_transactions, &TransactionsPanel::cancelAllPending));
    QAction *pause = purge->addAction(tr("P&ause queue"));
    pause->setCheckable(true);
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Pause));
    m_queueActions->addAction(pause);
    connect(pause, &QAction::toggled, this, [this](bool paused) {
        m_pausedByUser = paused;
        applyQueuePause();
        if (m_desktop)
            m_desktop->setPaused(paused);
        statusBar()->showMessage(paused ? tr("Queue paused: nothing new is sent") : tr("Queue running"),
                                 5000);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Purge", "View menu: shows the Purge tab"), QKeySequence(Qt::ALT | Qt::Key_1), this,
                    [this] { m_tabs->setCurrentIndex(0); });
    view->addAction(tr("&History"), QKeySequence(Qt::ALT | Qt::Key_2), this,
                    [this] { m_tabs->setCurrentIndex(1); });
    view->addAction(tr("&Find transaction"), QKeySequence::Find, m_transactions,
                    &TransactionsPanel::focusFilter);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Purgeline"), this, [this] {
        QMessageBox::about(
            this, tr("About Purgeline"),
            tr("<b>Purgeline %1</b><p>Purges caches: CDNs, HTTP caches and page-cache directories, "
               "as recorded, paced and retried transactions.</p><p>Profile: %2</p>")
                .arg(QCoreApplication::applicationVersion(),
                     m_settings.fileName().section(QLatin1Char('/'), 0, -2)));
    });
}

bool MainWindow::showsFirstRun() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::updateFirstRun()
{
    const bool firstRun = m_service->sources().list().isEmpty();
    m_pages->setCurrentWidget(firstRun ? static_cast<QWidget *>(m_welcome) : m_mainSplitter);
    if (firstRun)
        m_welcome->addSourceButton()->setFocus();
}

void MainWindow::showDatabaseFault(const DatabaseFault &fault)
{
    m_banner->showFault(fault);
    const bool writable = !fault.isFault();
    // Everything that would record something; the tables and the history stay readable.
    for (QWidget *panel : {static_cast<QWidget *>(m_composer), static_cast<QWidget *>(m_presets),
                           static_cast<QWidget *>(m_sources), static_cast<QWidget *>(m_welcome)})
        panel->setEnabled(writable);
    m_queueActions->setEnabled(writable);
    applyQueuePause();
    if (writable) {
        m_databaseRecheck->stop();
        m_service->adoptOrphanedWork();
    } else if (fault.kind != DatabaseFault::Kind::Damaged) {
        m_databaseRecheck->start();
    }
}

void MainWindow::applyQueuePause()
{
    // A queue that cannot record sends nothing; paused, it does not even try every second.
    m_service->queue().setPaused(m_pausedByUser || m_db.fault().isFault());
}

void MainWindow::runPreset(const QString &name)
{
    const auto preset = m_service->presets().find(name);
    if (!preset)
        return;
    const PurgeService::Submitted submitted =
        m_service->submit(PurgeOptions::fromJson(preset->definition), QStringLiteral("preset ") + name);
    if (!submitted.error.isEmpty()) {
        QMessageBox::warning(this, tr("Preset \"%1\"").arg(name), submitted.error);
        return;
    }
    QStringList covered;
    for (const AlreadyQueued &item : submitted.alreadyQueued)
        covered << item.text();
    const QString queued = submitted.whollyFolded()
                               ? tr("Preset \"%1\": nothing queued").arg(name)
                               : tr("Preset \"%1\": request %2 queued").arg(name).arg(submitted.requestId);
    statusBar()->showMessage(
        covered.isEmpty() ? queued : queued + QLatin1String("; ") + covered.join(QLatin1String("; ")), 5000);
    if (!submitted.transactions.isEmpty())
        m_transactions->selectTransaction(submitted.transactions.first().id);
}

AppSettings::Preferences MainWindow::preferences() const
{
    AppSettings::Preferences p = m_settings.preferences();
    p.queue = m_service->queueSettings();
    p.displayName = Requester::savedName(m_db.profileDir());
    return p;
}

void MainWindow::applyPreferences(const AppSettings::Preferences &p)
{
    if (p.queue != m_service->queueSettings()) {
        QString error;
        if (!m_service->setQueueSettings(p.queue, &error))
            statusBar()->showMessage(tr("Could not save the queue settings: %1").arg(error));
    }
    if (p.displayName != Requester::savedName(m_db.profileDir())) {
        QString error;
        if (!m_service->setDisplayName(p.displayName, &error))
            statusBar()->showMessage(tr("Could not save your name: %1").arg(error));
    }
    if (m_desktop)
        m_desktop->setNotificationsEnabled(p.notifications);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(preferences(), this);
    dialog->setDefaultName(Requester::ofThisProcess().name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this](const AppSettings::Preferences &p) {
        m_settings.setPreferences(p);
        m_settings.sync();
        applyPreferences(p);
    });
    dialog->open();
}

void MainWindow::restoreLayout()
{
    resize(1024, 640);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    const QList<std::pair<QString, QSplitter *>> splitters{{QStringLiteral("side"), m_sideSplitter},
                                                           {QStringLiteral("main"), m_mainSplitter},
                                                           {QStringLiteral("purge"), m_purgeSplitter}};
    for (const auto &[name, splitter] : splitters) {
        const QList<int> sizes = m_settings.splitterSizes(name);
        if (!sizes.isEmpty())
            splitter->setSizes(sizes);
        else if (splitter == m_mainSplitter)
            splitter->setSizes({260, 764});
    }
    m_transactions->restoreState(m_settings.panelState(QStringLiteral("transactions")));
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterSizes(QStringLiteral("side"), m_sideSplitter->sizes());
    m_settings.setSplitterSizes(QStringLiteral("main"), m_mainSplitter->sizes());
    m_settings.setSplitterSizes(QStringLiteral("purge"), m_purgeSplitter->sizes());
    m_settings.setPanelState(QStringLiteral("transactions"), m_transactions->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_desktop)
        m_desktop->handleCloseEvent(event);
    else
        event->accept();
}

static void installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates, times and numbers in the chosen language too, not only the words.
    QLocale::setDefault(locale);
    auto *own = new QTranslator(qApp);
    if (own->load(locale, QStringLiteral("purgeline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

namespace {

// Reports the first paint of the window's contents, then quits: how the window benchmark
// measures start-up as a user sees it.
class FirstPaintReporter final : public QObject
{
public:
    FirstPaintReporter(const QElapsedTimer &startup, QObject *parent) : QObject(parent), m_startup(startup) {}

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            std::fprintf(stderr, "first paint after %lld ms\n", m_startup.elapsed());
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    const QElapsedTimer &m_startup;
    bool m_reported = false;
};

} // namespace

int MainWindow::runApplication(const QStringList &arguments, const QElapsedTimer &startup)
{
    Database db(Database::resolveProfileDir(CommandLine::profileOption(arguments)));
    QString error;
    // A damaged database stays open for reading: the window shows what it can, with the banner.
    if (!db.open(&error) && db.fault().kind != DatabaseFault::Kind::Damaged) {
        QMessageBox::critical(nullptr, tr("Purgeline"), error);
        return 2;
    }
    const AppSettings::Preferences preferences = AppSettings(db.profileDir()).preferences();
    installTranslations(preferences.language);
    KeychainSecretStore keychain;
    // Secrets the user chose to keep for this session only live here, never on disk.
    SessionSecretStore secrets(keychain);
    MainWindow window(db, secrets);
    if (qEnvironmentVariableIsSet("PURGELINE_REPORT_FIRST_PAINT"))
        window.m_transactions->view()->viewport()->installEventFilter(
            new FirstPaintReporter(startup, &window));
    window.m_desktop->start(preferences.startHidden);
    return QApplication::exec();
}
