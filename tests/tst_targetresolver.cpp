// What each source is sent when one purge names several sources with different path mappings:
// typed targets reach every source; dropped local files and changed repository files are mapped
// with each source's own map setting, purged where they map and reported where they do not; a
// request option reaches only the sources whose provider declares it. Checked in the resolver
// and end to end, by the exact URLs each fake server receives.
#include "changes/sourcemapping.h"
#include "fakehttpserver.h"
#include "queue/targetresolver.h"
#include "rawhttpserver.h"
#include "testgitrepo.h"
#include "testprofile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace TestGit;

namespace {
const QString kImgixMap = QStringLiteral("public/images/=https://img.example.imgix.net/images/");
const QString kSiteMap = QStringLiteral("public/=https://www.example.com/");
} // namespace

class TestTargetResolver final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_site; // a deployed site: <site>/public/...

    QString localMaps(const QString &repoRule, const QString &publicPrefix) const
    {
        return m_site.path() + QLatin1Char('/') + repoRule.section(QLatin1Char('='), 0, 0) +
               QLatin1Char('=') + publicPrefix;
    }
    void writeFile(const QString &relative)
    {
        const QString path = m_site.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPng);
    }

    // imgix serves public/images/ under its own host; the Varnish cache serves all of public/.
    void addTwoSources(TestProfile &profile, const QUrl &imgixServer, const QUrl &varnish)
    {
        profile.addSource(
            QStringLiteral("images"), QStringLiteral("imgix"), {imgixServer.toString()},
            {{QStringLiteral("map"),
              kImgixMap + QLatin1Char(' ') +
                  localMaps(kImgixMap, QStringLiteral("https://img.example.imgix.net/images/"))}},
            QStringLiteral("imgix-key-123"));
        profile.addSource(
            QStringLiteral("edge"), QStringLiteral("http-purge"), {varnish.toString()},
            {{QStringLiteral("map"), kSiteMap + QLatin1Char(' ') +
                                         localMaps(kSiteMap, QStringLiteral("https://www.example.com/"))}});
    }

    static QStringList imgixUrls(const FakeHttpServer &server)
    {
        QStringList urls;
        for (const RecordedRequest &r : server.requests())
            urls << QJsonDocument::fromJson(r.body)
                        .object()
                        .value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("attributes"))
                        .toObject()
                        .value(QStringLiteral("url"))
                        .toString();
        urls.sort();
        return urls;
    }
    static QStringList varnishUrls(const RawHttpServer &server)
    {
        QStringList urls;
        for (const RawRequest &r : server.requests())
            urls << QString::fromLatin1(r.method + ' ' + r.header("Host") + r.target);
        urls.sort();
        return urls;
    }

