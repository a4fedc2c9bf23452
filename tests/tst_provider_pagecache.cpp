#include "providers/pagecacheprovider.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// A scratch site: <tmp>/public (web root, with static files), <tmp>/public/cache (the page cache)
// and <tmp>/outside (files that must survive whatever happens in the cache).
class Site
{
public:
    Site()
    {
        QVERIFY(m_tmp.isValid());
        m_base = QFileInfo(m_tmp.path()).canonicalFilePath();
        QVERIFY(QDir().mkpath(publicDir()));
        QVERIFY(QDir().mkpath(cacheDir()));
        QVERIFY(QDir().mkpath(outside()));
        write(publicDir() + QStringLiteral("/robots.txt"));
        write(publicDir() + QStringLiteral("/404.html"));
        write(outside() + QStringLiteral("/secret.txt"), "keep me");
    }
    QString base() const { return m_base; }
    QString publicDir() const { return m_base + QStringLiteral("/public"); }
    QString cacheDir() const { return publicDir() + QStringLiteral("/cache"); }
    QString outside() const { return m_base + QStringLiteral("/outside"); }
    QString cached(const QString &rel) const { return cacheDir() + QLatin1Char('/') + rel; }

    static void write(const QString &path, const QByteArray &content = "cached page")
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
        file.write(content);
    }
    void cache(const QStringList &rels) const
    {
        for (const QString &rel : rels)
            write(cached(rel));
    }
    SourceConfig source(const QString &root = {}, const QString &publicRoot = {}) const
    {
        SourceConfig config;
        config.name = QStringLiteral("site");
        config.type = QStringLiteral("page-cache");
        config.settings.insert(QStringLiteral("root"), root.isNull() ? cacheDir() : root);
        config.settings.insert(QStringLiteral("public_root"), publicRoot.isNull() ? publicDir() : publicRoot);
        return config;
    }
    Outcome run(MatchKind match, const QStringList &targets) const
    {
        PurgeBatch batch;
        batch.match = match;
        batch.targets = targets;
        return PageCacheProvider().runLocal(source(), batch);
    }
    bool outsideIntact() const
    {
        QFile file(outside() + QStringLiteral("/secret.txt"));
        return file.open(QIODevice::ReadOnly) && file.readAll() == "keep me" &&
               QFileInfo::exists(publicDir() + QStringLiteral("/robots.txt")) &&
               QFileInfo::exists(publicDir() + QStringLiteral("/404.html"));
    }

private:
    QTemporaryDir m_tmp;
    QString m_base;
};

