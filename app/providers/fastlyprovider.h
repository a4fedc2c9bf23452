#pragma once

#include "provider.h"

// Fastly's purge API, authenticated with an API token in Fastly-Key: one URL per request in the
// API form (POST /purge/{host}/{path}), surrogate keys in batches (POST /service/{id}/purge) and
// purge all (POST /service/{id}/purge_all). --action invalidate is a soft purge
// (Fastly-Soft-Purge: 1), which purge all does not have.
class FastlyProvider final : public Provider
{
public:
    FastlyProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    QString rateKey(const SourceConfig &source) const override;
    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;

    // "https://www.example.com/a%20b?x=1#f" -> "www.example.com/a%20b?x=1": the URL as it follows
    // /purge/ in the API form, with its path and query exactly as written.
    static QString cachedUrlOf(const QString &target);

private:
    Outcome classifyReply(const PurgeBatch &batch, const HttpReply &reply) const;

    ProviderInfo m_info;
};
