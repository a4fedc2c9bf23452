// QueuedDedup: which new targets a source's queued, never-sent work already covers (same target,
// under a queued prefix, host or purge of everything), lane by lane; and PurgeService applying it
// in the commit that records a request, also when another connection queued the same work after
// this one planned.
#include "profile/testprofile.h"
#include "queue/queueddedup.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(MatchKind)
Q_DECLARE_METATYPE(std::optional<FoldKind>)
Q_DECLARE_METATYPE(PurgeBatch)
Q_DECLARE_METATYPE(QList<TransactionRecord>)

namespace {

TransactionRecord queued(qint64 id, qint64 requestId, MatchKind match, const QStringList &targets,
                         const QString &lane = {}, PurgeAction action = PurgeAction::Purge,
                         const OptionValues &options = {})
{
    TransactionRecord t;
    t.id = id;
    t.requestId = requestId;
    t.lane = lane;
    t.batch = {action, match, targets, options, {}};
    return t;
}

PurgeBatch wanted(MatchKind match, const QStringList &targets, PurgeAction action = PurgeAction::Purge,
                  const OptionValues &options = {})
{
    return {action, match, targets, options, {}};
}

const QString kImg = QStringLiteral("https://a.example.com/img/");

} // namespace

class TestQueuedDedup : public QObject
{
    Q_OBJECT

private slots:
    void covers_data();
    void covers();
    void folds_data();
    void folds();
    void groupsByRequestAndKind();
    void everyLaneMustBeCovered();
    void purgeEverything();
    void texts();

    void submitFoldsIntoQueuedWork();
    void staleSecondConnectionFoldsUnderTheLock();
    void sentWorkAbsorbsNothing();
};

