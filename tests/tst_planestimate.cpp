// The estimate a purge's preview shows before anything is sent (PlanEstimate): requests, items,
// time at the source's paced rate, billing where the provider declares it; and the collapse of
// many URLs of one folder into a prefix (PrefixCollapse): only with collapse_over, never across
// hosts or at a host's root, only where it is cheaper, and "run again" sends it as it was sent.
#include "providers/providerregistry.h"
#include "queue/planestimate.h"
#include "queue/prefixcollapse.h"
#include "testprofile.h"

#include <QTest>

namespace {

const QString kZone = QStringLiteral("0123456789abcdef0123456789abcdef");
using Settings = QMap<QString, QString>;

QStringList urls(const QString &folder, int n, int from = 0)
{
    QStringList result;
    for (int i = from; i < from + n; ++i)
        result << QStringLiteral("%1file-%2.jpg").arg(folder).arg(i);
    return result;
}

PurgeOptions exactPurge(const QString &source, const QStringList &targets)
{
    PurgeOptions options;
    options.sources = {source};
    options.targets = targets;
    return options;
}

SourceConfig config(const QString &type, const QMap<QString, QString> &settings)
{
    SourceConfig source;
    source.id = 7;
    source.name = QStringLiteral("s");
    source.type = type;
    source.settings = settings;
    return source;
}

PurgeBatch exactBatch(const QStringList &targets)
{
    return {PurgeAction::Purge, MatchKind::Exact, targets, {}, {}};
}

const Provider &provider(const char *type)
{
    const Provider *p = ProviderRegistry::instance().find(QString::fromLatin1(type));
    if (!p)
        qFatal("no provider %s", type);
    return *p;
}

QMap<QString, QString> cloudFrontSettings(const QString &collapseOver = {})
{
    QMap<QString, QString> settings{
        {QStringLiteral("distribution"), QStringLiteral("EDFDVBD6EXAMPLE")},
        {QStringLiteral("access_key_id"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")}};
    if (!collapseOver.isEmpty())
        settings.insert(QStringLiteral("collapse_over"), collapseOver);
    return settings;
}

bool anyLineContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(text); });
}

} // namespace

class TestPlanEstimate : public QObject
{
    Q_OBJECT

private slots:
    void sendSeconds_data()
    {
        QTest::addColumn<int>("requests");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("burst");
        QTest::addColumn<double>("seconds");
        QTest::newRow("75 at 5/s after 25") << 75 << 5.0 << 25 << 10.0;
        QTest::newRow("within the burst") << 25 << 5.0 << 25 << 0.0;
        QTest::newRow("one more than the burst") << 26 << 5.0 << 25 << 0.2;
        QTest::newRow("unpaced") << 1000 << 0.0 << 1 << 0.0;
        QTest::newRow("0.5/s burst 1") << 3 << 0.5 << 1 << 4.0;
        QTest::newRow("free plan 5/min") << 85 << 5.0 / 60 << 25 << 720.0;
    }
    void sendSeconds()
    {
        QFETCH(int, requests);
        QFETCH(double, rate);
        QFETCH(int, burst);
        QFETCH(double, seconds);
        QCOMPARE(PlanEstimate::sendSeconds(requests, rate, burst), seconds);
    }

    void durationText()
    {
        QCOMPARE(PlanEstimate::durationText(10), QStringLiteral("10 s"));
        QCOMPARE(PlanEstimate::durationText(0.2), QStringLiteral("0.2 s"));
        QCOMPARE(PlanEstimate::durationText(720), QStringLiteral("12 min"));
        QCOMPARE(PlanEstimate::durationText(125), QStringLiteral("2 min 5 s"));
        QCOMPARE(PlanEstimate::durationText(3 * 3600 + 61), QStringLiteral("3 h 2 min"));
    }

