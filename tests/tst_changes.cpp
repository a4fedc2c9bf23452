// The changes engine (app/changes): repositories built here with libgit2 in temporary
// directories, diffed with GitChanges; Capistrano revisions.log parsing; image and glob filters;
// path-to-URL mapping; the ChangeSelection that ties them together.
#include "changes/changedfile.h"
#include "changes/changefilter.h"
#include "changes/changequery.h"
#include "changes/changeselection.h"
#include "changes/gitchanges.h"
#include "changes/gitsupport.h"
#include "changes/globpattern.h"
#include "changes/pathmapper.h"
#include "changes/revisionslog.h"
#include "testgitrepo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using TestGit::kJpeg;
using TestGit::kPng;
using TestGit::TestRepo;

namespace {

// "status path" (or "renamed old -> new"), sorted, for exact comparisons.
QStringList describe(const QList<ChangedFile> &files)
{
    QStringList lines;
    for (const ChangedFile &f : files)
        lines << ChangedFile::statusName(f.status) + QLatin1Char(' ') +
                     (f.status == ChangedFile::Status::Renamed
                          ? QString(f.oldPath + QStringLiteral(" -> ") + f.path)
                          : f.path) +
                     (f.submodule ? QStringLiteral(" [submodule]") : QString());
    lines.sort();
    return lines;
}

QStringList describe(const ChangeReport &report)
{
    QStringList lines;
    for (const ChangeEntry &e : report.entries) {
        QString line = ChangedFile::statusName(e.file.status) + QLatin1Char(' ') + e.file.path;
        if (e.selected())
            line += QStringLiteral(" => ") + e.urls.join(QLatin1Char(' '));
        else
            line +=
                QStringLiteral(" skipped ") + ChangeEntry::skipName(e.skip) + QStringLiteral(": ") + e.reason;
        lines << line;
    }
    lines.sort();
    return lines;
}

QByteArray text(int n)
{
    QByteArray data;
    for (int i = 0; i < 40; ++i)
        data += "line " + QByteArray::number(i) + " of a text file number " + QByteArray::number(n) + "\n";
    return data;
}

bool writeFile(const QString &name, const QByteArray &data)
{
    QFile f(name);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT
private:
    GitLibrary m_library; // for the raw libgit2 calls in TestRepo helpers

    static QList<ChangedFile> diffOf(const QString &repo, const QString &from, const QString &to,
                                     QString *error)
    {
        GitChanges git;
        QList<ChangedFile> files;
        if (!git.open(repo, error) || !git.diff(from, to, &files, error))
            return {};
        return files;
    }

private slots:
    void addModifyDeleteRename()
    {
        QTemporaryDir dir;
        TestRepo repo;
        QVERIFY(repo.init(dir.path(), false));
        repo.set("a.txt", text(1));
        repo.set("b.txt", text(2));
        repo.set("old/name.txt", text(3));
        repo.set("moved-and-edited.txt", text(4));
        repo.set("same.txt", text(5));
        const QString c1 = repo.commit(QStringLiteral("one"));
        QVERIFY(!c1.isEmpty());
        repo.set("a.txt", text(1) + "more\n");
        repo.remove("b.txt");
        repo.set("c.txt", text(6));
        repo.remove("old/name.txt");
        repo.set("new/name.txt", text(3));
        repo.remove("moved-and-edited.txt");
        repo.set("docs/edited.txt", text(4) + "one more line\n");
        const QString c2 = repo.commit(QStringLiteral("two"));
        QVERIFY(!c2.isEmpty());

        QString error;
        const QList<ChangedFile> files = diffOf(dir.path(), c1, c2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(describe(files),
                 (QStringList{QStringLiteral("added c.txt"), QStringLiteral("deleted b.txt"),
                              QStringLiteral("modified a.txt"),
                              QStringLiteral("renamed moved-and-edited.txt -> docs/edited.txt"),
                              QStringLiteral("renamed old/name.txt -> new/name.txt")}));
        // The reverse range undoes it.
        QCOMPARE(describe(diffOf(dir.path(), c2, c1, &error)),
                 (QStringList{QStringLiteral("added b.txt"), QStringLiteral("deleted c.txt"),
                              QStringLiteral("modified a.txt"),
                              QStringLiteral("renamed docs/edited.txt -> moved-and-edited.txt"),
                              QStringLiteral("renamed new/name.txt -> old/name.txt")}));
        // Blob ids: a deletion has only the old one, an addition only the new one.
        for (const ChangedFile &f : files) {
            QCOMPARE(f.newBlob.isEmpty(), f.status == ChangedFile::Status::Deleted);
            QCOMPARE(f.oldBlob.isEmpty(), f.status == ChangedFile::Status::Added);
            QCOMPARE(f.contentBlob().size(), GIT_OID_RAWSZ);
        }
        // The same revision: nothing changed.
        QCOMPARE(diffOf(dir.path(), c2, c2, &error).size(), 0);
    }

    void multiCommitRangeAndRevspecs()
    {
        QTemporaryDir dir;
        TestRepo repo;
        QVERIFY(repo.init(dir.path(), false));
        repo.set("a.txt", text(1));
        const QString c1 = repo.commit(QStringLiteral("1"));
        repo.set("b.txt", text(2));
        const QString c2 = repo.commit(QStringLiteral("2"));
        repo.set("a.txt", text(7));
        const QString c3 = repo.commit(QStringLiteral("3"));
        repo.remove("b.txt");
        repo.set("c.txt", text(3));
        const QString c4 = repo.commit(QStringLiteral("4"));
        QVERIFY(!c4.isEmpty());
        QVERIFY(repo.tag(QStringLiteral("v1"), c1, false));
        QVERIFY(repo.tag(QStringLiteral("v2"), c2, true));

        QString error;
        // The two trees are compared: b.txt came and went inside the range.
        const QStringList whole{QStringLiteral("added c.txt"), QStringLiteral("modified a.txt")};
        QCOMPARE(describe(diffOf(dir.path(), c1, c4, &error)), whole);
        QCOMPARE(describe(diffOf(dir.path(), QStringLiteral("HEAD~3"), QStringLiteral("HEAD"), &error)),
                 whole);
        QCOMPARE(describe(diffOf(dir.path(), QStringLiteral("v1"), QStringLiteral("master"), &error)), whole);
        QCOMPARE(describe(diffOf(dir.path(), c1.left(7), c4.left(8), &error)), whole);
        QCOMPARE(describe(diffOf(dir.path(), QStringLiteral("v2"), QStringLiteral("HEAD~1"), &error)),
                 QStringList{QStringLiteral("modified a.txt")});
        QCOMPARE(describe(diffOf(dir.path(), QStringLiteral("HEAD^"), QStringLiteral("HEAD"), &error)),
                 (QStringList{QStringLiteral("added c.txt"), QStringLiteral("deleted b.txt")}));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        GitChanges git;
        QVERIFY(git.open(dir.path(), &error));
        QString id;
        QVERIFY(git.resolve(QStringLiteral("v2"), &id, &error)); // an annotated tag peels to its commit
        QCOMPARE(id, c2);
        QVERIFY(git.resolve(c3.left(7), &id, &error));
        QCOMPARE(id, c3);
        QVERIFY(git.resolve(QStringLiteral("HEAD~2"), &id, &error));
        QCOMPARE(id, c2);

        // Unknown revisions are errors that name the revision and the repository.
        QVERIFY(!git.resolve(QStringLiteral("no-such-branch"), &id, &error));
        QVERIFY2(error.contains(QLatin1String("\"no-such-branch\"")) && error.contains(git.path()),
                 qPrintable(error));
        QList<ChangedFile> files;
        QVERIFY(!git.diff(c1, QStringLiteral("deadbeefdeadbeef"), &files, &error));
        QVERIFY2(error.contains(QLatin1String("deadbeefdeadbeef")), qPrintable(error));
        QVERIFY(!git.diff(QStringLiteral("HEAD~9"), QStringLiteral("HEAD"), &files, &error));
        QVERIFY2(error.contains(QLatin1String("HEAD~9")), qPrintable(error));
        QVERIFY(files.isEmpty());
    }

    void bareRepositoryAndCapistranoLayout()
    {
        QTemporaryDir deployTo;
        const QString bare = deployTo.filePath(QStringLiteral("repo"));
        TestRepo repo;
        QVERIFY(repo.init(bare, true));
        repo.set("public/images/logo.png", kPng);
        const QString c1 = repo.commit(QStringLiteral("1"));
        repo.set("public/images/logo.png", kPng + "changed");
        repo.set("app/models/user.rb", text(1));
        const QString c2 = repo.commit(QStringLiteral("2"));

        QString error;
        const QStringList expected{QStringLiteral("added app/models/user.rb"),
                                   QStringLiteral("modified public/images/logo.png")};
        QCOMPARE(describe(diffOf(bare, c1, c2, &error)), expected);
        // The deploy directory itself: its repo/ mirror is used.
        GitChanges git;
        QVERIFY2(git.open(deployTo.path(), &error), qPrintable(error));
        QCOMPARE(git.path(), QDir::cleanPath(bare));
        QCOMPARE(describe(diffOf(deployTo.path(), c1, c2, &error)), expected);

        // Not a repository at all, and not a directory.
        QTemporaryDir empty;
        QVERIFY(!git.open(empty.path(), &error));
        QVERIFY2(error.contains(QLatin1String("no git repository")) && error.contains(empty.path()),
                 qPrintable(error));
        QVERIFY(!git.isOpen());
        QVERIFY(!git.open(empty.filePath(QStringLiteral("missing")), &error));
        QVERIFY2(error.contains(QLatin1String("not a directory")), qPrintable(error));
    }

    void namesWithSpacesNonAsciiAndUndecodableBytes()
    {
        QTemporaryDir dir;
        TestRepo repo;
        QVERIFY(repo.init(dir.path(), false));
        repo.set("keep.txt", text(1));
        const QString c1 = repo.commit(QStringLiteral("1"));
        repo.set("public/images/caf\xc3\xa9 photo.png", kPng);
        repo.set("public/images/a#b?c%d.png", kPng);
        repo.set("public/\xe6\x97\xa5\xe6\x9c\xac/\xe5\x86\x99\xe7\x9c\x9f.jpg", kJpeg);
        repo.set("public/images/latin1-caf\xe9.png", kPng); // not UTF-8
        const QString c2 = repo.commit(QStringLiteral("2"));

        QString error;
        const QList<ChangedFile> files = diffOf(dir.path(), c1, c2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(describe(files),
                 (QStringList{QStringLiteral("added public/images/a#b?c%d.png"),
                              QStringLiteral("added public/images/caf\u00e9 photo.png"),
                              QStringLiteral("added public/images/latin1-caf\\xE9.png"),
                              QStringLiteral("added public/\u65e5\u672c/\u5199\u771f.jpg")}));
        for (const ChangedFile &f : files)
            QCOMPARE(f.decodable, !f.rawPath.contains("latin1"));

        ChangeQuery query;
        query.repository = dir.path();
        query.from = c1;
        query.to = c2;
        query.only = QStringLiteral("images");
        query.maps = {QStringLiteral("public=https://cdn.example.com/")};
        ChangeSelection selection(query);
        QVERIFY2(selection.load(&error), qPrintable(error));
        QCOMPARE(
            describe(selection.report()),
            (QStringList{
                QStringLiteral(
                    "added public/images/a#b?c%d.png => https://cdn.example.com/images/a%23b%3Fc%25d.png"),
                QStringLiteral("added public/images/caf\u00e9 photo.png => "
                               "https://cdn.example.com/images/caf%C3%A9%20photo.png"),
                QStringLiteral(
                    "added public/images/latin1-caf\\xE9.png skipped not_decodable: the path is not valid "
                    "UTF-8, so it has no URL"),
                QStringLiteral("added public/\u65e5\u672c/\u5199\u771f.jpg => "
                               "https://cdn.example.com/%E6%97%A5%E6%9C%AC/%E5%86%99%E7%9C%9F.jpg")}));
        // The JSON keeps the undecodable path's bytes.
        const QJsonObject json = selection.report().toJson();
        const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("path_bytes")).toString(),
                 QString::fromLatin1(QByteArray("public/images/latin1-caf\xe9.png").toHex()));
        QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("not_decodable"));
    }

