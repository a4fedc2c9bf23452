// `purgeline changes` and `purgeline purge --changes-from` (DESIGN.md, "Command line"): the
// binary against repositories built here with libgit2 and a FakeHttpServer standing in for imgix.
// Exactly the expected URLs arrive; bad input exits 2, names the problem, and queues nothing.
#include "clirunner.h"
#include "fakehttpserver.h"
#include "rawhttpserver.h"
#include "testgitrepo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using TestGit::kPng;
using TestGit::TestRepo;

static const QString kSecretVar = QStringLiteral("PL_TEST_IMGIX_KEY");
static const QString kSecretValue = QStringLiteral("ak_changes_S3CRET");
static const QString kCdn = QStringLiteral("public/images/=https://cdn.example.com/images/");
static const QString kOrigin = QStringLiteral("public/images/=https://example.com/images/");

static QString posted(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body)
        .object()
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("attributes"))
        .toObject()
        .value(QStringLiteral("url"))
        .toString();
}

static QStringList sortedStrings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    result.sort();
    return result;
}

static bool writeFile(const QString &name, const QByteArray &data)
{
    QFile f(name);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

class TestCliChanges : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeHttpServer *m_server = nullptr;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<TestRepo> m_repo;
    QString m_deployTo; // a Capistrano deploy directory: repo/ (bare) and revisions.log
    QString m_log;
    QStringList m_commits;

    CliResult run(const QStringList &args) { return m_cli->run(args); }

    // Every URL the fake imgix was asked to purge, sorted.
    QStringList purgedUrls() const
    {
        QStringList urls;
        for (const RecordedRequest &r : m_server->requests())
            urls << posted(r);
        urls.sort();
        return urls;
    }

    QJsonArray history()
    {
        const CliResult r = run({QStringLiteral("history"), QStringLiteral("--json")});
        QString error;
        const QJsonObject doc = r.json(&error);
        if (r.exitCode != 0 || !error.isEmpty())
            qWarning("history --json failed: %s", r.describe().constData());
        return doc.value(QStringLiteral("transactions")).toArray();
    }

    bool addImgix(const QStringList &extra = {})
    {
        const CliResult r =
            run(QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("img"),
                            QStringLiteral("--type"), QStringLiteral("imgix"), QStringLiteral("--endpoint"),
                            m_server->baseUrl().toString(), QStringLiteral("--secret-env"), kSecretVar} +
                extra);
        if (r.exitCode != 0)
            qWarning("source add failed: %s", r.describe().constData());
        return r.finished && r.exitCode == 0;
    }

    QString deployLine(int commit, const char *release) const
    {
        return QStringLiteral("Branch master (at %1) deployed as release %2 by deployer\n")
            .arg(m_commits.at(commit).left(7), QLatin1String(release));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!CliRunner::binary().isEmpty(), "PURGELINE_BIN is not set");
        QVERIFY(QFile::exists(CliRunner::binary()));
        QVERIFY(!qEnvironmentVariableIsSet(qPrintable(kSecretVar)));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = new FakeHttpServer(this);
        QVERIFY(!m_server->start().isEmpty());
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("profile")),
                                            m_dir->filePath(QStringLiteral("home")));
        m_cli->setEnv(kSecretVar, kSecretValue);

        // Three deploys' worth of history in a bare mirror, as Capistrano keeps it.
        m_deployTo = m_dir->filePath(QStringLiteral("deploy"));
        m_repo = std::make_unique<TestRepo>();
        QVERIFY(m_repo->init(m_deployTo + QStringLiteral("/repo"), true));
        m_commits.clear();
        m_repo->set("public/images/logo.png", kPng);
        m_repo->set("public/images/old.jpg", TestGit::kJpeg);
        m_repo->set("public/css/site.css", "body{}\n");
        m_repo->set("README.md", "# app\n");
        m_commits << m_repo->commit(QStringLiteral("first deploy"));
        m_repo->set("public/images/logo.png", kPng + "v2");                           // modified image
        m_repo->set("public/images/team photo \xc3\xa9t\xc3\xa9.dat", kPng + "team"); // image named .dat
        m_repo->set("public/images/notes.png", "not an image\n");                     // text named .png
        m_repo->remove("public/images/old.jpg");                                      // deleted image
        m_repo->set("public/css/site.css", "body{color:red}\n");
        m_repo->set("README.md", "# app\nmore\n");
        m_repo->set("assets/a.png", kPng + "unmapped"); // an image no --map covers
        m_commits << m_repo->commit(QStringLiteral("second deploy"));
        m_repo->set("public/images/logo.png", kPng + "v3");
        m_commits << m_repo->commit(QStringLiteral("third deploy"));
        for (const QString &c : m_commits)
            QVERIFY(!c.isEmpty());
        m_log = m_deployTo + QStringLiteral("/revisions.log");
        QVERIFY(
            writeFile(m_log, (deployLine(0, "20180819205048") + deployLine(1, "20190215074916")).toUtf8()));
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
        m_cli.reset();
        m_repo.reset();
        m_dir.reset();
    }

    void changesText()
    {
        const CliResult r =
            run({QStringLiteral("changes"), QStringLiteral("--repo"), m_deployTo,
                 QStringLiteral("--revisions-log"), m_log, QStringLiteral("--only"), QStringLiteral("images"),
                 QStringLiteral("--map"), kCdn, QStringLiteral("--map"), kOrigin});
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        // Files in the repository's (path) order; selected ones first, then what was skipped.
        const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(
            lines,
            (QStringList{
                QStringLiteral("modified\tpublic/images/logo.png\thttps://cdn.example.com/images/logo.png\t"
                               "https://example.com/images/logo.png"),
                QStringLiteral("deleted\tpublic/images/old.jpg\thttps://cdn.example.com/images/old.jpg\t"
                               "https://example.com/images/old.jpg"),
                QStringLiteral("added\tpublic/images/team photo \u00e9t\u00e9.dat\t"
                               "https://cdn.example.com/images/team%20photo%20%C3%A9t%C3%A9.dat\t"
                               "https://example.com/images/team%20photo%20%C3%A9t%C3%A9.dat"),
                QStringLiteral("skipped\tmodified\tREADME.md\tfiltered out: not an image (text/plain)"),
                QStringLiteral("skipped\tadded\tassets/a.png\tunmapped: no path mapping covers assets/a.png"),
                QStringLiteral(
                    "skipped\tmodified\tpublic/css/site.css\tfiltered out: not an image (text/plain)"),
                QStringLiteral(
                    "skipped\tadded\tpublic/images/notes.png\tfiltered out: not an image (text/plain)"),
            }));
        QVERIFY2(r.errText().contains(
                     QLatin1String("changes from ") + m_commits.at(0).left(7) +
                     QLatin1String(" (release 20180819205048) to ") + m_commits.at(1).left(7) +
                     QLatin1String(" (release 20190215074916): 7 file(s), 3 selected, 4 skipped")),
                 r.describe().constData());
    }

    void changesJsonWithRange()
    {
        const CliResult r =
            run({QStringLiteral("changes"), QStringLiteral("--repo"), m_deployTo + QStringLiteral("/repo"),
                 QStringLiteral("--from"), QStringLiteral("HEAD~2"), QStringLiteral("--to"),
                 QStringLiteral("HEAD"), QStringLiteral("--include"), QStringLiteral("public/**"),
                 QStringLiteral("--exclude"), QStringLiteral("*.css"), QStringLiteral("--map"), kCdn,
                 QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QString error;
        const QJsonObject doc = r.json(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doc.value(QStringLiteral("from")).toObject().value(QStringLiteral("commit")).toString(),
                 m_commits.at(0));
        QCOMPARE(doc.value(QStringLiteral("to")).toObject().value(QStringLiteral("commit")).toString(),
                 m_commits.at(2));
        QCOMPARE(doc.value(QStringLiteral("to")).toObject().value(QStringLiteral("revision")).toString(),
                 QStringLiteral("HEAD"));
        QCOMPARE(
            sortedStrings(doc.value(QStringLiteral("urls"))),
            (QStringList{QStringLiteral("https://cdn.example.com/images/logo.png"),
                         QStringLiteral("https://cdn.example.com/images/notes.png"),
                         QStringLiteral("https://cdn.example.com/images/old.jpg"),
                         QStringLiteral("https://cdn.example.com/images/team%20photo%20%C3%A9t%C3%A9.dat")}));
        QStringList files;
        for (const QJsonValue &v : doc.value(QStringLiteral("files")).toArray())
            files << v.toObject().value(QStringLiteral("status")).toString() + QLatin1Char(' ') +
                         v.toObject().value(QStringLiteral("path")).toString();
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("added public/images/notes.png"),
                                     QStringLiteral("added public/images/team photo \u00e9t\u00e9.dat"),
                                     QStringLiteral("deleted public/images/old.jpg"),
                                     QStringLiteral("modified public/images/logo.png")}));
        QStringList skipped;
        for (const QJsonValue &v : doc.value(QStringLiteral("skipped")).toArray())
            skipped << v.toObject().value(QStringLiteral("path")).toString() + QLatin1Char(' ') +
                           v.toObject().value(QStringLiteral("reason")).toString() + QLatin1Char(' ') +
                           v.toObject().value(QStringLiteral("detail")).toString();
        skipped.sort();
        QCOMPARE(skipped,
                 (QStringList{QStringLiteral("README.md filtered_out matches no --include"),
                              QStringLiteral("assets/a.png filtered_out matches no --include"),
                              QStringLiteral("public/css/site.css filtered_out excluded by *.css")}));
    }

    void purgeChangesFromRevisionsLog()
    {
        QVERIFY(addImgix());
        m_server->clear();
        const CliResult r =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                 QStringLiteral("--changes-from"), m_deployTo, QStringLiteral("--revisions-log"), m_log,
                 QStringLiteral("--only"), QStringLiteral("images"), QStringLiteral("--map"), kCdn,
                 QStringLiteral("--map"), kOrigin, QStringLiteral("--wait")});
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QCOMPARE(
            purgedUrls(),
            (QStringList{QStringLiteral("https://cdn.example.com/images/logo.png"),
                         QStringLiteral("https://cdn.example.com/images/old.jpg"),
                         QStringLiteral("https://cdn.example.com/images/team%20photo%20%C3%A9t%C3%A9.dat"),
                         QStringLiteral("https://example.com/images/logo.png"),
                         QStringLiteral("https://example.com/images/old.jpg"),
                         QStringLiteral("https://example.com/images/team%20photo%20%C3%A9t%C3%A9.dat")}));
        for (const RecordedRequest &request : m_server->requests())
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + kSecretValue.toUtf8());
        // What was skipped and why is on stderr.
        QVERIFY2(r.errText().contains(QLatin1String(
                     "skipped added assets/a.png: unmapped: no path mapping covers assets/a.png")),
                 r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String(
                     "skipped added public/images/notes.png: filtered out: not an image (text/plain)")),
                 r.describe().constData());
        QCOMPARE(history().size(), 6);
    }

    void purgeWithTheSourcesMapSetting()
    {
        // The source knows where the repository's files are served; --map would override it.
        QVERIFY(addImgix(
            {QStringLiteral("--set"),
             QStringLiteral(
                 "map=public/images=https://img.example.net/i ; assets=https://img.example.net/a")}));
        QVERIFY(writeFile(m_log, (deployLine(0, "1") + deployLine(1, "2") + deployLine(2, "3") +
                                  QStringLiteral("deployer rolled back to release 1\n"))
                                     .toUtf8()));
        // After the rollback the site serves commit 0 again: everything 0..2 changed comes back.
        const CliResult r =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                 QStringLiteral("--changes-from"), m_deployTo, QStringLiteral("--revisions-log"), m_log,
                 QStringLiteral("--only"), QStringLiteral("images"), QStringLiteral("--wait")});
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QCOMPARE(purgedUrls(),
                 (QStringList{QStringLiteral("https://img.example.net/a/a.png"),
                              QStringLiteral("https://img.example.net/i/logo.png"),
                              QStringLiteral("https://img.example.net/i/old.jpg"),
                              QStringLiteral("https://img.example.net/i/team%20photo%20%C3%A9t%C3%A9.dat")}));

        // --map on the command line takes precedence over the setting.
        m_server->clear();
        const CliResult over =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                 QStringLiteral("--changes-from"), m_deployTo, QStringLiteral("--from"), m_commits.at(1),
                 QStringLiteral("--to"), m_commits.at(2), QStringLiteral("--map"), kCdn,
                 QStringLiteral("--wait")});
        QVERIFY2(over.finished && over.exitCode == 0, over.describe().constData());
        QCOMPARE(purgedUrls(), QStringList{QStringLiteral("https://cdn.example.com/images/logo.png")});
    }

    void twoSourcesEachWithItsOwnMapping()
    {
        // imgix serves public/images/ on its own host; a Varnish cache serves all of public/.
        QVERIFY(addImgix(
            {QStringLiteral("--set"), QStringLiteral("map=public/images=https://img.example.net/i")}));
        RawHttpServer varnish;
        QVERIFY(!varnish.start().isEmpty());
        const CliResult added =
            run({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("edge"),
                 QStringLiteral("--type"), QStringLiteral("http-purge"), QStringLiteral("--endpoint"),
                 varnish.baseUrl().toString(), QStringLiteral("--set"),
                 QStringLiteral("map=public=https://www.example.com")});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
        const CliResult r =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img,edge"),
                 QStringLiteral("--changes-from"), m_deployTo, QStringLiteral("--from"), m_commits.at(0),
                 QStringLiteral("--to"), m_commits.at(1), QStringLiteral("--include"),
                 QStringLiteral("public/**"), QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QCOMPARE(purgedUrls(),
                 (QStringList{QStringLiteral("https://img.example.net/i/logo.png"),
                              QStringLiteral("https://img.example.net/i/notes.png"),
                              QStringLiteral("https://img.example.net/i/old.jpg"),
                              QStringLiteral("https://img.example.net/i/team%20photo%20%C3%A9t%C3%A9.dat")}));
        QStringList edge;
        for (const RawRequest &request : varnish.requests())
            edge << QString::fromLatin1(request.header("Host") + request.target);
        edge.sort();
        QCOMPARE(edge,
                 (QStringList{QStringLiteral("www.example.com/css/site.css"),
                              QStringLiteral("www.example.com/images/logo.png"),
                              QStringLiteral("www.example.com/images/notes.png"),
                              QStringLiteral("www.example.com/images/old.jpg"),
                              QStringLiteral("www.example.com/images/team%20photo%20%C3%A9t%C3%A9.dat")}));
        // The stylesheet is reported as not imgix's, not sent there: on stderr and in --json.
        QVERIFY2(r.errText().contains(QStringLiteral("source img:")), r.describe().constData());
        const QJsonArray notPurged = r.json().value(QStringLiteral("not_purged")).toArray();
        QCOMPARE(notPurged.size(), 1);
        QCOMPARE(notPurged.at(0)[QStringLiteral("source")].toString(), QStringLiteral("img"));
        QCOMPARE(notPurged.at(0)[QStringLiteral("path")].toString(), QStringLiteral("public/css/site.css"));
    }

    void purgeChangesPlusTargetsAndDryRun()
    {
        QVERIFY(addImgix());
        const CliResult dry =
            run({QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                 QStringLiteral("--changes-from"), m_deployTo, QStringLiteral("--from"), m_commits.at(1),
                 QStringLiteral("--to"), m_commits.at(2), QStringLiteral("--map"), kCdn,
                 QStringLiteral("--dry-run"), QStringLiteral("--json"),
                 QStringLiteral("https://cdn.example.com/extra.png")});
        QVERIFY2(dry.finished && dry.exitCode == 0, dry.describe().constData());
        QCOMPARE(m_server->requests().size(), 0);
        QStringList urls;
        for (const QJsonValue &v : dry.json().value(QStringLiteral("requests")).toArray())
            urls << QJsonDocument::fromJson(v.toObject().value(QStringLiteral("body")).toString().toUtf8())
                        .object()
                        .value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("attributes"))
                        .toObject()
                        .value(QStringLiteral("url"))
                        .toString();
        urls.sort();
        QCOMPARE(urls, (QStringList{QStringLiteral("https://cdn.example.com/extra.png"),
                                    QStringLiteral("https://cdn.example.com/images/logo.png")}));
        QCOMPARE(history().size(), 0);
    }

    void nothingSelectedIsNotAnError()
    {
        QVERIFY(addImgix());
        const CliResult r = run(
            {QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
             QStringLiteral("--changes-from"), m_deployTo, QStringLiteral("--from"), m_commits.at(1),
             QStringLiteral("--to"), m_commits.at(2), QStringLiteral("--include"), QStringLiteral("*.css"),
             QStringLiteral("--map"), kCdn, QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("nothing to purge")), r.describe().constData());
        QCOMPARE(r.json().value(QStringLiteral("transactions")).toArray().size(), 0);
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(history().size(), 0);
    }

    void presetFollowsNewDeploys()
    {
        QVERIFY(addImgix());
        const CliResult save =
            run({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("deploy"),
                 QStringLiteral("--source"), QStringLiteral("img"), QStringLiteral("--changes-from"),
                 m_deployTo, QStringLiteral("--revisions-log"), m_log, QStringLiteral("--only"),
                 QStringLiteral("images"), QStringLiteral("--map"), kCdn});
        QVERIFY2(save.finished && save.exitCode == 0, save.describe().constData());
        QCOMPARE(m_server->requests().size(), 0);

        const CliResult list =
            run({QStringLiteral("preset"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject changes = list.json()
                                        .value(QStringLiteral("presets"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("definition"))
                                        .toObject()
                                        .value(QStringLiteral("changes"))
                                        .toObject();
        QCOMPARE(changes.value(QStringLiteral("repository")).toString(), m_deployTo);
        QCOMPARE(changes.value(QStringLiteral("revisions_log")).toString(), m_log);
        QCOMPARE(changes.value(QStringLiteral("only")).toString(), QStringLiteral("images"));
        QCOMPARE(changes.value(QStringLiteral("map")).toArray(), QJsonArray{kCdn});

        // The next deploy is appended; the preset purges what it changed.
        QFile log(m_log);
        QVERIFY(log.open(QIODevice::Append));
        log.write(deployLine(2, "20200101000000").toUtf8());
        log.close();
        const CliResult r = run({QStringLiteral("preset"), QStringLiteral("run"), QStringLiteral("deploy"),
                                 QStringLiteral("--wait")});
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QCOMPARE(purgedUrls(), QStringList{QStringLiteral("https://cdn.example.com/images/logo.png")});
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("command");  // "changes" or "purge"
        QTest::addColumn<QStringList>("args"); // @DEPLOY@, @LOG@, @DIR@ substituted
        QTest::addColumn<QString>("log");      // revisions.log content to write first (empty: keep)
        QTest::addColumn<QString>("message");

        const QStringList logSel{QStringLiteral("--revisions-log"), QStringLiteral("@LOG@"),
                                 QStringLiteral("--map"), kCdn};
        for (const char *command : {"changes", "purge"}) {
            const QString c = QString::fromLatin1(command);
            const auto row = [&](const char *name, const QStringList &args, const QString &log,
                                 const QString &message) {
                QTest::newRow(qPrintable(c + QLatin1Char(' ') + QLatin1String(name)))
                    << c << args << log << message;
            };
            row("not a repository", QStringList{QStringLiteral("@DIR@")} + logSel, {},
                QStringLiteral("no git repository in \"@DIR@\""));
            row("missing repository", QStringList{QStringLiteral("@DIR@/nope")} + logSel, {},
                QStringLiteral("repository \"@DIR@/nope\" is not a directory"));
            row("bad revspec",
                {QStringLiteral("@DEPLOY@"), QStringLiteral("--from"), QStringLiteral("HEAD~7"),
                 QStringLiteral("--to"), QStringLiteral("HEAD"), QStringLiteral("--map"), kCdn},
                {}, QStringLiteral("revision \"HEAD~7\" is not in the repository"));
            row("missing revisions.log",
                {QStringLiteral("@DEPLOY@"), QStringLiteral("--revisions-log"),
                 QStringLiteral("@DIR@/none.log"), QStringLiteral("--map"), kCdn},
                {}, QStringLiteral("cannot read the revisions log \"@DIR@/none.log\": no such file"));
            row("single deploy", QStringList{QStringLiteral("@DEPLOY@")} + logSel,
                QStringLiteral("@DEPLOY0@"), QStringLiteral("names only one deploy"));
            row("unknown SHA", QStringList{QStringLiteral("@DEPLOY@")} + logSel,
                QStringLiteral("@DEPLOY0@Branch master (at abcdef1) deployed as release 2 by x\n"),
                QStringLiteral("line 2 (release 2): revision \"abcdef1\" is not in the repository"));
            row("malformed --map",
                {QStringLiteral("@DEPLOY@"), QStringLiteral("--revisions-log"), QStringLiteral("@LOG@"),
                 QStringLiteral("--map"), QStringLiteral("public/images")},
                {}, QStringLiteral("--map: mapping \"public/images\" is not PATH_PREFIX=URL_PREFIX"));
            row("bad --only",
                QStringList{QStringLiteral("@DEPLOY@"), QStringLiteral("--only"), QStringLiteral("pics")} +
                    logSel,
                {}, QStringLiteral("unknown --only \"pics\": use images or all"));
            row("--from without --to",
                {QStringLiteral("@DEPLOY@"), QStringLiteral("--from"), QStringLiteral("HEAD")}, {},
                QStringLiteral("--from needs --to"));
            row("no range", {QStringLiteral("@DEPLOY@")}, {},
                QStringLiteral("say which changes: --revisions-log FILE, or --from REV --to REV"));
        }
        QTest::newRow("purge selection without --changes-from")
            << QStringLiteral("purge-plain")
            << QStringList{QStringLiteral("--only"), QStringLiteral("images")} << QString()
            << QStringLiteral("need --changes-from DIR");
        QTest::newRow("purge without any mapping")
            << QStringLiteral("purge")
            << QStringList{QStringLiteral("@DEPLOY@"), QStringLiteral("--revisions-log"),
                           QStringLiteral("@LOG@")}
            << QString() << QStringLiteral("no path mapping for source \"img\"");
        QTest::newRow("purge --changes-from with --match tag")
            << QStringLiteral("purge")
            << QStringList{QStringLiteral("@DEPLOY@"), QStringLiteral("--match"), QStringLiteral("tag")}
            << QString() << QStringLiteral("--changes-from gives URLs: use --match exact or prefix, not tag");
        QTest::newRow("changes without --repo")
            << QStringLiteral("changes-plain") << QStringList{QStringLiteral("--from"), QStringLiteral("a")}
            << QString() << QStringLiteral("--repo DIR is required");
        QTest::newRow("source add with a malformed map")
            << QStringLiteral("source-add") << QStringList{QStringLiteral("map=public")} << QString()
            << QStringLiteral("setting map: mapping \"public\" is not PATH_PREFIX=URL_PREFIX");
    }

    void badInput()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        QFETCH(QString, log);
        QFETCH(QString, message);
        if (command != QLatin1String("source-add"))
            QVERIFY(addImgix());
        m_server->clear();
        QTemporaryDir plain; // a directory that is not a repository
        const auto substitute = [&](QString text) {
            return text.replace(QStringLiteral("@DEPLOY0@"), deployLine(0, "1"))
                .replace(QStringLiteral("@DEPLOY@"), m_deployTo)
                .replace(QStringLiteral("@LOG@"), m_log)
                .replace(QStringLiteral("@DIR@"), plain.path());
        };
        if (!log.isEmpty())
            QVERIFY(writeFile(m_log, substitute(log).toUtf8()));
        QStringList resolved;
        for (const QString &arg : args)
            resolved << substitute(arg);
        QStringList full;
        if (command == QLatin1String("changes"))
            full = QStringList{QStringLiteral("changes"), QStringLiteral("--repo")} + resolved;
        else if (command == QLatin1String("changes-plain"))
            full = QStringList{QStringLiteral("changes")} + resolved;
        else if (command == QLatin1String("purge"))
            full = QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                               QStringLiteral("--wait"), QStringLiteral("--changes-from")} +
                   resolved;
        else if (command == QLatin1String("purge-plain"))
            full = QStringList{QStringLiteral("purge"), QStringLiteral("--source"), QStringLiteral("img"),
                               QStringLiteral("https://cdn.example.com/x.png")} +
                   resolved;
        else
            full = {QStringLiteral("source"),
                    QStringLiteral("add"),
                    QStringLiteral("img2"),
                    QStringLiteral("--type"),
                    QStringLiteral("imgix"),
                    QStringLiteral("--secret-env"),
                    kSecretVar,
                    QStringLiteral("--set"),
                    resolved.first()};
        const CliResult r = run(full);
        QVERIFY2(r.finished && r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().startsWith(QLatin1String("purgeline: ")), r.describe().constData());
        QVERIFY2(r.errText().contains(substitute(message)), r.describe().constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(history().size(), 0);
        // The same bad input cannot be saved as a preset either.
        if (command == QLatin1String("purge") && log.isEmpty()) {
            QStringList preset{QStringLiteral("preset"), QStringLiteral("save"),
                               QStringLiteral("p"),      QStringLiteral("--source"),
                               QStringLiteral("img"),    QStringLiteral("--changes-from")};
            const CliResult saved = run(preset + resolved);
            if (!message.contains(
                    QLatin1String("HEAD~7"))) // a revision is only resolved when the preset runs
                QVERIFY2(saved.exitCode == 2, saved.describe().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliChanges)
#include "tst_cli_changes.moc"
