// The purge composer: the PurgeOptions it builds from typed, pasted and dropped targets (local
// files mapped through a source's map setting, URL lists, text), the actions and matches it
// offers per provider, the purge-everything confirmation, submitting into a paused queue, the
// preview, presets, and the git changes dialog on a repository built with libgit2.
#include "changes/gitsupport.h"
#include "composerpanel.h"
#include "credentials/secretstore.h"
#include "elidedlabel.h"
#include "gitchangesdialog.h"
#include "previewdialog.h"
#include "queue/purgeservice.h"
#include "storage/database.h"
#include "targetlistmodel.h"
#include "targetlistwidget.h"
#include "testprofile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <memory>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

// Drag enter, move and drop, as a file manager sends them, to the list's viewport.
bool dropOn(QAbstractItemView *view, QMimeData *mime)
{
    QWidget *target = view->viewport();
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted() && drop.dropAction() == Qt::CopyAction;
}

QStringList comboData(const QComboBox *combo)
{
    QStringList result;
    for (int i = 0; i < combo->count(); ++i)
        result << combo->itemData(i).toString();
    return result;
}

// A commit of the given files (path -> bytes; empty bytes delete the path) on top of HEAD.
void commit(git_repository *repo, const QMap<QString, QByteArray> &files, const QString &workDir)
{
    GitIndexPtr index;
    {
        git_index *raw = nullptr;
        QCOMPARE(git_repository_index(&raw, repo), 0);
        index.reset(raw);
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray path = it.key().toUtf8();
        if (it.value().isEmpty()) {
            QFile::remove(workDir + QLatin1Char('/') + it.key());
            QCOMPARE(git_index_remove_bypath(index.get(), path.constData()), 0);
        } else {
            writeFile(workDir + QLatin1Char('/') + it.key(), it.value());
            QCOMPARE(git_index_add_bypath(index.get(), path.constData()), 0);
        }
    }
    QCOMPARE(git_index_write(index.get()), 0);
    git_oid treeId;
    QCOMPARE(git_index_write_tree(&treeId, index.get()), 0);
    git_tree *tree = nullptr;
    QCOMPARE(git_tree_lookup(&tree, repo, &treeId), 0);
    GitTreePtr treeOwner(tree);
    git_signature *sig = nullptr;
    QCOMPARE(git_signature_new(&sig, "Test", "test@example.com", 1700000000, 0), 0);
    GitSignaturePtr sigOwner(sig);
    git_oid parentId;
    git_commit *parent = nullptr;
    if (git_reference_name_to_id(&parentId, repo, "HEAD") == 0)
        QCOMPARE(git_commit_lookup(&parent, repo, &parentId), 0);
    GitCommitPtr parentOwner(parent);
    const git_commit *parents[] = {parent};
    git_oid commitId;
    QCOMPARE(git_commit_create(&commitId, repo, "HEAD", sig, sig, nullptr, "change", tree, parent ? 1 : 0,
                               parents),
             0);
}

// A repository at `dir` with two commits, so HEAD~1..HEAD changes what `second` changes.
void commitTwice(const QString &dir, const QMap<QString, QByteArray> &first,
                 const QMap<QString, QByteArray> &second)
{
    git_repository *raw = nullptr;
    QCOMPARE(git_repository_init(&raw, dir.toUtf8().constData(), 0), 0);
    GitRepositoryPtr repo(raw);
    commit(repo.get(), first, dir);
    commit(repo.get(), second, dir);
}

const QByteArray kPng = QByteArray::fromHex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001"
    "0d0a2db40000000049454e44ae426082");

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typedText();
    void pastedLines();
    void pastedThroughLineEditPaste();
    void droppedFilesAreMapped();
    void droppedUrlsAndText();
    void droppedUrlListFile();
    void folderExpansionIsBounded();
    void offeredChoicesFollowSources();
    void objectMatchUsesTheProvidersLabel();
    void purgeEverythingAsks();
    void submitQueuesTransactions();
    void submitErrorShownInline();
    void statusDescribesThePresent();
    void errorGoesWhenTheTargetsChange();
    void invalidTargetMarkedAsTyped();
    void messagesDoNotMoveTheLists();
    void verifyChoiceReachesThePurge();
    void previewShowsRequests();
    void previewAndStatusSayWhatIsAlreadyQueued();
    void previewShowsTheEstimate();
    void declaredOptionsFollowTheMatch();
    void presetSaveAndLoad();
    void gitDialogAddsCheckedUrls();
    void gitDialogFollowsItsFieldsAndRemembersThem();
    void gitDialogMapsWithEachSourcesOwnRulesOfBothKinds();
    void reasonIsRecordedAndRequiredWhereTheSourceSaysSo();

private:
    SourceConfig addSource(const QString &name, const QString &type, const QMap<QString, QString> &settings,
                           const QStringList &endpoints = {});
    QLineEdit *entry() const { return m_panel->findChild<QLineEdit *>(QStringLiteral("targetEntry")); }
    TargetListWidget *list() const { return m_panel->findChild<TargetListWidget *>(); }
    QComboBox *matchCombo() const { return m_panel->findChild<QComboBox *>(QStringLiteral("matchCombo")); }

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_files;
    PurgeService *m_service = nullptr;
    std::unique_ptr<ComposerPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_site; // a local site folder: <files>/site/public is served at https://img.example.com
};

void TestComposer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("PURGELINE_COMPOSER_TEST_SECRET", "not-a-real-key");
}

SourceConfig TestComposer::addSource(const QString &name, const QString &type,
                                     const QMap<QString, QString> &settings, const QStringList &endpoints)
{
    return m_profile->addSource(
        name, type, endpoints, settings, {},
        SecretRef{SecretRef::Kind::Environment, QStringLiteral("PURGELINE_COMPOSER_TEST_SECRET")});
}

void TestComposer::init()
{
    m_profile = std::make_unique<TestProfile>(TestProfile::Time::System);
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    m_service = &m_profile->service();
    m_service->queue().setPaused(true); // queued, never sent

    m_site = m_files->filePath(QStringLiteral("site"));
    addSource(
        QStringLiteral("cdn"), QStringLiteral("imgix"),
        {{QStringLiteral("map"),
          m_site + QStringLiteral("/public=https://img.example.com/ public=https://img.example.com/")}});
    addSource(QStringLiteral("edge"), QStringLiteral("instart"),
              {{QStringLiteral("customer"), QStringLiteral("acme")},
               {QStringLiteral("user"), QStringLiteral("alice")}});
    addSource(QStringLiteral("varnish"), QStringLiteral("http-purge"),
              {{QStringLiteral("secret_header"), QStringLiteral("X-Purge-Token")}},
              {QStringLiteral("http://127.0.0.1:9/")});

    m_panel = std::make_unique<ComposerPanel>(*m_service);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->targetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1000, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    // Shortcuts (Ctrl+Return) only fire in the active window.
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestComposer::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_files.reset();
    m_profile.reset();
}

