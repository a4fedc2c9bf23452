// Each provider's declared cache signals (ProviderInfo::verification) read by CacheVerdict: every
// word of every table, Age against the time since the purge, lists of caches, the origin
// comparison, and "cannot tell" where nothing says.
#include "core/cacheverdict.h"
#include "providers/providerregistry.h"

#include <QTest>

using Kind = CacheVerdict::Kind;
Q_DECLARE_METATYPE(CacheVerdict::Kind)

namespace {
HttpReply reply(int status, const HeaderList &headers, const QByteArray &body = {})
{
    HttpReply r;
    r.status = status;
    r.headers = headers;
    r.body = body;
    return r;
}

const VerificationSpec &specOf(const QString &type)
{
    return ProviderRegistry::instance().find(type)->info().verification;
}
} // namespace

class TestCacheVerdict : public QObject
{
    Q_OBJECT

private slots:
    void signalTable_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<qint64>("sinceMs");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("signal");
        const qint64 tenSeconds = 10'000;

        // Cloudflare: every documented CF-Cache-Status value.
        for (const char *word : {"MISS", "EXPIRED", "REVALIDATED", "DYNAMIC", "BYPASS"})
            QTest::addRow("cloudflare %s", word)
                << QStringLiteral("cloudflare") << HeaderList{{"CF-Cache-Status", word}} << tenSeconds
                << Kind::Fresh << QStringLiteral("CF-Cache-Status: %1").arg(QLatin1String(word));
        for (const char *word : {"STALE", "UPDATING"})
            QTest::addRow("cloudflare %s", word)
                << QStringLiteral("cloudflare") << HeaderList{{"CF-Cache-Status", word}} << tenSeconds
                << Kind::Stale << QStringLiteral("CF-Cache-Status: %1").arg(QLatin1String(word));
        QTest::newRow("cloudflare HIT cached before the purge")
            << QStringLiteral("cloudflare") << HeaderList{{"CF-Cache-Status", "HIT"}, {"Age", "40"}}
            << tenSeconds << Kind::Stale
            << QStringLiteral("CF-Cache-Status: HIT, Age: 40 (cached 40 s ago, before the purge 10 s ago)");
        QTest::newRow("cloudflare HIT cached after the purge")
            << QStringLiteral("cloudflare") << HeaderList{{"CF-Cache-Status", "HIT"}, {"Age", "3"}}
            << tenSeconds << Kind::Fresh
            << QStringLiteral("CF-Cache-Status: HIT, Age: 3 (cached 3 s ago, after the purge 10 s ago)");
        QTest::newRow("cloudflare HIT in the purge's own second")
            << QStringLiteral("cloudflare") << HeaderList{{"CF-Cache-Status", "HIT"}, {"Age", "10"}}
            << qint64(10'500) << Kind::Stale
            << QStringLiteral("CF-Cache-Status: HIT, Age: 10 (cached 10 s ago, before the purge 10 s ago)");
        QTest::newRow("cloudflare HIT without Age")
            << QStringLiteral("cloudflare") << HeaderList{{"CF-Cache-Status", "HIT"}} << tenSeconds
            << Kind::Stale
            << QStringLiteral("CF-Cache-Status: HIT, no Age: a copy held from before the purge");
        QTest::newRow("cloudflare no signal")
            << QStringLiteral("cloudflare") << HeaderList{{"Server", "cloudflare"}} << tenSeconds
            << Kind::CannotTell << QStringLiteral("HTTP 200 without a cache signal (CF-Cache-Status, Age)");
        QTest::newRow("cloudflare unknown word, Age decides")
            << QStringLiteral("cloudflare") << HeaderList{{"CF-Cache-Status", "NONE"}, {"Age", "0"}}
            << tenSeconds << Kind::Fresh
            << QStringLiteral("Age: 0 (cached 0 s ago, after the purge 10 s ago)");

        // Fastly: the edge is the last of the list.
        QTest::newRow("fastly shield hit, edge miss")
            << QStringLiteral("fastly") << HeaderList{{"X-Cache", "HIT, MISS"}} << tenSeconds << Kind::Fresh
            << QStringLiteral("X-Cache: HIT, MISS");
        QTest::newRow("fastly shield miss, edge hit, old")
            << QStringLiteral("fastly") << HeaderList{{"X-Cache", "MISS, HIT"}, {"Age", "86400"}}
            << tenSeconds << Kind::Stale
            << QStringLiteral(
                   "X-Cache: MISS, HIT, Age: 86400 (cached 86400 s ago, before the purge 10 s ago)");
        QTest::newRow("fastly pass") << QStringLiteral("fastly") << HeaderList{{"X-Cache", "PASS"}}
                                     << tenSeconds << Kind::Fresh << QStringLiteral("X-Cache: PASS");

        // CloudFront.
        QTest::newRow("cloudfront miss")
            << QStringLiteral("cloudfront") << HeaderList{{"X-Cache", "Miss from cloudfront"}} << tenSeconds
            << Kind::Fresh << QStringLiteral("X-Cache: Miss from cloudfront");
        QTest::newRow("cloudfront refresh hit")
            << QStringLiteral("cloudfront") << HeaderList{{"X-Cache", "RefreshHit from cloudfront"}}
            << tenSeconds << Kind::Fresh << QStringLiteral("X-Cache: RefreshHit from cloudfront");
        QTest::newRow("cloudfront hit, old")
            << QStringLiteral("cloudfront") << HeaderList{{"X-Cache", "Hit from cloudfront"}, {"Age", "500"}}
            << tenSeconds << Kind::Stale
            << QStringLiteral(
                   "X-Cache: Hit from cloudfront, Age: 500 (cached 500 s ago, before the purge 10 s ago)");
        QTest::newRow("cloudfront error page")
            << QStringLiteral("cloudfront") << HeaderList{{"X-Cache", "Error from cloudfront"}} << tenSeconds
            << Kind::CannotTell << QStringLiteral("HTTP 200 without a cache signal (X-Cache, Age)");

        // Akamai: X-Cache only with its debug Pragma; no Age.
        QTest::newRow("akamai miss") << QStringLiteral("akamai")
                                     << HeaderList{{"X-Cache", "TCP_MISS from a23-1-2-3"}} << tenSeconds
                                     << Kind::Fresh << QStringLiteral("X-Cache: TCP_MISS from a23-1-2-3");
        QTest::newRow("akamai mem hit")
            << QStringLiteral("akamai") << HeaderList{{"X-Cache", "TCP_MEM_HIT from a23"}} << tenSeconds
            << Kind::Stale
            << QStringLiteral("X-Cache: TCP_MEM_HIT from a23, no Age: a copy held from before the purge");
        QTest::newRow("akamai refresh fail")
            << QStringLiteral("akamai") << HeaderList{{"X-Cache", "TCP_REFRESH_FAIL_HIT from a23"}}
            << tenSeconds << Kind::Stale << QStringLiteral("X-Cache: TCP_REFRESH_FAIL_HIT from a23");
        QTest::newRow("akamai without the debug header")
            << QStringLiteral("akamai") << HeaderList{{"Age", "5"}} << tenSeconds << Kind::CannotTell
            << QStringLiteral("HTTP 200 without a cache signal (X-Cache)");

        // HTTP caches: nginx's $upstream_cache_status, Squid's X-Cache, Varnish's Age.
        QTest::newRow("nginx hit") << QStringLiteral("http-purge") << HeaderList{{"X-Cache-Status", "HIT"}}
                                   << tenSeconds << Kind::Stale
                                   << QStringLiteral(
                                          "X-Cache-Status: HIT, no Age: a copy held from before the purge");
        QTest::newRow("nginx miss") << QStringLiteral("http-purge") << HeaderList{{"X-Cache-Status", "MISS"}}
                                    << tenSeconds << Kind::Fresh << QStringLiteral("X-Cache-Status: MISS");
        QTest::newRow("nginx updating")
            << QStringLiteral("http-purge") << HeaderList{{"X-Cache-Status", "UPDATING"}} << tenSeconds
            << Kind::Stale << QStringLiteral("X-Cache-Status: UPDATING");
        QTest::newRow("squid miss") << QStringLiteral("http-purge")
                                    << HeaderList{{"X-Cache", "MISS from proxy1"}} << tenSeconds
                                    << Kind::Fresh << QStringLiteral("X-Cache: MISS from proxy1");
        QTest::newRow("varnish fetched again")
            << QStringLiteral("http-purge") << HeaderList{{"Age", "0"}, {"X-Varnish", "32770"}} << tenSeconds
            << Kind::Fresh << QStringLiteral("Age: 0 (cached 0 s ago, after the purge 10 s ago)");
        QTest::newRow("varnish held")
            << QStringLiteral("http-purge") << HeaderList{{"Age", "120"}, {"X-Varnish", "32770 3"}}
            << tenSeconds << Kind::Stale
            << QStringLiteral("Age: 120 (cached 120 s ago, before the purge 10 s ago)");

        // The rest.
        QTest::newRow("bunny hit") << QStringLiteral("bunny") << HeaderList{{"CDN-Cache", "HIT"}}
                                   << tenSeconds << Kind::Stale
                                   << QStringLiteral(
                                          "CDN-Cache: HIT, no Age: a copy held from before the purge");
        QTest::newRow("bunny expired") << QStringLiteral("bunny") << HeaderList{{"CDN-Cache", "EXPIRED"}}
                                       << tenSeconds << Kind::Fresh << QStringLiteral("CDN-Cache: EXPIRED");
        QTest::newRow("bunny no signal")
            << QStringLiteral("bunny") << HeaderList{{"Age", "3"}} << tenSeconds << Kind::CannotTell
            << QStringLiteral("HTTP 200 without a cache signal (CDN-Cache)");
        QTest::newRow("keycdn miss") << QStringLiteral("keycdn") << HeaderList{{"X-Cache", "MISS"}}
                                     << tenSeconds << Kind::Fresh << QStringLiteral("X-Cache: MISS");
        QTest::newRow("imgix age") << QStringLiteral("imgix") << HeaderList{{"Age", "2"}} << tenSeconds
                                   << Kind::Fresh
                                   << QStringLiteral("Age: 2 (cached 2 s ago, after the purge 10 s ago)");
        QTest::newRow("instart nothing")
            << QStringLiteral("instart") << HeaderList{} << tenSeconds << Kind::CannotTell
            << QStringLiteral("HTTP 200 without a cache signal (Age)");
    }
    void signalTable()
    {
        QFETCH(QString, type);
        QFETCH(HeaderList, headers);
        QFETCH(qint64, sinceMs);
        QFETCH(Kind, kind);
        QFETCH(QString, signal);
        const CacheVerdict verdict = CacheVerdict::judge(specOf(type), reply(200, headers), sinceMs);
        QCOMPARE(verdict.signal, signal);
        QCOMPARE(CacheVerdict::kindName(verdict.kind), CacheVerdict::kindName(kind));
    }

