// The transactions panel and the history panel on a real PurgeService over a temporary
// profile: retry and cancel through the queue, copy as curl without the secret, details,
// filters, history search, rerun and CSV export.
#include "approvalbar.h"
#include "approvalwatcher.h"
#include "core/clock.h"
#include "credentials/secretstore.h"
#include "fakehttpserver.h"
#include "historypanel.h"
#include "queue/purgeservice.h"
#include "queue/verifier.h"
#include "storage/database.h"
#include "testprofile.h"
#include "transactiondetails.h"
#include "transactionfeed.h"
#include "transactionfilterproxy.h"
#include "transactionspanel.h"
#include "transactiontablemodel.h"
#include "transactionview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <memory>

namespace {

using S = TransactionState;
const QString kSecret = QStringLiteral("s3cr3t-KEY-9f8e");

// A profile in a temporary directory with an imgix source on a fake server, the service the
// window uses, and the live table model fed from the queue.
struct Profile
{
    TestProfile profile;
    PurgeService *service = &profile.service();
    ManualClock &clock = profile.clock();
    FakeHttpServer server;
    std::unique_ptr<TransactionTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester; // lives as long as the model
    std::unique_ptr<TransactionFeed> feed;

    Profile()
    {
        server.start();
        model = std::make_unique<TransactionTableModel>();
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed = std::make_unique<TransactionFeed>(model.get());
        feed->setBatchInterval(10);
        feed->watchQueue(&service->queue());
        feed->watchStore(&service->transactions(), 0);
    }

    void addImgix(const QString &name, const QMap<QString, QString> &extraSettings = {})
    {
        SourceConfig source;
        source.name = name;
        source.type = QStringLiteral("imgix");
        source.endpoints = {server.baseUrl().toString()};
        // The manual clock does not move here: a burst lets every test purge go at once.
        source.settings = {{QStringLiteral("burst"), QStringLiteral("10")}};
        for (auto it = extraSettings.cbegin(); it != extraSettings.cend(); ++it)
            source.settings.insert(it.key(), it.value());
        source.secret.kind = SecretRef::Kind::Keychain;
        const QString key = SourceStore::newSecretKey();
        QVERIFY(profile.secrets().writeNow(key, kSecret).ok());
        QCOMPARE(service->sources().add(source, key), QString());
    }

    QList<TransactionRecord> submit(const QString &source, const QStringList &targets)
    {
        PurgeOptions options;
        options.sources = {source};
        options.targets = targets;
        const PurgeService::Submitted result = service->submit(options, QStringLiteral("test"));
        if (!result.error.isEmpty())
            qFatal("%s", qPrintable(result.error));
        return result.transactions;
    }

    S state(qint64 id) const { return service->transactions().byIds({id}).value(0).state; }
    int modelCount(S state) const
    {
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            n += model->transactionAt(row).state == state;
        return n;
    }
};

QToolButton *buttonFor(QWidget *panel, QAction *action)
{
    for (QToolButton *button : panel->findChildren<QToolButton *>())
        if (button->defaultAction() == action)
            return button;
    return nullptr;
}

void click(QWidget *panel, QAction *action)
{
    QToolButton *button = buttonFor(panel, action);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

ScriptedReply imgixOk()
{
    return ScriptedReply::json(200, "{\"data\":{\"id\":\"purge-1\",\"type\":\"purges\"}}");
}

TransactionRecord stored(qint64 id, const QString &source, const QStringList &targets, S state, qint64 at)
{
    TransactionRecord t;
    t.id = id;
    t.sourceId = 1;
    t.sourceName = source;
    t.batch.targets = targets;
    t.state = state;
    t.createdAt = at;
    t.updatedAt = at;
    return t;
}

} // namespace

class TstGuiTransactions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void retryAndCancelChangeStates()
    {
        Profile p;
        p.addImgix(QStringLiteral("images"));
        p.server.setHandler(
            [](const RecordedRequest &) { return ScriptedReply::json(400, "{\"errors\":[]}"); });
        const auto first =
            p.submit(QStringLiteral("images"), {QStringLiteral("https://img.example.com/a.jpg"),
                                                QStringLiteral("https://img.example.com/b.jpg")});
        QCOMPARE(first.size(), 2);
        QTRY_COMPARE(p.modelCount(S::Failed), 2);