void TestComposer::typedText()
{
    m_panel->setChosenSources({QStringLiteral("cdn")});
    entry()->setFocus();
    QTest::keyClicks(entry(), QStringLiteral("https://img.example.com/a.png"));
    QTest::keyClick(entry(), Qt::Key_Return);
    QTest::keyClicks(entry(), QStringLiteral("  https://img.example.com/b.png  "));
    QTest::keyClick(entry(), Qt::Key_Enter);
    QCOMPARE(entry()->text(), QString());
    const PurgeOptions options = m_panel->options();
    QCOMPARE(options.sources, QStringList{QStringLiteral("cdn")});
    QCOMPARE(options.action, PurgeAction::Purge);
    QCOMPARE(options.match, MatchKind::Exact);
    QCOMPARE(options.targets, (QStringList{QStringLiteral("https://img.example.com/a.png"),
                                           QStringLiteral("https://img.example.com/b.png")}));
    QVERIFY(options.fromFile.isEmpty());
    QVERIFY(!options.changes.isSet());
}

void TestComposer::pastedLines()
{
    m_panel->setChosenSources({QStringLiteral("cdn")});
    QApplication::clipboard()->setText(
        QStringLiteral("https://img.example.com/1.png\r\n\n  https://img.example.com/2.png\n# a "
                       "comment\nhttps://img.example.com/1.png\n"));
    entry()->setFocus();
    QTest::keySequence(entry(), QKeySequence::Paste);
    QCOMPARE(entry()->text(), QString());
    QCOMPARE(m_panel->options().targets, (QStringList{QStringLiteral("https://img.example.com/1.png"),
                                                      QStringLiteral("https://img.example.com/2.png")}));
    // Ctrl+V on the list itself pastes too; what is listed already is not added twice.
    QApplication::clipboard()->setText(
        QStringLiteral("https://img.example.com/2.png\nhttps://img.example.com/3.png"));
    list()->setFocus();
    QTest::keySequence(list(), QKeySequence::Paste);
    QCOMPARE(m_panel->targetModel()->rowCount(), 3);
    QCOMPARE(m_panel->options().targets.last(), QStringLiteral("https://img.example.com/3.png"));
}

void TestComposer::pastedThroughLineEditPaste()
{
    // The context menu's Paste calls QLineEdit::paste(), which the key filter never sees.
    m_panel->setChosenSources({QStringLiteral("cdn")});
    QApplication::clipboard()->setText(
        QStringLiteral("https://img.example.com/x.png\nhttps://img.example.com/y.png"));
    entry()->paste();
    QCOMPARE(entry()->text(), QString());
    QCOMPARE(m_panel->options().targets, (QStringList{QStringLiteral("https://img.example.com/x.png"),
                                                      QStringLiteral("https://img.example.com/y.png")}));
}

void TestComposer::droppedFilesAreMapped()
{
    writeFile(m_site + QStringLiteral("/public/img/a.png"), kPng);
    writeFile(m_site + QStringLiteral("/public/img/sub dir/b ü.png"), kPng);
    writeFile(m_site + QStringLiteral("/private/notes.txt"), "not served");
    m_panel->setChosenSources({QStringLiteral("cdn")});

    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(m_site + QStringLiteral("/public")),
                   QUrl::fromLocalFile(m_site + QStringLiteral("/private/notes.txt"))});
    std::unique_ptr<QMimeData> owner(mime);
    QVERIFY(dropOn(list(), mime));

    TargetListModel *model = m_panel->targetModel();
    QCOMPARE(model->rowCount(), 3);
    // The composer hands the engine the files; the engine maps them with the source's own rules.
    QCOMPARE(m_panel->options().localFiles.size(), 3);
    QCOMPARE(model->targets(),
             (QStringList{QStringLiteral("https://img.example.com/img/a.png"),
                          QStringLiteral("https://img.example.com/img/sub%20dir/b%20%C3%BC.png")}));
    const PurgeService::Plan plan = m_service->plan(m_panel->options());
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.resolved.sources.constFirst().targets,
             (QStringList{QStringLiteral("https://img.example.com/img/a.png"),
                          QStringLiteral("https://img.example.com/img/sub%20dir/b%20%C3%BC.png")}));
    QCOMPARE(plan.resolved.sources.constFirst().unmapped.size(), 1);
    // The unmapped file is listed, marked and greyed, with the reason; never purged.
    const QModelIndex unmapped = model->index(2);
    QCOMPARE(unmapped.data(TargetListModel::PathRole).toString(),
             m_site + QStringLiteral("/private/notes.txt"));
    QCOMPARE(unmapped.data(TargetListModel::MappedRole).toBool(), false);
    QVERIFY(unmapped.data(Qt::DisplayRole).toString().endsWith(QStringLiteral("(not mapped)")));
    QVERIFY(
        unmapped.data(TargetListModel::ReasonRole).toString().contains(m_site + QStringLiteral("/public")));
    QCOMPARE(unmapped.data(Qt::ForegroundRole).value<QColor>(),
             QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    QCOMPARE(model->unmappedCount(), 1);
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("targetCounts"))->text(),
             ComposerPanel::tr("%n target(s)", nullptr, 2) +
                 ComposerPanel::tr(", %n file(s) not mapped", nullptr, 1));
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("composerStatus"))->text(),
             TargetListWidget::tr("Added %n file(s).", nullptr, 3) + QLatin1Char(' ') +
                 TargetListWidget::tr("%n file(s) map to no URL and will not be purged.", nullptr, 1));

    // Another source with no mapping: the same files now map nowhere, and nothing is purged.
    m_panel->setChosenSources({QStringLiteral("edge")});
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->unmappedCount(), 3);
    QCOMPARE(m_panel->options().targets, QStringList());
    QVERIFY(model->index(0).data(TargetListModel::ReasonRole).toString().contains(QStringLiteral("edge")));
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("purgeButton"))->isEnabled());
    // "3 files added, 1 maps to no URL" was about the old mapping: it is gone, not left to mislead.
    QCOMPARE(m_panel->statusText(), QString());
}

