// Planning at each provider limit, one below it and one above it: targets per request (and per
// match), what a provider can hold in progress, and request bodies packed as full as they may
// be (Akamai's 50,000 bytes) rather than halved until they fit.
#include "providers/providerregistry.h"
#include "queue/planner.h"

#include <QTest>
#include <cmath>

namespace {

SourceConfig akamaiSource()
{
    SourceConfig source;
    source.id = 1;
    source.name = QStringLiteral("ak");
    source.type = QStringLiteral("akamai");
    source.settings = {{QStringLiteral("host"), QStringLiteral("akab-x.luna.akamaiapis.net")},
                       {QStringLiteral("client_token"), QStringLiteral("akab-client")},
                       {QStringLiteral("access_token"), QStringLiteral("akab-access")}};
    return source;
}

SourceConfig cloudFrontSource()
{
    SourceConfig source;
    source.id = 2;
    source.name = QStringLiteral("cf");
    source.type = QStringLiteral("cloudfront");
    source.settings = {{QStringLiteral("distribution"), QStringLiteral("EDFDVBD6EXAMPLE")},
                       {QStringLiteral("access_key_id"), QStringLiteral("AKIDEXAMPLE1234567890")}};
    return source;
}

// count distinct URLs of exactly `length` characters.
QStringList urlsOfLength(int count, int length)
{
    QStringList urls;
    for (int i = 0; i < count; ++i) {
        QString url = QStringLiteral("https://www.example.com/%1/").arg(i, 5, 10, QLatin1Char('0'));
        url += QString(length - url.size(), QLatin1Char('a'));
        urls << url;
    }
    return urls;
}

QStringList numbered(int count, const QString &pattern)
{
    QStringList result;
    for (int i = 1; i <= count; ++i)
        result << pattern.arg(i);
    return result;
}

QList<int> batchSizes(const Planner::Result &result)
{
    QList<int> sizes;
    for (const TransactionRecord &t : result.transactions)
        sizes << int(t.batch.targets.size());
    return sizes;
}

qsizetype bodySize(const SourceConfig &source, const PurgeBatch &batch)
{
    return ProviderRegistry::instance()
        .find(source.type)
        ->buildRequest(source, {}, batch, QString())
        .body.size();
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT
private slots:
    // {"objects":["u1",...,"un"]} is 13 + n * (length + 3) bytes: 193 URLs of 256 characters
    // make exactly 50,000.
    void akamaiBodyLimit_data()
    {
        QTest::addColumn<int>("lastLengthChange");
        QTest::addColumn<int>("bodyBytes");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("limit - 1") << -1 << 49999 << QList<int>{193};
        QTest::newRow("limit") << 0 << 50000 << QList<int>{193};
        QTest::newRow("limit + 1") << 1 << 50001 << QList<int>{192, 1};
    }
    void akamaiBodyLimit()
    {
        QFETCH(int, lastLengthChange);
        QFETCH(int, bodyBytes);
        QFETCH(QList<int>, sizes);
        const SourceConfig source = akamaiSource();
        PurgeBatch whole;
        whole.targets = urlsOfLength(193, 256);
        whole.targets.last() += lastLengthChange > 0 ? QStringLiteral("b") : QString();
        if (lastLengthChange < 0)
            whole.targets.last().chop(1);
        QCOMPARE(bodySize(source, whole), bodyBytes);

        const Planner::Result result = Planner(ProviderRegistry::instance()).plan(source, whole, 0);
        QCOMPARE(result.error, QString());
        QCOMPARE(batchSizes(result), sizes);
        QStringList planned;
        for (const TransactionRecord &t : result.transactions) {
            QVERIFY(bodySize(source, t.batch) <= 50000);
            planned += t.batch.targets;
        }
        QCOMPARE(planned, whole.targets);
    }

    // Each batch is as full as fits: adding the next target would pass the limit.
    void akamaiBatchesArePackedTightly()
    {
        const SourceConfig source = akamaiSource();
        PurgeBatch whole;
        for (int i = 0; i < 2000; ++i)
            whole.targets << QStringLiteral("https://www.example.com/img/%1/%2.jpg")
                                 .arg(i)
                                 .arg(QString((i * 37) % 90 + 1, QLatin1Char('x')));
        const Planner::Result result = Planner(ProviderRegistry::instance()).plan(source, whole, 0);
        QCOMPARE(result.error, QString());
        qsizetype next = 0;
        for (const TransactionRecord &t : result.transactions) {
            QVERIFY(bodySize(source, t.batch) <= 50000);
            next += t.batch.targets.size();
            if (next < whole.targets.size()) {
                PurgeBatch more = t.batch;
                more.targets << whole.targets.at(next);
                QVERIFY(bodySize(source, more) > 50000);
            }
        }
        QCOMPARE(next, whole.targets.size());
        QVERIFY(result.transactions.size() >= 2);
    }

    void akamaiTargetAloneTooLarge()
    {
        PurgeBatch whole;
        whole.targets = urlsOfLength(1, 50001);
        const Planner::Result result = Planner(ProviderRegistry::instance()).plan(akamaiSource(), whole, 0);
        QVERIFY2(result.error.endsWith(
                     QStringLiteral("alone is larger than the provider's 50000-byte request limit")),
                 qPrintable(result.error.right(100)));
        QVERIFY(result.transactions.isEmpty());
    }

    void countLimits_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("pattern");
        // The object buckets bound a request: 300 CP codes, 5,000 cache tags ("Rate limiting").
        QTest::newRow("akamai cpcode")
            << QStringLiteral("akamai") << int(MatchKind::Object) << 300 << QStringLiteral("%1");
        QTest::newRow("akamai tag") << QStringLiteral("akamai") << int(MatchKind::Tag) << 5000
                                    << QStringLiteral("t%1");
        // 3,000 files and 15 wildcard paths in progress per distribution.
        QTest::newRow("cloudfront exact") << QStringLiteral("cloudfront") << int(MatchKind::Exact) << 3000
                                          << QStringLiteral("https://d111111abcdef8.cloudfront.net/f/%1.jpg");
        QTest::newRow("cloudfront prefix") << QStringLiteral("cloudfront") << int(MatchKind::Prefix) << 15
                                           << QStringLiteral("https://d111111abcdef8.cloudfront.net/d%1/");
    }
    void countLimits()
    {
        QFETCH(QString, type);
        QFETCH(int, match);
        QFETCH(int, limit);
        QFETCH(QString, pattern);
        const SourceConfig source = type == QLatin1String("akamai") ? akamaiSource() : cloudFrontSource();
        const Planner planner(ProviderRegistry::instance());
        for (const auto &[count, sizes] : {std::pair<int, QList<int>>{limit - 1, {limit - 1}},
                                           {limit, {limit}},
                                           {limit + 1, {limit, 1}}}) {
            PurgeBatch whole;
            whole.match = MatchKind(match);
            whole.targets = numbered(count, pattern);
            const Planner::Result result = planner.plan(source, whole, 0);
            QCOMPARE(result.error, QString());
            QCOMPARE(batchSizes(result), sizes);
        }
    }