    void submoduleIsReportedAsItsPath()
    {
        QTemporaryDir dir;
        TestRepo repo;
        QVERIFY(repo.init(dir.path(), false));
        repo.set(
            ".gitmodules",
            "[submodule \"vendor/theme\"]\n\tpath = vendor/theme\n\turl = https://example.com/theme.git\n");
        repo.setLink("vendor/theme", "1111111111111111111111111111111111111111");
        const QString c1 = repo.commit(QStringLiteral("1"));
        repo.setLink("vendor/theme", "2222222222222222222222222222222222222222");
        repo.setLink("vendor/icons", "3333333333333333333333333333333333333333");
        const QString c2 = repo.commit(QStringLiteral("2"));

        QString error;
        const QList<ChangedFile> files = diffOf(dir.path(), c1, c2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(describe(files), (QStringList{QStringLiteral("added vendor/icons [submodule]"),
                                               QStringLiteral("modified vendor/theme [submodule]")}));
        for (const ChangedFile &f : files)
            QVERIFY(f.contentBlob().isEmpty()); // a gitlink has no blob

        // As images, a submodule is filtered out (and says so); as "all" it is kept.
        ChangeQuery query;
        query.repository = dir.path();
        query.from = c1;
        query.to = c2;
        query.only = QStringLiteral("images");
        ChangeSelection images(query);
        QVERIFY2(images.load(&error), qPrintable(error));
        QCOMPARE(
            describe(images.report()),
            (QStringList{
                QStringLiteral("added vendor/icons skipped filtered_out: a submodule, not an image"),
                QStringLiteral("modified vendor/theme skipped filtered_out: a submodule, not an image")}));
        query.only = QStringLiteral("all");
        ChangeSelection all(query);
        QVERIFY(all.load(&error));
        QCOMPARE(all.report().selected().size(), 2);
    }

    void imagesByContent()
    {
        QTemporaryDir dir;
        TestRepo repo;
        QVERIFY(repo.init(dir.path(), false));
        repo.set("public/notes.txt", text(1));
        repo.set("public/gone.gif", QByteArray("GIF89a") + QByteArray(20, '\0'));
        repo.set("public/rename-me.jpg", kJpeg);
        const QString c1 = repo.commit(QStringLiteral("1"));
        repo.set("public/picture.dat", kPng);            // an image under a misleading name
        repo.set("public/fake.png", "just some text\n"); // text under an image name
        repo.set("public/notes.txt", text(2));
        repo.remove("public/gone.gif"); // deleted: judged by the old blob
        repo.remove("public/rename-me.jpg");
        repo.set("public/renamed.jpg", kJpeg);
        repo.set("public/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
        repo.set("public/empty.png", "");
        const QString c2 = repo.commit(QStringLiteral("2"));

        ChangeQuery query;
        query.repository = dir.path();
        query.from = c1;
        query.to = c2;
        query.only = QStringLiteral("images");
        ChangeSelection selection(query);
        QString error;
        QVERIFY2(selection.load(&error), qPrintable(error));
        const ChangeReport report = selection.report();
        QVERIFY(!report.mapped);
        QCOMPARE(
            describe(report),
            (QStringList{
                QStringLiteral(
                    "added public/empty.png skipped filtered_out: not an image (application/x-zerosize)"),
                QStringLiteral("added public/fake.png skipped filtered_out: not an image (text/plain)"),
                QStringLiteral("added public/icon.svg => "),
                QStringLiteral("added public/picture.dat => "),
                QStringLiteral("deleted public/gone.gif => "),
                QStringLiteral("modified public/notes.txt skipped filtered_out: not an image (text/plain)"),
                QStringLiteral("renamed public/renamed.jpg => "),
            }));
        QStringList mimes;
        for (const ChangeEntry &e : report.selected())
            mimes << e.file.path + QLatin1Char('=') + e.mimeType;
        mimes.sort();
        QCOMPARE(mimes, (QStringList{QStringLiteral("public/gone.gif=image/gif"),
                                     QStringLiteral("public/icon.svg=image/svg+xml"),
                                     QStringLiteral("public/picture.dat=image/png"),
                                     QStringLiteral("public/renamed.jpg=image/jpeg")}));

        // Without the blob (a deletion whose object is missing), the name decides.
        ChangeFilter filter;
        QVERIFY(filter.configure(ChangeFilter::Only::Images, {}, {}).isEmpty());
        ChangedFile deleted;
        deleted.status = ChangedFile::Status::Deleted;
        deleted.path = QStringLiteral("img/photo.jpeg");
        QVERIFY(filter.checkType(deleted, {}, false).accepted);
        deleted.path = QStringLiteral("img/readme.md");
        QVERIFY(!filter.checkType(deleted, {}, false).accepted);
        // A Git LFS pointer says nothing about the file: the name decides.
        const QByteArray lfs = "version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12345\n";
        deleted.path = QStringLiteral("img/huge.png");
        QVERIFY(filter.checkType(deleted, lfs, true).accepted);
        deleted.path = QStringLiteral("img/huge.bin");
        QVERIFY(!filter.checkType(deleted, lfs, true).accepted);
        // A name no repository can hold (U+0000) is judged by nothing, and does not crash.
        deleted.path = QStringLiteral("img/x") + QString(5, QChar(0)) + QStringLiteral(".png");
        const ChangeFilter::TypeVerdict nuls = filter.checkType(deleted, {}, false);
        QVERIFY(!nuls.accepted);
        QCOMPARE(nuls.mimeType, QStringLiteral("application/octet-stream"));
    }

    void globs_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        const auto row = [](const char *name, const char *pattern, const char *path, bool matches) {
            QTest::newRow(name) << QString::fromUtf8(pattern) << QString::fromUtf8(path) << matches;
        };
        row("*.css top", "*.css", "site.css", true);
        row("*.css deep (no slash: any depth)", "*.css", "public/css/site.css", true);
        row("*.css not .scss", "*.css", "public/site.scss", false);
        row("*.css not a directory name", "*.css", "public/x.css/readme", false);
        row("assets/** deep", "assets/**", "assets/img/a/b.png", true);
        row("assets/** direct", "assets/**", "assets/a.png", true);
        row("assets/** not the prefix alone", "assets/**", "assetsx/a.png", false);
        row("assets/** anchored", "assets/**", "public/assets/a.png", false);
        row("assets/ trailing slash", "assets/", "assets/a/b.png", true);
        row("**/*.css top", "**/*.css", "a.css", true);
        row("**/*.css deep", "**/*.css", "x/y/a.css", true);
        row("a/**/b zero dirs", "a/**/b", "a/b", true);
        row("a/**/b two dirs", "a/**/b", "a/x/y/b", true);
        row("a/**/b not suffix", "a/**/b", "a/x/yb", false);
        row("star stays in segment", "public/*.png", "public/img/a.png", false);
        row("star in segment", "public/*.png", "public/a.png", true);
        row("leading slash anchors", "/*.png", "a.png", true);
        row("leading slash anchors deep", "/*.png", "img/a.png", false);
        row("question mark", "img?.png", "img1.png", true);
        row("question mark not slash", "a?b", "a/b", false);
        row("class", "img[0-9].png", "img7.png", true);
        row("class miss", "img[0-9].png", "imgx.png", false);
        row("negated class", "img[!0-9].png", "imgx.png", true);
        row("negated class miss", "img[!0-9].png", "img3.png", false);
        row("class with dot", "a[.]b", "a.b", true);
        row("escaped star", "a\\*b", "a*b", true);
        row("escaped star literal", "a\\*b", "axb", false);
        row("dots are literal", "*.min.js", "appXminXjs", false);
        row("regex chars literal", "(a)+.txt", "(a)+.txt", true);
        row("unterminated class literal", "a[b", "a[b", true);
        row("double star mid-name is a star", "a**b.txt", "axyb.txt", true);
        row("double star mid-name no slash", "dir/a**b", "dir/a/b", false);
        row("non-ascii", "caf\xc3\xa9/*", "caf\xc3\xa9/x.png", true);
        row("** everything", "**", "a/b/c", true);
        row("case sensitive", "*.PNG", "a.png", false);
    }

    void globs()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        const GlobPattern glob(pattern);
        QVERIFY2(glob.isValid(), qPrintable(glob.error()));
        QVERIFY2(glob.matches(path) == matches, qPrintable(glob.regularExpression()));
    }