        TransactionsPanel panel(*p.service, p.model.get());
        panel.resize(1024, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(panel.progressLabel()->text(),
                     QStringLiteral("Request 1: 2 of 2 transactions done, 2 failed"));
        QVERIFY(!panel.retrySelectedAction()->isEnabled()); // nothing selected
        QVERIFY(panel.retryFailedAction()->isEnabled());
        QVERIFY(!panel.cancelPendingAction()->isEnabled());

        // Retry selected: only the selected one goes back to the queue, and then succeeds.
        p.server.setHandler([](const RecordedRequest &) { return imgixOk(); });
        panel.selectTransaction(first[0].id);
        QCOMPARE(panel.selectedIds(), QList<qint64>{first[0].id});
        click(&panel, panel.retrySelectedAction());
        QCOMPARE(p.state(first[0].id), S::Queued);
        QCOMPARE(p.state(first[1].id), S::Failed);
        QTRY_COMPARE(p.state(first[0].id), S::Succeeded);
        QTRY_COMPARE(p.model->transactionAt(p.model->rowOfId(first[0].id)).state, S::Succeeded);
        QCOMPARE(p.state(first[1].id), S::Failed);

        // Retry all failed.
        click(&panel, panel.retryFailedAction());
        QTRY_COMPARE(p.state(first[1].id), S::Succeeded);
        QTRY_COMPARE(panel.progressLabel()->text(), QStringLiteral("Request 1: 2 of 2 transactions done"));
        QTRY_VERIFY(!panel.retryFailedAction()->isEnabled());

        // Cancel selected and cancel all pending, on a paused queue: nothing is ever sent.
        p.service->queue().setPaused(true);
        const qsizetype sentBefore = p.server.requests().size();
        const auto second =
            p.submit(QStringLiteral("images"), {QStringLiteral("https://img.example.com/c.jpg"),
                                                QStringLiteral("https://img.example.com/d.jpg"),
                                                QStringLiteral("https://img.example.com/e.jpg")});
        QTRY_COMPARE(p.modelCount(S::Queued), 3);
        QTRY_COMPARE(panel.progressLabel()->text(), QStringLiteral("Request 2: 0 of 3 transactions done"));
        QTRY_VERIFY(panel.cancelPendingAction()->isEnabled());
        panel.selectTransaction(second[1].id);
        QTRY_VERIFY(panel.cancelSelectedAction()->isEnabled());
        QVERIFY(!panel.retrySelectedAction()->isEnabled());
        click(&panel, panel.cancelSelectedAction());
        QCOMPARE(p.state(second[1].id), S::Cancelled);
        QCOMPARE(p.state(second[0].id), S::Queued);
        QCOMPARE(p.state(second[2].id), S::Queued);
        click(&panel, panel.cancelPendingAction());
        QCOMPARE(p.state(second[0].id), S::Cancelled);
        QCOMPARE(p.state(second[2].id), S::Cancelled);
        QTRY_COMPARE(p.modelCount(S::Cancelled), 3);
        QTRY_COMPARE(panel.progressLabel()->text(), QStringLiteral("Request 2: 3 of 3 transactions done"));

        // A cancelled one can be retried; the paused queue keeps it queued.
        QTRY_VERIFY(panel.retrySelectedAction()->isEnabled());
        click(&panel, panel.retrySelectedAction());
        QCOMPARE(p.state(second[1].id), S::Queued);
        QTRY_COMPARE(panel.progressLabel()->text(), QStringLiteral("Request 2: 2 of 3 transactions done"));
        QCOMPARE(p.server.requests().size(), sentBefore);
    }