    void providersThatCannotBeVerified()
    {
        for (const QString &type :
             {QStringLiteral("memcachier"), QStringLiteral("page-cache"), QStringLiteral("webhook")})
            if (const Provider *provider = ProviderRegistry::instance().find(type))
                QVERIFY2(provider->info().verification.isEmpty(), qPrintable(type));
        const Provider *varnish = ProviderRegistry::instance().find(QStringLiteral("http-purge"));
        const QList<SettingSpec> settings = ProviderRegistry::allSettings(*varnish);
        QVERIFY(std::any_of(settings.cbegin(), settings.cend(),
                            [](const SettingSpec &s) { return s.key == QLatin1String("verify"); }));
        QCOMPARE(specOf(QStringLiteral("akamai")).probeHeaders,
                 (HeaderList{{"Pragma", "akamai-x-cache-on"}}));
    }

    // The origin's validators decide when both sides have them: the cache's words do not.
    void originComparison()
    {
        const VerificationSpec &spec = specOf(QStringLiteral("cloudflare"));
        const HttpReply hit = reply(200, {{"CF-Cache-Status", "HIT"}, {"Age", "999"}, {"ETag", "W/\"v2\""}});
        OriginFacts origin;
        origin.etag = "\"v2\"";
        CacheVerdict verdict = CacheVerdict::judge(spec, hit, 10'000, origin);
        QCOMPARE(CacheVerdict::kindName(verdict.kind), QStringLiteral("fresh"));
        QCOMPARE(verdict.signal, QStringLiteral("ETag \"v2\" is the origin's"));
        origin.etag = "\"v3\"";
        verdict = CacheVerdict::judge(spec, reply(200, {{"CF-Cache-Status", "MISS"}, {"ETag", "\"v2\""}}),
                                      10'000, origin);
        QCOMPARE(CacheVerdict::kindName(verdict.kind), QStringLiteral("stale"));
        QCOMPARE(verdict.signal, QStringLiteral("ETag \"v2\", the origin's is \"v3\""));
        // GET: the bodies.
        const OriginFacts bodyOnly = CacheVerdict::factsOf(reply(200, {}, "new body"));
        verdict =
            CacheVerdict::judge(spec, reply(200, {{"CF-Cache-Status", "HIT"}}, "old body"), 10'000, bodyOnly);
        QCOMPARE(verdict.signal, QStringLiteral("the body differs from the origin's"));
        QCOMPARE(CacheVerdict::kindName(verdict.kind), QStringLiteral("stale"));
        // No common validator: the cache's own signal.
        verdict = CacheVerdict::judge(spec, reply(200, {{"CF-Cache-Status", "MISS"}}), 10'000, OriginFacts{});
        QCOMPARE(verdict.signal, QStringLiteral("CF-Cache-Status: MISS"));
    }

    void noAnswerOrAServerErrorCannotTell()
    {
        HttpReply failed;
        failed.failure = HttpReply::Failure::Timeout;
        failed.errorText = QStringLiteral("www.example.com:443: no reply within 15 s");
        CacheVerdict verdict = CacheVerdict::judge(specOf(QStringLiteral("cloudflare")), failed, 10'000);
        QCOMPARE(CacheVerdict::kindName(verdict.kind), QStringLiteral("cannot_tell"));
        QVERIFY2(verdict.signal.startsWith(QStringLiteral("no answer: ")), qPrintable(verdict.signal));
        verdict = CacheVerdict::judge(specOf(QStringLiteral("cloudflare")),
                                      reply(503, {{"CF-Cache-Status", "MISS"}}), 10'000);
        QCOMPARE(verdict.signal, QStringLiteral("HTTP 503 from the site: no copy to judge"));
        // A value from outside is shown escaped.
        verdict = CacheVerdict::judge(specOf(QStringLiteral("cloudflare")),
                                      reply(200, {{"CF-Cache-Status", "MISS\x1b[2J"}, {"Age", "0"}}), 10'000);
        QVERIFY(!verdict.signal.contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(TestCacheVerdict)
#include "tst_cacheverdict.moc"