    void requestsItemsAndTimeAtTheSourcesRate()
    {
        TestProfile profile;
        profile.addSource(
            QStringLiteral("img"), QStringLiteral("imgix"), {},
            {{QStringLiteral("rate"), QStringLiteral("5")}, {QStringLiteral("burst"), QStringLiteral("25")}},
            QStringLiteral("key"));
        const PurgeService::Plan plan = profile.service().plan(
            exactPurge(QStringLiteral("img"), urls(QStringLiteral("https://a.imgix.net/x/"), 75)));
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        const PlanEstimate estimate = PlanEstimate::of(plan);
        QCOMPARE(estimate.sources.size(), 1);
        const SourceEstimate &s = estimate.sources.constFirst();
        QCOMPARE(s.requests, 75); // one URL per imgix request
        QCOMPARE(s.items, 75);
        QVERIFY(!s.unpaced);
        QCOMPARE(s.seconds, 10.0);
        QCOMPARE(s.ratePerSecond, 5.0);
        QCOMPARE(s.burst, 25);
        QVERIFY(!s.billing.declared());
        QVERIFY2(anyLineContains(
                     s.lines(), QStringLiteral("about 10 s to send at 5 transactions/s after a burst of 25")),
                 qPrintable(s.lines().join(QLatin1Char('\n'))));
        // imgix takes no prefix: nothing to offer however many URLs share a folder.
        QVERIFY(s.offers.isEmpty());
    }

    void unpacedAtRateZero()
    {
        TestProfile profile;
        profile.addSource(QStringLiteral("img"), QStringLiteral("imgix"), {},
                          {{QStringLiteral("rate"), QStringLiteral("0")}}, QStringLiteral("key"));
        const PlanEstimate estimate = PlanEstimate::of(profile.service().plan(
            exactPurge(QStringLiteral("img"), urls(QStringLiteral("https://a.imgix.net/"), 40))));
        QCOMPARE(estimate.sources.size(), 1);
        QVERIFY(estimate.sources.constFirst().unpaced);
        QCOMPARE(estimate.sources.constFirst().seconds, 0.0);
        QVERIFY(anyLineContains(estimate.lines(), QStringLiteral("unpaced, up to 4 at a time")));
    }

    void sourcesOnOneAccountShareTheirBucket()
    {
        // Cloudflare limits per account: two zones of one account are paced together, so each waits
        // for the other's requests too. Free plan: 5 requests a minute after a burst of 25.
        TestProfile profile;
        for (const QString &name : {QStringLiteral("cf1"), QStringLiteral("cf2")})
            profile.addSource(
                name, QStringLiteral("cloudflare"), {},
                {{QStringLiteral("zone"), kZone},
                 {QStringLiteral("account"), QStringLiteral("fedcba9876543210fedcba9876543210")}},
                QStringLiteral("token"));
        PurgeOptions options =
            exactPurge(QStringLiteral("cf1"), urls(QStringLiteral("https://example.com/"), 30 * 30));
        options.sources << QStringLiteral("cf2");
        const PurgeService::Plan plan = profile.service().plan(options);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        const PlanEstimate estimate = PlanEstimate::of(plan);
        QCOMPARE(estimate.sources.size(), 2);
        for (const SourceEstimate &s : estimate.sources) {
            QCOMPARE(s.requests, 30); // 900 URLs, 30 a request
            QCOMPARE(s.bucketRequests, 60);
            QCOMPARE(s.seconds, (60 - 25) / (5.0 / 60));
            QCOMPARE(s.sharesRateWith.size(), 1);
        }
        QVERIFY(anyLineContains(estimate.lines(), QStringLiteral("shared with cf2")));
    }