    // A request over a source's approval limit waits in the table with a bar that says who asked
    // and why it needs approval; the one who asked can only withdraw it, another person approves
    // (and it is sent) or rejects it (and nothing is sent). Every request that comes to wait is
    // announced once, for the notification.
    void approvalBarApprovesAndRejects()
    {
        const QByteArray userBefore = qgetenv("USER");
        const QByteArray nameBefore = qgetenv("PURGELINE_NAME");
        const auto restore = qScopeGuard([&] {
            qputenv("USER", userBefore);
            qputenv("PURGELINE_NAME", nameBefore);
        });
        const auto as = [](const char *login, const char *name) {
            qputenv("USER", login);
            qputenv("PURGELINE_NAME", name);
        };
        Profile p;
        p.addImgix(QStringLiteral("images"), {{QStringLiteral("approval_over"), QStringLiteral("1")}});
        p.server.setHandler([](const RecordedRequest &) { return imgixOk(); });
        ApprovalWatcher watcher(p.model.get());
        watcher.setDelay(0);
        QSignalSpy announced(&watcher, &ApprovalWatcher::requestsAwaitApproval);

        TransactionsPanel panel(*p.service, p.model.get());
        QStringList reasonsAsked;
        std::optional<QString> answer = QStringLiteral("not during the sale");
        panel.setAskRejectReason([&](QWidget *, qint64 requestId, bool withdraw) {
            reasonsAsked << QStringLiteral("%1 %2").arg(requestId).arg(
                QLatin1String(withdraw ? "withdraw" : "reject"));
            return answer;
        });
        panel.resize(1024, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ApprovalBar *bar = panel.approvalBar();
        QVERIFY(!bar->isVisible());

        as("ann", "Ann Example");
        PurgeOptions options;
        options.sources = {QStringLiteral("images")};
        options.targets = {QStringLiteral("https://img.example.com/a.jpg"),
                           QStringLiteral("https://img.example.com/b.jpg")};
        options.reason = QStringLiteral("new hero images");
        const PurgeService::Submitted first = p.service->submit(options, QStringLiteral("gui"));
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY(!first.approvalBecause.isEmpty());
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->requestId(), first.requestId);
        QVERIFY2(bar->text().contains(QStringLiteral("Your request 1 awaits another person's approval.")),
                 qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QStringLiteral("Reason given: new hero images")),
                 qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QStringLiteral("needs approval for more than 1 targets (this has 2)")),
                 qPrintable(bar->text()));
        QVERIFY(!bar->approveButton()->isEnabled());
        QCOMPARE(bar->rejectButton()->text(), QStringLiteral("&Withdraw…"));
        QTRY_COMPARE(announced.size(), 1);
        QCOMPARE(announced.at(0).at(0).value<QList<qint64>>(), QList<qint64>{first.requestId});

