// One purge, two sources that serve the same files under different URLs (imgix serves
// public/images/ on its own host, a Varnish cache serves all of public/): from the window's
// composer (files dropped, files picked in the git dialog) and from a preset run from the tray,
// each fake server must receive exactly its own URLs.
#include "composerpanel.h"
#include "credentials/secretstore.h"
#include "desktopintegration.h"
#include "fakehttpserver.h"
#include "gitchangesdialog.h"
#include "mainwindow.h"
#include "queue/purgeservice.h"
#include "rawhttpserver.h"
#include "storage/database.h"
#include "targetlistmodel.h"
#include "targetlistwidget.h"
#include "testgitrepo.h"

#include <QComboBox>
#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestGit;

namespace {

bool dropOn(QAbstractItemView *view, QMimeData *mime)
{
    QWidget *target = view->viewport();
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestMultiSource final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_profile;
    QTemporaryDir m_site; // a work tree: <site>/public/images/x.png, <site>/public/index.html
    Database m_db{m_profile.path()};
    MemorySecretStore m_secrets;
    FakeHttpServer m_imgix;
    RawHttpServer m_varnish;
    std::unique_ptr<MainWindow> m_window;

    QStringList imgixUrls() const
    {
        QStringList urls;
        for (const RecordedRequest &r : m_imgix.requests())
            urls << QJsonDocument::fromJson(
                        r.body)[QStringLiteral("data")][QStringLiteral("attributes")][QStringLiteral("url")]
                        .toString();
        urls.sort();
        return urls;
    }
    QStringList varnishUrls() const
    {
        QStringList urls;
        for (const RawRequest &r : m_varnish.requests())
            urls << QString::fromLatin1(r.header("Host") + r.target);
        urls.sort();
        return urls;
    }
    bool allDone() const
    {
        for (const TransactionRecord &t : m_window->service().transactions().history({}))
            if (!isFinal(t.state))
                return false;
        return true;
    }
    void expectEachServerGotItsOwn()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_imgix.requests().size() + m_varnish.requests().size(), 3, 10000);
        QTRY_VERIFY(allDone());
        QTest::qWait(100); // nothing more arrives
        QCOMPARE(imgixUrls(), QStringList{QStringLiteral("https://img.example.imgix.net/images/x.png")});
        QCOMPARE(varnishUrls(), (QStringList{QStringLiteral("www.example.com/images/x.png"),
                                             QStringLiteral("www.example.com/index.html")}));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_db.open(&error), qPrintable(error));
        m_imgix.start();
        m_imgix.setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(
                200, R"({"data":{"attributes":{"purge_id":"p"},"id":"p","type":"purges"}})");
        });
        m_varnish.start();

        // The site is a git repository too: two commits change both files.
        TestRepo repo;
        QVERIFY(repo.init(m_site.path(), false));
        repo.set("public/images/x.png", kPng);
        repo.set("public/index.html", "<p>1");
        repo.commit(QStringLiteral("one"));
        repo.set("public/images/x.png", kPng + "2");
        repo.set("public/index.html", "<p>2");
        repo.commit(QStringLiteral("two"));
        for (const char *file : {"public/images/x.png", "public/index.html"}) {
            QDir().mkpath(QFileInfo(m_site.filePath(QLatin1String(file))).absolutePath());
            QFile out(m_site.filePath(QLatin1String(file)));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("content");
        }

        SourceStore sources(m_db);
        const QString site = m_site.path();
        SourceConfig imgix;
        imgix.name = QStringLiteral("images");
        imgix.type = QStringLiteral("imgix");
        imgix.endpoints = {m_imgix.baseUrl().toString()};
        imgix.settings = {{QStringLiteral("map"),
                           QStringLiteral("public/images/=https://img.example.imgix.net/images/ ") + site +
                               QStringLiteral("/public/images/=https://img.example.imgix.net/images/")}};
        imgix.secret = {SecretRef::Kind::Keychain, {}};
        const QString key = SourceStore::newSecretKey();
        QVERIFY(m_secrets.writeNow(key, QStringLiteral("imgix-key")).ok());
        QCOMPARE(sources.add(imgix, key), QString());
        SourceConfig varnish;
        varnish.name = QStringLiteral("edge");
        varnish.type = QStringLiteral("http-purge");
        varnish.endpoints = {m_varnish.baseUrl().toString()};
        varnish.settings = {{QStringLiteral("map"), QStringLiteral("public/=https://www.example.com/ ") +
                                                        site +
                                                        QStringLiteral("/public/=https://www.example.com/")}};
        QCOMPARE(sources.add(varnish, SourceStore::newSecretKey()), QString());

        m_window = std::make_unique<MainWindow>(m_db, m_secrets);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->composer()->reloadSources();
    }
    void init()
    {
        m_imgix.clear();
        m_varnish.clear();
    }

    void droppedFiles()
    {
        ComposerPanel *composer = m_window->composer();
        composer->setChosenSources({QStringLiteral("images"), QStringLiteral("edge")});
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(m_site.filePath(QStringLiteral("public")))});
        std::unique_ptr<QMimeData> owner(mime);
        QVERIFY(dropOn(composer->findChild<TargetListWidget *>(), mime));
        // The list says which source does not serve which file.
        QCOMPARE(composer->targetModel()->partlyMappedCount(), 1); // index.html is not imgix's
        composer->purge();
        QVERIFY2(composer->errorText().isEmpty(), qPrintable(composer->errorText()));
        expectEachServerGotItsOwn();
    }

    void filesPickedInTheGitDialog()
    {
        ComposerPanel *composer = m_window->composer();
        composer->setChosenSources({QStringLiteral("images"), QStringLiteral("edge")});
        composer->openGitChanges();
        auto *dialog = composer->findChild<GitChangesDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("gitRepository"))->setText(m_site.path());
        auto *only = dialog->findChild<QComboBox *>(QStringLiteral("gitOnly"));
        only->setCurrentIndex(only->findData(QStringLiteral("all")));
        QVERIFY2(dialog->showChanges(), qPrintable(dialog->errorText()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("gitAddButton")), Qt::LeftButton);
        composer->purge();
        QVERIFY2(composer->errorText().isEmpty(), qPrintable(composer->errorText()));
        expectEachServerGotItsOwn();
    }

    void presetRunFromTheTray()
    {
        PurgeOptions options;
        options.sources = {QStringLiteral("images"), QStringLiteral("edge")};
        options.changes.repository = m_site.path();
        options.changes.from = QStringLiteral("HEAD~1");
        options.changes.to = QStringLiteral("HEAD");
        QCOMPARE(m_window->service().presets().save(QStringLiteral("deploy"), options.toJson()), QString());
        auto *desktop = m_window->findChild<DesktopIntegration *>();
        QVERIFY(desktop);
        emit desktop->presetRequested(QStringLiteral("deploy")); // what the tray menu's entry does
        expectEachServerGotItsOwn();
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMultiSource)
#include "tst_gui_multisource.moc"