    void cloudFrontBillsPathsOverTheFreeAllowance()
    {
        TestProfile profile;
        profile.addSource(QStringLiteral("cf"), QStringLiteral("cloudfront"), {}, cloudFrontSettings(),
                          QStringLiteral("secret"));
        // 1,500 files in 150 folders of 10: no folder is worth a prefix.
        QStringList targets;
        for (int folder = 0; folder < 150; ++folder)
            targets += urls(QStringLiteral("https://example.com/f%1/").arg(folder), 10);
        const PurgeService::Plan plan = profile.service().plan(exactPurge(QStringLiteral("cf"), targets));
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        const SourceEstimate s = PlanEstimate::of(plan).sources.value(0);
        QCOMPARE(s.requests, 1); // 3,000 paths fit one invalidation
        QCOMPARE(s.billedUnits, 1500);
        QCOMPARE(s.unitsOverFree, 500);
        QCOMPARE(s.costOverFree, 2.5);
        QVERIFY(s.polled);
        QVERIFY(s.offers.isEmpty());
        const QString text = s.lines().join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("bills 1,500 invalidation paths of the 1,000 free a month")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("500 over them: $2.50 at $0.005 each")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("every 20 s until done")), qPrintable(text));

        // The same path under two hosts is one invalidation path of the distribution.
        const SourceEstimate twoHosts =
            PlanEstimate::of(profile.service().plan(exactPurge(
                                 QStringLiteral("cf"), {QStringLiteral("https://a.example.com/x.jpg"),
                                                        QStringLiteral("https://b.example.com/x.jpg")})))
                .sources.value(0);
        QCOMPARE(twoHosts.items, 2);
        QCOMPARE(twoHosts.billedUnits, 1);
        QCOMPARE(twoHosts.unitsOverFree, 0);
    }

    void collapseOfferedWithoutTheSetting()
    {
        TestProfile profile;
        profile.addSource(QStringLiteral("cf"), QStringLiteral("cloudfront"), {}, cloudFrontSettings(),
                          QStringLiteral("secret"));
        const QStringList targets = urls(QStringLiteral("https://example.com/img/2026/"), 412) +
                                    urls(QStringLiteral("https://example.com/css/"), 10);
        const PurgeService::Plan plan = profile.service().plan(exactPurge(QStringLiteral("cf"), targets));
        QVERIFY(plan.ok());
        QVERIFY(plan.collapses.isEmpty()); // never without the setting
        for (const TransactionRecord &t : plan.transactions)
            QCOMPARE(t.batch.match, MatchKind::Exact);
        const SourceEstimate s = PlanEstimate::of(plan).sources.value(0);
        QCOMPARE(s.billedUnits, 422);
        QCOMPARE(s.offers.size(), 1); // css/ has 10: not more than PlanEstimate::kOfferAbove
        QCOMPARE(s.offers.constFirst().sentAs, QStringLiteral("/img/2026/*"));
        const QString text = s.lines().join(QLatin1Char('\n'));
        QVERIFY2(
            text.contains(QStringLiteral("collapsing the 412 URLs under https://example.com/img/2026/ into "
                                         "/img/2026/* would bill 1 invalidation path instead of 412 (--set "
                                         "collapse_over=N")),
            qPrintable(text));
    }

    void collapseWithTheSetting()
    {
        TestProfile profile;
        profile.addSource(QStringLiteral("cf"), QStringLiteral("cloudfront"), {},
                          cloudFrontSettings(QStringLiteral("100")), QStringLiteral("secret"));
        const QStringList targets = urls(QStringLiteral("https://example.com/img/2026/"), 412) +
                                    urls(QStringLiteral("https://example.com/css/"), 10);
        const PurgeService::Plan plan = profile.service().plan(exactPurge(QStringLiteral("cf"), targets));
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.transactions.size(), 2);
        QCOMPARE(plan.transactions.at(0).batch.match, MatchKind::Exact);
        QCOMPARE(plan.transactions.at(0).batch.targets, urls(QStringLiteral("https://example.com/css/"), 10));
        QCOMPARE(plan.transactions.at(1).batch.match, MatchKind::Prefix);
        QCOMPARE(plan.transactions.at(1).batch.targets,
                 QStringList{QStringLiteral("https://example.com/img/2026/")});
        const QList<PurgeService::PreviewItem> preview = profile.service().preview(plan);
        QVERIFY(preview.value(1).request.body.contains("<Path>/img/2026/*</Path>"));

        const SourceEstimate s = PlanEstimate::of(plan).sources.value(0);
        QCOMPARE(s.billedUnits, 11);
        QCOMPARE(s.collapsed.size(), 1);
        QCOMPARE(s.collapsed.constFirst().urls.size(), 412);
        QVERIFY(s.offers.isEmpty());
        QVERIFY2(anyLineContains(
                     s.collapsedLines(),
                     QStringLiteral("412 URLs under https://example.com/img/2026/ purged as /img/2026/*")),
                 qPrintable(s.lines().join(QLatin1Char('\n'))));

        // Run again: the prefix is sent as a prefix, the URLs as URLs, as they were.
        profile.queue().setPaused(true); // recorded, never sent
        const PurgeService::Submitted submitted = profile.service().submit(plan, QStringLiteral("test"));
        QVERIFY2(submitted.error.isEmpty(), qPrintable(submitted.error));
        const PurgeService::Plan again = profile.service().planAgain(submitted.requestId);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QList<MatchKind> matches;
        for (const TransactionRecord &t : again.transactions)
            matches << t.batch.match;
        QCOMPARE(matches.size(), 2);
        QVERIFY(matches.contains(MatchKind::Prefix));
        QVERIFY(matches.contains(MatchKind::Exact));
    }

    void badUrlRefusedEvenInsideACollapsedFolder()
    {
        TestProfile profile;
        profile.addSource(QStringLiteral("cf"), QStringLiteral("cloudfront"), {},
                          cloudFrontSettings(QStringLiteral("5")), QStringLiteral("secret"));
        QStringList targets = urls(QStringLiteral("https://example.com/img/"), 20);
        targets << QStringLiteral("https://example.com/img/a*.jpg");
        const PurgeService::Plan plan = profile.service().plan(exactPurge(QStringLiteral("cf"), targets));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error.contains(QStringLiteral("contains '*'")), qPrintable(plan.error));
    }

    void folderOf()
    {
        QCOMPARE(PrefixCollapse::folderOf(QStringLiteral("https://Example.com/img/2026/a.jpg?v=2")),
                 QStringLiteral("https://example.com/img/2026/"));
        QCOMPARE(PrefixCollapse::folderOf(QStringLiteral("http://h:8080/a/b/")),
                 QStringLiteral("http://h:8080/a/b/"));
        QCOMPARE(PrefixCollapse::folderOf(QStringLiteral("https://example.com/a.jpg")),
                 QString()); // the root
        QCOMPARE(PrefixCollapse::folderOf(QStringLiteral("https://example.com")), QString());
        QCOMPARE(PrefixCollapse::folderOf(QStringLiteral("tag-name")), QString());
    }

    void collapseDecisions_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<Settings>("settings");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QStringList>("prefixes"); // what is collapsed
        QTest::addColumn<int>("declined");

        const QMap<QString, QString> cfPro{{QStringLiteral("zone"), kZone},
                                           {QStringLiteral("plan"), QStringLiteral("pro")},
                                           {QStringLiteral("collapse_over"), QStringLiteral("3")}};
        QMap<QString, QString> cfOff = cfPro;
        cfOff.remove(QStringLiteral("collapse_over"));
        QMap<QString, QString> cfZero = cfPro;
        cfZero.insert(QStringLiteral("collapse_over"), QStringLiteral("0"));
        const QString a = QStringLiteral("https://example.com/a/");
        QTest::newRow("fewer requests: 40 URLs, 2 requests, as 1 prefix")
            << QStringLiteral("cloudflare") << cfPro << urls(a, 40) << QStringList{a} << 0;
        QTest::newRow("not cheaper: 5 + 20 URLs fit 1 request, would be 2")
            << QStringLiteral("cloudflare") << cfPro
            << urls(a, 5) + urls(QStringLiteral("https://example.com/"), 20) << QStringList{} << 1;
        QTest::newRow("setting off") << QStringLiteral("cloudflare") << cfOff << urls(a, 40) << QStringList{}
                                     << 0;
        QTest::newRow("setting 0") << QStringLiteral("cloudflare") << cfZero << urls(a, 40) << QStringList{}
                                   << 0;
        QTest::newRow("not more than N")
            << QStringLiteral("cloudflare")
            << QMap<QString, QString>{{QStringLiteral("zone"), kZone},
                                      {QStringLiteral("collapse_over"), QStringLiteral("40")}}
            << urls(a, 40) << QStringList{} << 0;
        QTest::newRow("root of a host never")
            << QStringLiteral("cloudflare") << cfPro << urls(QStringLiteral("https://example.com/"), 40)
            << QStringList{} << 0;

        // Two hosts with 206 files each in the same folder: never one prefix across them. (The
        // files differ: CloudFront bills a path once whatever host named it.)
        const QStringList twoHosts = urls(QStringLiteral("https://a.example.com/img/"), 206) +
                                     urls(QStringLiteral("https://b.example.com/img/"), 206, 206);
        QTest::newRow("other host: each folder below N")
            << QStringLiteral("cloudfront") << cloudFrontSettings(QStringLiteral("300")) << twoHosts
            << QStringList{} << 0;
        QTest::newRow("other host: one prefix per host")
            << QStringLiteral("cloudfront") << cloudFrontSettings(QStringLiteral("100")) << twoHosts
            << QStringList{QStringLiteral("https://a.example.com/img/"),
                           QStringLiteral("https://b.example.com/img/")}
            << 0;
        // Billing decides: one request either way, but 1 path instead of 20.
        QTest::newRow("fewer paths billed")
            << QStringLiteral("cloudfront") << cloudFrontSettings(QStringLiteral("10"))
            << urls(a, 20) + urls(QStringLiteral("https://example.com/b/"), 5) << QStringList{a} << 0;
        QTest::newRow("no prefix at the provider")
            << QStringLiteral("imgix")
            << QMap<QString, QString>{{QStringLiteral("collapse_over"), QStringLiteral("2")}} << urls(a, 40)
            << QStringList{} << 0;
    }
    void collapseDecisions()
    {
        QFETCH(QString, type);
        QFETCH(Settings, settings);
        QFETCH(QStringList, targets);
        QFETCH(QStringList, prefixes);
        QFETCH(int, declined);
        const Provider &p = provider(type.toLatin1().constData());
        const PrefixCollapse::Result result =
            PrefixCollapse::apply(p, config(type, settings), exactBatch(targets));
        QCOMPARE(result.prefixes.targets, prefixes);
        QCOMPARE(result.prefixes.match, MatchKind::Prefix);
        QCOMPARE(int(result.declined.size()), declined);
        // Every URL is purged: either exactly or under a collapsed folder of its own host.
        for (const QString &url : targets) {
            const bool exact = result.exact.targets.contains(url);
            const bool under = prefixes.contains(PrefixCollapse::folderOf(url));
            QVERIFY2(exact != under, qPrintable(url));
        }
    }

    void optionsOnlyForUrlsKeepThemExact()
    {
        // Cloudflare's cache-key headers apply to single files only: a prefix cannot carry them.
        PurgeBatch batch = exactBatch(urls(QStringLiteral("https://example.com/a/"), 40));
        batch.options.insert(QStringLiteral("header"), {QStringLiteral("CF-Device-Type:mobile")});
        const PrefixCollapse::Result result = PrefixCollapse::apply(
            provider("cloudflare"),
            config(QStringLiteral("cloudflare"),
                   {{QStringLiteral("zone"), kZone}, {QStringLiteral("collapse_over"), QStringLiteral("3")}}),
            batch);
        QVERIFY(!result.any());
        QCOMPARE(result.exact.targets.size(), 40);
    }
};

QTEST_GUILESS_MAIN(TestPlanEstimate)
#include "tst_planestimate.moc"