void TestComposer::droppedUrlsAndText()
{
    m_panel->setChosenSources({QStringLiteral("cdn")});
    {
        QMimeData mime; // a browser's link list
        mime.setUrls({QUrl(QStringLiteral("https://img.example.com/p.png")),
                      QUrl(QStringLiteral("ftp://example.com/x")),
                      QUrl(QStringLiteral("https://img.example.com/q.png"))});
        QVERIFY(dropOn(list(), &mime));
    }
    {
        QMimeData mime; // plain text, one URL per line
        mime.setText(QStringLiteral("https://img.example.com/r.png\n\nhttps://img.example.com/p.png\n"));
        QVERIFY(dropOn(list(), &mime));
    }
    {
        QMimeData mime; // nothing a target list can take
        mime.setData(QStringLiteral("application/x-unknown"), "zz");
        QVERIFY(!dropOn(list(), &mime));
    }
    QCOMPARE(m_panel->options().targets, (QStringList{QStringLiteral("https://img.example.com/p.png"),
                                                      QStringLiteral("https://img.example.com/q.png"),
                                                      QStringLiteral("https://img.example.com/r.png")}));
}

void TestComposer::droppedUrlListFile()
{
    const QString listFile = m_files->filePath(QStringLiteral("urls.txt"));
    writeFile(listFile,
              "# changed today\nhttps://img.example.com/l1.png\n\nhttps://img.example.com/l2.png\n");
    m_panel->setChosenSources({QStringLiteral("cdn")});
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(listFile)});
    QVERIFY(dropOn(list(), &mime));
    QCOMPARE(m_panel->options().targets, (QStringList{QStringLiteral("https://img.example.com/l1.png"),
                                                      QStringLiteral("https://img.example.com/l2.png")}));
    QCOMPARE(m_panel->targetModel()->unmappedCount(), 0);
}

void TestComposer::folderExpansionIsBounded()
{
    for (int i = 0; i < 5; ++i)
        writeFile(m_site + QStringLiteral("/public/many/%1.png").arg(i), kPng);
    TargetListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SourceConfig source = *m_service->sources().findByName(QStringLiteral("cdn"));
    model.setSources({source});
    const TargetListModel::AddResult result =
        model.addLocalPaths({m_site + QStringLiteral("/public/many")}, 3);
    QCOMPARE(result.files, 3);
    QVERIFY(result.truncated);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.targets().first(), QStringLiteral("https://img.example.com/many/0.png"));
    // Adding the same folder again adds nothing twice.
    const TargetListModel::AddResult again = model.addLocalPaths({m_site + QStringLiteral("/public/many")});
    QCOMPARE(again.files, 2);
    QVERIFY(!again.truncated);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.removeRows(1, 2));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.setData(model.index(0), QStringLiteral("x"), Qt::EditRole) ==
            false); // files are not edited
}

void TestComposer::offeredChoicesFollowSources()
{
    auto *invalidate = m_panel->findChild<QRadioButton *>(QStringLiteral("actionInvalidate"));
    const QString exact = QStringLiteral("exact");
    const QString prefix = QStringLiteral("prefix");
    m_panel->setChosenSources({QStringLiteral("cdn")});
    QCOMPARE(comboData(matchCombo()), QStringList{exact});
    QVERIFY(!invalidate->isEnabled());

    m_panel->setChosenSources({QStringLiteral("edge")});
    QCOMPARE(comboData(matchCombo()), (QStringList{exact, prefix}));
    QVERIFY(invalidate->isEnabled());
    invalidate->setChecked(true);
    matchCombo()->setCurrentIndex(1);
    QCOMPARE(m_panel->options().action, PurgeAction::Invalidate);
    QCOMPARE(m_panel->options().match, MatchKind::Prefix);

    // Both: only what both support; invalidate is withdrawn and Purge takes its place.
    m_panel->setChosenSources({QStringLiteral("cdn"), QStringLiteral("edge")});
    QCOMPARE(comboData(matchCombo()), QStringList{exact});
    QVERIFY(!invalidate->isEnabled());
    QCOMPARE(m_panel->options().action, PurgeAction::Purge);
    QVERIFY(invalidate->toolTip().contains(QStringLiteral("cdn")));

    m_panel->setChosenSources({QStringLiteral("varnish"), QStringLiteral("edge")});
    QCOMPARE(comboData(matchCombo()), (QStringList{exact, prefix}));
    m_panel->setChosenSources({QStringLiteral("varnish")});
    QCOMPARE(comboData(matchCombo()), (QStringList{exact, prefix, QStringLiteral("all")}));

    // Ticking the check box in the list works like setChosenSources.
    auto *sources = m_panel->findChild<QListWidget *>(QStringLiteral("composerSources"));
    sources->item(0)->setCheckState(Qt::Checked); // cdn
    QCOMPARE(m_panel->chosenSources(), (QStringList{QStringLiteral("cdn"), QStringLiteral("varnish")}));
    QCOMPARE(comboData(matchCombo()), QStringList{exact});
}

// A provider's own kind of target (Akamai's CP codes) is offered under the label it declares.
void TestComposer::objectMatchUsesTheProvidersLabel()
{
    addSource(QStringLiteral("ak"), QStringLiteral("akamai"),
              {{QStringLiteral("host"), QStringLiteral("akab-x.luna.akamaiapis.net")},
               {QStringLiteral("client_token"), QStringLiteral("akab-c")},
               {QStringLiteral("access_token"), QStringLiteral("akab-a")}});
    m_panel->reloadSources();
    m_panel->setChosenSources({QStringLiteral("ak")});
    QCOMPARE(comboData(matchCombo()),
             (QStringList{QStringLiteral("exact"), QStringLiteral("tag"), QStringLiteral("object")}));
    QCOMPARE(matchCombo()->itemText(2), QStringLiteral("CP codes"));
    matchCombo()->setCurrentIndex(2);
    QCOMPARE(m_panel->options().match, MatchKind::Object);
    // With a source that has no such objects, the choice is gone.
    m_panel->setChosenSources({QStringLiteral("ak"), QStringLiteral("edge")});
    QCOMPARE(comboData(matchCombo()), QStringList{QStringLiteral("exact")});
}

