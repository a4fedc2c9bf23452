// The first run explains itself: a profile without sources shows the welcome page with one way to
// begin; with sources but no purge yet the composer says what to do next; the presets panel and the
// history say what will appear in them. Each goes away once there is something to show. And the
// source form's provider list is grouped by the kind of cache, each provider saying where its
// credentials are found.
#include "composerpanel.h"
#include "credentials/secretstore.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "presetspanel.h"
#include "providers/providerregistry.h"
#include "queue/purgeservice.h"
#include "sourcedialog.h"
#include "sourcespanel.h"
#include "storage/database.h"
#include "storage/presetstore.h"
#include "storage/sourcestore.h"
#include "welcomepage.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

// A profile on disk with, optionally, one page-cache source (it purges without any network).
struct Profile
{
    QTemporaryDir dir;
    QTemporaryDir cache;
    Database db{dir.path()};
    MemorySecretStore secrets;

    Profile()
    {
        QString error;
        if (!db.open(&error))
            qFatal("cannot open the test profile: %s", qPrintable(error));
    }
    void addPageCache()
    {
        QDir().mkpath(cache.filePath(QStringLiteral("public/cache")));
        SourceStore sources(db);
        SourceConfig source;
        source.name = QStringLiteral("pages");
        source.type = QStringLiteral("page-cache");
        source.settings = {{QStringLiteral("root"), cache.filePath(QStringLiteral("public/cache"))},
                           {QStringLiteral("public_root"), cache.filePath(QStringLiteral("public"))}};
        const QString error = sources.add(source, SourceStore::newSecretKey());
        if (!error.isEmpty())
            qFatal("cannot add the test source: %s", qPrintable(error));
    }
};

// With PURGELINE_GRAB_DIR set (under a real X server), a widget is saved there as docs' screenshot NAME.
void grabFor(QWidget *widget, const QString &name)
{
    const QString grabDir = qEnvironmentVariable("PURGELINE_GRAB_DIR");
    if (grabDir.isEmpty())
        return;
    QTest::qWait(200); // let pending layout and paint events run
    QVERIFY(widget->grab().save(QDir(grabDir).filePath(name)));
}

void purgeOnce(MainWindow &window)
{
    window.composer()->reloadSources();
    window.composer()->setChosenSources({QStringLiteral("pages")});
    window.composer()->addTargets({QStringLiteral("https://example.com/posts/1")});
    window.composer()->purge();
    QVERIFY2(window.composer()->errorText().isEmpty(), qPrintable(window.composer()->errorText()));
}

} // namespace

class TestGuiFirstRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyProfileShowsTheWelcomePage()
    {
        Profile profile;
        MainWindow window(profile.db, profile.secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showsFirstRun());
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(!window.composer()->isVisible());
        auto *add = window.findChild<QPushButton *>(QStringLiteral("addFirstSource"));
        QVERIFY(add);
        QVERIFY(add->isVisible());
        QVERIFY(add->isEnabled());
        // It names what Purgeline purges, by kind, from the providers' declarations.
        QStringList texts;
        for (const QLabel *label : window.welcomePage()->findChildren<QLabel *>())
            texts << label->text();
        for (const ProviderCategory category : ProviderRegistry::categories())
            QVERIFY2(texts.join(QLatin1Char('\n'))
                         .contains(ProviderRegistry::categoryName(category).toHtmlEscaped()),
                     qPrintable(ProviderRegistry::categoryName(category)));

        // The one action opens the source form.
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(window.findChild<SourceDialog *>() != nullptr);
        auto *dialog = window.findChild<SourceDialog *>();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isEditing());
        dialog->reject();
    }

    void welcomePageGoesAwayWithTheFirstSource()
    {
        Profile profile;
        MainWindow window(profile.db, profile.secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showsFirstRun());
        profile.addPageCache();
        window.sources()->reload();
        emit window.sources()->sourcesChanged(); // as the source form does when it has saved
        QVERIFY(!window.showsFirstRun());
        QVERIFY(!window.welcomePage()->isVisible());
        QVERIFY(window.composer()->isVisible());
    }

    void composerSaysWhatToDoUntilTheFirstPurge()
    {
        Profile profile;
        profile.addPageCache();
        MainWindow window(profile.db, profile.secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.showsFirstRun());
        auto *next = window.composer()->findChild<QLabel *>(QStringLiteral("composerNextStep"));
        QVERIFY(next);
        QVERIFY(next->isVisible());
        QVERIFY(next->text().contains(QStringLiteral("Preview")));
        grabFor(&window, QStringLiteral("screenshot-first-source.png"));
        purgeOnce(window);
        QTRY_VERIFY(!next->isVisible());

        // A new window on a profile with history never shows it.
        MainWindow again(profile.db, profile.secrets);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.composer()->findChild<QLabel *>(QStringLiteral("composerNextStep"))->isVisible());
    }

    void presetsPanelEmptyState()
    {
        Profile profile;
        profile.addPageCache();
        MainWindow window(profile.db, profile.secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *empty = window.presets()->findChild<QLabel *>(QStringLiteral("presetsEmpty"));
        auto *list = window.presets()->findChild<QListWidget *>();
        QVERIFY(empty && list);
        QVERIFY(empty->isVisible());
        QVERIFY(!list->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Save as preset")));

        PurgeOptions options;
        options.sources = {QStringLiteral("pages")};
        options.targets = {QStringLiteral("https://example.com/")};
        QVERIFY(window.service().presets().save(QStringLiteral("home"), options.toJson()).isEmpty());
        window.presets()->reload();
        QVERIFY(!empty->isVisible());
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 1);
    }

    void historyEmptyState()
    {
        Profile profile;
        profile.addPageCache();
        MainWindow window(profile.db, profile.secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.history()->reload();
        QVERIFY(window.history()->showsEmptyState());
        QVERIFY(window.history()->findChild<QLabel *>(QStringLiteral("historyEmpty")));

        purgeOnce(window);
        QTRY_COMPARE(window.service().transactions().history({}).value(0).state, TransactionState::Succeeded);
        window.history()->reload();
        QVERIFY(!window.history()->showsEmptyState());
        // A search that finds nothing is not an empty history: the table stays, saying 0.
        auto *search = window.history()->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setText(QStringLiteral("no-such-url-anywhere"));
        window.history()->reload();
        QVERIFY(!window.history()->showsEmptyState());
    }

    void providerListIsGroupedByKindOfCache()
    {
        Profile profile;
        SourceStore sources(profile.db);
        SourceDialog dialog(sources, profile.secrets);
        auto *type = dialog.findChild<QComboBox *>(QStringLiteral("type"));
        QVERIFY(type);
        const QAbstractItemModel *model = type->model();
        const ProviderRegistry &registry = ProviderRegistry::instance();

        // Heading, its providers, next heading...: exactly the registry's categories, in order.
        QStringList expected;
        for (const ProviderCategory category : ProviderRegistry::categories()) {
            const QStringList types = registry.typesIn(category);
            QVERIFY2(!types.isEmpty(), qPrintable(ProviderRegistry::categoryName(category)));
            expected << QStringLiteral("# ") + ProviderRegistry::categoryName(category);
            expected << types;
        }
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QString typeWord = index.data(Qt::UserRole).toString();
            if (typeWord.isEmpty()) {
                // A heading: never chosen.
                QVERIFY(!(model->flags(index) & Qt::ItemIsEnabled));
                QVERIFY(!(model->flags(index) & Qt::ItemIsSelectable));
                shown << QStringLiteral("# ") + index.data().toString();
            } else {
                QVERIFY(model->flags(index) & Qt::ItemIsEnabled);
                shown << typeWord;
            }
        }
        QCOMPARE(shown, expected);
        QCOMPARE(registry.types().size(), shown.size() - ProviderRegistry::categories().size());
        // A new source starts on a provider, not on a heading.
        QVERIFY(!type->currentData().toString().isEmpty());
        if (!qEnvironmentVariableIsEmpty("PURGELINE_GRAB_DIR")) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.setType(QStringLiteral("cloudflare"));
            grabFor(&dialog, QStringLiteral("screenshot-source-credentials.png"));
            type->showPopup();
            QTest::qWait(300);
            grabFor(type->view()->window(), QStringLiteral("screenshot-provider-groups.png"));
            type->hidePopup();
        }
    }

    void eachProviderSaysWhereItsCredentialsAre()
    {
        Profile profile;
        SourceStore sources(profile.db);
        SourceDialog dialog(sources, profile.secrets);
        auto *help = dialog.findChild<QLabel *>(QStringLiteral("credentialsHelp"));
        QVERIFY(help);
        QVERIFY(help->openExternalLinks());
        for (const QString &typeWord : ProviderRegistry::instance().types()) {
            const ProviderInfo &info = ProviderRegistry::instance().find(typeWord)->info();
            QVERIFY2(!info.credentials.text.isEmpty(), qPrintable(typeWord));
            dialog.setType(typeWord);
            QVERIFY2(help->text().contains(info.credentials.text.toHtmlEscaped()), qPrintable(typeWord));
            if (info.credentials.url.isEmpty()) {
                // Self-hosted: what to enter instead, and no link.
                QVERIFY2(!help->text().contains(QStringLiteral("href")), qPrintable(typeWord));
            } else {
                const QUrl url(info.credentials.url);
                QVERIFY2(url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty(),
                         qPrintable(typeWord));
                QVERIFY2(help->text().contains(QStringLiteral("href=\"%1\"").arg(info.credentials.url)),
                         qPrintable(typeWord));
            }
        }
    }
};

QTEST_MAIN(TestGuiFirstRun)
#include "tst_gui_firstrun.moc"
