#pragma once

#include "provider.h"

// bunny.net purge API (docs.bunny.net, "Purge URL" and "Pull Zone: Purge Cache"):
//   exact and prefix: POST {endpoint}/purge?url=<percent-encoded URL>&async=false with the account's
//   AccessKey header, one URL per call; a trailing '*' makes it a wildcard (prefix) purge.
//   tag and all: POST {endpoint}/pullzone/{pull_zone}/purgeCache, with {"CacheTag":"..."} for one
//   tag, or no body for the whole pull zone.
// Purges are paced per account and per purge type ("Purge Rate Limits"): exact purges and prefix
// purges have token buckets of their own, so they are two rate classes here.
class BunnyProvider final : public Provider
{
public:
    BunnyProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    QString rateKey(const SourceConfig &source) const override;
    QString rateClass(const SourceConfig &source, const PurgeBatch &batch) const override;

    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;
    HttpRequestSpec buildCheckRequest(const SourceConfig &source, const QString &secret) const override;

    // The rate class of prefix purges (and of the pull-zone purges, see rateClass).
    static QString prefixClass() { return QStringLiteral("prefix"); }

private:
    HttpRequestSpec baseRequest(const QUrl &url, const QString &secret) const;
    Outcome classifyReply(const SourceConfig &source, const PurgeBatch &batch, const HttpReply &reply) const;

    ProviderInfo m_info;
};