    void includeExcludeWithImages()
    {
        ChangeFilter filter;
        QVERIFY(filter
                    .configure(ChangeFilter::Only::All,
                               {QStringLiteral("*.css"), QStringLiteral("assets/**")},
                               {QStringLiteral("assets/vendor/**")})
                    .isEmpty());
        QCOMPARE(filter.checkPath(QStringLiteral("public/site.css")), QString());
        QCOMPARE(filter.checkPath(QStringLiteral("assets/a.png")), QString());
        QCOMPARE(filter.checkPath(QStringLiteral("app/a.rb")), QStringLiteral("matches no --include"));
        QCOMPARE(filter.checkPath(QStringLiteral("assets/vendor/x.css")),
                 QStringLiteral("excluded by assets/vendor/**"));
        QVERIFY(!filter.configure(ChangeFilter::Only::All, {QString()}, {}).isEmpty());

        // Combined with --only images, and a rename that leaves the included tree: the old path
        // is still purged, the new one is filtered out.
        QTemporaryDir dir;
        TestRepo repo;
        QVERIFY(repo.init(dir.path(), false));
        repo.set("assets/img/a.png", kPng);
        repo.set("assets/img/b.png", kPng + "b");
        repo.set("assets/vendor/v.png", kPng + "v");
        repo.set("assets/site.css", "body{}\n");
        const QString c1 = repo.commit(QStringLiteral("1"));
        repo.set("assets/img/a.png", kPng + "new");
        repo.remove("assets/img/b.png");
        repo.set("archive/b.png", kPng + "b");
        repo.set("assets/vendor/v.png", kPng + "v2");
        repo.set("assets/site.css", "body{color:red}\n");
        repo.set("other/c.png", kPng + "c");
        const QString c2 = repo.commit(QStringLiteral("2"));

        ChangeQuery query;
        query.repository = dir.path();
        query.from = c1;
        query.to = c2;
        query.only = QStringLiteral("images");
        query.includes = {QStringLiteral("assets/**")};
        query.excludes = {QStringLiteral("assets/vendor/**")};
        query.maps = {QStringLiteral("assets=https://cdn.example.com/a/"),
                      QStringLiteral("=https://www.example.com/")};
        ChangeSelection selection(query);
        QString error;
        QVERIFY2(selection.load(&error), qPrintable(error));
        const ChangeReport report = selection.report();
        QCOMPARE(
            describe(report),
            (QStringList{
                QStringLiteral("added other/c.png skipped filtered_out: matches no --include"),
                QStringLiteral("modified assets/img/a.png => https://cdn.example.com/a/img/a.png"),
                QStringLiteral("modified assets/site.css skipped filtered_out: not an image (text/plain)"),
                QStringLiteral(
                    "modified assets/vendor/v.png skipped filtered_out: excluded by assets/vendor/**"),
                QStringLiteral("renamed archive/b.png => https://cdn.example.com/a/img/b.png")}));
        QCOMPARE(report.urls(), (QStringList{QStringLiteral("https://cdn.example.com/a/img/b.png"),
                                             QStringLiteral("https://cdn.example.com/a/img/a.png")}));
    }

