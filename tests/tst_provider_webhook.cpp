// webhook: the templates (placeholders per place, percent-encoding in URLs, JSON escaping in
// bodies, {{secret}} only in headers), one request per target when {{url}} is used, the success
// setting, and the requests exactly as they reach a server.
#include "fakehttpserver.h"
#include "providers/providerregistry.h"
#include "providers/webhookprovider.h"
#include "rawhttpserver.h"
#include "sendandwait.h"

#include <QTest>

Q_DECLARE_METATYPE(MatchKind)
Q_DECLARE_METATYPE(Outcome::Kind)
Q_DECLARE_METATYPE(WebhookProvider::Place)

using Place = WebhookProvider::Place;
using Settings = QMap<QString, QString>;

static const QString kSecret = QStringLiteral("hook-T0KEN-31337");

class TestProviderWebhook : public QObject
{
    Q_OBJECT

    WebhookProvider m_provider;

    static SourceConfig source(const QString &endpoint, const Settings &settings = {},
                               bool withSecret = false)
    {
        SourceConfig config;
        config.id = 9;
        config.name = QStringLiteral("hook");
        config.type = QStringLiteral("webhook");
        if (!endpoint.isEmpty())
            config.endpoints = {endpoint};
        config.settings = settings;
        if (withSecret)
            config.secret = {SecretRef::Kind::Environment, QStringLiteral("HOOK_TOKEN")};
        return config;
    }
    static PurgeBatch batch(MatchKind match, const QStringList &targets,
                            PurgeAction action = PurgeAction::Purge)
    {
        PurgeBatch b;
        b.match = match;
        b.targets = targets;
        b.action = action;
        return b;
    }
    static QStringList urls(int count)
    {
        QStringList result;
        for (int i = 0; i < count; ++i)
            result << QStringLiteral("https://www.example.com/p/%1").arg(i);
        return result;
    }
    static Settings jsonBody()
    {
        return {{QStringLiteral("body_template"), QStringLiteral("{\"purge\":{{targets_json}}}")}};
    }

private slots:
    void info()
    {
        const ProviderInfo &info = m_provider.info();
        QCOMPARE(info.type, QStringLiteral("webhook"));
        QVERIFY(info.defaultEndpoint.isEmpty());
        QCOMPARE(info.secret, ProviderInfo::SecretNeed::Optional);
        QCOMPARE(info.matches, (QList<MatchKind>{MatchKind::Exact, MatchKind::Prefix, MatchKind::Tag,
                                                 MatchKind::Host, MatchKind::All}));
        QVERIFY(info.supportsInvalidate);
        QVERIFY(!info.hasStatus);
        QStringList keys;
        for (const SettingSpec &spec : info.settings)
            keys << spec.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("method"), QStringLiteral("url_template"),
                                    QStringLiteral("header"), QStringLiteral("body_template"),
                                    QStringLiteral("success")}));
        QCOMPARE(info.settings[0].defaultValue, QStringLiteral("POST"));
        QCOMPARE(info.settings[4].defaultValue, QStringLiteral("2xx"));
        for (const SettingSpec &spec : info.settings) {
            QVERIFY(!spec.required);
            QCOMPARE(spec.repeatable, spec.key == QLatin1String("header"));
        }
        QCOMPARE(info.limits.maxBatchCount, 500);
        QCOMPARE(info.limits.maxBodyBytes, 512 * 1024);
        QCOMPARE(info.limits.ratePerSecond, 0.0);
        QCOMPARE(ProviderRegistry::instance().find(QStringLiteral("webhook"))->info().type, info.type);
    }

    void expandUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expanded");
        QTest::newRow("url encoded") << QStringLiteral("https://hook/purge?u={{url}}")
                                     << QStringLiteral("https://www.example.com/a b/ä.png?x=1&y=2#f")
                                     << QStringLiteral(
                                            "https://hook/purge?u=https%3A%2F%2Fwww.example.com%2Fa%20b%2F%C3"
                                            "%A4.png%3Fx%3D1%26y%3D2%23f");
        QTest::newRow("in path") << QStringLiteral("https://hook/purge/{{url}}") << QStringLiteral("a/b")
                                 << QStringLiteral("https://hook/purge/a%2Fb");
        QTest::newRow("unreserved kept")
            << QStringLiteral("{{url}}") << QStringLiteral("a-b_c.d~e") << QStringLiteral("a-b_c.d~e");
        QTest::newRow("spaces in braces") << QStringLiteral("x/{{ url }}/{{match}}/{{action}}")
                                          << QStringLiteral("%") << QStringLiteral("x/%25/exact/purge");
        QTest::newRow("single braces stay")
            << QStringLiteral("x/{url}/{{url}") << QStringLiteral("t") << QStringLiteral("x/{url}/{{url}");
    }
    void expandUrl()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(QString, expanded);
        QCOMPARE(WebhookProvider::checkTemplate(text, Place::Url, QStringLiteral("url_template")), QString());
        QCOMPARE(WebhookProvider::expand(text, Place::Url, batch(MatchKind::Exact, {target}), {}), expanded);
    }

    void expandBody_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("action");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("expanded");
        const int exact = int(MatchKind::Exact), tag = int(MatchKind::Tag), all = int(MatchKind::All);
        const int purge = int(PurgeAction::Purge), invalidate = int(PurgeAction::Invalidate);
        QTest::newRow("targets json")
            << QStringLiteral(
                   "{\"targets\":{{targets_json}},\"action\":\"{{action}}\",\"match\":\"{{match}}\"}")
            << exact << invalidate
            << QStringList{QStringLiteral("https://a.example/x"),
                           QStringLiteral("https://a.example/y?q=\"1\"")}
            << QStringLiteral(
                   "{\"targets\":[\"https://a.example/x\",\"https://a.example/y?q=\\\"1\\\"\"],\"action\":"
                   "\"invalidate\",\"match\":\"exact\"}");
        QTest::newRow("url escaped for a JSON string")
            << QStringLiteral("{\"url\":\"{{url}}\"}") << exact << purge
            << QStringList{QStringLiteral("https://a.example/\"q\"\\\n\tä</script>")}
            << QStringLiteral("{\"url\":\"https://a.example/\\\"q\\\"\\\\\\n\\tä</script>\"}");
        QTest::newRow("control character") << QStringLiteral("{{url}}") << exact << purge
                                           << QStringList{QString(QChar(0x01))} << QStringLiteral("\\u0001");
        QTest::newRow("urls json for tags is empty")
            << QStringLiteral("{{urls_json}} {{targets_json}}") << tag << purge
            << QStringList{QStringLiteral("blog"), QStringLiteral("a\"b")}
            << QStringLiteral("[] [\"blog\",\"a\\\"b\"]");
        QTest::newRow("urls json for urls") << QStringLiteral("{{urls_json}}") << exact << purge
                                            << QStringList{QStringLiteral("https://a.example/x")}
                                            << QStringLiteral("[\"https://a.example/x\"]");
        QTest::newRow("all")
            << QStringLiteral("{\"all\":true,\"t\":{{targets_json}},\"u\":\"{{url}}\",\"m\":\"{{match}}\"}")
            << all << purge << QStringList()
            << QStringLiteral("{\"all\":true,\"t\":[],\"u\":\"\",\"m\":\"all\"}");
        QTest::newRow("repeated") << QStringLiteral("{{url}}{{url}}") << exact << purge
                                  << QStringList{QStringLiteral("a")} << QStringLiteral("aa");
    }
    void expandBody()
    {
        QFETCH(QString, text);
        QFETCH(int, match);
        QFETCH(int, action);
        QFETCH(QStringList, targets);
        QFETCH(QString, expanded);
        QCOMPARE(WebhookProvider::checkTemplate(text, Place::Body, QStringLiteral("body_template")),
                 QString());
        QCOMPARE(WebhookProvider::expand(text, Place::Body,
                                         batch(MatchKind(match), targets, PurgeAction(action)), {}),
                 expanded);
    }

    void expandHeader()
    {
        const PurgeBatch b =
            batch(MatchKind::Prefix, {QStringLiteral("https://a.example/")}, PurgeAction::Invalidate);
        QCOMPARE(WebhookProvider::expand(QStringLiteral("Bearer {{secret}} {{action}}/{{match}}"),
                                         Place::Header, b, kSecret),
                 QStringLiteral("Bearer ") + kSecret + QStringLiteral(" invalidate/prefix"));
        // {{secret}} expands nowhere else, even if a caller skipped checkTemplate.
        QCOMPARE(WebhookProvider::expand(QStringLiteral("x{{secret}}"), Place::Url, b, kSecret),
                 QStringLiteral("x"));
        QCOMPARE(WebhookProvider::expand(QStringLiteral("x{{secret}}"), Place::Body, b, kSecret),
                 QStringLiteral("x"));
    }

    // {{request_id}}: one transaction's idempotency key, the same on every send of it, in every place.
    void expandRequestId()
    {
        PurgeBatch b = batch(MatchKind::Exact, {QStringLiteral("https://a.example/x")});
        b.idempotencyKey = QStringLiteral("41-1700000000000");
        for (const Place place : {Place::Url, Place::Header, Place::Body})
            QCOMPARE(WebhookProvider::expand(QStringLiteral("k={{request_id}}"), place, b, kSecret),
                     QStringLiteral("k=purgeline-41-1700000000000"));
        QCOMPARE(WebhookProvider::checkTemplate(QStringLiteral("Idempotency-Key: {{request_id}}"),
                                                Place::Header, QStringLiteral("header")),
                 QString());
        b.idempotencyKey.clear(); // a preview: no transaction yet
        QCOMPARE(WebhookProvider::expand(QStringLiteral("k={{request_id}}"), Place::Header, b, kSecret),
                 QStringLiteral("k="));
    }

    void checkTemplate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Place>("place");
        QTest::addColumn<QString>("error");
        const QString known =
            QStringLiteral("{{url}}, {{urls_json}}, {{targets_json}}, {{action}}, {{match}}, "
                           "{{secret}}, {{request_id}}");
        QTest::newRow("unknown in url")
            << QStringLiteral("https://h/{{path}}") << Place::Url
            << QStringLiteral("S: unknown placeholder {{path}}; known placeholders: ") + known;
        QTest::newRow("unknown in body")
            << QStringLiteral("{\"a\":{{ target }}}") << Place::Body
            << QStringLiteral("S: unknown placeholder {{ target }}; known placeholders: ") + known;
        QTest::newRow("unknown in header")
            << QStringLiteral("{{token}}") << Place::Header
            << QStringLiteral("S: unknown placeholder {{token}}; known placeholders: ") + known;
        QTest::newRow("case matters")
            << QStringLiteral("{{URL}}") << Place::Url
            << QStringLiteral("S: unknown placeholder {{URL}}; known placeholders: ") + known;
        QTest::newRow("secret in url")
            << QStringLiteral("https://h/?k={{secret}}") << Place::Url
            << QStringLiteral(
                   "S: {{secret}} may only appear in a header value (--set header=NAME:VALUE), where it is "
                   "redacted whenever the request is shown");
        QTest::newRow("secret in body")
            << QStringLiteral("{\"k\":\"{{secret}}\"}") << Place::Body
            << QStringLiteral(
                   "S: {{secret}} may only appear in a header value (--set header=NAME:VALUE), where it is "
                   "redacted whenever the request is shown");
        QTest::newRow("json in url") << QStringLiteral("https://h/?u={{urls_json}}") << Place::Url
                                     << QStringLiteral("S: {{urls_json}} cannot be used here; S takes "
                                                       "{{url}}, {{action}}, {{match}}, {{request_id}}");
        QTest::newRow("url in header") << QStringLiteral("{{url}}") << Place::Header
                                       << QStringLiteral("S: {{url}} cannot be used here; S takes "
                                                         "{{secret}}, {{action}}, {{match}}, {{request_id}}");
        QTest::newRow("fine url") << QStringLiteral("https://h/{{url}}?a={{action}}") << Place::Url
                                  << QString();
        QTest::newRow("no placeholder") << QStringLiteral("plain {text}") << Place::Body << QString();
    }
    void checkTemplate()
    {
        QFETCH(QString, text);
        QFETCH(Place, place);
        QFETCH(QString, error);
        QCOMPARE(WebhookProvider::checkTemplate(text, place, QStringLiteral("S")), error);
    }

    void success_data()
    {
        QTest::addColumn<QString>("success");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("ok");
        QTest::newRow("2xx 200") << QStringLiteral("2xx") << 200 << true;
        QTest::newRow("2xx 299") << QStringLiteral("2xx") << 299 << true;
        QTest::newRow("2xx 300") << QStringLiteral("2xx") << 300 << false;
        QTest::newRow("2XX") << QStringLiteral("2XX") << 204 << true;
        QTest::newRow("list hit") << QStringLiteral("200, 204") << 204 << true;
        QTest::newRow("list miss") << QStringLiteral("200,204") << 202 << false;
        QTest::newRow("class and code") << QStringLiteral("2xx,404") << 404 << true;
        QTest::newRow("class and code miss") << QStringLiteral("2xx,404") << 410 << false;
    }
    void success()
    {
        QFETCH(QString, success);
        QFETCH(int, status);
        QFETCH(bool, ok);
        QCOMPARE(WebhookProvider::checkSuccess(success), QString());
        QCOMPARE(WebhookProvider::isSuccess(success, status), ok);
    }

    void validateSource_data()
    {
        QTest::addColumn<Settings>("settings");
        QTest::addColumn<bool>("withSecret");
        QTest::addColumn<bool>("withEndpoint");
        QTest::addColumn<QString>("error");
        const auto S = [](std::initializer_list<std::pair<const char *, const char *>> pairs) {
            Settings result;
            for (const auto &[k, v] : pairs)
                result.insert(QString::fromUtf8(k), QString::fromUtf8(v));
            return result;
        };
        QTest::newRow("defaults") << Settings() << false << true << QString();
        QTest::newRow("everything") << S({{"method", "PURGE"},
                                          {"url_template", "/purge?u={{url}}&m={{match}}"},
                                          {"header",
                                           "Authorization: Bearer {{secret}}\nX-Action: {{action}}\n"},
                                          {"body_template", "{\"u\":\"{{url}}\"}"},
                                          {"success", "200,204"}})
                                    << true << true << QString();
        QTest::newRow("no endpoint")
            << Settings() << false << false
            << QStringLiteral("webhook needs --endpoint URL: the base URL of the service to call");
        QTest::newRow("bad method")
            << S({{"method", "PO ST"}}) << false << true
            << QStringLiteral("setting method \"PO ST\" is not a valid HTTP method (a token such "
                              "as POST or PURGE)");
        QTest::newRow("unknown in url")
            << S({{"url_template", "https://h.example/{{path}}"}}) << false << true
            << QStringLiteral("url_template: unknown placeholder {{path}}; known "
                              "placeholders: {{url}}, {{urls_json}}, {{targets_json}}, "
                              "{{action}}, {{match}}, {{secret}}, {{request_id}}");
        QTest::newRow("unknown in body")
            << S({{"body_template", "{\"x\":{{urlz}}}"}}) << false << true
            << QStringLiteral("body_template: unknown placeholder {{urlz}}; known "
                              "placeholders: {{url}}, {{urls_json}}, {{targets_json}}, "
                              "{{action}}, {{match}}, {{secret}}, {{request_id}}");
        QTest::newRow("unknown in header")
            << S({{"header", "X-Key: {{key}}"}}) << false << true
            << QStringLiteral("header X-Key: unknown placeholder {{key}}; known "
                              "placeholders: {{url}}, {{urls_json}}, {{targets_json}}, "
                              "{{action}}, {{match}}, {{secret}}, {{request_id}}");
        QTest::newRow("secret in url")
            << S({{"url_template", "/p?k={{secret}}"}}) << true << true
            << QStringLiteral("url_template: {{secret}} may only appear in a header value "
                              "(--set header=NAME:VALUE), where it is redacted whenever the "
                              "request is shown");
        QTest::newRow("secret in body")
            << S({{"body_template", "{{secret}}"}}) << true << true
            << QStringLiteral("body_template: {{secret}} may only appear in a header value "
                              "(--set header=NAME:VALUE), where it is redacted whenever the "
                              "request is shown");
        QTest::newRow("not a url") << S({{"url_template", "ftp://h.example/{{url}}"}}) << false << true
                                   << QStringLiteral(
                                          "setting url_template \"ftp://h.example/{{url}}\" does not make an "
                                          "absolute http:// or https:// URL");
        QTest::newRow("header no colon")
            << S({{"header", "X-Token"}}) << false << true
            << QStringLiteral("setting header \"X-Token\": expected NAME:VALUE with a valid "
                              "header name");
        QTest::newRow("header bad name")
            << S({{"header", "X Token: 1"}}) << false << true
            << QStringLiteral("setting header \"X Token: 1\": expected NAME:VALUE with a "
                              "valid header name");
        QTest::newRow("header cr") << S({{"header", "X-A: 1\r"}}) << false << true
                                   << QStringLiteral("setting header \"X-A: 1\" contains a line break");
        QTest::newRow("content-length")
            << S({{"header", "Content-Length: 5"}}) << false << true
            << QStringLiteral("setting header: Content-Length is set by the HTTP client; leave it out");
        QTest::newRow("twice") << S({{"header", "X-A: 1\nx-a: 2"}}) << false << true
                               << QStringLiteral("setting header: x-a is given twice");
        QTest::newRow("secret header without secret")
            << S({{"header", "Authorization: Bearer {{secret}}"}}) << false << true
            << QStringLiteral(
                   "header Authorization uses {{secret}}, but the source has no secret: add --secret-env "
                   "VAR or --secret-stdin");
        QTest::newRow("secret without header")
            << Settings() << true << true
            << QStringLiteral(
                   "a secret is configured but no header uses it: add --set header=NAME:...{{secret}} (e.g. "
                   "\"Authorization: Bearer {{secret}}\")");
        QTest::newRow("bad success") << S({{"success", "ok"}}) << false << true
                                     << QStringLiteral(
                                            "setting success \"ok\": expected 2xx or a comma-separated list "
                                            "of status codes and classes, such as 200,204 or 2xx,404");
        QTest::newRow("success out of range")
            << S({{"success", "200,600"}}) << false << true
            << QStringLiteral("setting success \"200,600\": expected 2xx or a "
                              "comma-separated list of status codes and classes, "
                              "such as 200,204 or 2xx,404");
    }
    void validateSource()
    {
        QFETCH(Settings, settings);
        QFETCH(bool, withSecret);
        QFETCH(bool, withEndpoint);
        QFETCH(QString, error);
        const SourceConfig config =
            source(withEndpoint ? QStringLiteral("https://hooks.example.com/cache") : QString(), settings,
                   withSecret);
        QCOMPARE(m_provider.validateSource(config), error);
    }

    void validateBatch()
    {
        const SourceConfig bare = source(QStringLiteral("https://hooks.example.com/flush"));
        const QString noTarget =
            QStringLiteral("this webhook's url_template and body_template name no target "
                           "({{url}}, {{urls_json}} or {{targets_json}}), so it cannot say what "
                           "to purge; only --match all works with it");
        QCOMPARE(m_provider.validateBatch(bare, batch(MatchKind::Exact, urls(1))), noTarget);
        QCOMPARE(m_provider.validateBatch(bare, batch(MatchKind::All, {})), QString());
        const SourceConfig hook = source(QStringLiteral("https://hooks.example.com/"), jsonBody());
        QCOMPARE(m_provider.validateBatch(hook, batch(MatchKind::Tag, {QStringLiteral("t")})), QString());
        QCOMPARE(m_provider.validateBatch(hook, batch(MatchKind::Host, {QStringLiteral("www.example.com")})),
                 QString());
        QCOMPARE(m_provider.validateBatch(hook, batch(MatchKind::Exact, {QStringLiteral("/relative")})),
                 QStringLiteral("malformed URL \"/relative\": expected an absolute http:// or https:// URL"));
    }

    // {{url}} anywhere: one target per request; otherwise up to 500, split at 500 and 501.
    void batchSize_data()
    {
        QTest::addColumn<Settings>("settings");
        QTest::addColumn<int>("size");
        QTest::newRow("targets json") << jsonBody() << 500;
        QTest::newRow("url in url") << Settings{{QStringLiteral("url_template"),
                                                 QStringLiteral("/p?u={{url}}")}}
                                    << 1;
        QTest::newRow("url in body") << Settings{{QStringLiteral("body_template"),
                                                  QStringLiteral("{\"u\":\"{{url}}\"}")}}
                                     << 1;
        QTest::newRow("source lowers it")
            << Settings{{QStringLiteral("body_template"), QStringLiteral("{{urls_json}}")},
                        {QStringLiteral("batch_size"), QStringLiteral("50")}}
            << 50;
    }
    void batchSize()
    {
        QFETCH(Settings, settings);
        QFETCH(int, size);
        const SourceConfig config = source(QStringLiteral("https://hooks.example.com/"), settings);
        QCOMPARE(EffectiveLimits::of(m_provider, config).batchSize, size);
        if (size == 1) {
            QVERIFY(m_provider.buildRequest(config, {}, batch(MatchKind::Exact, urls(1)), {}).isValid());
            QVERIFY(!m_provider.buildRequest(config, {}, batch(MatchKind::Exact, urls(2)), {}).isValid());
        }
    }
    void batchBoundary_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("requests");
        QTest::newRow("499") << 499 << 1;
        QTest::newRow("500") << 500 << 1;
        QTest::newRow("501") << 501 << 2;
    }
    void batchBoundary()
    {
        QFETCH(int, count);
        QFETCH(int, requests);
        const SourceConfig config = source(QStringLiteral("https://hooks.example.com/"), jsonBody());
        const int size = EffectiveLimits::of(m_provider, config).batchSize;
        QCOMPARE((count + size - 1) / size, requests);
        const QStringList all = urls(count);
        for (int start = 0; start < count; start += size) {
            const HttpRequestSpec spec =
                m_provider.buildRequest(config, {}, batch(MatchKind::Exact, all.mid(start, size)), {});
            QVERIFY(spec.body.size() < m_provider.info().limits.maxBodyBytes);
            QCOMPARE(spec.body.count("https://www.example.com/p/"), qMin(size, count - start));
        }
    }

    // The default: POST to the endpoint, JSON body, Content-Type application/json.
    void defaultRequest()
    {
        FakeHttpServer server;
        const QString endpoint = server.start().toString() + QStringLiteral("/hooks/cache");
        const SourceConfig config = source(endpoint, jsonBody());
        QCOMPARE(m_provider.validateSource(config), QString());
        const PurgeBatch b = batch(MatchKind::Exact, urls(2));
        const HttpRequestSpec spec = m_provider.buildRequest(config, {}, b, {});
        QVERIFY(spec.secretHeaders.isEmpty());
        server.enqueue(ScriptedReply::json(202, "accepted"));
        const Outcome outcome = m_provider.interpretReply(config, b, sendAndWait(spec));
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest &seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.pathAndQuery(), QStringLiteral("/hooks/cache"));
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(seen.body,
                 QByteArray("{\"purge\":[\"https://www.example.com/p/0\",\"https://www.example.com/p/1\"]}"));
    }

    // Byte for byte on the wire: a custom method, {{url}} percent-encoded in the query, a secret
    // header (redacted in every shown form), a given Content-Type.
    void templatedRequestOnTheWire()
    {
        RawHttpServer server;
        const QString endpoint = server.start().toString() + QStringLiteral("/base/");
        const SourceConfig config = source(
            endpoint,
            {{QStringLiteral("method"), QStringLiteral("PURGE")},
             {QStringLiteral("url_template"), QStringLiteral("/purge?u={{url}}&m={{match}}&a={{action}}")},
             {QStringLiteral("header"),
              QStringLiteral("Authorization: Bearer {{secret}}\nContent-Type: text/plain; charset=utf-8")},
             {QStringLiteral("body_template"), QStringLiteral("purge {{url}}")},
             {QStringLiteral("success"), QStringLiteral("200,204")}},
            true);
        QCOMPARE(m_provider.validateSource(config), QString());
        const PurgeBatch b =
            batch(MatchKind::Prefix, {QStringLiteral("https://www.example.com/img/a%20b/?q=1&r=2")},
                  PurgeAction::Invalidate);
        QCOMPARE(m_provider.validateBatch(config, b), QString());
        const HttpRequestSpec spec = m_provider.buildRequest(config, {}, b, kSecret + QLatin1Char('\n'));
        QCOMPARE(spec.secretHeaders, QList<QByteArray>{"Authorization"});
        QVERIFY(!spec.redactedText().contains(kSecret));
        QVERIFY(spec.redactedText().contains(QStringLiteral("Authorization: [redacted]\n")));
        server.enqueue(ScriptedReply::json(204, {}));
        const Outcome outcome = m_provider.interpretReply(config, b, sendAndWait(spec));
        QCOMPARE(outcome.kind, Outcome::Kind::Succeeded);
        QCOMPARE(server.requests().size(), 1);
        const RawRequest &seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("PURGE"));
        QCOMPARE(seen.target,
                 QByteArray("/base/purge?u=https%3A%2F%2Fwww.example.com%2Fimg%2Fa%2520b%2F%3Fq%3D1%26r%3D2"
                            "&m=prefix&a=invalidate"));
        QCOMPARE(seen.header("Authorization"), QByteArray("Bearer ") + kSecret.toUtf8());
        QCOMPARE(seen.headerCount("Content-Type"), 1);
        QCOMPARE(seen.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        // A JSON-escaped string: slashes and ampersands stay as they are.
        QCOMPARE(seen.body, QByteArray("purge https://www.example.com/img/a%20b/?q=1&r=2"));
    }

    void absoluteUrlTemplateAndMatchAll()
    {
        FakeHttpServer server;
        const QString base = server.start().toString();
        const SourceConfig config =
            source(QStringLiteral("https://ignored.example.com/"),
                   {{QStringLiteral("url_template"), base + QStringLiteral("/flush/{{match}}")},
                    {QStringLiteral("method"), QStringLiteral("DELETE")}});
        QCOMPARE(m_provider.validateSource(config), QString());
        const PurgeBatch b = batch(MatchKind::All, {});
        const HttpRequestSpec spec = m_provider.buildRequest(config, {}, b, {});
        QVERIFY(spec.body.isEmpty());
        QVERIFY(spec.header("Content-Type").isEmpty());
        server.enqueue(ScriptedReply::json(200, "{}"));
        QCOMPARE(m_provider.interpretReply(config, b, sendAndWait(spec)).kind, Outcome::Kind::Succeeded);
        QCOMPARE(server.requests().first().method, QByteArray("DELETE"));
        QCOMPARE(server.requests().first().pathAndQuery(), QStringLiteral("/flush/all"));
    }

    void replies_data()
    {
        QTest::addColumn<QString>("success");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<Outcome::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("retryAfterMs");
        using K = Outcome::Kind;
        const QString any = QStringLiteral("2xx");
        QTest::newRow("200") << any << 200 << QByteArray("{not json") << QByteArray() << K::Succeeded
                             << QString() << -1LL;
        QTest::newRow("204 listed") << QStringLiteral("200,204") << 204 << QByteArray() << QByteArray()
                                    << K::Succeeded << QString() << -1LL;
        QTest::newRow("202 not listed")
            << QStringLiteral("200,204") << 202 << QByteArray("queued") << QByteArray() << K::Failed
            << QStringLiteral("HTTP 202 is not a success status of this webhook (success=200,204): queued")
            << -1LL;
        QTest::newRow("404 counts as done") << QStringLiteral("2xx,404") << 404 << QByteArray()
                                            << QByteArray() << K::Succeeded << QString() << -1LL;
        QTest::newRow("404") << any << 404 << QByteArray("no such cache") << QByteArray() << K::Failed
                             << QStringLiteral("HTTP 404: no such cache") << -1LL;
        QTest::newRow("401") << any << 401 << QByteArray() << QByteArray() << K::Failed
                             << QStringLiteral("HTTP 401 — check the source's credentials") << -1LL;
        QTest::newRow("422") << any << 422 << QByteArray("{\"error\":\"bad url\"}") << QByteArray()
                             << K::Failed << QStringLiteral("HTTP 422: {\"error\":\"bad url\"}") << -1LL;
        QTest::newRow("413") << any << 413 << QByteArray() << QByteArray() << K::Split
                             << QStringLiteral("HTTP 413") << -1LL;
        QTest::newRow("429") << any << 429 << QByteArray() << QByteArray("4") << K::Retry
                             << QStringLiteral("HTTP 429") << 4000LL;
        QTest::newRow("503") << any << 503 << QByteArray("<html>down</html>") << QByteArray() << K::Retry
                             << QStringLiteral("HTTP 503: <html>down</html>") << -1LL;
        QTest::newRow("echoed token")
            << any << 400 << QByteArray("got Authorization: Bearer hook-T0KEN-31337") << QByteArray()
            << K::Failed << QStringLiteral("HTTP 400: got Authorization: Bearer [redacted]") << -1LL;
    }
    void replies()
    {
        QFETCH(QString, success);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(Outcome::Kind, kind);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);
        FakeHttpServer server;
        Settings settings = jsonBody();
        settings.insert(QStringLiteral("success"), success);
        const SourceConfig config = source(server.start().toString(), settings);
        ScriptedReply scripted = ScriptedReply::json(status, body);
        if (!retryAfter.isEmpty())
            scripted.withHeader("Retry-After", retryAfter);
        server.enqueue(scripted);
        const PurgeBatch b = batch(MatchKind::Exact, urls(1));
        const Outcome outcome =
            m_provider.interpretReply(config, b, sendAndWait(m_provider.buildRequest(config, {}, b, {})));
        QCOMPARE(outcome.kind, kind);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.retryAfterMs, retryAfterMs);
    }

    void transportFailuresRetry()
    {
        FakeHttpServer server;
        const SourceConfig config = source(server.start().toString(), jsonBody());
        const PurgeBatch b = batch(MatchKind::Exact, urls(1));
        server.enqueue(ScriptedReply::slow(2000, 200));
        const Outcome slow = m_provider.interpretReply(
            config, b, sendAndWait(m_provider.buildRequest(config, {}, b, {}), 300));
        QCOMPARE(slow.kind, Outcome::Kind::Retry);
        QVERIFY2(slow.message.startsWith(QStringLiteral("timeout")), qPrintable(slow.message));
        server.setHandler([](const RecordedRequest &) { return ScriptedReply::closed(); });
        const Outcome closed =
            m_provider.interpretReply(config, b, sendAndWait(m_provider.buildRequest(config, {}, b, {})));
        QCOMPARE(closed.kind, Outcome::Kind::Retry);
        QVERIFY2(closed.message.startsWith(QStringLiteral("network error")), qPrintable(closed.message));
    }
};

QTEST_GUILESS_MAIN(TestProviderWebhook)
#include "tst_provider_webhook.moc"