void TestComposer::purgeEverythingAsks()
{
    QStringList asked;
    bool answer = false;
    m_panel->setConfirm([&](QWidget *, const QString &, const QString &text) {
        asked << text;
        return answer;
    });
    QSignalSpy submitted(m_panel.get(), &ComposerPanel::submitted);
    m_panel->setChosenSources({QStringLiteral("varnish")});
    matchCombo()->setCurrentIndex(matchCombo()->findData(QStringLiteral("all")));
    auto *purge = m_panel->findChild<QPushButton *>(QStringLiteral("purgeButton"));
    QVERIFY(purge->isEnabled());
    QCOMPARE(purge->text(), QStringLiteral("Purge &everything…"));
    QVERIFY(!entry()->isEnabled());

    QTest::mouseClick(purge, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QStringLiteral("varnish")));
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(m_service->transactions().active().size(), 0);

    answer = true;
    QTest::mouseClick(purge, Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QVERIFY2(m_panel->errorText().isEmpty(), qPrintable(m_panel->errorText()));
    QCOMPARE(submitted.count(), 1);
    const QList<TransactionRecord> stored = m_service->transactions().active();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().batch.match, MatchKind::All);
    QCOMPARE(stored.first().sourceName, QStringLiteral("varnish"));

    // An exact purge never asks; the queued purge of everything (the queue is paused) covers it.
    matchCombo()->setCurrentIndex(matchCombo()->findData(QStringLiteral("exact")));
    m_panel->addTargets({QStringLiteral("https://www.example.com/")});
    m_panel->purge();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(submitted.count(), 1);
    QVERIFY2(m_panel->errorText().isEmpty(), qPrintable(m_panel->errorText()));
    const QString status = m_panel->findChild<QLabel *>(QStringLiteral("composerStatus"))->text();
    QVERIFY2(
        status.contains(QStringLiteral("1 URL already queued in request %1 under its purge of everything "
                                       "(source varnish)")
                            .arg(stored.first().requestId)),
        qPrintable(status));
    QCOMPARE(m_service->transactions().active().size(), 1);
}

void TestComposer::submitQueuesTransactions()
{
    QSignalSpy submitted(m_panel.get(), &ComposerPanel::submitted);
    m_panel->setChosenSources({QStringLiteral("cdn")});
    m_panel->addTargets(
        {QStringLiteral("https://img.example.com/a.png"), QStringLiteral("https://img.example.com/b.png")});
    entry()->setFocus();
    QTest::keyClick(entry(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    const auto transactions = submitted.first().at(1).value<QList<TransactionRecord>>();
    QCOMPARE(transactions.size(), 2); // imgix: one URL per request
    const qint64 requestId = submitted.first().at(0).toLongLong();
    const QList<TransactionRecord> stored = m_service->transactions().byRequest(requestId);
    QCOMPARE(stored.size(), 2);
    for (const TransactionRecord &t : stored) {
        QCOMPARE(t.state, TransactionState::Queued);
        QCOMPARE(t.sourceName, QStringLiteral("cdn"));
    }
    QCOMPARE(m_service->transactions().request(requestId)->origin, QStringLiteral("gui"));
    QCOMPARE(m_panel->targetModel()->rowCount(), 0); // sent: the composer starts afresh
    QCOMPARE(m_panel->errorText(), QString());
}

void TestComposer::submitErrorShownInline()
{
    QSignalSpy submitted(m_panel.get(), &ComposerPanel::submitted);
    m_panel->setChosenSources({QStringLiteral("cdn")});
    m_panel->addTargets({QStringLiteral("not a url")});
    m_panel->purge();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(m_panel->errorText().startsWith(QStringLiteral("Nothing was queued: ")));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("composerError"))->isVisible());
    QCOMPARE(m_service->transactions().active().size(), 0);
    QCOMPARE(m_panel->targetModel()->rowCount(), 1); // kept, to be fixed
}

void TestComposer::statusDescribesThePresent()
{
    m_panel->setChosenSources({QStringLiteral("cdn")});
    m_panel->addTargets(
        {QStringLiteral("https://img.example.com/a.png"), QStringLiteral("https://img.example.com/b.png")});
    m_panel->purge();
    const QList<TransactionRecord> active = m_service->transactions().active();
    QCOMPARE(active.size(), 2);
    // The status names the request and its transactions, in the words the table uses.
    QCOMPARE(
        m_panel->statusText(),
        ComposerPanel::tr("Request %1 queued: %n transaction(s)", nullptr, 2).arg(active.first().requestId));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("composerStatus"))->isVisible());
    // The next purge being composed is not "queued": the status goes with the first new target.
    m_panel->addTargets({QStringLiteral("https://img.example.com/c.png")});
    QCOMPARE(m_panel->statusText(), ComposerPanel::tr("Added %n target(s).", nullptr, 1));
    entry()->setText(QStringLiteral("https://img.example.com/d.png"));
    QTest::keyClick(entry(), Qt::Key_Return);
    QCOMPARE(m_panel->targetModel()->rowCount(), 2);
    QCOMPARE(m_panel->statusText(), QString());
    QVERIFY(!m_panel->findChild<QLabel *>(QStringLiteral("composerStatus"))->isVisible());

    // A change of sources or match also ends a status about the old choice.
    m_panel->addTargets({QStringLiteral("https://img.example.com/e.png")});
    QVERIFY(!m_panel->statusText().isEmpty());
    m_panel->setChosenSources({QStringLiteral("edge")});
    QCOMPARE(m_panel->statusText(), QString());

    // And a status that nothing replaces goes by itself after 30 s (shortened here, so the test
    // does not wait): a status is what just happened, not a record of the past.
    auto *expiry = m_panel->findChild<QTimer *>(QStringLiteral("statusExpiry"));
    QVERIFY(expiry);
    QCOMPARE(expiry->interval(), 30000);
    m_panel->addTargets({QStringLiteral("https://img.example.com/f.png")});
    QVERIFY(!m_panel->statusText().isEmpty());
    QVERIFY(expiry->isActive());
    expiry->setInterval(50);
    m_panel->addTargets({QStringLiteral("https://img.example.com/g.png")});
    QCOMPARE(m_panel->statusText(), ComposerPanel::tr("Added %n target(s).", nullptr, 1));
    QTRY_COMPARE(m_panel->statusText(), QString());
}

