// Draws every window and dialog of the application, in English, German and French, on the screen
// it runs on (an Xvfb display of the size under test), and saves the whole screen as PNG files:
//   purgeline_screens OUT_DIR      (scripts/screens.sh runs it at 1024x640 and 1920x1080)
// Each picture holds the main window filling the screen and, for a dialog, the dialog open over
// it, as a user sees them. The profile is a throwaway one with sources, presets and history.
#include "approvalbar.h"
#include "appsettings.h"
#include "composerpanel.h"
#include "gitchangesdialog.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "previewdialog.h"
#include "queue/planestimate.h"
#include "queue/purgeservice.h"
#include "settingsdialog.h"
#include "sourcecheckdialog.h"
#include "sourcedialog.h"
#include "sourcespanel.h"
#include "targetlistmodel.h"
#include "testprofile.h"
#include "transactionspanel.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

// Waits for the window system to draw what was just shown.
void settle()
{
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

class Shooter
{
public:
    Shooter(QString outDir, QString language) : m_outDir(std::move(outDir)), m_language(std::move(language))
    {
        const QSize size = QGuiApplication::primaryScreen()->size();
        m_suffix = QStringLiteral("%1-%2x%3").arg(m_language).arg(size.width()).arg(size.height());
    }

    bool shoot(const QString &name)
    {
        settle();
        const QString path = QStringLiteral("%1/%2-%3.png").arg(m_outDir, name, m_suffix);
        const bool saved = QGuiApplication::primaryScreen()->grabWindow(0).save(path);
        std::printf("%s %s\n", saved ? "saved" : "FAILED", qPrintable(path));
        m_ok = m_ok && saved;
        return saved;
    }
    bool ok() const { return m_ok; }

private:
    QString m_outDir;
    QString m_language;
    QString m_suffix;
    bool m_ok = true;
};

void installLanguage(const QString &language, std::vector<std::unique_ptr<QTranslator>> &installed)
{
    for (auto &translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("purgeline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own.get());
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    installed.push_back(std::move(own));
    installed.push_back(std::move(qt));
}

// Sources of three kinds, a preset, and a history with every state.
void fill(TestProfile &profile)
{
    profile.addSource(QStringLiteral("images"), QStringLiteral("imgix"),
                      {QStringLiteral("http://127.0.0.1:9/")},
                      {{QStringLiteral("map"), QStringLiteral("public=https://img.example.com/")}},
                      QStringLiteral("not-a-real-key"));
    profile.addSource(QStringLiteral("www"), QStringLiteral("cloudflare"),
                      {QStringLiteral("http://127.0.0.1:9/")},
                      {{QStringLiteral("zone"), QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353")}},
                      QStringLiteral("not-a-real-token"));
    profile.addSource(QStringLiteral("varnish"), QStringLiteral("http-purge"),
                      {QStringLiteral("http://127.0.0.1:9/")});
    PurgeOptions preset;
    preset.sources = {QStringLiteral("www")};
    preset.targets = {QStringLiteral("https://www.example.com/")};
    profile.service().presets().save(QStringLiteral("Home page"), preset.toJson());

    using S = TransactionState;
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    QList<TransactionRecord> rows;
    const auto row = [&](const QString &source, const QStringList &targets, S state, int attempts,
                         const QString &error) {
        TransactionRecord t;
        t.sourceId = 1;
        t.sourceName = source;
        t.batch.targets = targets;
        t.state = state;
        t.attempts = attempts;
        t.lastError = state == S::Succeeded ? QString() : error;
        t.lastFailure = error;
        t.lastHttpStatus = state == S::Succeeded ? 200 : error.isEmpty() ? 0 : 503;
        t.createdAt = t.updatedAt = t0 + rows.size() * 61000;
        rows << t;
    };
    for (int i = 0; i < 14; ++i)
        row(QStringLiteral("images"),
            {QStringLiteral("https://img.example.com/products/2026/winter/collection-%1-large.jpg").arg(i)},
            i == 3 ? S::Failed : S::Succeeded, i == 3 ? 5 : 1,
            i == 3 ? QStringLiteral("HTTP 503: Service Unavailable (the origin is being deployed)")
                   : QString());
    row(QStringLiteral("www"),
        {QStringLiteral("https://www.example.com/"), QStringLiteral("https://www.example.com/blog/")},
        S::RetryScheduled, 2, QStringLiteral("HTTP 429: rate limited; sending again in 30 s"));
    row(QStringLiteral("varnish"), {QStringLiteral("https://www.example.com/about")}, S::Cancelled, 0, {});
    RequestRecord request;
    request.createdAt = t0;
    request.sources = {QStringLiteral("images"), QStringLiteral("www"), QStringLiteral("varnish")};
    QString error;
    profile.transactions().createRequest(request, rows, &error);
}

bool shootLanguage(const QString &outDir, const QString &language)
{
    Shooter shooter(outDir, language);
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    {
        // First run: no source yet.
        TestProfile empty(TestProfile::Time::System);
        MainWindow window(empty.db(), empty.secrets());
        window.setGeometry(screen);
        window.show();
        shooter.shoot(QStringLiteral("first-run"));
    }
    TestProfile profile(TestProfile::Time::System);
    fill(profile);
    MainWindow window(profile.db(), profile.secrets());
    window.service().queue().setPaused(true);
    window.setGeometry(screen);
    window.show();
    window.composer()->reloadSources();
    window.composer()->setChosenSources({QStringLiteral("images")});
    window.composer()->addTargets({QStringLiteral("https://img.example.com/a.jpg"),
                                   QStringLiteral("img.example.com/b.jpg"),
                                   QStringLiteral("https://img.example.com/products/2026/winter/c.jpg")});
    shooter.shoot(QStringLiteral("main"));

    auto *tabs = window.findChild<QTabWidget *>();
    if (tabs) {
        tabs->setCurrentWidget(window.history());
        window.history()->reload();
        shooter.shoot(QStringLiteral("history"));
        tabs->setCurrentIndex(0);
    }
    if (const auto images = profile.sources().findByName(QStringLiteral("images"))) {
        // A real check: its endpoint is a closed loopback port, so the dialog shows a failure,
        // the dry run and what stays unverified.
        SourcesPanel *panel = window.sources();
        panel->selectSource(images->id);
        bool finished = false;
        QObject::connect(panel, &SourcesPanel::checkFinished, panel, [&finished] { finished = true; });
        panel->checkSource();
        for (int i = 0; i < 500 && !finished; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (SourceCheckDialog *dialog = panel->checkDialog()) {
            shooter.shoot(QStringLiteral("source-check"));
            dialog->close();
        }
    }
    {
        SourceDialog dialog(profile.sources(), profile.secrets(), &window);
        dialog.setType(QStringLiteral("cloudflare"));
        dialog.show();
        shooter.shoot(QStringLiteral("source-add"));
    }
    if (const auto images = profile.sources().findByName(QStringLiteral("images"))) {
        SourceDialog dialog(profile.sources(), profile.secrets(), *images, &window);
        dialog.show();
        shooter.shoot(QStringLiteral("source-edit"));
    }
    {
        SettingsDialog dialog(AppSettings::Preferences{}, &window);
        dialog.show();
        shooter.shoot(QStringLiteral("settings"));
    }
    {
        window.composer()->targetModel()->removeRows(1, 1);
        const PurgeService::Plan plan = profile.service().plan(window.composer()->options());
        QStringList texts;
        for (const PurgeService::PreviewItem &item : profile.service().preview(plan))
            texts << item.text();
        PreviewDialog dialog(texts, QStringLiteral("images"), PlanEstimate::of(plan).lines(), &window);
        dialog.show();
        shooter.shoot(QStringLiteral("preview"));
    }
    {
        GitChangesDialog dialog(profile.sources().list(), &window);
        dialog.show();
        shooter.shoot(QStringLiteral("git-changes"));
    }
    {
        // Someone else's purge of everything, waiting for a second person: the window's feed
        // finds it in the profile like any other process's work.
        RequestRecord request;
        request.createdAt = QDateTime::currentMSecsSinceEpoch();
        request.origin = QStringLiteral("cli");
        request.user = QStringLiteral("ann");
        request.person = QStringLiteral("Ann Example");
        request.host = QStringLiteral("deploy-runner-2");
        request.reason = QStringLiteral("CHG-1042: new price list");
        request.sources = {QStringLiteral("www")};
        request.match = MatchKind::All;
        request.approval = QStringLiteral("awaiting");
        request.approvalBecause =
            QCoreApplication::translate("PurgeService", "source \"%1\" needs approval to purge everything")
                .arg(QStringLiteral("www"));
        TransactionRecord t;
        t.sourceId = 2;
        t.sourceName = QStringLiteral("www");
        t.batch.match = MatchKind::All;
        t.state = TransactionState::AwaitingApproval;
        t.createdAt = t.updatedAt = request.createdAt;
        QList<TransactionRecord> rows{t};
        QString error;
        profile.transactions().createRequest(request, rows, &error);
        QElapsedTimer waited;
        waited.start();
        while (!window.transactions()->approvalBar()->isVisible() && waited.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(10);
        }
        shooter.shoot(QStringLiteral("approval"));
    }
    return shooter.ok();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (app.arguments().size() < 2) {
        std::fprintf(stderr, "usage: purgeline_screens OUT_DIR [LANGUAGE...]\n");
        return 2;
    }
    const QString outDir = app.arguments().at(1);
    QDir().mkpath(outDir);
    QStringList languages = app.arguments().mid(2);
    if (languages.isEmpty())
        languages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    std::vector<std::unique_ptr<QTranslator>> installed;
    bool ok = true;
    for (const QString &language : std::as_const(languages)) {
        installLanguage(language, installed);
        ok = shootLanguage(outDir, language) && ok;
    }
    return ok ? 0 : 1;
}
