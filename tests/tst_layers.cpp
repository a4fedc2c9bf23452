// Layered plans through the engine (PurgeService, PurgeQueue, the store) against fake webhook
// servers: layers go out in order, a failed layer leaves the layers above it unsent and cancelled
// with its name, the layer and its count are stored, run again keeps the layers, and the gate holds
// for work adopted after a restart, whether the lower layer ended in this process or an earlier one.
#include "fakehttpserver.h"
#include "queue/purgequeue.h"
#include "storage/transactionstore.h"
#include "testprofile.h"

#include <QElapsedTimer>
#include <QTest>

namespace {

const QMap<QString, QString> kHook{{QStringLiteral("body_template"), QStringLiteral("{{targets_json}}")}};

struct Layers
{
    TestProfile profile;
    FakeHttpServer page;    // layer 1
    FakeHttpServer varnish; // layer 2
    FakeHttpServer edge;    // layer 3

    Layers()
    {
        for (FakeHttpServer *server : {&page, &varnish, &edge}) {
            server->start();
            server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(200, "{}"); });
        }
        profile.addSource(QStringLiteral("page"), QStringLiteral("webhook"), {page.baseUrl().toString()},
                          kHook);
        profile.addSource(QStringLiteral("varnish"), QStringLiteral("webhook"),
                          {varnish.baseUrl().toString()}, kHook);
        profile.addSource(QStringLiteral("edge"), QStringLiteral("webhook"), {edge.baseUrl().toString()},
                          kHook);
    }

    static PurgeOptions options(const QStringList &sources = {QStringLiteral("page"),
                                                              QStringLiteral("varnish"),
                                                              QStringLiteral("edge")})
    {
        PurgeOptions o;
        o.sources = sources;
        o.targets = {QStringLiteral("https://www.example.com/a"),
                     QStringLiteral("https://www.example.com/b")};
        o.layered = true;
        return o;
    }
    bool runUntilFinal()
    {
        return profile.runUntil([&] { return profile.queue().allFinal(); }, 10000, 5);
    }
    TransactionRecord stored(qint64 id) { return profile.transactions().byIds({id}).value(0); }
};

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT
private slots:
    void layersAreStoredWithTheirPlaceAndCount()
    {
        Layers l;
        const PurgeService::Submitted s = l.profile.submit(Layers::options());
        QCOMPARE(s.transactions.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const TransactionRecord t = l.stored(s.transactions.at(i).id);
            QCOMPARE(t.layer, i);
            QCOMPARE(t.layerCount, 3);
        }
        const auto request = l.profile.transactions().request(s.requestId);
        QVERIFY(request && request->layered);
        QVERIFY(PurgeOptions::fromJson(request->definition).layered);
        QVERIFY(l.runUntilFinal());
    }

    void oneSourceIsNoLayeredPlan()
    {
        Layers l;
        const PurgeService::Plan plan = l.profile.service().plan(Layers::options({QStringLiteral("page")}));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error.contains(QStringLiteral("at least two sources")), qPrintable(plan.error));
    }

    void eachLayerStartsOnlyAfterTheOneBelowSucceeded()
    {
        Layers l;
        // Each server notes when a request arrived; the page cache answers 300 ms late, the
        // Varnish layer 200 ms late: nothing above a layer may arrive before its answer.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrived(3, -1);
        const auto noting = [&](int layer, int delayMs) {
            return [&, layer, delayMs](const RecordedRequest &) {
                arrived[layer] = clock.elapsed();
                return ScriptedReply::slow(delayMs, 200, "{}");
            };
        };
        l.page.setHandler(noting(0, 300));
        l.varnish.setHandler(noting(1, 200));
        l.edge.setHandler(noting(2, 0));
        const PurgeService::Submitted s = l.profile.submit(Layers::options());
        QVERIFY(l.runUntilFinal());
        QCOMPARE(l.page.requests().size(), 1);
        QCOMPARE(l.varnish.requests().size(), 1);
        QCOMPARE(l.edge.requests().size(), 1);
        QVERIFY2(arrived[1] >= arrived[0] + 300,
                 qPrintable(QStringLiteral("%1 %2").arg(arrived[0]).arg(arrived[1])));
        QVERIFY2(arrived[2] >= arrived[1] + 200,
                 qPrintable(QStringLiteral("%1 %2").arg(arrived[1]).arg(arrived[2])));
        for (const TransactionRecord &t : s.transactions)
            QCOMPARE(l.stored(t.id).state, TransactionState::Succeeded);
    }

    void aFailedLayerLeavesTheLayersAboveItUntouched()
    {
        Layers l;
        l.varnish.setHandler([](const RecordedRequest &) { return ScriptedReply::json(400, "bad"); });
        const PurgeService::Submitted s = l.profile.submit(Layers::options());
        QVERIFY(l.runUntilFinal());
        QCOMPARE(l.page.requests().size(), 1);
        QCOMPARE(l.varnish.requests().size(), 1);
        QCOMPARE(l.edge.requests().size(), 0);
        QCOMPARE(l.stored(s.transactions.at(0).id).state, TransactionState::Succeeded);
        QCOMPARE(l.stored(s.transactions.at(1).id).state, TransactionState::Failed);
        const TransactionRecord edge = l.stored(s.transactions.at(2).id);
        QCOMPARE(edge.state, TransactionState::Cancelled);
        QCOMPARE(edge.attempts, 0);
        QCOMPARE(edge.lastError, QStringLiteral("not sent: layer 2 (varnish) failed"));
        const QList<EventRecord> events = l.profile.transactions().events(edge.id);
        QCOMPARE(events.last().kind, QStringLiteral("cancelled"));
    }

    void aCancelledLayerCancelsTheLayersAbove()
    {
        Layers l;
        // Cancelled before it went out (one cancelled in flight that the cache accepted succeeded).
        l.profile.queue().setPaused(true);
        const PurgeService::Submitted s = l.profile.submit(Layers::options());
        l.profile.queue().cancel({s.transactions.at(0).id});
        l.profile.queue().setPaused(false);
        QVERIFY(l.runUntilFinal());
        QCOMPARE(l.stored(s.transactions.at(1).id).lastError,
                 QStringLiteral("not sent: layer 1 (page) was cancelled"));
        QCOMPARE(l.stored(s.transactions.at(2).id).lastError,
                 QStringLiteral("not sent: layer 1 (page) was cancelled"));
        QCOMPARE(l.varnish.requests().size() + l.edge.requests().size(), 0);
    }

    void waitingForALayerIsNotWaitingForAnAnswer()
    {
        // purge without --wait returns when every transaction is answered: the layers above one
        // still out are not, but once it is answered (polled, say) they only wait for it.
        Layers l;
        l.page.setHandler([](const RecordedRequest &) { return ScriptedReply::slow(300, 200, "{}"); });
        l.profile.submit(Layers::options());
        QVERIFY(!l.profile.queue().allAnswered());
        QVERIFY(l.runUntilFinal());
        QVERIFY(l.profile.queue().allAnswered());
    }

    void runAgainKeepsTheLayers()
    {
        Layers l;
        const PurgeService::Submitted s = l.profile.submit(Layers::options());
        QVERIFY(l.runUntilFinal());
        const PurgeService::Plan again = l.profile.service().planAgain(s.requestId);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.options.layered);
        QCOMPARE(again.options.sources, Layers::options().sources);
        QCOMPARE(again.transactions.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(again.transactions.at(i).layer, i);
    }

    void theGateHoldsForWorkAdoptedAfterARestart_data()
    {
        QTest::addColumn<TransactionState>("lowerEnded");
        QTest::newRow("lower layer succeeded") << TransactionState::Succeeded;
        QTest::newRow("lower layer failed") << TransactionState::Failed;
    }
    void theGateHoldsForWorkAdoptedAfterARestart()
    {
        QFETCH(TransactionState, lowerEnded);
        Layers l;
        // An earlier run recorded the request and ended layer 1 before it stopped; layers 2 and 3
        // stayed queued. This run adopts only them.
        l.profile.queue().setPaused(true);
        const PurgeService::Submitted s = l.profile.submit(Layers::options());
        l.profile.queue().shutdown();
        TransactionRecord page = l.stored(s.transactions.at(0).id);
        page.state = lowerEnded;
        page.attempts = 1;
        page.lastError = lowerEnded == TransactionState::Failed ? QStringLiteral("HTTP 500") : QString();
        QVERIFY(l.profile.transactions().save(page, {page.id, 1, QStringLiteral("reply"), 200, QString()}));

        PurgeService restarted(l.profile.db(), &l.profile.secrets(), &l.profile.clock());
        QCOMPARE(restarted.adoptOrphanedWork(), 2);
        QVERIFY(l.profile.runUntil([&] { return restarted.queue().allFinal(); }, 10000, 5));
        QCOMPARE(l.page.requests().size(), 0);
        const TransactionRecord edge = l.stored(s.transactions.at(2).id);
        if (lowerEnded == TransactionState::Succeeded) {
            QCOMPARE(l.varnish.requests().size(), 1);
            QCOMPARE(l.edge.requests().size(), 1);
            QCOMPARE(edge.state, TransactionState::Succeeded);
        } else {
            QCOMPARE(l.varnish.requests().size(), 0);
            QCOMPARE(l.edge.requests().size(), 0);
            QCOMPARE(edge.state, TransactionState::Cancelled);
            QCOMPARE(edge.lastError, QStringLiteral("not sent: layer 1 (page) failed"));
        }
    }

    void aLayeredPlanFoldsIntoNothingAndNothingFoldsIntoItsUpperLayers()
    {
        Layers l;
        l.profile.queue().setPaused(true);
        const PurgeService::Submitted first = l.profile.submit(Layers::options());
        QCOMPARE(first.alreadyQueued.size(), 0);
        // The same purge of one source alone folds into nothing layered above layer 1 ...
        PurgeOptions plain;
        plain.sources = {QStringLiteral("edge")};
        plain.targets = Layers::options().targets;
        QCOMPARE(l.profile.submit(plain).alreadyQueued.size(), 0);
        // ... and a second layered plan folds into nothing queued.
        QCOMPARE(l.profile.submit(Layers::options()).alreadyQueued.size(), 0);
        l.profile.queue().setPaused(false);
        QVERIFY(l.runUntilFinal());
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