void TestComposer::errorGoesWhenTheTargetsChange()
{
    m_panel->setChosenSources({QStringLiteral("cdn")});
    m_panel->addTargets({QStringLiteral("not a url")});
    m_panel->purge();
    QVERIFY(m_panel->errorText().contains(QStringLiteral("malformed URL")));
    // Cleared and refilled with good targets: the old error is not shown beside them.
    m_panel->findChild<QPushButton *>(QStringLiteral("clearButton"))->click();
    QCOMPARE(m_panel->errorText(), QString());
    m_panel->addTargets({QStringLiteral("https://img.example.com/a.png")});
    QCOMPARE(m_panel->errorText(), QString());
    QVERIFY(!m_panel->findChild<QLabel *>(QStringLiteral("composerError"))->isVisible());
    // An error from a purge is also gone once the list is edited without Clear.
    m_panel->addTargets({QStringLiteral("also not a url")});
    m_panel->purge();
    QVERIFY(!m_panel->errorText().isEmpty());
    m_panel->targetModel()->removeRows(1, 1);
    QCOMPARE(m_panel->errorText(), QString());
}

void TestComposer::invalidTargetMarkedAsTyped()
{
    m_panel->setChosenSources({QStringLiteral("cdn")});
    TargetListModel *model = m_panel->targetModel();
    auto *counts = m_panel->findChild<QLabel *>(QStringLiteral("targetCounts"));
    entry()->setText(QStringLiteral("https://img.example.com/a.png"));
    QTest::keyClick(entry(), Qt::Key_Return);
    entry()->setText(QStringLiteral("img.example.com/b.png"));
    QTest::keyClick(entry(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 2);
    // Marked as soon as it is typed, not at Preview: the reason is the line's tooltip.
    QCOMPARE(model->index(0).data(TargetListModel::ProblemRole).toString(), QString());
    const QString problem = model->index(1).data(TargetListModel::ProblemRole).toString();
    QVERIFY2(problem.contains(QStringLiteral("malformed URL")), qPrintable(problem));
    QVERIFY(model->index(1).data(Qt::ToolTipRole).toString().contains(problem));
    QVERIFY(!model->index(1).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->index(0).data(Qt::DecorationRole).isNull());
    QCOMPARE(model->problemCount(), 1);
    QCOMPARE(model->firstProblemRow(), 1);
    QVERIFY2(counts->text().contains(
                 ComposerPanel::tr(", %n cannot be sent (marked; see its tooltip)", nullptr, 1)),
             qPrintable(counts->text()));
    QVERIFY(counts->toolTip().contains(problem));
    QCOMPARE(m_panel->errorText(), QString()); // said on the line, not as a purge error

    // Edited into a URL, the mark goes.
    QVERIFY(model->setData(model->index(1), QStringLiteral("https://img.example.com/b.png")));
    QCOMPARE(model->problemCount(), 0);
    QVERIFY(!counts->text().contains(QStringLiteral("cannot be sent")));
    QCOMPARE(counts->toolTip(), QString());

    // Judged again when the choice changes: a prefix is fine for Instart Logic's prefix match,
    // and no source at all judges nothing.
    m_panel->addTargets({QStringLiteral("not a url")});
    QCOMPARE(model->problemCount(), 1);
    m_panel->setChosenSources({});
    QCOMPARE(model->problemCount(), 0);
    m_panel->setChosenSources({QStringLiteral("edge"), QStringLiteral("cdn")});
    QCOMPARE(model->problemCount(), 1);
    // With several sources the mark names the one that refuses it.
    QVERIFY2(
        model->index(2).data(TargetListModel::ProblemRole).toString().startsWith(QStringLiteral("source ")),
        qPrintable(model->index(2).data(TargetListModel::ProblemRole).toString()));
}

void TestComposer::messagesDoNotMoveTheLists()
{
    m_panel->setChosenSources({QStringLiteral("cdn")});
    const QRect listBefore = list()->geometry();
    const QRect sourcesBefore =
        m_panel->findChild<QListWidget *>(QStringLiteral("composerSources"))->geometry();
    m_panel->addTargets({QStringLiteral("not a url")});
    m_panel->purge();
    QVERIFY(!m_panel->errorText().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(list()->geometry(), listBefore);
    QCOMPARE(m_panel->findChild<QListWidget *>(QStringLiteral("composerSources"))->geometry(), sourcesBefore);
    // A message longer than its area is elided, and its whole text is kept for the tooltip.
    auto *error = m_panel->findChild<ElidedLabel *>(QStringLiteral("composerError"));
    QVERIFY(error);
    const QString longText = QStringLiteral("a long error ").repeated(60);
    m_panel->loadOptions([&] {
        PurgeOptions options;
        options.sources = {QStringLiteral("nowhere-") +
                           longText.simplified().replace(QLatin1Char(' '), QLatin1Char('-'))};
        return options;
    }());
    QCoreApplication::processEvents();
    QVERIFY(error->isVisible());
    QVERIFY(error->isElided());
    QCOMPARE(list()->geometry(), listBefore);
}

// The composer's Verify choice is what the engine is handed, and it is kept in a preset.
void TestComposer::verifyChoiceReachesThePurge()
{
    m_panel->setChosenSources({QStringLiteral("cdn")});
    auto *verify = m_panel->findChild<QComboBox *>(QStringLiteral("verifyCombo"));
    QVERIFY(verify);
    QCOMPARE(m_panel->options().verify, QString()); // each source's own setting
    verify->setCurrentIndex(verify->findData(QStringLiteral("get")));
    QCOMPARE(m_panel->options().verify, QStringLiteral("get"));
    m_panel->addTargets({QStringLiteral("https://img.example.com/a.png")});
    const PurgeService::Plan plan = m_service->plan(m_panel->options());
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.options.verify, QStringLiteral("get"));
    PurgeOptions loaded = m_panel->options();
    loaded.verify = QStringLiteral("off");
    m_panel->loadOptions(loaded);
    QCOMPARE(verify->currentData().toString(), QStringLiteral("off"));
}

void TestComposer::previewShowsRequests()
{
    m_panel->setChosenSources({QStringLiteral("cdn")});
    m_panel->addTargets(
        {QStringLiteral("https://img.example.com/a.png"), QStringLiteral("https://img.example.com/b.png")});
    m_panel->preview();
    auto *dialog = m_panel->findChild<PreviewDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->requestCount(), 2);
    QVERIFY(dialog->text().contains(QStringLiteral("Transaction 2 of 2")));
    QVERIFY(dialog->text().contains(QStringLiteral("https://img.example.com/b.png")));
    QVERIFY(!dialog->text().contains(QStringLiteral("not-a-real-key")));
    QVERIFY(dialog->text().contains(QStringLiteral("[redacted]")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("previewSummary"))
                ->text()
                .startsWith(ComposerPanel::tr(
                                "%n transaction(s) to %1 for %2, each one call within the provider's limits.",
                                nullptr, 2)
                                .arg(QStringLiteral("cdn"), ComposerPanel::tr("%n target(s)", nullptr, 2))));
    QCOMPARE(m_service->transactions().active().size(), 0); // nothing sent or queued
    dialog->close();
}