void TestQueuedDedup::covers_data()
{
    QTest::addColumn<MatchKind>("queuedMatch");
    QTest::addColumn<QString>("queued");
    QTest::addColumn<MatchKind>("targetMatch");
    QTest::addColumn<QString>("target");
    QTest::addColumn<std::optional<FoldKind>>("expected");
    const auto E = MatchKind::Exact;
    const auto P = MatchKind::Prefix;
    const auto H = MatchKind::Host;
    const auto T = MatchKind::Tag;
    const auto A = MatchKind::All;
    const auto O = MatchKind::Object;
    const std::optional<FoldKind> none;
    const std::optional<FoldKind> same = FoldKind::Same;
    const std::optional<FoldKind> prefix = FoldKind::UnderPrefix;
    const std::optional<FoldKind> host = FoldKind::UnderHost;
    const std::optional<FoldKind> all = FoldKind::UnderAll;
    const QString url = QStringLiteral("https://a.example.com/img/x.jpg");

    QTest::newRow("same URL") << E << url << E << url << same;
    QTest::newRow("another URL") << E << url << E << QStringLiteral("https://a.example.com/img/y.jpg")
                                 << none;
    QTest::newRow("a URL never covers another match") << E << kImg << P << kImg << none;
    QTest::newRow("URL below a prefix ending in /") << P << kImg << E << url << prefix;
    QTest::newRow("URL continuing a prefix with /")
        << P << QStringLiteral("https://a.example.com/img") << E << url << prefix;
    QTest::newRow("URL merely starting with the prefix text")
        << P << QStringLiteral("https://a.example.com/img") << E
        << QStringLiteral("https://a.example.com/imgx.jpg") << none;
    QTest::newRow("the prefix's own URL")
        << P << QStringLiteral("https://a.example.com/img/x.jpg") << E << url << prefix;
    QTest::newRow("a query string past a prefix without /")
        << P << url << E << QStringLiteral("https://a.example.com/img/x.jpg?w=100") << none;
    QTest::newRow("a query string below a prefix ending in /")
        << P << kImg << E << QStringLiteral("https://a.example.com/img/x.jpg?w=100") << prefix;
    QTest::newRow("host case does not matter")
        << P << QStringLiteral("HTTPS://A.Example.COM/img/") << E << url << prefix;
    QTest::newRow("path case does") << P << QStringLiteral("https://a.example.com/IMG/") << E << url << none;
    QTest::newRow("percent-encoding is compared as written")
        << P << QStringLiteral("https://a.example.com/im%67/") << E << url << none;
    QTest::newRow("another scheme") << P << kImg << E << QStringLiteral("http://a.example.com/img/x.jpg")
                                    << none;
    QTest::newRow("a prefix without scheme covers http")
        << P << QStringLiteral("a.example.com/img") << E << QStringLiteral("http://a.example.com/img/x.jpg")
        << prefix;
    QTest::newRow("a prefix without scheme covers https")
        << P << QStringLiteral("a.example.com/img/") << E << url << prefix;
    QTest::newRow("a prefix with a scheme does not cover one without")
        << P << kImg << P << QStringLiteral("a.example.com/img/thumbs/") << none;
    QTest::newRow("the default port")
        << P << QStringLiteral("https://a.example.com:443/img/") << E << url << prefix;
    QTest::newRow("another port") << P << QStringLiteral("https://a.example.com:8443/img/") << E << url
                                  << none;
    QTest::newRow("another host") << P << kImg << E << QStringLiteral("https://b.example.com/img/x.jpg")
                                  << none;
    QTest::newRow("a sub-domain") << P << kImg << E << QStringLiteral("https://x.a.example.com/img/x.jpg")
                                  << none;
    QTest::newRow("user info") << P << kImg << E << QStringLiteral("https://u@a.example.com/img/x.jpg")
                               << none;
    QTest::newRow("the whole host") << P << QStringLiteral("https://a.example.com") << E << url << prefix;
    QTest::newRow("a trailing wildcard")
        << P << QStringLiteral("https://a.example.com/img/*") << E << url << prefix;
    QTest::newRow("a wildcard inside the path")
        << P << QStringLiteral("https://a.example.com/*/x.jpg") << E << url << none;
    QTest::newRow("a domain wildcard")
        << P << QStringLiteral("https://*.example.com/img/") << E << url << none;
    QTest::newRow("a narrower prefix")
        << P << kImg << P << QStringLiteral("https://a.example.com/img/thumbs/") << prefix;
    QTest::newRow("the same prefix, written with a default port")
        << P << kImg << P << QStringLiteral("https://a.example.com:443/img/") << prefix;
    QTest::newRow("a broader prefix")
        << P << QStringLiteral("https://a.example.com/img/thumbs/") << P << kImg << none;
    QTest::newRow("a URL wildcard reaching past the prefix's segment")
        << P << QStringLiteral("https://a.example.com/img") << E
        << QStringLiteral("https://a.example.com/img*") << none;
    QTest::newRow("a URL wildcard below the prefix")
        << P << kImg << E << QStringLiteral("https://a.example.com/img/thumbs/*") << prefix;
    QTest::newRow("a prefix never covers a tag") << P << kImg << T << kImg << none;
    QTest::newRow("a host covers its URLs") << H << QStringLiteral("a.example.com") << E << url << host;
    QTest::newRow("a host covers its URLs in any case and scheme")
        << H << QStringLiteral("A.example.com") << E << QStringLiteral("http://a.EXAMPLE.com/x") << host;
    QTest::newRow("a host covers its prefixes") << H << QStringLiteral("a.example.com") << P << kImg << host;
    QTest::newRow("a host and a URL on another port")
        << H << QStringLiteral("a.example.com") << E << QStringLiteral("https://a.example.com:8443/x")
        << none;
    QTest::newRow("a host and a sub-domain")
        << H << QStringLiteral("a.example.com") << E << QStringLiteral("https://x.a.example.com/x") << none;
    QTest::newRow("the same host") << H << QStringLiteral("a.example.com") << H
                                   << QStringLiteral("a.example.com") << same;
    QTest::newRow("the same host in other case")
        << H << QStringLiteral("a.example.com") << H << QStringLiteral("A.Example.com") << host;
    QTest::newRow("a host never covers a tag")
        << H << QStringLiteral("a.example.com") << T << QStringLiteral("a.example.com") << none;
    QTest::newRow("everything covers URLs") << A << QString() << E << url << all;
    QTest::newRow("everything covers unusual URLs")
        << A << QString() << E << QStringLiteral("https://*.example.com/x") << all;
    QTest::newRow("everything covers prefixes") << A << QString() << P << kImg << all;
    QTest::newRow("everything covers hosts") << A << QString() << H << QStringLiteral("a.example.com") << all;
    QTest::newRow("everything is not shown to cover tags")
        << A << QString() << T << QStringLiteral("news") << none;
    QTest::newRow("everything is not shown to cover objects")
        << A << QString() << O << QStringLiteral("12345") << none;
    QTest::newRow("everything again") << A << QString() << A << QString() << same;
    QTest::newRow("the same tag") << T << QStringLiteral("news") << T << QStringLiteral("news") << same;
    QTest::newRow("a tag in other case")
        << T << QStringLiteral("news") << T << QStringLiteral("News") << none;
    QTest::newRow("the same object") << O << QStringLiteral("12345") << O << QStringLiteral("12345") << same;
}

