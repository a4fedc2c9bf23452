#pragma once

#include "provider.h"

// Cloudflare's zone purge API: POST /zones/{zone}/purge_cache with one of files (exact URLs,
// optionally with the request headers that are part of their cache key), prefixes, hosts, tags
// or purge_everything. The secret is an API token (Bearer), or the legacy Global API key when
// the source sets its account's email address. Limits are per plan and per account.
class CloudflareProvider final : public Provider
{
public:
    CloudflareProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    QString rateKey(const SourceConfig &source) const override;
    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;

    // "https://www.example.com/foo" or "www.example.com/foo" -> "www.example.com/foo"
    static QString prefixOf(const QString &target);

private:
    static QString checkTarget(MatchKind match, const QString &target);
    Outcome classifyReply(const PurgeBatch &batch, const HttpReply &reply) const;

    ProviderInfo m_info;
};