private slots:
    void localFilesMapPerSource()
    {
        TestProfile profile;
        addTwoSources(profile, QUrl(QStringLiteral("http://127.0.0.1:9")),
                      QUrl(QStringLiteral("http://127.0.0.1:9")));
        PurgeOptions options;
        options.sources = {QStringLiteral("images"), QStringLiteral("edge")};
        options.localFiles = {m_site.filePath(QStringLiteral("public/images/x.png")),
                              m_site.filePath(QStringLiteral("public/css/site.css")),
                              m_site.filePath(QStringLiteral("private/notes.txt"))};
        const ResolvedPurge resolved =
            TargetResolver(profile.sources(), ProviderRegistry::instance()).resolve(options);
        QVERIFY2(resolved.error.isEmpty(), qPrintable(resolved.error));
        QCOMPARE(resolved.sources.size(), 2);
        QCOMPARE(resolved.sources[0].targets,
                 QStringList{QStringLiteral("https://img.example.imgix.net/images/x.png")});
        QCOMPARE(resolved.sources[0].unmapped.size(), 2); // the stylesheet and the private file
        QCOMPARE(resolved.sources[1].targets,
                 (QStringList{QStringLiteral("https://www.example.com/images/x.png"),
                              QStringLiteral("https://www.example.com/css/site.css")}));
        QCOMPARE(resolved.sources[1].unmapped.size(), 1);
        QCOMPARE(resolved.unmappedEverywhere(),
                 QStringList{QDir::toNativeSeparators(m_site.filePath(QStringLiteral("private/notes.txt")))});
        QCOMPARE(resolved.targetCount(), 3);
    }

    void typedTargetsReachEverySource()
    {
        TestProfile profile;
        addTwoSources(profile, QUrl(QStringLiteral("http://127.0.0.1:9")),
                      QUrl(QStringLiteral("http://127.0.0.1:9")));
        PurgeOptions options;
        options.sources = {QStringLiteral("images"), QStringLiteral("edge")};
        options.targets = {QStringLiteral("https://www.example.com/a.png"),
                           QStringLiteral(" https://www.example.com/a.png ")};
        const ResolvedPurge resolved =
            TargetResolver(profile.sources(), ProviderRegistry::instance()).resolve(options);
        QCOMPARE(resolved.sources[0].targets, QStringList{QStringLiteral("https://www.example.com/a.png")});
        QCOMPARE(resolved.sources[1].targets, QStringList{QStringLiteral("https://www.example.com/a.png")});
    }

    void gitSelectionMapsPerSourceAndQueryMapOverrides()
    {
        QTemporaryDir repoDir;
        TestRepo repo;
        QVERIFY(repo.init(repoDir.path(), false));
        repo.set("public/images/x.png", kPng);
        repo.set("public/index.html", "<p>");
        repo.commit(QStringLiteral("one"));
        repo.set("public/images/x.png", kPng + "2");
        repo.set("public/index.html", "<p>2");
        repo.commit(QStringLiteral("two"));

        TestProfile profile;
        addTwoSources(profile, QUrl(QStringLiteral("http://127.0.0.1:9")),
                      QUrl(QStringLiteral("http://127.0.0.1:9")));
        PurgeOptions options;
        options.sources = {QStringLiteral("images"), QStringLiteral("edge")};
        options.changes.repository = repoDir.path();
        options.changes.from = QStringLiteral("HEAD~1");
        options.changes.to = QStringLiteral("HEAD");
        ResolvedPurge resolved =
            TargetResolver(profile.sources(), ProviderRegistry::instance()).resolve(options);
        QVERIFY2(resolved.error.isEmpty(), qPrintable(resolved.error));
        QCOMPARE(resolved.sources[0].targets,
                 QStringList{QStringLiteral("https://img.example.imgix.net/images/x.png")});
        QCOMPARE(resolved.sources[0].unmapped.size(), 1); // index.html is not imgix's
        QCOMPARE(resolved.sources[1].targets,
                 (QStringList{QStringLiteral("https://www.example.com/images/x.png"),
                              QStringLiteral("https://www.example.com/index.html")}));

        // Picked files only (the window's git dialog).
        options.changes.paths = {QStringLiteral("public/index.html")};
        resolved = TargetResolver(profile.sources(), ProviderRegistry::instance()).resolve(options);
        QCOMPARE(resolved.sources[0].targets, QStringList());
        QCOMPARE(resolved.sources[1].targets,
                 QStringList{QStringLiteral("https://www.example.com/index.html")});
        options.changes.paths.clear();

        // One --map for the purge applies to every source.
        options.changes.maps = {QStringLiteral("public=https://cdn.example.net/")};
        resolved = TargetResolver(profile.sources(), ProviderRegistry::instance()).resolve(options);
        QCOMPARE(resolved.sources[0].targets, resolved.sources[1].targets);
        QCOMPARE(resolved.sources[0].targets.size(), 2);
    }

    void localRuleInsideTheWorkTreeMapsRepositoryPaths()
    {
        SourceConfig source;
        source.settings.insert(QStringLiteral("map"),
                               QStringLiteral("/var/www/site/public/=https://www.example.com/"));
        const PathMapper mapper = SourceMapping::of(source).repositoryMapper(QStringLiteral("/var/www/site"));
        QCOMPARE(mapper.urls(QStringLiteral("public/a b.png")),
                 QStringList{QStringLiteral("https://www.example.com/a%20b.png")});
        QVERIFY(SourceMapping::of(source).repositoryMapper(QStringLiteral("/srv/other")).isEmpty());
    }

    void optionsReachOnlySourcesThatDeclareThem()
    {
        TestProfile profile;
        profile.addSource(QStringLiteral("ins"), QStringLiteral("instart"),
                          {QStringLiteral("http://127.0.0.1:9")},
                          {{QStringLiteral("customer"), QStringLiteral("acme")},
                           {QStringLiteral("user"), QStringLiteral("u")}},
                          QStringLiteral("pw-123"));
        profile.addSource(QStringLiteral("img"), QStringLiteral("imgix"),
                          {QStringLiteral("http://127.0.0.1:9")}, {}, QStringLiteral("key-123"));
        PurgeOptions options;
        options.sources = {QStringLiteral("ins"), QStringLiteral("img")};
        options.match = MatchKind::Prefix;
        options.targets = {QStringLiteral("https://www.example.com/img/")};
        options.options.insert(QStringLiteral("cache_key_modifier"), {QStringLiteral("device_*")});
        const ResolvedPurge resolved =
            TargetResolver(profile.sources(), ProviderRegistry::instance()).resolve(options);
        QVERIFY(resolved.error.isEmpty());
        QCOMPARE(resolved.sources[0].options.value(QStringLiteral("cache_key_modifier")),
                 QStringList{QStringLiteral("device_*")});
        QVERIFY(resolved.sources[1].options.isEmpty());

        options.sources = {QStringLiteral("img")};
        QCOMPARE(TargetResolver(profile.sources(), ProviderRegistry::instance()).resolve(options).error,
                 QStringLiteral("provider imgix does not support --cache-key-modifier"));
    }

    void unknownSourceIsAnError()
    {
        TestProfile profile;
        PurgeOptions options;
        options.sources = {QStringLiteral("nosuch")};
        QVERIFY(TargetResolver(profile.sources(), ProviderRegistry::instance())
                    .resolve(options)
                    .error.startsWith(QStringLiteral("unknown source \"nosuch\"")));
    }

    // The bug this path fixes: two sources, two mappings, one purge. Each fake server gets its own URLs.
    void eachServerGetsItsOwnUrls()
    {
        FakeHttpServer imgix;
        imgix.start();
        imgix.setHandler([](const RecordedRequest &) {
            return ScriptedReply::json(
                200, R"({"data":{"attributes":{"purge_id":"p1"},"id":"p1","type":"purges"}})");
        });
        RawHttpServer varnish;
        varnish.start();
        TestProfile profile(TestProfile::Time::System);
        addTwoSources(profile, imgix.baseUrl(), varnish.baseUrl());
        writeFile(QStringLiteral("public/images/x.png"));
        writeFile(QStringLiteral("public/css/site.css"));

        PurgeOptions options;
        options.sources = {QStringLiteral("images"), QStringLiteral("edge")};
        options.localFiles = {m_site.filePath(QStringLiteral("public/images/x.png")),
                              m_site.filePath(QStringLiteral("public/css/site.css"))};
        const PurgeService::Submitted submitted = profile.submit(options);
        QCOMPARE(submitted.transactions.size(), 3);
        QVERIFY(profile.runUntil([&] { return profile.queue().allFinal(); }));
        QCOMPARE(imgixUrls(imgix), QStringList{QStringLiteral("https://img.example.imgix.net/images/x.png")});
        QCOMPARE(varnishUrls(varnish), (QStringList{QStringLiteral("PURGE www.example.com/css/site.css"),
                                                    QStringLiteral("PURGE www.example.com/images/x.png")}));

        // Run again sends each source what it was sent, not the union.
        imgix.clear();
        varnish.clear();
        const PurgeService::Submitted again = profile.service().submit(
            profile.service().planAgain(submitted.requestId), QStringLiteral("test"));
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QVERIFY(profile.runUntil([&] { return profile.queue().allFinal(); }));
        QCOMPARE(imgixUrls(imgix), QStringList{QStringLiteral("https://img.example.imgix.net/images/x.png")});
        QCOMPARE(varnishUrls(varnish).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTargetResolver)
#include "tst_targetresolver.moc"
