// The command-line contract for bad input (DESIGN.md, "Command line"): every bad invocation exits 2
// with "purgeline: <what is wrong>" on stderr, prints nothing on stdout, and queues, saves and sends
// nothing.
#include "clirunner.h"
#include "fakehttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

static const QString kSecretVar = QStringLiteral("PL_TEST_SECRET");
static const QString kSecretValue = QStringLiteral("s3cret-never-shown-4711");

class TestCliBadInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeHttpServer *m_server = nullptr;
    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_sourcesBaseline; // `source list --json` after the fixture sources were added
    QString m_blankFile;
    QString m_missingFile;

    QString substitute(QString text) const
    {
        return text.replace(QStringLiteral("@SERVER@"), m_server->baseUrl().toString())
            .replace(QStringLiteral("@BLANK@"), m_blankFile)
            .replace(QStringLiteral("@MISSING@"), m_missingFile);
    }

    void addSource(const QStringList &args)
    {
        QStringList resolved;
        for (const QString &arg : args)
            resolved << substitute(arg);
        const CliResult r =
            m_cli->run(QStringList{QStringLiteral("source"), QStringLiteral("add")} + resolved);
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    }

    // history --json of the whole profile.
    QJsonArray history()
    {
        const CliResult r = m_cli->run({QStringLiteral("history"), QStringLiteral("--json")});
        QString error;
        const QJsonObject doc = r.json(&error);
        if (r.exitCode != 0 || !error.isEmpty())
            qWarning("history --json failed: %s", r.describe().constData());
        return doc.value(QStringLiteral("transactions")).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!CliRunner::binary().isEmpty(), "PURGELINE_BIN is not set");
        QVERIFY(QFile::exists(CliRunner::binary()));
        QVERIFY(m_dir.isValid());
        m_server = new FakeHttpServer(this);
        QVERIFY(!m_server->start().isEmpty());
        m_cli = std::make_unique<CliRunner>(m_dir.filePath(QStringLiteral("profile")),
                                            m_dir.filePath(QStringLiteral("home")));
        m_cli->setEnv(kSecretVar, kSecretValue);

        m_blankFile = m_dir.filePath(QStringLiteral("blank.txt"));
        QFile blank(m_blankFile);
        QVERIFY(blank.open(QIODevice::WriteOnly));
        blank.write("\n   \n\t\n\n");
        blank.close();
        m_missingFile = m_dir.filePath(QStringLiteral("no-such-dir/targets.txt"));

        // One source of each kind the rows need, all pointing at the fake server.
        addSource({QStringLiteral("img"), QStringLiteral("--type"), QStringLiteral("imgix"),
                   QStringLiteral("--endpoint"), QStringLiteral("@SERVER@"), QStringLiteral("--secret-env"),
                   kSecretVar});
        addSource({QStringLiteral("ins"), QStringLiteral("--type"), QStringLiteral("instart"),
                   QStringLiteral("--endpoint"), QStringLiteral("@SERVER@"), QStringLiteral("--set"),
                   QStringLiteral("customer=acme"), QStringLiteral("--set"), QStringLiteral("user=bob"),
                   QStringLiteral("--secret-env"), kSecretVar});
        addSource({QStringLiteral("mc"), QStringLiteral("--type"), QStringLiteral("memcachier"),
                   QStringLiteral("--endpoint"), QStringLiteral("@SERVER@"), QStringLiteral("--set"),
                   QStringLiteral("cache_id=ab12"), QStringLiteral("--set"), QStringLiteral("user=mcuser"),
                   QStringLiteral("--secret-env"), kSecretVar});
        const CliResult list =
            m_cli->run({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QString error;
        const QJsonArray sources = list.json(&error).value(QStringLiteral("sources")).toArray();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sources.size(), 3);
        m_sourcesBaseline = list.out;
        QVERIFY(history().isEmpty());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");     // fed on stdin
        QTest::addColumn<QStringList>("expected"); // every one must appear in the first line of stderr

        const auto S = [](const char *text) { return QString::fromUtf8(text); };
        const auto L = [](std::initializer_list<const char *> words) {
            QStringList list;
            for (const char *w : words)
                list << QString::fromUtf8(w);
            return list;
        };
        const QString url = S("https://assets.example.com/a.jpg");
        const QString secretEnv = S("--secret-env");

        // Sources and source definitions.
        QTest::newRow("unknown source") << (L({"purge", "--source", "nosuch"}) << url) << QByteArray()
                                        << L({"unknown source \"nosuch\"", "configured: img, ins, mc"});
        QTest::newRow("unknown source among several") << (L({"purge", "--source", "img,nosuch"}) << url)
                                                      << QByteArray() << L({"unknown source \"nosuch\""});
        QTest::newRow("no --source") << (L({"purge"}) << url) << QByteArray()
                                     << L({"--source NAME is required"});
        QTest::newRow("unknown type")
            << L({"source", "add", "s1", "--type", "nosuch", "--endpoint", "@SERVER@"}) << QByteArray()
            << L({"unknown type \"nosuch\"", "known types:", "imgix", "instart", "memcachier", "page-cache",
                  "http-purge"});
        QTest::newRow("no --type") << L({"source", "add", "s1", "--endpoint", "@SERVER@"}) << QByteArray()
                                   << L({"--type is required", "known types:", "imgix", "http-purge"});
        QTest::newRow("missing customer")
            << (L({"source", "add", "s1", "--type", "instart", "--endpoint", "@SERVER@", "--set", "user=bob"})
                << secretEnv << kSecretVar)
            << QByteArray() << L({"missing setting customer", "--set customer=VALUE"});
        QTest::newRow("missing memcachier cache_id")
            << (L({"source", "add", "s1", "--type", "memcachier", "--set", "user=u"})
                << secretEnv << kSecretVar)
            << QByteArray() << L({"missing setting cache_id"});
        QTest::newRow("unknown --set key")
            << (L({"source", "add", "s1", "--type", "imgix", "--set", "colour=blue"})
                << secretEnv << kSecretVar)
            << QByteArray()
            << L({"unknown setting \"colour\" for type imgix", "known settings: api,", "max_attempts"});
        QTest::newRow("malformed --set")
            << (L({"source", "add", "s1", "--type", "imgix", "--set", "novalue"}) << secretEnv << kSecretVar)
            << QByteArray() << L({"malformed --set \"novalue\": expected KEY=VALUE"});
        QTest::newRow("malformed --set empty key")
            << (L({"source", "add", "s1", "--type", "imgix", "--set", "=v1"}) << secretEnv << kSecretVar)
            << QByteArray() << L({"malformed --set \"=v1\""});
        QTest::newRow("bad --set number")
            << (L({"source", "add", "s1", "--type", "imgix", "--set", "max_attempts=lots"})
                << secretEnv << kSecretVar)
            << QByteArray() << L({"setting max_attempts must be a non-negative number, not \"lots\""});
        // Found by fuzz_source_settings: "inf" and "nan" read as numbers and were stored.
        QTest::newRow("--set number infinite")
            << (L({"source", "add", "s1", "--type", "imgix", "--set", "timeout=inf"})
                << secretEnv << kSecretVar)
            << QByteArray() << L({"setting timeout must be a non-negative number, not \"inf\""});
        QTest::newRow("--set number not a number")
            << (L({"source", "add", "s1", "--type", "imgix", "--set", "burst=nan"})
                << secretEnv << kSecretVar)
            << QByteArray() << L({"setting burst must be a non-negative number, not \"nan\""});
        QTest::newRow("bad --set choice")
            << (L({"source", "add", "s1", "--type", "imgix", "--set", "api=v9"}) << secretEnv << kSecretVar)
            << QByteArray() << L({"setting api must be one of v1, legacy, not \"v9\""});
        QTest::newRow("malformed --endpoint")
            << (L({"source", "add", "s1", "--type", "imgix", "--endpoint", "not a url"})
                << secretEnv << kSecretVar)
            << QByteArray() << L({"malformed --endpoint \"not a url\"", "http:// or https://"});
        QTest::newRow("--endpoint with another scheme")
            << (L({"source", "add", "s1", "--type", "imgix", "--endpoint", "ftp://example.com/"})
                << secretEnv << kSecretVar)
            << QByteArray() << L({"malformed --endpoint \"ftp://example.com/\""});
        // No secret in clear on the network: the source's, or the proxy's own password.
        QTest::newRow("secret over plain http:// elsewhere")
            << (L({"source", "add", "s1", "--type", "imgix", "--endpoint", "http://cache.example.net/"})
                << secretEnv << kSecretVar)
            << QByteArray()
            << L({"--endpoint \"http://cache.example.net/\" would send the secret over plain http:// to "
                  "cache.example.net"});
        QTest::newRow("proxy password in the profile")
            << L({"source", "add", "s1", "--type", "http-purge", "--endpoint", "@SERVER@", "--set",
                  "proxy=http://purger:pr0xy-pw@proxy.example.net:3128"})
            << QByteArray()
            << L({"setting proxy \"http://[redacted]@proxy.example.net:3128\" holds a password",
                  "proxy_password_env"});
        QTest::newRow("proxy user name in clear")
            << L({"source", "add", "s1", "--type", "http-purge", "--endpoint", "@SERVER@", "--set",
                  "proxy=http://purger@proxy.example.net:3128", "--set", "proxy_password_env=PROXY_PW"})
            << QByteArray()
            << L({"setting proxy \"http://[redacted]@proxy.example.net:3128\" would send its user name and "
                  "password in clear"});
        QTest::newRow("secret through a cleartext proxy")
            << (L({"source", "add", "s1", "--type", "http-purge", "--endpoint", "@SERVER@", "--set",
                   "secret_header=X-Token", "--set", "proxy=socks5h://proxy.example.net:1080"})
                << secretEnv << kSecretVar)
            << QByteArray() << L({"setting proxy \"socks5h://proxy.example.net:1080\" would see the secret"});
        QTest::newRow("proxy with another scheme")
            << L({"source", "add", "s1", "--type", "http-purge", "--endpoint", "@SERVER@", "--set",
                  "proxy=ftp://u:pr0xy-pw@proxy"})
            << QByteArray()
            << L({"setting proxy must be \"none\" or an http://", "not \"ftp://[redacted]@proxy\""});
        QTest::newRow("pinned_key not a sha256 hash")
            << L({"source", "add", "s1", "--type", "http-purge", "--endpoint", "@SERVER@", "--set",
                  "pinned_key=md5//abc"})
            << QByteArray() << L({"setting pinned_key must be sha256//BASE64 hashes"});
        QTest::newRow("http-purge without --endpoint")
            << L({"source", "add", "s1", "--type", "http-purge"}) << QByteArray()
            << L({"type http-purge needs at least one --endpoint URL"});
        QTest::newRow("imgix with two endpoints")
            << (L({"source", "add", "s1", "--type", "imgix", "--endpoint", "@SERVER@", "--endpoint",
                   "@SERVER@"})
                << secretEnv << kSecretVar)
            << QByteArray() << L({"type imgix takes one --endpoint, not 2"});
        QTest::newRow("invalid source name")
            << (L({"source", "add", "bad name!", "--type", "imgix"}) << secretEnv << kSecretVar)
            << QByteArray() << L({"invalid source name \"bad name!\""});
        QTest::newRow("--secret-env invalid name")
            << L({"source", "add", "s1", "--type", "imgix", "--endpoint", "@SERVER@", "--secret-env",
                  "1BAD-NAME"})
            << QByteArray() << L({"invalid environment variable name \"1BAD-NAME\" for --secret-env"});
        QTest::newRow("--secret-env and --secret-stdin")
            << (L({"source", "add", "s1", "--type", "imgix", "--endpoint", "@SERVER@", "--secret-stdin"})
                << secretEnv << kSecretVar)
            << QByteArray("x\n") << L({"give either --secret-env or --secret-stdin, not both"});
        QTest::newRow("imgix without a secret")
            << L({"source", "add", "s1", "--type", "imgix", "--endpoint", "@SERVER@"}) << QByteArray()
            << L({"type imgix needs a secret (API key)", "--secret-env VAR"});
        QTest::newRow("memcachier without a secret")
            << L({"source", "add", "s1", "--type", "memcachier", "--set", "cache_id=ab12", "--set", "user=u"})
            << QByteArray() << L({"type memcachier needs a secret (Password)"});
        QTest::newRow("duplicate source name")
            << (L({"source", "add", "img", "--type", "imgix", "--endpoint", "@SERVER@"})
                << secretEnv << kSecretVar)
            << QByteArray() << L({"a source named \"img\" already exists"});
        QTest::newRow("source add without NAME") << L({"source", "add", "--type", "imgix"}) << QByteArray()
                                                 << L({"source add needs exactly one NAME"});
        QTest::newRow("source remove unknown")
            << L({"source", "remove", "nosuch"}) << QByteArray() << L({"unknown source \"nosuch\""});

        // Commands and options.
        QTest::newRow("unknown command")
            << L({"frobnicate"}) << QByteArray() << L({"unknown command \"frobnicate\""});
        QTest::newRow("unknown source subcommand")
            << L({"source", "frob"}) << QByteArray() << L({"unknown command \"source frob\""});
        QTest::newRow("preset without subcommand")
            << L({"preset"}) << QByteArray() << L({"\"preset\" needs a subcommand"});
        QTest::newRow("unknown option") << (L({"purge", "--source", "img", "--bogus"}) << url) << QByteArray()
                                        << L({"Unknown option 'bogus'"});
        QTest::newRow("unknown --match")
            << (L({"purge", "--source", "img", "--match", "fuzzy"}) << url) << QByteArray()
            << L({"unknown --match \"fuzzy\": use one of exact, prefix, tag, host, all"});
        QTest::newRow("unknown --action")
            << (L({"purge", "--source", "img", "--action", "nuke"}) << url) << QByteArray()
            << L({"unknown --action \"nuke\": use purge or invalidate"});
        QTest::newRow("unknown --state") << L({"history", "--state", "bogus"}) << QByteArray()
                                         << L({"unknown --state \"bogus\"", "retry-scheduled"});
        QTest::newRow("--limit zero") << L({"history", "--limit", "0"}) << QByteArray()
                                      << L({"--limit must be a positive whole number, not \"0\""});
        QTest::newRow("--limit text") << L({"history", "--limit", "ten"}) << QByteArray()
                                      << L({"--limit must be a positive whole number, not \"ten\""});

        // Targets.
        QTest::newRow("malformed target URL") << L({"purge", "--source", "img", "not-a-url"}) << QByteArray()
                                              << L({"source \"img\": malformed URL \"not-a-url\""});
        QTest::newRow("target URL with another scheme")
            << L({"purge", "--source", "img", "ftp://example.com/a.jpg"}) << QByteArray()
            << L({"malformed URL \"ftp://example.com/a.jpg\""});
        QTest::newRow("instart target without path")
            << L({"purge", "--source", "ins", "https://www.example.com"}) << QByteArray()
            << L({"has no path"});
        QTest::newRow("one bad target among good ones")
            << (L({"purge", "--source", "img", "--wait"}) << url << S("https://")) << QByteArray()
            << L({"malformed URL \"https://\""});
        QTest::newRow("imgix wildcard") << L({"purge", "--source", "img", "https://assets.example.com/*"})
                                        << QByteArray() << L({"imgix purges exact URLs only", "wildcard"});
        QTest::newRow("imgix --match prefix")
            << (L({"purge", "--source", "img", "--match", "prefix"}) << url) << QByteArray()
            << L({"source \"img\": provider imgix does not support --match prefix"});
        QTest::newRow("memcachier exact")
            << (L({"purge", "--source", "mc"}) << url) << QByteArray()
            << L({"provider memcachier flushes the whole cache and does not support --match exact"});
        QTest::newRow("memcachier all with targets")
            << (L({"purge", "--source", "mc", "--match", "all"}) << url) << QByteArray()
            << L({"--match all takes no targets, but 1 were given"});
        QTest::newRow("instart --match tag")
            << L({"purge", "--source", "ins", "--match", "tag", "news"}) << QByteArray()
            << L({"provider instart does not support --match tag"});
        QTest::newRow("imgix --action invalidate")
            << (L({"purge", "--source", "img", "--action", "invalidate"}) << url) << QByteArray()
            << L({"provider imgix does not support --action invalidate"});
        QTest::newRow("a bad source among good ones")
            << (L({"purge", "--source", "ins,img", "--match", "prefix", "--wait"}) << url) << QByteArray()
            << L({"provider imgix does not support --match prefix"});
        QTest::newRow("no targets") << L({"purge", "--source", "img"}) << QByteArray()
                                    << L({"no targets given"});
        QTest::newRow("no targets --json")
            << L({"purge", "--source", "img", "--json", "--wait"}) << QByteArray() << L({"no targets given"});
        QTest::newRow("only blank targets")
            << L({"purge", "--source", "img", " ", ""}) << QByteArray() << L({"no targets given"});
        QTest::newRow("--from-file with blank lines")
            << L({"purge", "--source", "img", "--from-file", "@BLANK@"}) << QByteArray()
            << L({"no targets given"});
        QTest::newRow("--from-file - with blank lines and comments")
            << L({"purge", "--source", "img", "--from-file", "-"}) << QByteArray("\n  \n# just a comment\n\n")
            << L({"no targets given"});
        QTest::newRow("unreadable --from-file")
            << L({"purge", "--source", "img", "--from-file", "@MISSING@"}) << QByteArray()
            << L({"cannot read target file \"@MISSING@\""});
        QTest::newRow("instart --cache-key-modifier with exact")
            << L({"purge", "--source", "ins", "--cache-key-modifier", "device_*",
                  "https://www.example.com/a"})
            << QByteArray() << L({"--cache-key-modifier works only with --match prefix"});
        QTest::newRow("instart --cache-key-modifier with inner *")
            << L({"purge", "--source", "ins", "--match", "prefix", "--cache-key-modifier", "a*b",
                  "https://www.example.com/a"})
            << QByteArray() << L({"a '*' wildcard only at the end"});
        QTest::newRow("imgix --cache-key-modifier")
            << (L({"purge", "--source", "img", "--cache-key-modifier", "x"}) << url) << QByteArray()
            << L({"provider imgix does not support --cache-key-modifier"});
        QTest::newRow("bad input with --dry-run") << L({"purge", "--source", "img", "--dry-run", "not-a-url"})
                                                  << QByteArray() << L({"malformed URL \"not-a-url\""});

        // retry / preset.
        QTest::newRow("retry unknown id") << L({"retry", "999"}) << QByteArray() << L({"no transaction 999"});
        QTest::newRow("retry non-number")
            << L({"retry", "abc"}) << QByteArray() << L({"\"abc\" is not a transaction id"});
        QTest::newRow("retry nothing")
            << L({"retry"}) << QByteArray() << L({"retry needs transaction ids or --failed"});
        QTest::newRow("retry ids and --failed") << L({"retry", "--failed", "1"}) << QByteArray()
                                                << L({"give transaction ids or --failed, not both"});
        QTest::newRow("preset run unknown")
            << L({"preset", "run", "nope", "--wait"}) << QByteArray() << L({"unknown preset \"nope\""});
        QTest::newRow("preset remove unknown")
            << L({"preset", "remove", "nope"}) << QByteArray() << L({"unknown preset \"nope\""});
        QTest::newRow("preset save without name")
            << L({"preset", "save"}) << QByteArray() << L({"preset save needs a NAME"});
        QTest::newRow("preset save unknown source")
            << (L({"preset", "save", "p1", "--source", "nosuch"}) << url) << QByteArray()
            << L({"unknown source \"nosuch\""});
        QTest::newRow("preset save without targets")
            << L({"preset", "save", "p1", "--source", "img"}) << QByteArray() << L({"no targets given"});
        QTest::newRow("preset save unsupported match")
            << (L({"preset", "save", "p1", "--source", "img", "--match", "host"}) << url) << QByteArray()
            << L({"provider imgix does not support --match host"});
        QTest::newRow("preset save malformed URL") << L({"preset", "save", "p1", "--source", "img", "nope"})
                                                   << QByteArray() << L({"malformed URL \"nope\""});
        QTest::newRow("preset save unreadable file")
            << L({"preset", "save", "p1", "--source", "img", "--from-file", "@MISSING@"}) << QByteArray()
            << L({"cannot read target file"});
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        for (QString &arg : args)
            arg = substitute(arg);

        const CliResult r = m_cli->run(args, input);
        QVERIFY2(r.finished, r.describe().constData());
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        QVERIFY2(r.err.startsWith("purgeline: "), r.describe().constData());
        const QString firstLine = r.errText().section(QLatin1Char('\n'), 0, 0);
        for (const QString &text : expected)
            QVERIFY2(firstLine.contains(substitute(text)),
                     qPrintable(QStringLiteral("\"%1\" missing from: %2").arg(substitute(text), firstLine)));
        QVERIFY2(!r.errText().contains(kSecretValue), r.describe().constData());
        QVERIFY2(!r.errText().contains(QLatin1String("pr0xy-pw")), r.describe().constData());

        // Nothing queued, recorded, saved or sent.
        QCOMPARE(history().size(), 0);
        QCOMPARE(m_server->requests().size(), 0);
        const CliResult sources =
            m_cli->run({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(sources.exitCode, 0);
        QCOMPARE(sources.out, m_sourcesBaseline);
        const CliResult presets =
            m_cli->run({QStringLiteral("preset"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(presets.exitCode, 0);
        QCOMPARE(presets.json().value(QStringLiteral("presets")).toArray().size(), 0);
    }

    // The usage text is on stderr too, after the message, so scripts that parse stdout see nothing.
    void unknownCommandPrintsUsageOnStderr()
    {
        const CliResult r = m_cli->run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(QStringLiteral("usage: purgeline [--profile DIR] COMMAND")),
                 r.describe().constData());
    }

    // "history" works (exit 0) on the same profile, so exit 2 above is not a broken profile.
    void historyOfEmptyProfile()
    {
        const CliResult r = m_cli->run({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QString error;
        const QJsonObject doc = r.json(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doc.keys(), QStringList{QStringLiteral("transactions")});
        QCOMPARE(doc.value(QStringLiteral("transactions")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