void TestQueuedDedup::covers()
{
    QFETCH(MatchKind, queuedMatch);
    QFETCH(QString, queued);
    QFETCH(MatchKind, targetMatch);
    QFETCH(QString, target);
    QFETCH(std::optional<FoldKind>, expected);
    const std::optional<FoldKind> actual = QueuedDedup::covers(queuedMatch, queued, targetMatch, target);
    QCOMPARE(actual.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(int(*actual), int(*expected));
}

void TestQueuedDedup::folds_data()
{
    QTest::addColumn<QList<TransactionRecord>>("unsent");
    QTest::addColumn<PurgeBatch>("batch");
    QTest::addColumn<QStringList>("remaining");
    QTest::addColumn<QStringList>("folded");

    const QString u1 = QStringLiteral("https://a.example.com/1.jpg");
    const QString u2 = QStringLiteral("https://a.example.com/2.jpg");
    const QString under = kImg + QStringLiteral("3.jpg");
    const OptionValues modifier{{QStringLiteral("cache_key_modifier"), {QStringLiteral("v2")}}};

    QTest::newRow("nothing queued") << QList<TransactionRecord>{} << wanted(MatchKind::Exact, {u1, u2})
                                    << QStringList{u1, u2} << QStringList{};
    QTest::newRow("same URL and one under a prefix")
        << QList<TransactionRecord>{queued(1, 1, MatchKind::Exact, {u1}),
                                    queued(2, 1, MatchKind::Prefix, {kImg})}
        << wanted(MatchKind::Exact, {u1, under, u2}) << QStringList{u2} << QStringList{u1, under};
    QTest::newRow("another action") << QList<TransactionRecord>{queued(1, 1, MatchKind::Exact, {u1}, {},
                                                                       PurgeAction::Invalidate)}
                                    << wanted(MatchKind::Exact, {u1}) << QStringList{u1} << QStringList{};
    QTest::newRow("other options") << QList<TransactionRecord>{queued(1, 1, MatchKind::Prefix, {kImg}, {},
                                                                      PurgeAction::Purge, modifier)}
                                   << wanted(MatchKind::Prefix, {kImg}) << QStringList{kImg} << QStringList{};
    QTest::newRow("the same options")
        << QList<TransactionRecord>{queued(1, 1, MatchKind::Prefix, {kImg}, {}, PurgeAction::Purge, modifier)}
        << wanted(MatchKind::Prefix, {kImg}, PurgeAction::Purge, modifier) << QStringList{}
        << QStringList{kImg};
    QTest::newRow("a lane the source no longer has")
        << QList<TransactionRecord>{queued(1, 1, MatchKind::Exact, {u1}, QStringLiteral("http://old/"))}
        << wanted(MatchKind::Exact, {u1}) << QStringList{u1} << QStringList{};
    QTest::newRow("a tag under a queued purge of everything")
        << QList<TransactionRecord>{queued(1, 1, MatchKind::All, {})}
        << wanted(MatchKind::Tag, {QStringLiteral("news")}) << QStringList{QStringLiteral("news")}
        << QStringList{};
}

void TestQueuedDedup::folds()
{
    QFETCH(QList<TransactionRecord>, unsent);
    QFETCH(PurgeBatch, batch);
    QFETCH(QStringList, remaining);
    QFETCH(QStringList, folded);
    const QueuedDedup::Result result = QueuedDedup::apply(batch, {QString()}, unsent);
    QCOMPARE(result.remaining.targets, remaining);
    QCOMPARE(result.remaining.action, batch.action);
    QCOMPARE(result.remaining.options, batch.options);
    QStringList actual;
    for (const FoldedTargets &f : result.folded)
        actual += f.targets;
    QCOMPARE(actual, folded);
    QCOMPARE(result.allFolded, remaining.isEmpty() && !folded.isEmpty());
}

void TestQueuedDedup::groupsByRequestAndKind()
{
    const QString u1 = QStringLiteral("https://a.example.com/1.jpg");
    const QString u2 = QStringLiteral("https://a.example.com/2.jpg");
    const QString u3 = kImg + QStringLiteral("3.jpg");
    const QString u4 = kImg + QStringLiteral("4.jpg");
    const QList<TransactionRecord> unsent{
        queued(7, 41, MatchKind::Exact, {u1, u2}),
        queued(9, 42, MatchKind::Prefix, {kImg}),
        // The same URL queued by a later request too: reported under the earliest transaction.
        queued(12, 42, MatchKind::Exact, {u2}),
        // A wider prefix queued as well: the narrower one is the cover.
        queued(13, 42, MatchKind::Prefix, {QStringLiteral("https://a.example.com/")}),
    };
    const QueuedDedup::Result r =
        QueuedDedup::apply(wanted(MatchKind::Exact, {u1, u3, u2, u4}), {QString()}, unsent);
    QVERIFY(r.allFolded);
    QCOMPARE(r.folded.size(), 2);
    QCOMPARE(r.folded[0].requestId, 41);
    QCOMPARE(int(r.folded[0].kind), int(FoldKind::Same));
    QCOMPARE(r.folded[0].targets, (QStringList{u1, u2}));
    QCOMPARE(r.folded[0].transactionIds, QList<qint64>{7});
    QVERIFY(r.folded[0].coveredBy.isEmpty());
    QCOMPARE(r.folded[1].requestId, 42);
    QCOMPARE(int(r.folded[1].kind), int(FoldKind::UnderPrefix));
    QCOMPARE(r.folded[1].targets, (QStringList{u3, u4}));
    QCOMPARE(r.folded[1].coveredBy, QStringList{kImg});
    QCOMPARE(r.folded[1].transactionIds, QList<qint64>{9});
}

void TestQueuedDedup::everyLaneMustBeCovered()
{
    const QStringList lanes{QStringLiteral("http://cache-a/"), QStringLiteral("http://cache-b/")};
    const QString u1 = QStringLiteral("https://a.example.com/1.jpg");
    const QString u2 = QStringLiteral("https://a.example.com/2.jpg");
    // u1 is still queued for both caches; u2's transaction to cache b has gone out already.
    const QList<TransactionRecord> unsent{queued(1, 5, MatchKind::Exact, {u1, u2}, lanes[0]),
                                          queued(2, 5, MatchKind::Exact, {u1}, lanes[1])};
    const QueuedDedup::Result r = QueuedDedup::apply(wanted(MatchKind::Exact, {u1, u2}), lanes, unsent);
    QCOMPARE(r.remaining.targets, QStringList{u2});
    QVERIFY(!r.allFolded);
    QCOMPARE(r.folded.size(), 1);
    QCOMPARE(r.folded[0].targets, QStringList{u1});
    QCOMPARE(r.folded[0].transactionIds, (QList<qint64>{1, 2}));

    // No lanes: nothing can be shown to be covered.
    QVERIFY(QueuedDedup::apply(wanted(MatchKind::Exact, {u1}), {}, unsent).folded.isEmpty());
}

void TestQueuedDedup::purgeEverything()
{
    const QList<TransactionRecord> unsent{queued(3, 8, MatchKind::All, {})};
    const QueuedDedup::Result again = QueuedDedup::apply(wanted(MatchKind::All, {}), {QString()}, unsent);
    QVERIFY(again.allFolded);
    QVERIFY(again.remaining.targets.isEmpty());
    QCOMPARE(again.folded.size(), 1);
    QCOMPARE(again.folded[0].requestId, 8);
    QCOMPARE(int(again.folded[0].match), int(MatchKind::All));
    QVERIFY(again.folded[0].targets.isEmpty());

    const QueuedDedup::Result soft =
        QueuedDedup::apply(wanted(MatchKind::All, {}, PurgeAction::Invalidate), {QString()}, unsent);
    QVERIFY(!soft.allFolded);
    QVERIFY(soft.folded.isEmpty());
    QVERIFY(soft.remaining.targets.isEmpty()); // a purge of everything has no targets to keep

    // Targets given to a purge of everything stay, for the provider to refuse.
    const QueuedDedup::Result stray = QueuedDedup::apply(
        wanted(MatchKind::All, {QStringLiteral("https://a.example.com/x")}, PurgeAction::Invalidate),
        {QString()}, unsent);
    QCOMPARE(stray.remaining.targets, QStringList{QStringLiteral("https://a.example.com/x")});

    const QueuedDedup::Result urls = QueuedDedup::apply(
        wanted(MatchKind::Exact, {QStringLiteral("https://a.example.com/x")}), {QString()}, unsent);
    QVERIFY(urls.allFolded);
    QCOMPARE(int(urls.folded[0].kind), int(FoldKind::UnderAll));
}

void TestQueuedDedup::texts()
{
    FoldedTargets same{41, FoldKind::Same, MatchKind::Exact, {}, {}, {1}};
    for (int i = 0; i < 12; ++i)
        same.targets << QStringLiteral("https://a.example.com/%1.jpg").arg(i);
    QCOMPARE(AlreadyQueued({QStringLiteral("cdn"), same}).text(),
             QStringLiteral("12 URLs already queued in request 41 (source cdn)"));
    same.targets = same.targets.mid(0, 1);
    QCOMPARE(AlreadyQueued({QStringLiteral("cdn"), same}).text(),
             QStringLiteral("1 URL already queued in request 41 (source cdn)"));

    const FoldedTargets prefix{
        42, FoldKind::UnderPrefix, MatchKind::Exact, {kImg + QStringLiteral("a.jpg")}, {kImg}, {2}};
    QCOMPARE(AlreadyQueued({QStringLiteral("cdn"), prefix}).text(),
             QStringLiteral("1 URL already queued in request 42 under its prefix %1 (source cdn)").arg(kImg));
    const FoldedTargets manyPrefixes{42,
                                     FoldKind::UnderPrefix,
                                     MatchKind::Exact,
                                     {QStringLiteral("1"), QStringLiteral("2")},
                                     {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3"),
                                      QStringLiteral("p4"), QStringLiteral("p5")},
                                     {2}};
    QCOMPARE(AlreadyQueued({QStringLiteral("cdn"), manyPrefixes}).text(),
             QStringLiteral(
                 "2 URLs already queued in request 42 under its prefix p1, p2, p3 and 2 more (source cdn)"));
    const FoldedTargets all{43, FoldKind::Same, MatchKind::All, {}, {}, {3}};
    QCOMPARE(AlreadyQueued({QStringLiteral("edge"), all}).text(),
             QStringLiteral("a purge of everything already queued in request 43 (source edge)"));
    const FoldedTargets tags{
        44, FoldKind::Same, MatchKind::Tag, {QStringLiteral("a"), QStringLiteral("b")}, {}, {4}};
    QCOMPARE(AlreadyQueued({QStringLiteral("edge"), tags}).text(),
             QStringLiteral("2 tags already queued in request 44 (source edge)"));
}

namespace {

const char kVariable[] = "PURGELINE_DEDUP_TEST_TOKEN";

void addCdn(TestProfile &p)
{
    qputenv(kVariable, "not-a-real-token");
    // An unreachable endpoint: the queue is paused, so nothing is ever sent.
    p.addSource(QStringLiteral("cdn"), QStringLiteral("cloudflare"), {QStringLiteral("http://127.0.0.1:9")},
                {{QStringLiteral("zone"), QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353")},
                 {QStringLiteral("plan"), QStringLiteral("enterprise")}},
                {}, SecretRef{SecretRef::Kind::Environment, QString::fromLatin1(kVariable)});
}

PurgeOptions purgeOf(const QStringList &targets, MatchKind match = MatchKind::Exact)
{
    PurgeOptions o;
    o.sources = {QStringLiteral("cdn")};
    o.targets = targets;
    o.match = match;
    return o;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

void TestQueuedDedup::submitFoldsIntoQueuedWork()
{
    TestProfile p;
    addCdn(p);
    p.queue().setPaused(true);
    const QString u1 = QStringLiteral("https://a.example.com/1.jpg");
    const QString u2 = QStringLiteral("https://a.example.com/2.jpg");
    const PurgeService::Submitted first = p.submit(purgeOf({u1, u2}));
    QVERIFY(first.requestId > 0);
    QVERIFY(first.alreadyQueued.isEmpty());

    // The preview says it beforehand, and plans nothing for it.
    const PurgeService::Plan planned = p.service().plan(purgeOf({u1, u2}));
    QVERIFY(planned.ok());
    QVERIFY(planned.transactions.isEmpty());
    QCOMPARE(planned.alreadyQueued.size(), 1);
    QCOMPARE(planned.alreadyQueued[0].folded.requestId, first.requestId);

    const PurgeService::Submitted again =
        p.service().submit(purgeOf({u2, u1}), QStringLiteral("preset deploy"));
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QVERIFY(again.whollyFolded());
    QCOMPARE(again.requestId, 0);
    QVERIFY(again.transactions.isEmpty());
    QCOMPARE(again.alreadyQueued.size(), 1);
    QCOMPARE(again.alreadyQueued[0].sourceName, QStringLiteral("cdn"));
    QCOMPARE(again.alreadyQueued[0].folded.targets, (QStringList{u2, u1}));
    QCOMPARE(count(p.db(), QStringLiteral("SELECT COUNT(*) FROM requests")), 1);
    QCOMPARE(count(p.db(), QStringLiteral("SELECT COUNT(*) FROM transactions")), 1);
    // The covering transaction notes what it took on.
    const QList<EventRecord> events = p.transactions().events(first.transactions.first().id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].kind, QStringLiteral("folded"));
    QCOMPARE(events[1].message, QStringLiteral("also covers 2 URLs of a later submission (preset deploy)"));

    // Partly covered: the rest is a request of its own, and the covering transaction names it.
    const QString u3 = QStringLiteral("https://a.example.com/3.jpg");
    const PurgeService::Submitted partly = p.submit(purgeOf({u1, u3}));
    QVERIFY(partly.requestId > first.requestId);
    QCOMPARE(partly.transactions.size(), 1);
    QCOMPARE(partly.transactions[0].batch.targets, QStringList{u3});
    QCOMPARE(partly.alreadyQueued.size(), 1);
    QCOMPARE(partly.alreadyQueued[0].folded.targets, QStringList{u1});
    QCOMPARE(p.transactions().events(first.transactions.first().id).last().message,
             QStringLiteral("also covers 1 URL of request %1").arg(partly.requestId));

    // Bad input is refused even when queued work would cover it.
    p.submit(purgeOf({kImg}, MatchKind::Prefix));
    const QString spaced = kImg + QStringLiteral("a b.jpg");
    QVERIFY(QueuedDedup::covers(MatchKind::Prefix, kImg, MatchKind::Exact, spaced));
    const PurgeService::Plan bad = p.service().plan(purgeOf({spaced}));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error.contains(spaced), qPrintable(bad.error));
}

void TestQueuedDedup::staleSecondConnectionFoldsUnderTheLock()
{
    // Two connections to one profile, as two processes have: the first plans while nothing is
    // queued, the second queues the same URL, then the first submits its (now stale) plan.
    TestProfile p;
    addCdn(p);
    p.queue().setPaused(true);
    Database other(p.location());
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    PurgeService second(other, &p.secrets(), &p.clock());
    second.queue().setPaused(true);

    const QString url = QStringLiteral("https://a.example.com/race.jpg");
    PurgeService::Plan stale = p.service().plan(purgeOf({url}));
    QVERIFY(stale.ok());
    QCOMPARE(stale.transactions.size(), 1);
    QVERIFY(stale.alreadyQueued.isEmpty());

    const PurgeService::Submitted won = second.submit(purgeOf({url}), QStringLiteral("cli"));
    QVERIFY(won.requestId > 0);

    const PurgeService::Submitted late = p.service().submit(std::move(stale), QStringLiteral("cli"));
    QVERIFY2(late.error.isEmpty(), qPrintable(late.error));
    QVERIFY(late.whollyFolded());
    QCOMPARE(late.alreadyQueued.size(), 1);
    QCOMPARE(late.alreadyQueued[0].folded.requestId, won.requestId);
    QCOMPARE(count(p.db(), QStringLiteral("SELECT COUNT(*) FROM transactions")), 1);

    // And the other way: work that covered the plan was sent in between, so the plan is queued.
    const QString url2 = QStringLiteral("https://a.example.com/race2.jpg");
    const PurgeService::Submitted queuedFirst = second.submit(purgeOf({url2}), QStringLiteral("cli"));
    PurgeService::Plan covered = p.service().plan(purgeOf({url2}));
    QVERIFY(covered.transactions.isEmpty());
    QCOMPARE(covered.alreadyQueued.size(), 1);
    QSqlQuery sent(other.connection());
    QVERIFY(sent.exec(QStringLiteral("INSERT INTO events (transaction_id, at, kind) VALUES (%1, 1, 'sent')")
                          .arg(queuedFirst.transactions.first().id)));
    const PurgeService::Submitted requeued = p.service().submit(std::move(covered), QStringLiteral("cli"));
    QVERIFY2(requeued.error.isEmpty(), qPrintable(requeued.error));
    QVERIFY(requeued.requestId > 0);
    QVERIFY(requeued.alreadyQueued.isEmpty());
    QCOMPARE(requeued.transactions.size(), 1);
    QCOMPARE(requeued.transactions[0].batch.targets, QStringList{url2});
}

void TestQueuedDedup::sentWorkAbsorbsNothing()
{
    TestProfile p;
    addCdn(p);
    p.queue().setPaused(true);
    const QString url = QStringLiteral("https://a.example.com/sent.jpg");
    const PurgeService::Submitted first = p.submit(purgeOf({kImg}, MatchKind::Prefix));
    QCOMPARE(p.transactions().unsentBySource(first.transactions[0].sourceId).size(), 1);
    // Once it went out (and even when it is queued again to be retried), it takes nothing on.
    TransactionRecord t = first.transactions[0];
    t.attempts = 1;
    QVERIFY(p.transactions().save(t, {t.id, 1, QStringLiteral("sent"), 0, QStringLiteral("attempt 1")}));
    QVERIFY(p.transactions().unsentBySource(t.sourceId).isEmpty());
    const PurgeService::Plan planned = p.service().plan(purgeOf({kImg + QStringLiteral("x.jpg"), url}));
    QVERIFY(planned.alreadyQueued.isEmpty());
    QCOMPARE(planned.transactions.size(), 1);
    QCOMPARE(planned.transactions[0].batch.targets.size(), 2);
}

QTEST_GUILESS_MAIN(TestQueuedDedup)
#include "tst_queueddedup.moc"