    void mapping_data()
    {
        QTest::addColumn<QStringList>("maps");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("urls");
        const QStringList two{QStringLiteral("public/images/=https://cdn.example.com/images/"),
                              QStringLiteral("public/images/=https://example.com/images/")};
        QTest::newRow("two URL prefixes")
            << two << QStringLiteral("public/images/a.png")
            << QStringList{QStringLiteral("https://cdn.example.com/images/a.png"),
                           QStringLiteral("https://example.com/images/a.png")};
        QTest::newRow("deeper path") << two << QStringLiteral("public/images/x/y z.png")
                                     << QStringList{
                                            QStringLiteral("https://cdn.example.com/images/x/y%20z.png"),
                                            QStringLiteral("https://example.com/images/x/y%20z.png")};
        QTest::newRow("unmapped") << two << QStringLiteral("app/a.rb") << QStringList{};
        QTest::newRow("directory boundary") << QStringList{QStringLiteral("public=https://e.com")}
                                            << QStringLiteral("publicity/a.png") << QStringList{};
        QTest::newRow("no trailing slashes")
            << QStringList{QStringLiteral("public=https://e.com")} << QStringLiteral("public/a.png")
            << QStringList{QStringLiteral("https://e.com/a.png")};
        QTest::newRow("longest prefix wins")
            << QStringList{QStringLiteral("public=https://www.e.com/"),
                           QStringLiteral("public/img=https://img.e.com/")}
            << QStringLiteral("public/img/a.png") << QStringList{QStringLiteral("https://img.e.com/a.png")};
        QTest::newRow("shorter prefix for others")
            << QStringList{QStringLiteral("public=https://www.e.com/"),
                           QStringLiteral("public/img=https://img.e.com/")}
            << QStringLiteral("public/css/a.css")
            << QStringList{QStringLiteral("https://www.e.com/css/a.css")};
        QTest::newRow("empty prefix maps everything")
            << QStringList{QStringLiteral("=https://e.com/base/")} << QStringLiteral("a/b.png")
            << QStringList{QStringLiteral("https://e.com/base/a/b.png")};
        QTest::newRow("a single file")
            << QStringList{QStringLiteral("public/favicon.ico=https://e.com/favicon.ico")}
            << QStringLiteral("public/favicon.ico")
            << QStringList{QStringLiteral("https://e.com/favicon.ico")};
        QTest::newRow("leading ./ and /")
            << QStringList{QStringLiteral("./public/=https://e.com/"), QStringLiteral("/app=https://a.com")}
            << QStringLiteral("app/x.js") << QStringList{QStringLiteral("https://a.com/x.js")};
        QTest::newRow("hash question percent")
            << QStringList{QStringLiteral("=https://e.com/")} << QStringLiteral("d/a#1?x=%2.png")
            << QStringList{QStringLiteral("https://e.com/d/a%231%3Fx=%252.png")};
        QTest::newRow("non-ASCII as UTF-8")
            << QStringList{QStringLiteral("=https://e.com/")} << QStringLiteral("\u00fcber/\u65e5\u672c.png")
            << QStringList{QStringLiteral("https://e.com/%C3%BCber/%E6%97%A5%E6%9C%AC.png")};
        QTest::newRow("pchar kept") << QStringList{QStringLiteral("=https://e.com/")}
                                    << QStringLiteral("a(1)+b,c;d@e:f!$&'*.png")
                                    << QStringList{QStringLiteral("https://e.com/a(1)+b,c;d@e:f!$&'*.png")};
        QTest::newRow("unsafe ASCII encoded")
            << QStringList{QStringLiteral("=https://e.com/")} << QStringLiteral("a\"<>[]^`{|}\\.png")
            << QStringList{QStringLiteral("https://e.com/a%22%3C%3E%5B%5D%5E%60%7B%7C%7D%5C.png")};
    }