        // Bob sees it as one to decide; his approval sends it.
        as("bob", "Bob");
        panel.selectTransaction(first.transactions.first().id);
        QTRY_VERIFY(bar->approveButton()->isEnabled());
        QVERIFY2(bar->text().contains(QStringLiteral("Request 1 awaits your approval.")),
                 qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QStringLiteral("Asked by Ann Example (ann) on ")),
                 qPrintable(bar->text()));
        QCOMPARE(bar->rejectButton()->text(), QStringLiteral("&Reject…"));
        QCOMPARE(p.server.requests().size(), 0);
        QTest::mouseClick(bar->approveButton(), Qt::LeftButton);
        for (const TransactionRecord &t : first.transactions)
            QTRY_COMPARE(p.state(t.id), S::Succeeded);
        QCOMPARE(p.server.requests().size(), first.transactions.size()); // imgix: one URL each
        QTRY_VERIFY(!bar->isVisible());
        QCOMPARE(p.service->transactions().request(first.requestId)->decidedBy, QStringLiteral("Bob (bob)"));

        // Ann asks again; Bob rejects it with a reason, and nothing is sent. A cancelled question
        // decides nothing.
        as("ann", "Ann Example");
        options.targets = {QStringLiteral("https://img.example.com/c.jpg"),
                           QStringLiteral("https://img.example.com/d.jpg")};
        const PurgeService::Submitted second = p.service->submit(options, QStringLiteral("gui"));
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        as("bob", "Bob");
        QTRY_COMPARE(bar->requestId(), second.requestId);
        panel.selectTransaction(second.transactions.first().id);
        QTRY_VERIFY(bar->approveButton()->isEnabled());
        answer.reset();
        QTest::mouseClick(bar->rejectButton(), Qt::LeftButton);
        QCOMPARE(p.state(second.transactions.first().id), S::AwaitingApproval);
        answer = QStringLiteral("not during the sale");
        QTest::mouseClick(bar->rejectButton(), Qt::LeftButton);
        QCOMPARE(reasonsAsked, (QStringList{QStringLiteral("2 reject"), QStringLiteral("2 reject")}));
        QCOMPARE(p.state(second.transactions.first().id), S::Cancelled);
        QTRY_VERIFY(!bar->isVisible());
        const TransactionRecord rejected =
            p.service->transactions().byIds({second.transactions.first().id}).first();
        QVERIFY2(rejected.lastError.contains(QStringLiteral("rejected by Bob (bob): not during the sale")),
                 qPrintable(rejected.lastError));
        QTest::qWait(50);
        QCOMPARE(p.server.requests().size(), first.transactions.size());
        QTRY_COMPARE(announced.size(), 2);
        QCOMPARE(announced.at(1).at(0).value<QList<qint64>>(), QList<qint64>{second.requestId});
    }

    void copyAsCurlAndDetailsNeverShowTheSecret()
    {
        Profile p;
        p.addImgix(QStringLiteral("images"));
        p.server.setHandler([](const RecordedRequest &) { return imgixOk(); });
        const auto sent =
            p.submit(QStringLiteral("images"), {QStringLiteral("https://img.example.com/it's.jpg")});
        QTRY_COMPARE(p.state(sent[0].id), S::Succeeded);
        // The secret really was in use.
        QCOMPARE(p.server.requests().size(), 1);
        QCOMPARE(p.server.requests()[0].header("Authorization"), QByteArray("Bearer ") + kSecret.toUtf8());

        TransactionsPanel panel(*p.service, p.model.get());
        panel.resize(1024, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(p.model->rowCount(), 1);
        panel.selectTransaction(sent[0].id);
        QVERIFY(panel.copyCurlAction()->isEnabled());

        QGuiApplication::clipboard()->clear();
        panel.copyCurlAction()->trigger();
        const QString curl = QGuiApplication::clipboard()->text();
        const QString expected =
            QStringLiteral("curl -X POST '") + p.server.baseUrl().toString() +
            QStringLiteral(
                "/api/v1/purge' -H 'Authorization: [redacted]' -H 'Content-Type: application/vnd.api+json' "
                "--data-binary '{\"data\":{\"attributes\":{\"url\":\"https://img.example.com/it'\\''s.jpg\"},"
                "\"type\":\"purges\"}}'\n");
        QCOMPARE(curl, expected);
        QVERIFY(!curl.contains(kSecret));
        QVERIFY(!curl.contains(QString::fromLatin1(kSecret.toUtf8().toBase64())));

        panel.copyUrlsAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://img.example.com/it's.jpg\n"));

        // The details pane: the redacted request and every event the store holds.
        TransactionDetails *details = panel.details();
        QTRY_COMPARE(details->transactionId(), sent[0].id);
        QVERIFY(details->requestText().startsWith(QStringLiteral("POST ")));
        QVERIFY(details->requestText().contains(QStringLiteral("Authorization: [redacted]")));
        QVERIFY(!details->requestText().contains(kSecret));
        const QList<EventRecord> events = p.service->transactions().events(sent[0].id);
        QVERIFY(events.size() >= 3); // queued, sent, succeeded
        QCOMPARE(details->eventCount(), int(events.size()));
    }

    // A verified purge in the window: the Verified column with its label and filter, and each
    // probe (verdict, signal, the cache headers it read) among the details' events.
    void verificationShownInTableAndDetails()
    {
        Profile p;
        FakeHttpServer site;
        QVERIFY(!site.start().isEmpty());
        site.setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(200, {}).withHeader("X-Cache", "MISS, HIT").withHeader("Age", "900");
        });
        SourceConfig source;
        source.name = QStringLiteral("images");
        source.type = QStringLiteral("imgix");
        source.endpoints = {p.server.baseUrl().toString()};
        source.settings = {{QStringLiteral("burst"), QStringLiteral("10")},
                           {QStringLiteral("verify"), QStringLiteral("head")},
                           {QStringLiteral("verify_base"), site.baseUrl().toString()},
                           {QStringLiteral("verify_delay"), QStringLiteral("1")}};
        source.secret.kind = SecretRef::Kind::Keychain;
        const QString key = SourceStore::newSecretKey();
        QVERIFY(p.profile.secrets().writeNow(key, kSecret).ok());
        QCOMPARE(p.service->sources().add(source, key), QString());
        p.server.setHandler([](const RecordedRequest &) { return imgixOk(); });
        p.feed->watchVerifier(&p.service->verifier(), &p.service->transactions());

        TransactionsPanel panel(*p.service, p.model.get());
        panel.resize(1280, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto sent =
            p.submit(QStringLiteral("images"), {QStringLiteral("https://img.example.com/hero.jpg")});
        QVERIFY(p.profile.runUntil(
            [&] {
                const auto stored = p.service->transactions().byIds({sent[0].id});
                return !stored.isEmpty() && stored[0].verifyState == QLatin1String("stale") &&
                       p.service->verifier().isSettled();
            },
            20000, 200));
        QCOMPARE(p.server.requests().size(), 2); // the purge and the one re-purge
        QCOMPARE(site.requests().size(), 2);
        QCOMPARE(site.requests()[0].header("Host"), QByteArray("img.example.com"));
        QTRY_COMPARE(p.model->rowCount(), 2);
        const int row = p.model->rowOfId(sent[0].id);
        QTRY_COMPARE(p.model->index(row, TransactionTableModel::VerifyColumn).data().toString(),
                     QStringLiteral("still cached"));

        panel.verifyCombo()->setCurrentIndex(panel.verifyCombo()->findText(QStringLiteral("still cached")));
        QCOMPARE(panel.view()->model()->rowCount(), 2); // the purge and its re-purge both stayed cached
        panel.selectTransaction(sent[0].id);
        TransactionDetails *details = panel.details();
        QTRY_COMPARE(details->transactionId(), sent[0].id);
        auto *events = details->findChild<QTreeWidget *>();
        QVERIFY(events);
        QTreeWidgetItem *probe = nullptr;
        for (int i = 0; i < events->topLevelItemCount(); ++i)
            if (events->topLevelItem(i)->text(1) == QLatin1String("verify: stale"))
                probe = events->topLevelItem(i);
        QVERIFY(probe);
        QCOMPARE(probe->text(2), QStringLiteral("200"));
        QVERIFY2(probe->text(3).startsWith(
                     QStringLiteral("https://img.example.com/hero.jpg — X-Cache: MISS, HIT, Age: 900")),
                 qPrintable(probe->text(3)));
        QVERIFY(probe->toolTip(3).contains(QStringLiteral("X-Cache: MISS, HIT\nAge: 900")));
        // With PURGELINE_GRAB_DIR set (under a real X server), the panel is saved as docs'
        // screenshot of verification.
        if (const QString grabDir = qEnvironmentVariable("PURGELINE_GRAB_DIR"); !grabDir.isEmpty()) {
            panel.verifyCombo()->setCurrentIndex(0);
            QTest::qWait(200);
            QVERIFY(panel.grab().save(QDir(grabDir).filePath(QStringLiteral("screenshot-verification.png"))));
        }
    }

    void contextMenuOffersAllActions()
    {
        Profile p;
        p.addImgix(QStringLiteral("images"));
        p.service->queue().setPaused(true);
        const auto queued =
            p.submit(QStringLiteral("images"), {QStringLiteral("https://img.example.com/a.jpg")});
        TransactionsPanel panel(*p.service, p.model.get());
        panel.resize(1024, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(p.model->rowCount(), 1);
        panel.selectTransaction(queued[0].id);

        QStringList texts;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions())
                if (!action->isSeparator())
                    texts << action->text().remove(QLatin1Char('&')) +
                                 (action->isEnabled() ? QString() : QStringLiteral(" (off)"));
            menu->close();
        });
        emit panel.view()->customContextMenuRequested(
            panel.view()->visualRect(panel.view()->currentIndex()).center());
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("Retry selected (off)"),
                              QStringLiteral("Retry all failed (off)"), QStringLiteral("Cancel selected"),
                              QStringLiteral("Cancel all pending"), QStringLiteral("Copy this cell"),
                              QStringLiteral("Copy URLs"), QStringLiteral("Copy as curl")}));
    }

    void filterBarFiltersTheTable()
    {
        Profile p;
        p.addImgix(QStringLiteral("images"));
        p.addImgix(QStringLiteral("thumbs"));
        p.service->queue().setPaused(true);
        p.submit(QStringLiteral("images"), {QStringLiteral("https://img.example.com/a.jpg"),
                                            QStringLiteral("https://img.example.com/b.jpg")});
        const auto thumbs =
            p.submit(QStringLiteral("thumbs"), {QStringLiteral("https://thumbs.example.com/a.jpg")});
        p.service->queue().cancel({thumbs[0].id});
        TransactionsPanel panel(*p.service, p.model.get());
        panel.resize(1024, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(p.model->rowCount(), 3);
        QTRY_COMPARE(p.modelCount(S::Cancelled), 1);
        QCOMPARE(panel.proxy()->rowCount(), 3);

        // Ctrl+F reaches the filter field from the table.
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(panel.filterEdit()->hasFocus());
        // First the details of a row the filter is about to hide.
        const int thumbsRow = [&] {
            for (int row = 0; row < panel.proxy()->rowCount(); ++row)
                if (panel.proxy()->idAt(row) == thumbs[0].id)
                    return row;
            return -1;
        }();
        panel.view()->selectRow(thumbsRow);
        QTRY_COMPARE(panel.details()->transactionId(), thumbs[0].id);
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("B.JPG"));
        QTRY_COMPARE(panel.proxy()->rowCount(), 1);
        // The details follow: they never show a transaction the table no longer lists.
        QTRY_VERIFY(panel.details()->transactionId() != thumbs[0].id);
        QVERIFY(panel.details()->transactionId() == 0 ||
                panel.details()->transactionId() == panel.proxy()->idAt(0));
        QCOMPARE(panel.proxy()->transactionAt(0).batch.targets,
                 QStringList{QStringLiteral("https://img.example.com/b.jpg")});
        panel.filterEdit()->clear();
        QTRY_COMPARE(panel.proxy()->rowCount(), 3);

        panel.sourceCombo()->setCurrentIndex(panel.sourceCombo()->findText(QStringLiteral("thumbs")));
        QCOMPARE(panel.proxy()->rowCount(), 1);
        panel.sourceCombo()->setCurrentIndex(0);
        panel.stateCombo()->setCurrentIndex(panel.stateCombo()->findText(QStringLiteral("Not finished")));
        QCOMPARE(panel.proxy()->rowCount(), 2);
        panel.stateCombo()->setCurrentIndex(panel.stateCombo()->findText(QStringLiteral("Cancelled")));
        QCOMPARE(panel.proxy()->rowCount(), 1);
        QCOMPARE(panel.proxy()->idAt(0), thumbs[0].id);

        // A transaction hidden by the filters is shown when asked for (a notification click).
        panel.selectTransaction(1);
        QCOMPARE(panel.stateCombo()->currentIndex(), 0);
        QCOMPARE(panel.selectedIds(), QList<qint64>{1});
    }

    void spareWidthGoesToUrlsAndErrors()
    {
        using M = TransactionTableModel;
        Profile p;
        p.addImgix(QStringLiteral("images"));
        p.service->queue().setPaused(true);
        const QString longUrl =
            QStringLiteral("https://img.example.com/") + QStringLiteral("a").repeated(300);
        const auto queued = p.submit(QStringLiteral("images"), {longUrl});
        TransactionsPanel panel(*p.service, p.model.get());
        QHeaderView *header = panel.view()->horizontalHeader();
        for (const QSize size : {QSize(1024, 640), QSize(1920, 1080)}) {
            panel.resize(size);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QCoreApplication::processEvents();
            // At 1920 every visible column fits the viewport, and Targets and Error take what is spare:
            // at 1920 the URLs get far more than a short URL's width, the dates no more than theirs.
            int total = 0;
            for (int column = 0; column < header->count(); ++column)
                if (!header->isSectionHidden(column))
                    total += header->sectionSize(column);
            // (At 1024 the columns need more than the width: the table scrolls, and what is cut off
            // has its tooltip.)
            if (size.width() == 1920)
                QVERIFY2(
                    total <= panel.view()->viewport()->width() + 2,
                    qPrintable(QStringLiteral("%1 > %2").arg(total).arg(panel.view()->viewport()->width())));
            QVERIFY(header->sectionSize(M::TargetsColumn) > header->sectionSize(M::CreatedColumn));
            if (size.width() == 1920) {
                QVERIFY2(header->sectionSize(M::TargetsColumn) > 600,
                         qPrintable(QString::number(header->sectionSize(M::TargetsColumn))));
                QVERIFY(header->sectionSize(M::ErrorColumn) > 350);
            }
        }
        // A cell's whole text is one copy away: the current cell, Ctrl+Alt+C.
        QTRY_COMPARE(panel.proxy()->rowCount(), 1);
        panel.view()->setCurrentIndex(panel.proxy()->index(0, M::TargetsColumn));
        panel.view()->copyCellAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), longUrl);
        QVERIFY(panel.view()->copyCellAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+Alt+C")));
        Q_UNUSED(queued);
    }

    void historyExportsExactCsv()
    {
        Profile p;
        const qint64 t0 = 1'700'000'000'000; // 2023-11-14T22:13:20Z
        QList<TransactionRecord> rows{stored(0, QStringLiteral("images"),
                                             {QStringLiteral("https://img.example.com/a.jpg")}, S::Succeeded,
                                             t0),
                                      stored(0, QStringLiteral("images"),
                                             {QStringLiteral("https://img.example.com/b,c.jpg"),
                                              QStringLiteral("https://img.example.com/d.jpg")},
                                             S::Failed, t0 + 1500)};
        // Retried by hand after two failed attempts, then succeeded: its failures stay on record.
        rows[0].attempts = 1;
        rows[0].earlierAttempts = 2;
        rows[0].lastFailure = QStringLiteral("HTTP 503: busy");
        rows[0].lastHttpStatus = 200;
        rows[0].providerId = QStringLiteral("purge-1");
        rows[1].attempts = 2;
        rows[1].lastHttpStatus = 403;
        rows[1].lastError = QStringLiteral("HTTP 403: \"key\" rejected");
        rows[1].lastFailure = rows[1].lastError;
        RequestRecord request;
        request.createdAt = t0;
        request.sources = {QStringLiteral("images")};
        request.user = QStringLiteral("ann");
        request.person = QStringLiteral("Ann Example");
        request.host = QStringLiteral("desk-7");
        request.reason = QStringLiteral("TICKET-12, new logo");
        QString error;
        QVERIFY(p.service->transactions().createRequest(request, rows, &error));

        HistoryPanel panel(*p.service);
        TransactionTableModel *historyModel = panel.model();
        QAbstractItemModelTester tester(historyModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1024, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(historyModel->rowCount(), 2);
        panel.view()->sortByColumn(TransactionTableModel::IdColumn, Qt::AscendingOrder);

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("history.csv"));
        QVERIFY(panel.exportCsv(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(
            file.readAll(),
            QByteArray("id,request_id,created,updated,source,action,match,targets,state,attempts,http_status,"
                       "provider_id,error,last_failure,person,user,host,reason\r\n"
                       "1,1,2023-11-14T22:13:20.000Z,2023-11-14T22:13:20.000Z,images,purge,exact,"
                       "https://img.example.com/a.jpg,succeeded,3,200,purge-1,,HTTP 503: busy,"
                       "Ann Example,ann,desk-7,\"TICKET-12, new logo\"\r\n"
                       "2,1,2023-11-14T22:13:21.500Z,2023-11-14T22:13:21.500Z,images,purge,exact,"
                       "\"https://img.example.com/b,c.jpg\nhttps://img.example.com/d.jpg\",failed,2,403,,"
                       "\"HTTP 403: \"\"key\"\" rejected\",\"HTTP 403: \"\"key\"\" rejected\","
                       "Ann Example,ann,desk-7,\"TICKET-12, new logo\"\r\n"));
        // The table too: attempts over every try, the earlier failure greyed in the error column.
        const QModelIndex attempts =
            historyModel->index(historyModel->rowOfId(rows[0].id), TransactionTableModel::AttemptsColumn);
        QCOMPARE(attempts.data().toInt(), 3);
        QVERIFY(attempts.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 before")));
        const QModelIndex failure = attempts.siblingAtColumn(TransactionTableModel::ErrorColumn);
        QVERIFY2(failure.data().toString().contains(QStringLiteral("HTTP 503: busy")),
                 qPrintable(failure.data().toString()));
    }

    void historyFiltersAndRerun()
    {
        Profile p;
        p.addImgix(QStringLiteral("images"));
        p.addImgix(QStringLiteral("thumbs"));
        p.service->queue().setPaused(true);
        const qint64 day = 24 * 3600 * 1000;
        const qint64 t0 = QDateTime(QDate(2024, 3, 10), QTime(12, 0)).toMSecsSinceEpoch();
        const auto addRequest = [&](const QString &source, const QList<QStringList> &batches, S state,
                                    qint64 at) {
            QList<TransactionRecord> rows;
            for (const QStringList &targets : batches)
                rows << stored(0, source, targets, state, at);
            const auto found = p.service->sources().findByName(source);
            for (TransactionRecord &t : rows)
                t.sourceId = found ? found->id : 0;
            RequestRecord request;
            request.createdAt = at;
            request.origin = QStringLiteral("test");
            request.sources = {source};
            // Two people on one profile: thumbs is Bob's.
            request.user = source == QLatin1String("thumbs") ? QStringLiteral("bob") : QStringLiteral("ann");
            request.person =
                source == QLatin1String("thumbs") ? QStringLiteral("Bob") : QStringLiteral("Ann");
            QString error;
            QVERIFY(p.service->transactions().createRequest(request, rows, &error));
        };
        addRequest(QStringLiteral("images"),
                   {{QStringLiteral("https://img.example.com/a.jpg")},
                    {QStringLiteral("https://img.example.com/b.jpg")}},
                   S::Succeeded, t0); // ids 1, 2
        addRequest(QStringLiteral("thumbs"), {{QStringLiteral("https://thumbs.example.com/a.jpg")}},
                   S::Failed,
                   t0 + 3 * day); // id 3
        addRequest(QStringLiteral("images"), {{QStringLiteral("https://img.example.com/c.jpg")}},
                   S::Cancelled,
                   t0 + 6 * day); // id 4

        HistoryPanel panel(*p.service);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1024, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto ids = [&] {
            QList<qint64> result;
            for (const TransactionRecord &t : panel.shownTransactions())
                result << t.id;
            std::sort(result.begin(), result.end());
            return result;
        };
        QCOMPARE(ids(), (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(panel.countLabel()->text(), QStringLiteral("4 transaction(s)"));

        // Dates: "to" is inclusive of its whole day; the controls reload after a short pause.
        panel.fromCheck()->setChecked(true);
        panel.fromEdit()->setDate(QDate(2024, 3, 13));
        QTRY_COMPARE(ids(), (QList<qint64>{3, 4}));
        panel.toCheck()->setChecked(true);
        panel.toEdit()->setDate(QDate(2024, 3, 13));
        QTRY_COMPARE(ids(), QList<qint64>{3});
        panel.fromCheck()->setChecked(false);
        panel.toCheck()->setChecked(false);
        panel.reload();
        QCOMPARE(ids(), (QList<qint64>{1, 2, 3, 4}));

        // Who asked: everyone who did is offered, and the filter keeps only their requests.
        auto *person = panel.findChild<QComboBox *>(QStringLiteral("personFilter"));
        QVERIFY(person);
        QCOMPARE(person->count(), 3);
        QCOMPARE(person->itemText(1), QStringLiteral("Ann"));
        person->setCurrentIndex(person->findText(QStringLiteral("Bob")));
        panel.reload();
        QCOMPARE(ids(), QList<qint64>{3});
        person->setCurrentIndex(0);

        panel.sourceCombo()->setCurrentIndex(panel.sourceCombo()->findText(QStringLiteral("images")));
        panel.reload();
        QCOMPARE(ids(), (QList<qint64>{1, 2, 4}));
        panel.stateCombo()->setCurrentIndex(panel.stateCombo()->findText(QStringLiteral("Cancelled")));
        panel.reload();
        QCOMPARE(ids(), QList<qint64>{4});
        panel.stateCombo()->setCurrentIndex(0);
        panel.textEdit()->setText(QStringLiteral("b.jpg"));
        panel.reload();
        QCOMPARE(ids(), QList<qint64>{2});

        // One of a request's two transactions selected: which to send again is asked. First the
        // whole request: both of its transactions' targets, origin "gui".
        QSignalSpy submitted(&panel, &HistoryPanel::requestSubmitted);
        QSignalSpy messages(&panel, &HistoryPanel::statusMessage);
        panel.view()->selectRow(0);
        QVERIFY(panel.rerunAction()->isEnabled());
        const qint64 original = panel.shownTransactions().constFirst().requestId;
        QList<std::pair<int, int>> asked;
        HistoryPanel::RerunScope answer = HistoryPanel::RerunScope::WholeRequests;
        panel.setAskRerunScope([&](QWidget *, int selected, int whole) {
            asked.append({selected, whole});
            return answer;
        });
        const QList<qint64> rerun = panel.rerunSelected();
        QCOMPARE(asked, (QList<std::pair<int, int>>{{1, 2}}));
        QVERIFY2(messages.last().at(0).toString().contains(
                     QStringLiteral("request %1 again as request %2").arg(original).arg(rerun.value(0))),
                 qPrintable(messages.last().at(0).toString()));
        QCOMPARE(rerun.size(), 1);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.at(0).at(0).toLongLong(), rerun[0]);
        const auto request = p.service->transactions().request(rerun[0]);
        QVERIFY(request);
        QCOMPARE(request->origin, QStringLiteral("gui"));
        QCOMPARE(request->sources, QStringList{QStringLiteral("images")});
        QStringList targets;
        for (const TransactionRecord &t : p.service->transactions().byRequest(rerun[0]))
            targets << t.batch.targets;
        QCOMPARE(targets, (QStringList{QStringLiteral("https://img.example.com/a.jpg"),
                                       QStringLiteral("https://img.example.com/b.jpg")}));

        // Then the selected transaction alone: its target only, and the status says so.
        answer = HistoryPanel::RerunScope::Selected;
        { // (the queue is paused: what the first rerun queued would cover it, so it goes first)
            QList<qint64> queued;
            for (const TransactionRecord &t : p.service->transactions().active())
                queued << t.id;
            p.service->queue().cancel(queued);
        }
        const QList<qint64> only = panel.rerunSelected();
        QCOMPARE(only.size(), 1);
        QStringList onlyTargets;
        for (const TransactionRecord &t : p.service->transactions().byRequest(only[0]))
            onlyTargets << t.batch.targets;
        QCOMPARE(onlyTargets, QStringList{QStringLiteral("https://img.example.com/b.jpg")});
        QVERIFY2(messages.last().at(0).toString().contains(
                     HistoryPanel::tr("%n transaction(s) of request %1 again as request %2", nullptr, 1)
                         .arg(original)
                         .arg(only[0])),
                 qPrintable(messages.last().at(0).toString()));
        // Cancelled: nothing is sent.
        answer = HistoryPanel::RerunScope::Cancel;
        QCOMPARE(panel.rerunSelected(), QList<qint64>());
        QCOMPARE(submitted.size(), 2);

        QString error;
        QVERIFY(!HistoryPanel::rerunOptions(p.service->transactions(), 999, &error));
        QCOMPARE(error, QStringLiteral("request 999 has no transactions"));
    }
};

QTEST_MAIN(TstGuiTransactions)
#include "tst_gui_transactions.moc"