static bool present(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

class TestProviderPageCache : public QObject
{
    Q_OBJECT
private slots:
    void info()
    {
        const PageCacheProvider provider;
        const ProviderInfo &info = provider.info();
        QCOMPARE(info.type, QStringLiteral("page-cache"));
        QVERIFY(info.isLocal);
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::None);
        QCOMPARE(info.matches, (QList<MatchKind>{MatchKind::Exact, MatchKind::Prefix, MatchKind::All}));
        QVERIFY(!info.supportsInvalidate);
        QVERIFY(!info.hasStatus);
        QCOMPARE(info.settings.size(), 2);
        QCOMPARE(info.settings.at(0).key, QStringLiteral("root"));
        QCOMPARE(info.settings.at(1).key, QStringLiteral("public_root"));
        for (const SettingSpec &spec : info.settings) {
            QVERIFY(spec.required);
            QCOMPARE(spec.kind, SettingSpec::Kind::Path);
            QVERIFY(!spec.help.isEmpty());
        }
        QCOMPARE(info.limits.maxBatchCount, 1000);
        QCOMPARE(info.limits.ratePerSecond, 0.0);
        QCOMPARE(info.limits.concurrency, 1);
    }

    void exactMapping_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("removed");
        const auto row = [](const char *name, const QString &target, const QStringList &removed) {
            QTest::newRow(name) << target << removed;
        };
        row("root", QStringLiteral("/"), {QStringLiteral("index.html")});
        row("root url", QStringLiteral("https://example.com"), {QStringLiteral("index.html")});
        row("page", QStringLiteral("/posts/1"), {QStringLiteral("posts/1.html")});
        row("page with extension", QStringLiteral("/posts/1.html"), {QStringLiteral("posts/1.html")});
        row("dotted last segment", QStringLiteral("/feeds/v1.2"), {QStringLiteral("feeds/v1.2")});
        row("json", QStringLiteral("/posts/1.json"), {QStringLiteral("posts/1.json")});
        row("query ignored", QStringLiteral("/posts/1?page=2&x=%2e%2e"), {QStringLiteral("posts/1.html")});
        row("url query fragment ignored", QStringLiteral("http://example.com/posts/1?page=2#top"),
            {QStringLiteral("posts/1.html")});
        row("trailing slash", QStringLiteral("/posts/"),
            {QStringLiteral("posts.html"), QStringLiteral("posts/index.html")});
        row("encoded space", QStringLiteral("/hello%20world"), {QStringLiteral("hello world.html")});
        row("encoded non-ascii", QStringLiteral("https://example.com/caf%C3%A9/na%C3%AFve"),
            {QString::fromUtf8("café/naïve.html")});
        row("encoded slash", QStringLiteral("/posts%2F1"), {QStringLiteral("posts/1.html")});
        row("double slashes collapse", QStringLiteral("/posts//1"), {QStringLiteral("posts/1.html")});
        row("literal percent", QStringLiteral("/100%25"), {QStringLiteral("100%.html")});
    }
    void exactMapping()
    {
        QFETCH(QString, target);
        QFETCH(QStringList, removed);
        QCOMPARE(PageCacheProvider::exactFiles(target), removed);

        Site site;
        site.cache(removed);
        site.cache({QStringLiteral("posts/2.html"), QStringLiteral("posts/1.html.bak"),
                    QStringLiteral("other.html")});
        const Outcome outcome = site.run(MatchKind::Exact, {target});
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(outcome.details, removed);
        QCOMPARE(outcome.message,
                 QStringLiteral("removed %1 file(s) from %2").arg(removed.size()).arg(site.cacheDir()));
        for (const QString &rel : removed)
            QVERIFY2(!present(site.cached(rel)), qPrintable(rel));
        QVERIFY(present(site.cached(QStringLiteral("posts/2.html"))));
        QVERIFY(present(site.cached(QStringLiteral("posts/1.html.bak"))));
        QVERIFY(present(site.cached(QStringLiteral("other.html"))));
        QVERIFY(site.outsideIntact());
    }

    void trailingSlashRemovesWhicheverExists()
    {
        Site site;
        site.cache({QStringLiteral("posts/index.html")});
        const Outcome outcome = site.run(MatchKind::Exact, {QStringLiteral("/posts/")});
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(outcome.details, QStringList{QStringLiteral("posts/index.html")});
        QVERIFY(QFileInfo(site.cached(QStringLiteral("posts"))).isDir());
    }

    void exactNeverRemovesDirectory()
    {
        Site site;
        site.cache({QStringLiteral("v1.2/a.html")});
        const Outcome outcome = site.run(MatchKind::Exact, {QStringLiteral("/v1.2")});
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(outcome.message, QStringLiteral("not cached: /v1.2"));
        QVERIFY(present(site.cached(QStringLiteral("v1.2/a.html"))));
    }

    void prefixSubtree_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("trailing slash") << QStringLiteral("/posts/");
        QTest::newRow("no trailing slash") << QStringLiteral("/posts");
        QTest::newRow("url") << QStringLiteral("https://example.com/posts/?all=1");
    }
    void prefixSubtree()
    {
        QFETCH(QString, target);
        Site site;
        site.cache({QStringLiteral("posts.html"), QStringLiteral("posts/1.html"),
                    QStringLiteral("posts/.hidden"), QStringLiteral("posts/2024/05/a.html"),
                    QStringLiteral("posts-old.html"), QStringLiteral("posts.json"),
                    QStringLiteral("other/posts.html"), QStringLiteral("index.html")});
        const Outcome outcome = site.run(MatchKind::Prefix, {target});
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        const QStringList expected{QStringLiteral("posts/.hidden"),        QStringLiteral("posts/1.html"),
                                   QStringLiteral("posts/2024/05/a.html"), QStringLiteral("posts/2024/05/"),
                                   QStringLiteral("posts/2024/"),          QStringLiteral("posts.html")};
        QCOMPARE(outcome.details, expected);
        QCOMPARE(outcome.message,
                 QStringLiteral("removed 4 file(s) and 2 director(y/ies) from %1").arg(site.cacheDir()));
        QVERIFY(QFileInfo(site.cached(QStringLiteral("posts"))).isDir());
        QVERIFY(QDir(site.cached(QStringLiteral("posts")))
                    .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
        for (const char *kept : {"posts-old.html", "posts.json", "other/posts.html", "index.html"})
            QVERIFY2(present(site.cached(QLatin1String(kept))), kept);
        QVERIFY(site.outsideIntact());
    }

    void prefixRootIsAll()
    {
        Site site;
        site.cache({QStringLiteral("index.html"), QStringLiteral("a/b.html"), QStringLiteral(".gitkeep")});
        const Outcome outcome = site.run(MatchKind::Prefix, {QStringLiteral("https://example.com/")});
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(outcome.details, (QStringList{QStringLiteral("a/b.html"), QStringLiteral("a/"),
                                               QStringLiteral("index.html")}));
        QVERIFY(present(site.cached(QStringLiteral(".gitkeep"))));
    }

    void allSweepsContentsOnly()
    {
        Site site;
        site.cache({QStringLiteral("index.html"), QStringLiteral("posts/1.html"), QStringLiteral("posts/.x"),
                    QStringLiteral(".gitkeep")});
        QVERIFY(QFile::link(site.outside() + QStringLiteral("/nowhere"),
                            site.cached(QStringLiteral("dangling"))));
        const Outcome outcome = site.run(MatchKind::All, {});
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(outcome.details, (QStringList{QStringLiteral("dangling"), QStringLiteral("index.html"),
                                               QStringLiteral("posts/.x"), QStringLiteral("posts/1.html"),
                                               QStringLiteral("posts/")}));
        QCOMPARE(outcome.message,
                 QStringLiteral("removed 4 file(s) and 1 director(y/ies) from %1").arg(site.cacheDir()));
        QVERIFY(QFileInfo(site.cacheDir()).isDir());
        // Like Dir.glob("*") in the seed: top-level dot-files (e.g. .gitkeep) are not swept.
        QCOMPARE(QDir(site.cacheDir())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral(".gitkeep")});
        QVERIFY(site.outsideIntact());

        const Outcome again = site.run(MatchKind::All, {});
        QCOMPARE(again.kind, Outcome::Kind::Succeeded);
        QCOMPARE(again.message, QStringLiteral("not cached: %1 was already empty").arg(site.cacheDir()));
        QVERIFY(again.details.isEmpty());
    }

    void guard_data()
    {
        QTest::addColumn<QString>("root");       // relative to the site's base; "~" is home, "/" is "/"
        QTest::addColumn<QString>("publicRoot"); // relative to the site's base
        QTest::addColumn<QString>("error");      // expected start of the message, with %1 = base
        QTest::newRow("cache is public root") << "public"
                                              << "public"
                                              << "root %1/public is the public directory";
        QTest::newRow("cache is public root, trailing slash") << "public/"
                                                              << "public"
                                                              << "root %1/public/ is the public directory";
        QTest::newRow("cache is parent of public root") << ""
                                                        << "public"
                                                        << "root %1 contains the public directory %1/public";
        QTest::newRow("cache via symlink to public root")
            << "publiclink"
            << "public"
            << "root %1/publiclink (which resolves to %1/public) is the public directory";
        QTest::newRow("public root via symlink") << "public"
                                                 << "publiclink"
                                                 << "root %1/public is the public directory";
        QTest::newRow("dot-dot in root")
            << "public/cache/.."
            << "public"
            << "root %1/public/cache/.. (which resolves to %1/public) is the public";
        QTest::newRow("dot-dot through a missing directory")
            << "public/not-yet/.."
            << "public"
            << "root %1/public/not-yet/.. (which resolves to %1/public) is the";
        QTest::newRow("file-system root") << "/"
                                          << "public"
                                          << "root / is the file-system root";
        QTest::newRow("home") << "~"
                              << "public"
                              << "root ~ is or contains the home directory";
        QTest::newRow("relative root") << "@public/cache"
                                       << "public"
                                       << "setting root must be an absolute path, but is \"public/cache\"";
        QTest::newRow("relative public root")
            << "public/cache"
            << "@public"
            << "setting public_root must be an absolute path, but is \"public\"";
        QTest::newRow("root missing") << "@"
                                      << "public"
                                      << "setting root is missing";
        QTest::newRow("public root missing") << "public/cache"
                                             << "@"
                                             << "setting public_root is missing";
        QTest::newRow("root is a file") << "public/robots.txt"
                                        << "public"
                                        << "root %1/public/robots.txt is not a directory";
    }
    void guard()
    {
        QFETCH(QString, root);
        QFETCH(QString, publicRoot);
        QFETCH(QString, error);
        Site site;
        if (root == QLatin1String("~") && site.base().startsWith(QDir::homePath() + QLatin1Char('/')))
            QSKIP("the temporary directory lies inside the home directory, so another guard answers first");
        QVERIFY(QFile::link(site.publicDir(), site.base() + QStringLiteral("/publiclink")));
        site.cache({QStringLiteral("index.html")});
        const auto path = [&](const QString &rel) {
            if (rel.startsWith(QLatin1Char('@')))
                return rel.mid(1); // as given: relative or empty
            if (rel == QLatin1String("/"))
                return rel;
            if (rel == QLatin1String("~"))
                return QDir::homePath();
            return rel.isEmpty() ? site.base() : site.base() + QLatin1Char('/') + rel;
        };
        const SourceConfig source = site.source(path(root), path(publicRoot));
        QString expected = error.contains(QLatin1String("%1")) ? error.arg(site.base()) : error;
        if (root == QLatin1String("~"))
            expected.replace(QStringLiteral("root ~"), QStringLiteral("root ") + QDir::homePath());
        const PageCacheProvider provider;
        const QString message = provider.validateSource(source);
        QVERIFY2(message.startsWith(expected), qPrintable(message));

        // Checked again at run time, before anything is touched.
        PurgeBatch batch;
        batch.match = MatchKind::All;
        const Outcome outcome = provider.runLocal(source, batch);
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QCOMPARE(outcome.message, message);
        QVERIFY(outcome.details.isEmpty());
        QVERIFY(present(site.cached(QStringLiteral("index.html"))));
        QVERIFY(site.outsideIntact());
    }

    void guardAllowsMissingCacheAtAddTime()
    {
        Site site;
        const SourceConfig source =
            site.source(site.publicDir() + QStringLiteral("/not-yet"), site.publicDir());
        const PageCacheProvider provider;
        QCOMPARE(provider.validateSource(source), QString());
        PurgeBatch batch;
        batch.match = MatchKind::All;
        const Outcome outcome = provider.runLocal(source, batch);
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QCOMPARE(
            outcome.message,
            QStringLiteral("cache directory %1/not-yet (setting root) does not exist").arg(site.publicDir()));

        const SourceConfig noPublic = site.source(site.cacheDir(), site.base() + QStringLiteral("/gone"));
        QCOMPARE(provider.validateSource(noPublic), QString());
        const Outcome failed = provider.runLocal(noPublic, batch);
        QCOMPARE(failed.kind, Outcome::Kind::Failed);
        QVERIFY2(failed.message.startsWith(
                     QStringLiteral("public directory %1/gone (setting public_root) does not exist")
                         .arg(site.base())),
                 qPrintable(failed.message));
    }

    void traversal_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("error");
        const QString dots =
            QStringLiteral("\" contains a \"..\" path segment; page-cache only removes files inside "
                           "the cache directory");
        const auto row = [&](const char *name, const QString &target, const QString &error) {
            QTest::newRow(name) << target << error;
        };
        row("dot-dot", QStringLiteral("/../outside/secret.txt"),
            QStringLiteral("target \"/../outside/secret.txt") + dots);
        row("encoded dot-dot", QStringLiteral("/%2e%2e/%2E%2E/outside/secret.txt"),
            QStringLiteral("target \"/%2e%2e/%2E%2E/outside/secret.txt") + dots);
        row("dot-dot with encoded slash", QStringLiteral("/posts/..%2f..%2foutside/secret"),
            QStringLiteral("target \"/posts/..%2f..%2foutside/secret") + dots);
        row("url dot-dot", QStringLiteral("http://example.com/a/../../../outside/secret"),
            QStringLiteral("target \"http://example.com/a/../../../outside/secret") + dots);
        row("backslash dot-dot", QStringLiteral("/a\\..\\..\\outside"),
            QStringLiteral("target \"/a\\..\\..\\outside") + dots);
        row("dot", QStringLiteral("/./index"),
            QStringLiteral(
                "target \"/./index\" contains a \".\" path segment; page-cache only removes files inside "
                "the cache directory"));
        row("encoded NUL", QStringLiteral("/index.html%00.png"),
            QStringLiteral("target \"/index.html%00.png\" contains an encoded NUL byte"));
        row("raw NUL", QStringLiteral("/index") + QChar(0) + QStringLiteral("x"),
            QStringLiteral("target \"/index\\0x\" contains a NUL byte"));
        row("network path", QStringLiteral("//evil.example/outside"),
            QStringLiteral(
                "target \"//evil.example/outside\" starts with \"//\": give a path such as /posts/1 or a "
                "full http(s) URL"));
        row("relative", QStringLiteral("posts/1"),
            QStringLiteral(
                "target \"posts/1\" is neither an absolute http(s) URL nor a path starting with /"));
        row("file url", QStringLiteral("file:///etc/passwd"),
            QStringLiteral("target \"file:///etc/passwd\" is neither an absolute http(s) URL nor a path "
                           "starting with /"));
    }
    void traversal()
    {
        QFETCH(QString, target);
        QFETCH(QString, error);
        Site site;
        site.cache({QStringLiteral("index.html"), QStringLiteral("posts/1.html")});
        const PageCacheProvider provider;
        for (MatchKind match : {MatchKind::Exact, MatchKind::Prefix}) {
            PurgeBatch batch;
            batch.match = match;
            batch.targets = {QStringLiteral("/posts/1"), target};
            QCOMPARE(provider.validateBatch(site.source(), batch), error);
            const Outcome outcome = provider.runLocal(site.source(), batch);
            QCOMPARE(outcome.kind, Outcome::Kind::Failed);
            QCOMPARE(outcome.message, error);
        }
        // The whole batch is refused before anything is removed.
        QVERIFY(present(site.cached(QStringLiteral("posts/1.html"))));
        QVERIFY(present(site.cached(QStringLiteral("index.html"))));
        QVERIFY(site.outsideIntact());
        QVERIFY(PageCacheProvider::exactFiles(target).isEmpty());
    }

    void symlinkToOutsideFile_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("target");
        QTest::newRow("exact") << int(MatchKind::Exact) << QStringLiteral("/posts/1");
        QTest::newRow("prefix") << int(MatchKind::Prefix) << QStringLiteral("/posts/");
        QTest::newRow("all") << int(MatchKind::All) << QString();
    }
    void symlinkToOutsideFile()
    {
        QFETCH(int, match);
        QFETCH(QString, target);
        Site site;
        QVERIFY(QDir().mkpath(site.cached(QStringLiteral("posts"))));
        const QString link = site.cached(QStringLiteral("posts/1.html"));
        QVERIFY(QFile::link(site.outside() + QStringLiteral("/secret.txt"), link));
        const Outcome outcome =
            site.run(MatchKind(match), target.isEmpty() ? QStringList() : QStringList{target});
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QVERIFY(outcome.details.contains(QStringLiteral("posts/1.html")));
        QVERIFY(!present(link));
        QVERIFY(site.outsideIntact());
    }

    void symlinkToOutsideDirectory()
    {
        Site site;
        Site::write(site.outside() + QStringLiteral("/pages/a.html"));
        Site::write(site.outside() + QStringLiteral("/pages/sub/b.html"));
        const QString link = site.cached(QStringLiteral("linked"));
        QVERIFY(QFile::link(site.outside() + QStringLiteral("/pages"), link));
        // Also one whose name looks like a cached page, and one to the public directory itself.
        QVERIFY(QFile::link(site.outside() + QStringLiteral("/pages"),
                            site.cached(QStringLiteral("linked.html"))));
        QVERIFY(QFile::link(site.publicDir(), site.cached(QStringLiteral("up"))));
        const auto outsideFilesSurvive = [&] {
            return site.outsideIntact() && present(site.outside() + QStringLiteral("/pages/a.html")) &&
                   present(site.outside() + QStringLiteral("/pages/sub/b.html")) &&
                   QFileInfo(site.cacheDir()).isDir();
        };

        // Never descended into, not even to remove one named file.
        const Outcome through = site.run(MatchKind::Exact, {QStringLiteral("/linked/a")});
        QCOMPARE(through.kind, Outcome::Kind::Failed);
        QCOMPARE(through.message,
                 QStringLiteral("linked is a symbolic link; page-cache never follows links, so "
                                "linked/a.html was not removed"));
        const Outcome deeper = site.run(MatchKind::Prefix, {QStringLiteral("/linked/sub")});
        QCOMPARE(deeper.kind, Outcome::Kind::Failed);
        QVERIFY(outsideFilesSurvive());
        QVERIFY(present(link));

        // A prefix naming the link removes the link itself.
        const Outcome prefix = site.run(MatchKind::Prefix, {QStringLiteral("/linked")});
        QCOMPARE(prefix.kind, Outcome::Kind::Succeeded);
        QCOMPARE(prefix.details, (QStringList{QStringLiteral("linked"), QStringLiteral("linked.html")}));
        QVERIFY(!present(link));
        QVERIFY(outsideFilesSurvive());

        QVERIFY(QFile::link(site.outside() + QStringLiteral("/pages"), link));
        const Outcome all = site.run(MatchKind::All, {});
        QCOMPARE(all.kind, Outcome::Kind::Succeeded);
        QCOMPARE(all.details, (QStringList{QStringLiteral("linked"), QStringLiteral("up")}));
        QVERIFY(outsideFilesSurvive());
    }

    void missingFileIsNotCached()
    {
        Site site;
        site.cache({QStringLiteral("a.html")});
        const Outcome one = site.run(MatchKind::Exact, {QStringLiteral("/posts/9")});
        QCOMPARE(one.kind, Outcome::Kind::Succeeded);
        QCOMPARE(one.message, QStringLiteral("not cached: /posts/9"));
        QVERIFY(one.details.isEmpty());

        const Outcome prefix = site.run(MatchKind::Prefix, {QStringLiteral("/nothing/")});
        QCOMPARE(prefix.kind, Outcome::Kind::Succeeded);
        QCOMPARE(prefix.message, QStringLiteral("not cached: /nothing/"));

        const Outcome mixed =
            site.run(MatchKind::Exact, {QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c"),
                                        QStringLiteral("/d"), QStringLiteral("/e")});
        QCOMPARE(mixed.kind, Outcome::Kind::Succeeded);
        QCOMPARE(mixed.details, QStringList{QStringLiteral("a.html")});
        QCOMPARE(mixed.message, QStringLiteral("removed 1 file(s) from %1; not cached: /b, /c, /d and 1 more")
                                    .arg(site.cacheDir()));
    }

    void readOnlyDirectoryFails()
    {
        if (::geteuid() == 0)
            QSKIP("running as root, which ignores directory permissions, so removal cannot fail here");
        Site site;
        site.cache(
            {QStringLiteral("posts/1.html"), QStringLiteral("posts/2.html"), QStringLiteral("a.html")});
        const QString posts = site.cached(QStringLiteral("posts"));
        QVERIFY(QFile::setPermissions(posts, QFile::ReadOwner | QFile::ExeOwner));
        const Outcome outcome = site.run(
            MatchKind::Exact, {QStringLiteral("/a"), QStringLiteral("/posts/1"), QStringLiteral("/posts/2")});
        const Outcome all = site.run(MatchKind::All, {});
        QVERIFY(QFile::setPermissions(posts, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QVERIFY2(outcome.message.startsWith(QStringLiteral("could not remove posts/1.html: ")),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.endsWith(
                     QStringLiteral(" (and 1 more problem(s)); 1 file(s) were removed before that")),
                 qPrintable(outcome.message));
        QCOMPARE(outcome.details, QStringList{QStringLiteral("a.html")});
        QVERIFY(present(site.cached(QStringLiteral("posts/1.html"))));
        QCOMPARE(all.kind, Outcome::Kind::Failed);
        QVERIFY2(all.message.startsWith(QStringLiteral("could not remove posts/1.html: ")),
                 qPrintable(all.message));
        QVERIFY(all.details.isEmpty());
    }

    void validateBatch_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("action");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("modifier");
        QTest::addColumn<QString>("error");
        const int purge = int(PurgeAction::Purge);
        QTest::newRow("exact ok") << int(MatchKind::Exact) << purge
                                  << QStringList{QStringLiteral("/"),
                                                 QStringLiteral("https://example.com/a b")}
                                  << QString() << QString();
        QTest::newRow("prefix ok") << int(MatchKind::Prefix) << purge
                                   << QStringList{QStringLiteral("/posts/")} << QString() << QString();
        QTest::newRow("all ok") << int(MatchKind::All) << purge << QStringList() << QString() << QString();
        QTest::newRow("tag")
            << int(MatchKind::Tag) << purge << QStringList{QStringLiteral("t")} << QString()
            << QStringLiteral("provider page-cache does not support --match tag; use exact, prefix or all");
        QTest::newRow("host")
            << int(MatchKind::Host) << purge << QStringList{QStringLiteral("example.com")} << QString()
            << QStringLiteral("provider page-cache does not support --match host; use exact, prefix or all");
        QTest::newRow("invalidate") << int(MatchKind::Exact) << int(PurgeAction::Invalidate)
                                    << QStringList{QStringLiteral("/")} << QString()
                                    << QStringLiteral(
                                           "provider page-cache does not support --action invalidate: a "
                                           "cached page can only be removed");
        QTest::newRow("all with targets")
            << int(MatchKind::All) << purge << QStringList{QStringLiteral("/")} << QString()
            << QStringLiteral("--match all takes no targets, but 1 were given");
        QTest::newRow("no targets") << int(MatchKind::Exact) << purge << QStringList() << QString()
                                    << QStringLiteral("no targets given");
        QTest::newRow("modifier") << int(MatchKind::Exact) << purge << QStringList{QStringLiteral("/")}
                                  << QStringLiteral("x")
                                  << QStringLiteral("provider page-cache has no option cache_key_modifier");
        QTest::newRow("empty target")
            << int(MatchKind::Exact) << purge << QStringList{QString()} << QString()
            << QStringLiteral("target \"\" is neither an absolute http(s) URL nor a path starting with /");
        QTest::newRow("url without host")
            << int(MatchKind::Exact) << purge << QStringList{QStringLiteral("https:///a")} << QString()
            << QStringLiteral("target \"https:///a\" is neither an absolute http(s) URL nor "
                              "a path starting with /");
    }
    void validateBatch()
    {
        QFETCH(int, match);
        QFETCH(int, action);
        QFETCH(QStringList, targets);
        QFETCH(QString, modifier);
        QFETCH(QString, error);
        Site site;
        PurgeBatch batch;
        batch.match = MatchKind(match);
        batch.action = PurgeAction(action);
        batch.targets = targets;
        if (!modifier.isEmpty())
            batch.options.insert(QStringLiteral("cache_key_modifier"), {modifier});
        QCOMPARE(PageCacheProvider().validateBatch(site.source(), batch), error);
    }
};

QTEST_GUILESS_MAIN(TestProviderPageCache)
#include "tst_provider_pagecache.moc"
