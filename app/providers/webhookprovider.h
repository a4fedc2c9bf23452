#pragma once

#include "provider.h"

#include <utility>

// A purge as an HTTP call the team defines, for in-house caches and deploy systems: the method,
// URL, headers and body are templates filled in for each request. Placeholders:
//   url_template:  {{url}} (percent-encoded), {{action}}, {{match}}
//   header values: {{secret}} (the header is then redacted everywhere), {{action}}, {{match}}
//   body_template: {{url}} (JSON-string escaped, no quotes), {{urls_json}}, {{targets_json}},
//                  {{action}}, {{match}}
// {{url}} anywhere sends one target per request. The reply's status decides success
// (setting success: "2xx" or a list such as "200,204"); everything else is classified as usual.
class WebhookProvider final : public Provider
{
public:
    WebhookProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    ProviderLimits limits(const SourceConfig &source) const override;

    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;

    // Where a template is used; each place takes its own placeholders and escapes them its way.
    enum class Place { Url, Header, Body };
    // A message naming the setting and the first placeholder that is unknown or not allowed in
    // that place, or an empty string.
    static QString checkTemplate(const QString &text, Place place, const QString &setting);
    // The template with every placeholder replaced for this batch.
    static QString expand(const QString &text, Place place, const PurgeBatch &batch, const QString &secret);
    // The header setting as (name, value template) pairs, one a line; empty lines are skipped.
    static QList<std::pair<QString, QString>> headerTemplates(const SourceConfig &source);
    // Whether the status is one the success setting ("2xx", "200,204", "2xx,404") accepts.
    static bool isSuccess(const QString &success, int status);
    static QString checkSuccess(const QString &success);

private:
    static bool sendsOneTargetPerRequest(const SourceConfig &source);
    static bool namesTargets(const SourceConfig &source);
    QString urlTemplate(const SourceConfig &source) const;

    ProviderInfo m_info;
};