void TestComposer::previewShowsTheEstimate()
{
    // What the engine estimates for each source, above the requests: here a CloudFront
    // distribution billed per path, with one folder that would be cheaper as a prefix.
    addSource(QStringLiteral("assets"), QStringLiteral("cloudfront"),
              {{QStringLiteral("distribution"), QStringLiteral("EDFDVBD6EXAMPLE")},
               {QStringLiteral("access_key_id"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")}});
    QStringList targets;
    for (int i = 0; i < 412; ++i)
        targets << QStringLiteral("https://www.example.com/img/2026/photo-%1.jpg").arg(i);
    for (int i = 0; i < 10; ++i)
        targets << QStringLiteral("https://www.example.com/css/site-%1.css").arg(i);
    m_panel->reloadSources();
    m_panel->setChosenSources({QStringLiteral("cdn"), QStringLiteral("assets")});
    m_panel->addTargets(targets);
    m_panel->preview();
    auto *dialog = m_panel->findChild<PreviewDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *estimate = dialog->findChild<QLabel *>(QStringLiteral("previewEstimate"));
    QVERIFY(estimate);
    QVERIFY(estimate->isVisible());
    const QString text = estimate->text();
    QCOMPARE(text, dialog->estimateText());
    // imgix: one URL a request at 10/s after a burst of 1; CloudFront: one invalidation.
    QVERIFY2(text.contains(QStringLiteral("cdn (imgix): ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("about 43 s to send at 10 transactions/s after a burst of 1")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("assets (cloudfront): ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("sent at once (within the burst of 1 at 0.5 transactions/s)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("assets: bills 422 invalidation paths of the 1,000 free a month")),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("collapsing the 412 URLs under https://www.example.com/img/2026/ into "
                                     "/img/2026/* would bill 1 invalidation path instead of 412")),
        qPrintable(text));
    QCOMPARE(dialog->requestCount(), 423);
    QCOMPARE(m_service->transactions().active().size(), 0); // nothing sent or queued
    // With PURGELINE_GRAB_DIR set (under a real X server), the dialog is saved as docs'
    // screenshot-preview-estimate.png.
    if (const QString grabDir = qEnvironmentVariable("PURGELINE_GRAB_DIR"); !grabDir.isEmpty()) {
        dialog->resize(900, 560);
        QTest::qWait(200);
        QVERIFY(
            dialog->grab().save(QDir(grabDir).filePath(QStringLiteral("screenshot-preview-estimate.png"))));
    }
    dialog->close();
}

void TestComposer::previewAndStatusSayWhatIsAlreadyQueued()
{
    // The queue is paused: the first purge stays queued, unsent, and covers the same URL later.
    const QString a = QStringLiteral("https://img.example.com/a.png");
    const QString b = QStringLiteral("https://img.example.com/b.png");
    QSignalSpy submitted(m_panel.get(), &ComposerPanel::submitted);
    m_panel->setChosenSources({QStringLiteral("cdn")});
    m_panel->addTargets({a});
    m_panel->purge();
    QCOMPARE(submitted.count(), 1);
    const qint64 first = submitted.first().first().toLongLong();
    const QString expected = QStringLiteral("1 URL already queued in request %1 (source cdn)").arg(first);

    m_panel->addTargets({a, b});
    m_panel->preview();
    auto *dialog = m_panel->findChild<PreviewDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->requestCount(), 1); // b only
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("previewSummary"))->text();
    QVERIFY2(summary.contains(expected), qPrintable(summary));
    dialog->close();

    auto *status = m_panel->findChild<QLabel *>(QStringLiteral("composerStatus"));
    m_panel->purge();
    QCOMPARE(submitted.count(), 2);
    QVERIFY2(status->text().contains(expected), qPrintable(status->text()));

    m_panel->addTargets({b});
    m_panel->purge();
    QCOMPARE(submitted.count(), 2); // nothing new queued
    QVERIFY2(m_panel->errorText().isEmpty(), qPrintable(m_panel->errorText()));
    QVERIFY2(status->text().contains(QStringLiteral("Nothing queued")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("1 URL already queued in request %1 (source cdn)")
                                         .arg(submitted.last().first().toLongLong())),
             qPrintable(status->text()));
    QCOMPARE(m_service->transactions().active().size(), 2);
}

void TestComposer::presetSaveAndLoad()
{
    m_panel->setAskText(
        [](QWidget *, const QString &, const QString &) { return QStringLiteral("nightly"); });
    QSignalSpy saved(m_panel.get(), &ComposerPanel::presetSaved);
    m_panel->setChosenSources({QStringLiteral("edge")});
    m_panel->findChild<QRadioButton *>(QStringLiteral("actionInvalidate"))->setChecked(true);
    matchCombo()->setCurrentIndex(matchCombo()->findData(QStringLiteral("prefix")));
    m_panel->addTargets({QStringLiteral("https://www.example.com/img/")});
    const PurgeOptions before = m_panel->options();
    m_panel->savePreset();
    QCOMPARE(saved.count(), 1);
    const auto preset = m_service->presets().find(QStringLiteral("nightly"));
    QVERIFY(preset);
    QCOMPARE(preset->definition, before.toJson());

    m_panel->clearTargets();
    m_panel->setChosenSources({QStringLiteral("cdn")});
    PurgeOptions loaded = PurgeOptions::fromJson(preset->definition);
    loaded.fromFile = QStringLiteral("/srv/urls.txt");
    m_panel->loadOptions(loaded);
    QCOMPARE(m_panel->errorText(), QString());
    QCOMPARE(m_panel->options().toJson(), loaded.toJson());
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("composerExtras"))
                ->text()
                .contains(QStringLiteral("/srv/urls.txt")));

    // A preset naming a source that is gone says so.
    loaded.sources = {QStringLiteral("gone")};
    m_panel->loadOptions(loaded);
    QVERIFY(m_panel->errorText().contains(QStringLiteral("gone")));
}

void TestComposer::gitDialogAddsCheckedUrls()
{
    const QString repoDir = m_files->filePath(QStringLiteral("repo"));
    GitLibrary library;
    commitTwice(repoDir,
                {{QStringLiteral("public/img/a.png"), kPng},
                 {QStringLiteral("public/css/site.css"), "body{}"},
                 {QStringLiteral("README"), "hello"}},
                {{QStringLiteral("public/img/a.png"), kPng + "changed"},
                 {QStringLiteral("public/img/new.png"), kPng},
                 {QStringLiteral("public/css/site.css"), "body{color:red}"},
                 {QStringLiteral("README"), "bye"}});

    m_panel->setChosenSources({QStringLiteral("cdn")});
    m_panel->openGitChanges();
    auto *dialog = m_panel->findChild<GitChangesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Empty Map: each chosen source maps with its own map setting.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("gitMaps"))->text(), QString());
    dialog->findChild<QLineEdit *>(QStringLiteral("gitRepository"))->setText(repoDir);
    auto *only = dialog->findChild<QComboBox *>(QStringLiteral("gitOnly"));
    only->setCurrentIndex(only->findData(QStringLiteral("images")));
    QVERIFY2(dialog->showChanges(), qPrintable(dialog->errorText()));

    auto *files = dialog->findChild<QTreeWidget *>(QStringLiteral("gitFiles"));
    QCOMPARE(files->topLevelItemCount(), 4);
    QStringList rows;
    for (int i = 0; i < files->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = files->topLevelItem(i);
        rows << item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') +
                    (item->flags().testFlag(Qt::ItemIsUserCheckable) ? QStringLiteral("checkable")
                                                                     : QStringLiteral("skipped"));
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("README|modified|skipped"),
                                QStringLiteral("public/css/site.css|modified|skipped"),
                                QStringLiteral("public/img/a.png|modified|checkable"),
                                QStringLiteral("public/img/new.png|added|checkable")}));
    QCOMPARE(dialog->checkedUrls(), (QStringList{QStringLiteral("https://img.example.com/img/a.png"),
                                                 QStringLiteral("https://img.example.com/img/new.png")}));
    files->topLevelItem(3)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(dialog->checkedUrls(), QStringList{QStringLiteral("https://img.example.com/img/a.png")});

    // All files with an exclude glob.
    only->setCurrentIndex(only->findData(QStringLiteral("all")));
    dialog->findChild<QLineEdit *>(QStringLiteral("gitExcludes"))->setText(QStringLiteral("**/*.png"));
    QVERIFY(dialog->showChanges());
    QCOMPARE(dialog->checkedUrls(), QStringList{QStringLiteral("https://img.example.com/css/site.css")});

    // A bad revision is an error in the dialog, not a crash or an empty list.
    dialog->findChild<QLineEdit *>(QStringLiteral("gitFrom"))->setText(QStringLiteral("no-such-rev"));
    QVERIFY(!dialog->showChanges());
    QVERIFY(dialog->errorText().contains(QStringLiteral("no-such-rev")));
    QCOMPARE(dialog->checkedUrls(), QStringList());

    dialog->findChild<QLineEdit *>(QStringLiteral("gitFrom"))->setText(QStringLiteral("HEAD~1"));
    dialog->findChild<QLineEdit *>(QStringLiteral("gitExcludes"))->clear();
    only->setCurrentIndex(only->findData(QStringLiteral("images")));
    QVERIFY(dialog->showChanges());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("gitAddButton")), Qt::LeftButton);
    // The picked files go to the engine as a selection, which maps them for each source.
    QCOMPARE(m_panel->options().changes.paths,
             (QStringList{QStringLiteral("public/img/a.png"), QStringLiteral("public/img/new.png")}));
    const PurgeService::Plan plan = m_service->plan(m_panel->options());
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.resolved.sources.constFirst().targets,
             (QStringList{QStringLiteral("https://img.example.com/img/a.png"),
                          QStringLiteral("https://img.example.com/img/new.png")}));
}

