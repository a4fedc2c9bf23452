// LayerGate on its own: a layer waits for every layer below it, starts when they have settled,
// and ends cancelled, naming the lowest layer that failed (or was cancelled) and its source, when
// one of them stops; requests that are not layered are never held; the `settled` hook decides.
#include "queue/layergate.h"

#include <QTest>

namespace {

int g_nextId = 1;

TransactionRecord tx(int layer, const QString &source, TransactionState state, int layerCount = 3)
{
    TransactionRecord t;
    t.id = g_nextId++;
    t.requestId = 7;
    t.sourceName = source;
    t.layer = layer;
    t.layerCount = layerCount;
    t.state = state;
    return t;
}

using K = LayerGate::Verdict::Kind;
using S = TransactionState;

} // namespace

class TestLayerGate : public QObject
{
    Q_OBJECT
private slots:
    void layerZeroAndUnlayeredWorkAlwaysStart()
    {
        const LayerGate gate;
        const QList<TransactionRecord> request{tx(0, QStringLiteral("a"), S::Failed),
                                               tx(1, QStringLiteral("b"), S::Queued)};
        QCOMPARE(gate.verdict(tx(0, QStringLiteral("a"), S::Queued), request).kind, K::Start);
        TransactionRecord plain = tx(1, QStringLiteral("b"), S::Queued, 0); // not layered
        QCOMPARE(gate.verdict(plain, request).kind, K::Start);
        QVERIFY(!LayerGate::isGated(plain));
    }

    void aLayerWaitsForEveryLayerBelowIt()
    {
        const LayerGate gate;
        TransactionRecord a1 = tx(0, QStringLiteral("rails-cache"), S::Succeeded);
        TransactionRecord a2 = tx(0, QStringLiteral("rails-cache"), S::Sending);
        TransactionRecord b = tx(1, QStringLiteral("varnish-edge"), S::Queued);
        TransactionRecord c = tx(2, QStringLiteral("cloudflare"), S::Queued);
        // One of layer 0's two transactions is still out: layers 1 and 2 wait.
        QCOMPARE(gate.verdict(b, {a1, a2, b, c}).kind, K::Wait);
        QCOMPARE(gate.verdict(c, {a1, a2, b, c}).kind, K::Wait);
        // Layer 0 done: layer 1 starts, layer 2 still waits for it.
        a2.state = S::Succeeded;
        QCOMPARE(gate.verdict(b, {a1, a2, b, c}).kind, K::Start);
        QCOMPARE(gate.verdict(c, {a1, a2, b, c}).kind, K::Wait);
        // A poll or a retry of layer 1 is not settled either.
        b.state = S::WaitingForStatus;
        QCOMPARE(gate.verdict(c, {a1, a2, b, c}).kind, K::Wait);
        b.state = S::RetryScheduled;
        QCOMPARE(gate.verdict(c, {a1, a2, b, c}).kind, K::Wait);
        b.state = S::Succeeded;
        QCOMPARE(gate.verdict(c, {a1, a2, b, c}).kind, K::Start);
    }

    void aFailureStopsTheLayersAboveIt()
    {
        const LayerGate gate;
        const TransactionRecord a = tx(0, QStringLiteral("rails-cache"), S::Failed);
        const TransactionRecord b = tx(1, QStringLiteral("varnish-edge"), S::Queued);
        const LayerGate::Verdict verdict = gate.verdict(b, {a, b});
        QCOMPARE(verdict.kind, K::Cancel);
        QCOMPARE(verdict.message, QStringLiteral("not sent: layer 1 (rails-cache) failed"));
        // Stopped even while other transactions of the failed layer still run.
        const TransactionRecord a2 = tx(0, QStringLiteral("rails-cache"), S::Sending);
        QCOMPARE(gate.verdict(b, {a2, a, b}).kind, K::Cancel);
    }

    void theCancelNamesTheLayerThatFailedAllTheWayUp()
    {
        const LayerGate gate;
        const TransactionRecord a = tx(0, QStringLiteral("rails-cache"), S::Succeeded);
        const TransactionRecord b = tx(1, QStringLiteral("varnish-edge"), S::Failed);
        // Layer 3 was cancelled because of layer 2; layer 4 still names layer 2.
        TransactionRecord c = tx(2, QStringLiteral("cloudflare"), S::Cancelled, 4);
        c.lastError = QStringLiteral("not sent: layer 2 (varnish-edge) failed");
        const TransactionRecord d = tx(3, QStringLiteral("fastly"), S::Queued, 4);
        QCOMPARE(gate.verdict(d, {a, b, c, d}).message,
                 QStringLiteral("not sent: layer 2 (varnish-edge) failed"));
        // In one layer a failure is named rather than a cancel, whatever the order.
        const TransactionRecord b2 = tx(1, QStringLiteral("varnish-edge"), S::Cancelled);
        QCOMPARE(gate.verdict(d, {a, b2, b, c, d}).message,
                 QStringLiteral("not sent: layer 2 (varnish-edge) failed"));
        // A layer the user cancelled says so.
        QCOMPARE(gate.verdict(d, {a, b2, c, d}).message,
                 QStringLiteral("not sent: layer 2 (varnish-edge) was cancelled"));
        // Nothing above a failed layer starts, and nothing below it is touched.
        QCOMPARE(gate.verdict(a, {a, b, c, d}).kind, K::Start);
        QCOMPARE(gate.verdict(b, {a, b, c, d}).kind, K::Start); // layer 2 itself is judged by the queue
    }

    void theSettledHookDecidesWhenALayerIsDone()
    {
        // A stand-in for "and its verification is settled": succeeded is not enough.
        const LayerGate gate([](const TransactionRecord &t) {
            return t.state == S::Succeeded && t.verifyState == QLatin1String("fresh");
        });
        TransactionRecord a = tx(0, QStringLiteral("rails-cache"), S::Succeeded);
        const TransactionRecord b = tx(1, QStringLiteral("varnish-edge"), S::Queued);
        QCOMPARE(gate.verdict(b, {a, b}).kind, K::Wait);
        a.verifyState = QStringLiteral("fresh");
        QCOMPARE(gate.verdict(b, {a, b}).kind, K::Start);
        // A failure stops the layers above whatever the hook says.
        a.state = S::Failed;
        QCOMPARE(gate.verdict(b, {a, b}).kind, K::Cancel);
    }
};

QTEST_APPLESS_MAIN(TestLayerGate)
#include "tst_layergate.moc"