    void mapping()
    {
        QFETCH(QStringList, maps);
        QFETCH(QString, path);
        QFETCH(QStringList, urls);
        PathMapper mapper;
        for (const QString &map : maps)
            QCOMPARE(mapper.add(map), QString());
        QCOMPARE(mapper.urls(path), urls);
        // Every URL produced parses back to the same path.
        for (const QString &url : mapper.urls(path))
            QVERIFY(QUrl(url, QUrl::StrictMode).isValid());
    }

    void malformedMappings_data()
    {
        QTest::addColumn<QString>("map");
        QTest::addColumn<QString>("error");
        QTest::newRow("no =") << QStringLiteral("public")
                              << QStringLiteral("mapping \"public\" is not PATH_PREFIX=URL_PREFIX");
        QTest::newRow("no URL") << QStringLiteral("public=")
                                << QStringLiteral("mapping \"public=\" has no URL prefix after the =");
        QTest::newRow("relative") << QStringLiteral("public=/images")
                                  << QStringLiteral(
                                         "mapping \"public=/images\": \"/images\" is not an absolute URL");
        QTest::newRow("ftp") << QStringLiteral("public=ftp://e.com/")
                             << QStringLiteral(
                                    "mapping \"public=ftp://e.com/\": the URL prefix must be http or https");
        QTest::newRow("query")
            << QStringLiteral("public=https://e.com/?a=1")
            << QStringLiteral(
                   "mapping \"public=https://e.com/?a=1\": the URL prefix must not have a query or fragment");
        QTest::newRow("space in URL")
            << QStringLiteral("p=https://e.com/a b/")
            << QStringLiteral(
                   "mapping \"p=https://e.com/a b/\": \"https://e.com/a b/\" is not an absolute URL");
    }