// The list follows the fields without a click on Show (once the range is whole), and the next
// opening in the same profile starts where this one was left.
void TestComposer::gitDialogFollowsItsFieldsAndRemembersThem()
{
    const QString repoDir = m_files->filePath(QStringLiteral("repo"));
    GitLibrary library;
    commitTwice(
        repoDir, {{QStringLiteral("public/img/a.png"), kPng}},
        {{QStringLiteral("public/img/a.png"), kPng + "changed"}, {QStringLiteral("public/img/b.png"), kPng}});

    m_panel->setChosenSources({QStringLiteral("cdn")});
    m_panel->openGitChanges();
    auto *dialog = m_panel->findChild<GitChangesDialog *>();
    QVERIFY(dialog);
    auto *files = dialog->findChild<QTreeWidget *>(QStringLiteral("gitFiles"));
    auto *repository = dialog->findChild<QLineEdit *>(QStringLiteral("gitRepository"));
    QTest::keyClicks(repository, repoDir);
    QTRY_COMPARE(files->topLevelItemCount(), 2); // HEAD~1..HEAD, read by itself
    // A half-typed range reads nothing (no error flashing while typing)...
    auto *from = dialog->findChild<QLineEdit *>(QStringLiteral("gitFrom"));
    from->selectAll();
    QTest::keyClick(from, Qt::Key_Backspace);
    QTest::qWait(900);
    QCOMPARE(dialog->errorText(), QString());
    QCOMPARE(files->topLevelItemCount(), 2);
    // ...and a filter typed in is applied a moment later.
    QTest::keyClicks(from, QStringLiteral("HEAD~1"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("gitExcludes")),
                     QStringLiteral("**/b.png"));
    QTRY_COMPARE(dialog->checkedUrls(), QStringList{QStringLiteral("https://img.example.com/img/a.png")});
    dialog->reject();
    QTRY_VERIFY(!m_panel->findChild<GitChangesDialog *>());

    // Remembered in the profile (its settings table), not on this desktop.
    QVERIFY(m_service->profileValues().value(QStringLiteral("git-dialog/last-query")).contains(repoDir));
    m_panel->openGitChanges();
    dialog = m_panel->findChild<GitChangesDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("gitRepository"))->text(),
             QDir::toNativeSeparators(repoDir));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("gitExcludes"))->text(),
             QStringLiteral("**/b.png"));
    QTRY_COMPARE(dialog->checkedUrls(), QStringList{QStringLiteral("https://img.example.com/img/a.png")});
    dialog->reject();
}