    // A source's batch_size lowers the provider's maximum for every match.
    void sourceBatchSize()
    {
        SourceConfig source = akamaiSource();
        source.settings.insert(QStringLiteral("batch_size"), QStringLiteral("100"));
        PurgeBatch whole;
        whole.match = MatchKind::Object;
        whole.targets = numbered(250, QStringLiteral("%1"));
        QCOMPARE(batchSizes(Planner(ProviderRegistry::instance()).plan(source, whole, 0)),
                 (QList<int>{100, 100, 50}));
    }

    // Settings hold whatever was typed or stored: a number beyond int's range (found by
    // fuzz_source_settings: --set batch_size=1e300 was converted to int undefined) or one that
    // is not finite is bounded, never converted as it is.
    void absurdNumbersInSettingsStayInRange_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("huge") << QStringLiteral("1e300");
        QTest::newRow("huge negative") << QStringLiteral("-1e300");
        QTest::newRow("infinite") << QStringLiteral("inf");
        QTest::newRow("not a number") << QStringLiteral("nan");
    }
    void absurdNumbersInSettingsStayInRange()
    {
        QFETCH(QString, value);
        SourceConfig source = akamaiSource();
        for (const char *key : {"batch_size", "rate", "burst", "concurrency", "timeout", "max_attempts",
                                "retry_for", "poll_interval", "poll_timeout"})
            source.settings.insert(QLatin1String(key), value);
        const Provider &provider = *ProviderRegistry::instance().find(source.type);
        const EffectiveLimits limits = EffectiveLimits::of(provider, source, MatchKind::Exact);
        const EffectiveLimits documented = EffectiveLimits::of(provider, akamaiSource(), MatchKind::Exact);
        QVERIFY(limits.batchSize >= 1 && limits.batchSize <= documented.batchSize);
        QVERIFY(std::isfinite(limits.ratePerSecond) && limits.ratePerSecond >= 0);
        QVERIFY(limits.burst >= 1 && limits.concurrency >= 1 && limits.timeoutSeconds >= 1);
        QVERIFY(limits.maxAttempts >= 0 && limits.pollTimeoutSeconds >= 1); // 0: no cap
        QVERIFY(limits.retryForSeconds >= 1 && limits.retryForSeconds <= 30 * 24 * 3600);
        QVERIFY(std::isfinite(limits.pollIntervalSeconds) && limits.pollIntervalSeconds >= 0.05);
        if (value == QLatin1String("inf") || value == QLatin1String("nan")) // as if not set
            QCOMPARE(limits.timeoutSeconds, documented.timeoutSeconds);
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