    void malformedMappings()
    {
        QFETCH(QString, map);
        QFETCH(QString, error);
        PathMapper mapper;
        QCOMPARE(mapper.add(map), error);
        QVERIFY(mapper.isEmpty());
    }

    void mapSetting()
    {
        QCOMPARE(PathMapper::splitSetting(
                     QStringLiteral(" a=https://x.com/ ;b=https://y.com/;; c=https://z.com\n")),
                 (QStringList{QStringLiteral("a=https://x.com/"), QStringLiteral("b=https://y.com/"),
                              QStringLiteral("c=https://z.com")}));
        PathMapper mapper;
        QCOMPARE(mapper.addSetting(
                     QStringLiteral("public/images=https://cdn.e.com/i public/images=https://e.com/images")),
                 QString());
        QCOMPARE(mapper.urls(QStringLiteral("public/images/a.png")),
                 (QStringList{QStringLiteral("https://cdn.e.com/i/a.png"),
                              QStringLiteral("https://e.com/images/a.png")}));
        QCOMPARE(PathMapper().addSetting(QStringLiteral(" ; ")), QStringLiteral("the map setting is empty"));
        QVERIFY(!PathMapper().addSetting(QStringLiteral("ok=https://e.com/ broken")).isEmpty());
    }

    void pathText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("ascii") << QByteArray("a/b c.png") << QStringLiteral("a/b c.png") << true;
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QStringLiteral("caf\u00e9") << true;
        QTest::newRow("4-byte") << QByteArray("\xf0\x9f\x98\x80.png") << QStringLiteral("\U0001F600.png")
                                << true;
        QTest::newRow("latin-1") << QByteArray("caf\xe9.png") << QStringLiteral("caf\\xE9.png") << false;
        QTest::newRow("truncated") << QByteArray("a\xc3") << QStringLiteral("a\\xC3") << false;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\\xC0\\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xED\\xA0\\x80")
                                   << false;
        QTest::newRow("backslash doubled when escaping")
            << QByteArray("a\\x\xff") << QStringLiteral("a\\\\x\\xFF") << false;
        QTest::newRow("backslash kept when valid") << QByteArray("a\\x") << QStringLiteral("a\\x") << true;
    }

    void pathText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        bool decoded = !ok;
        QCOMPARE(PathText::decode(bytes, &decoded), text);
        QCOMPARE(decoded, ok);
    }

    void revisionsLog_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("previous"); // "sha@release", or empty when an error is expected
        QTest::addColumn<QString>("current");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("error");

        QTest::newRow("seed example")
            << QByteArray("Branch master (at b153b01) deployed as release 20180819205048 by stevenrombauts\n"
                          "Branch master (at bd32775) deployed as release 20190215074916 by stevenrombauts\n")
            << QStringLiteral("b153b01@20180819205048") << QStringLiteral("bd32775@20190215074916") << 0
            << QString();
        QTest::newRow("last two of many, no final newline")
            << QByteArray("Branch main (at 1111111) deployed as release 1 by a\n"
                          "Branch main (at 2222222) deployed as release 2 by a\n"
                          "Branch feature/x (at 3333333) deployed as release 3 by b c")
            << QStringLiteral("2222222@2") << QStringLiteral("3333333@3") << 0 << QString();
        QTest::newRow("rollback resolves to the release's revision")
            << QByteArray("Branch main (at 1111111) deployed as release 1 by a\n"
                          "Branch main (at 2222222) deployed as release 2 by a\n"
                          "alice rolled back to release 1\n")
            << QStringLiteral("2222222@2") << QStringLiteral("1111111@1") << 0 << QString();
        QTest::newRow("deploy after a rollback")
            << QByteArray("Branch main (at 1111111) deployed as release 1 by a\n"
                          "Branch main (at 2222222) deployed as release 2 by a\n"
                          "alice rolled back to release 1\n"
                          "Branch main (at 4444444) deployed as release 4 by a\n")
            << QStringLiteral("1111111@1") << QStringLiteral("4444444@4") << 0 << QString();
        QTest::newRow("garbage and blank lines are skipped and counted")
            << QByteArray("\n"
                          "Branch main (at 1111111) deployed as release 1 by a\n"
                          "WARNING something odd\n"
                          "   \n"
                          "Branch main (at 2222222) deployed as release 2\n" // no "by": foreign
                          "Branch main (at 3333333) deployed as release 3 by a\r\n")
            << QStringLiteral("1111111@1") << QStringLiteral("3333333@3") << 4 << QString();
        QTest::newRow("single deploy")
            << QByteArray("Branch master (at b153b01) deployed as release 20180819205048 by a\n") << QString()
            << QString() << 0
            << QStringLiteral(
                   "names only one deploy (revision b153b01); two are needed to know what changed");
        QTest::newRow("no deploy") << QByteArray("nothing here\n") << QString() << QString() << 1
                                   << QStringLiteral("names no deploy; two are needed to know what changed");
        QTest::newRow("empty file") << QByteArray() << QString() << QString() << 0
                                    << QStringLiteral("names no deploy; two are needed to know what changed");
        QTest::newRow("rollback to an unknown release")
            << QByteArray("Branch main (at 1111111) deployed as release 1 by a\n"
                          "Branch main (at 2222222) deployed as release 2 by a\n"
                          "bob rolled back to release 0\n")
            << QString() << QString() << 0
            << QStringLiteral("line 3 rolls back to release 0, but no earlier line deployed that release, so "
                              "its revision is unknown");
    }

    void revisionsLog()
    {
        QFETCH(QByteArray, log);
        QFETCH(QString, previous);
        QFETCH(QString, current);
        QFETCH(int, skipped);
        QFETCH(QString, error);
        RevisionsLog parsed;
        QString problem;
        RevisionsLog::Range range;
        const bool ok = parsed.parse(log, &problem) && parsed.lastTwo(&range, &problem);
        QCOMPARE(parsed.skippedLines(), skipped);
        if (error.isEmpty()) {
            QVERIFY2(ok, qPrintable(problem));
            QCOMPARE(range.previous.revision + QLatin1Char('@') + range.previous.release, previous);
            QCOMPARE(range.current.revision + QLatin1Char('@') + range.current.release, current);
            QCOMPARE(parsed.warning().isEmpty(), skipped == 0);
        } else {
            QVERIFY(!ok);
            QVERIFY2(problem.endsWith(error), qPrintable(problem));
            QVERIFY2(problem.startsWith(QLatin1String("revisions.log")), qPrintable(problem));
        }
    }

    void revisionsLogAgainstRepository()
    {
        QTemporaryDir dir;
        TestRepo repo;
        QVERIFY(repo.init(dir.filePath(QStringLiteral("repo")), true));
        repo.set("public/images/a.png", kPng);
        repo.set("README", text(1));
        const QString c1 = repo.commit(QStringLiteral("1"));
        repo.set("public/images/a.png", kPng + "2");
        repo.set("README", text(2));
        const QString c2 = repo.commit(QStringLiteral("2"));
        const QString log = dir.filePath(QStringLiteral("revisions.log"));
        QVERIFY(writeFile(log, "Branch master (at " + c1.left(7).toLatin1() +
                                   ") deployed as release 20180819205048 by alice\n"
                                   "garbage\n"
                                   "Branch master (at " +
                                   c2.left(7).toLatin1() +
                                   ") deployed as release 20190215074916 by alice\n"));

        ChangeQuery query;
        query.repository = dir.path(); // the deploy directory: repo/ is used
        query.revisionsLog = log;
        query.only = QStringLiteral("images");
        query.maps = {QStringLiteral("public/images/=https://cdn.example.com/images/"),
                      QStringLiteral("public/images/=https://example.com/images/")};
        {
            ChangeSelection selection(query);
            QString error;
            QVERIFY2(selection.load(&error), qPrintable(error));
            const ChangeReport report = selection.report();
            QCOMPARE(report.fromCommit, c1);
            QCOMPARE(report.toCommit, c2);
            QCOMPARE(report.fromRevision, c1.left(7));
            QCOMPARE(report.fromRelease, QStringLiteral("20180819205048"));
            QCOMPARE(report.toRelease, QStringLiteral("20190215074916"));
            QCOMPARE(report.warnings.size(), 1);
            QVERIFY2(report.warnings.first().contains(QLatin1String("line 2")),
                     qPrintable(report.warnings.first()));
            QCOMPARE(report.urls(), (QStringList{QStringLiteral("https://cdn.example.com/images/a.png"),
                                                 QStringLiteral("https://example.com/images/a.png")}));
            QCOMPARE(report.skipped().size(), 1);
            QCOMPARE(report.skipped().first().file.path, QStringLiteral("README"));
        }
        // A SHA the repository does not have is an error naming the line and the SHA.
        QVERIFY(writeFile(log, "Branch master (at " + c1.left(7).toLatin1() +
                                   ") deployed as release 1 by alice\n"
                                   "Branch master (at 0badc0de) deployed as release 2 by alice\n"));
        {
            ChangeSelection selection(query);
            QString error;
            QVERIFY(!selection.load(&error));
            QVERIFY2(error.contains(QLatin1String("line 2 (release 2)")) &&
                         error.contains(QLatin1String("\"0badc0de\"")) &&
                         error.contains(QLatin1String("is not in the repository")),
                     qPrintable(error));
        }
        // A missing log.
        query.revisionsLog = dir.filePath(QStringLiteral("nope.log"));
        {
            ChangeSelection selection(query);
            QString error;
            QVERIFY(!selection.load(&error));
            QVERIFY2(error.contains(QLatin1String("nope.log")) &&
                         error.contains(QLatin1String("no such file")),
                     qPrintable(error));
        }
    }

    void unmappedAndReportJson()
    {
        QTemporaryDir dir;
        TestRepo repo;
        QVERIFY(repo.init(dir.path(), false));
        repo.set("public/a.css", "a{}\n");
        repo.set("public/old.css", "old{}\n" + text(9));
        const QString c1 = repo.commit(QStringLiteral("1"));
        repo.set("public/a.css", "a{color:red}\n");
        repo.set("lib/b.css", "b{}\n");
        repo.remove("public/old.css");
        repo.set("vendor/old.css", "old{}\n" + text(9)); // renamed out of the mapped tree
        const QString c2 = repo.commit(QStringLiteral("2"));

        ChangeQuery query;
        query.repository = dir.path();
        query.from = c1;
        query.to = c2;
        query.includes = {QStringLiteral("*.css")};
        query.maps = {QStringLiteral("public=https://e.com/")};
        ChangeSelection selection(query);
        QString error;
        QVERIFY2(selection.load(&error), qPrintable(error));
        const ChangeReport report = selection.report();
        QCOMPARE(
            describe(report),
            (QStringList{QStringLiteral("added lib/b.css skipped unmapped: no path mapping covers lib/b.css"),
                         QStringLiteral("modified public/a.css => https://e.com/a.css"),
                         QStringLiteral("renamed vendor/old.css => https://e.com/old.css")}));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("from")).toObject().value(QStringLiteral("commit")).toString(),
                 c1);
        QCOMPARE(json.value(QStringLiteral("to")).toObject().value(QStringLiteral("revision")).toString(),
                 c2);
        QCOMPARE(json.value(QStringLiteral("urls")).toArray().size(), 2);
        const QJsonArray files = json.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QJsonObject renamed;
        for (const QJsonValue &v : files)
            if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("renamed"))
                renamed = v.toObject();
        QCOMPARE(renamed.value(QStringLiteral("old_path")).toString(), QStringLiteral("public/old.css"));
        QCOMPARE(renamed.value(QStringLiteral("path")).toString(), QStringLiteral("vendor/old.css"));
        QCOMPARE(renamed.value(QStringLiteral("urls")).toArray(),
                 QJsonArray{QStringLiteral("https://e.com/old.css")});
        QCOMPARE(renamed.value(QStringLiteral("unmapped_paths")).toArray(),
                 QJsonArray{QStringLiteral("vendor/old.css")});
        const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("unmapped"));
        QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("lib/b.css"));

        // Without any mapping nothing is "unmapped": the files are listed without URLs.
        query.maps.clear();
        ChangeSelection plain(query);
        QVERIFY(plain.load(&error));
        QCOMPARE(plain.report().selected().size(), 3);
        QCOMPARE(plain.report().urls(), QStringList());
    }

    void queryValidationAndJson_data()
    {
        QTest::addColumn<QString>("revisionsLog");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("only");
        QTest::addColumn<QStringList>("maps");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok log") << QStringLiteral("/x/revisions.log") << QString() << QString()
                                << QStringLiteral("images") << QStringList{QStringLiteral("a=https://e.com/")}
                                << QString();
        QTest::newRow("ok range") << QString() << QStringLiteral("v1") << QStringLiteral("v2")
                                  << QStringLiteral("all") << QStringList{} << QString();
        QTest::newRow("nothing") << QString() << QString() << QString() << QStringLiteral("all")
                                 << QStringList{}
                                 << QStringLiteral(
                                        "say which changes: --revisions-log FILE, or --from REV --to REV");
        QTest::newRow("both") << QStringLiteral("/x") << QStringLiteral("a") << QStringLiteral("b")
                              << QStringLiteral("all") << QStringList{}
                              << QStringLiteral("give either --revisions-log or --from and --to, not both");
        QTest::newRow("from only") << QString() << QStringLiteral("a") << QString() << QStringLiteral("all")
                                   << QStringList{} << QStringLiteral("--from needs --to");
        QTest::newRow("bad only") << QString() << QStringLiteral("a") << QStringLiteral("b")
                                  << QStringLiteral("pictures") << QStringList{}
                                  << QStringLiteral("unknown --only \"pictures\": use images or all");
        QTest::newRow("bad map") << QString() << QStringLiteral("a") << QStringLiteral("b")
                                 << QStringLiteral("all") << QStringList{QStringLiteral("nourl")}
                                 << QStringLiteral("--map: mapping \"nourl\" is not PATH_PREFIX=URL_PREFIX");
    }

    void queryValidationAndJson()
    {
        QFETCH(QString, revisionsLog);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, only);
        QFETCH(QStringList, maps);
        QFETCH(QString, error);
        ChangeQuery q;
        q.repository = QStringLiteral("/srv/app/repo");
        q.revisionsLog = revisionsLog;
        q.from = from;
        q.to = to;
        q.only = only;
        q.maps = maps;
        q.includes = {QStringLiteral("*.png")};
        q.excludes = {QStringLiteral("tmp/**")};
        QCOMPARE(q.validate(), error);
        QCOMPARE(ChangeQuery::fromJson(q.toJson()), q);
        QVERIFY(!ChangeQuery().isSet());
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
