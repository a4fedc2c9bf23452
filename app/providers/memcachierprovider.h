#pragma once

#include "provider.h"

// MemCachier analytics API v2: flushes a whole cache (there is no per-key purge over HTTP), so
// only `--match all` is accepted. Basic auth with a credential that has the API capability.
class MemcachierProvider final : public Provider
{
public:
    MemcachierProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;

private:
    Outcome classifyReply(const SourceConfig &source, const HttpReply &reply) const;

    ProviderInfo m_info;
};