// With Map empty, each chosen source maps the changed files with its own map setting, both
// kinds: a folder rule (/srv/site/public=..., written for dropped files) maps the repository's
// paths too when the repository is that folder's working tree. A source without a rule that
// covers a file says so on the file's line.
void TestComposer::gitDialogMapsWithEachSourcesOwnRulesOfBothKinds()
{
    GitLibrary library;
    commitTwice(m_site, {{QStringLiteral("public/img/a.png"), kPng}},
                {{QStringLiteral("public/img/a.png"), kPng + "changed"}, {QStringLiteral("README"), "bye"}});
    // Only a folder rule, and only a repository rule (cdn has both).
    addSource(QStringLiteral("www"), QStringLiteral("http-purge"),
              {{QStringLiteral("map"), m_site + QStringLiteral("/public=https://www.example.com/")}},
              {QStringLiteral("http://127.0.0.1:9/")});
    addSource(QStringLiteral("assets"), QStringLiteral("http-purge"),
              {{QStringLiteral("map"), QStringLiteral("public/img=https://assets.example.com/i/")}},
              {QStringLiteral("http://127.0.0.1:9/")});
    m_panel->reloadSources();
    m_panel->setChosenSources({QStringLiteral("www"), QStringLiteral("assets"), QStringLiteral("varnish")});
    m_panel->openGitChanges();
    auto *dialog = m_panel->findChild<GitChangesDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("gitRepository"))->setText(m_site);
    QVERIFY2(dialog->showChanges(), qPrintable(dialog->errorText()));

    // The sources in the list's order.
    QCOMPARE(dialog->checkedUrls(), (QStringList{QStringLiteral("https://assets.example.com/i/a.png"),
                                                 QStringLiteral("https://www.example.com/img/a.png")}));
    auto *files = dialog->findChild<QTreeWidget *>(QStringLiteral("gitFiles"));
    QCOMPARE(files->topLevelItemCount(), 2);
    const QTreeWidgetItem *image = files->topLevelItem(1);
    QCOMPARE(image->text(0), QStringLiteral("public/img/a.png"));
    QCOMPARE(image->toolTip(2), QStringLiteral("assets: https://assets.example.com/i/a.png\n"
                                               "varnish: not mapped\n"
                                               "www: https://www.example.com/img/a.png"));
    // README is no image (the filter the dialog opens with): shown, explained, not addable.
    QVERIFY(!files->topLevelItem(0)->flags().testFlag(Qt::ItemIsUserCheckable));

    // The engine maps the picked files the same way, source by source.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("gitAddButton")), Qt::LeftButton);
    const PurgeService::Plan plan = m_service->plan(m_panel->options());
    QStringList planned;
    for (const auto &source : plan.resolved.sources)
        planned << source.source.name + QLatin1Char('=') + source.targets.join(QLatin1Char(','));
    QCOMPARE(planned, (QStringList{QStringLiteral("assets=https://assets.example.com/i/a.png"),
                                   QStringLiteral("varnish="),
                                   QStringLiteral("www=https://www.example.com/img/a.png")}));
}

// The Reason field goes with the purge into the history; a source that requires one refuses
// a purge without it, with the reason for the refusal on the composer's error line.
void TestComposer::reasonIsRecordedAndRequiredWhereTheSourceSaysSo()
{
    addSource(QStringLiteral("audited"), QStringLiteral("http-purge"),
              {{QStringLiteral("require_reason"), QStringLiteral("yes")},
               {QStringLiteral("secret_header"), QStringLiteral("X-Purge-Token")}},
              {QStringLiteral("http://127.0.0.1:9/")});
    m_panel->reloadSources();
    m_panel->setChosenSources({QStringLiteral("audited")});
    m_panel->addTargets({QStringLiteral("https://www.example.com/a")});
    m_panel->purge();
    QVERIFY2(m_panel->errorText().contains(QStringLiteral("audited")) &&
                 m_panel->errorText().contains(QStringLiteral("reason")),
             qPrintable(m_panel->errorText()));
    QCOMPARE(m_service->transactions().history({}).size(), 0);

    auto *reason = m_panel->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QVERIFY(reason);
    QTest::keyClicks(reason, QStringLiteral("TICKET-7"));
    QVERIFY(m_panel->errorText().isEmpty()); // the error was about the empty field
    QCOMPARE(m_panel->options().reason, QStringLiteral("TICKET-7"));
    m_panel->purge();
    QVERIFY2(m_panel->errorText().isEmpty(), qPrintable(m_panel->errorText()));
    const QList<TransactionRecord> queued = m_service->transactions().history({});
    QCOMPARE(queued.size(), 1);
    QCOMPARE(m_service->transactions().request(queued.constFirst().requestId)->reason,
             QStringLiteral("TICKET-7"));

    // A preset (or "run again") brings its reason back into the field.
    PurgeOptions saved = m_panel->options();
    saved.reason = QStringLiteral("weekly");
    m_panel->loadOptions(saved);
    QCOMPARE(reason->text(), QStringLiteral("weekly"));
}

void TestComposer::declaredOptionsFollowTheMatch()
{
    // The option field comes from the provider's declaration and applies to prefix purges only.
    m_panel->setChosenSources({QStringLiteral("edge")});
    auto *field = m_panel->findChild<QLineEdit *>(QStringLiteral("option_cache_key_modifier"));
    QVERIFY(field);
    QVERIFY(field->isVisible());
    matchCombo()->setCurrentIndex(matchCombo()->findData(QStringLiteral("exact")));
    QVERIFY(!field->isEnabled());
    matchCombo()->setCurrentIndex(matchCombo()->findData(QStringLiteral("prefix")));
    QVERIFY(field->isEnabled());
    field->setText(QStringLiteral("device_*"));
    QCOMPARE(m_panel->options().options.value(QStringLiteral("cache_key_modifier")),
             QStringList{QStringLiteral("device_*")});
    // A source whose provider declares no option shows no field.
    m_panel->setChosenSources({QStringLiteral("cdn")});
    QVERIFY(!m_panel->findChild<QLineEdit *>(QStringLiteral("option_cache_key_modifier")));
}

QTEST_MAIN(TestComposer)
#include "tst_gui_composer.moc"
