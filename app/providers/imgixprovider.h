#pragma once

#include "provider.h"

// imgix Management API purge: one asset URL per request, which also purges every derivative
// (query-parameter variant) of that URL. The current JSON:API endpoint uses a Bearer key with the
// Purge permission; the legacy purger (`--set api=legacy`) uses Basic auth "KEY:".
class ImgixProvider final : public Provider
{
public:
    ImgixProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;

private:
    static bool isLegacy(const SourceConfig &source);
    Outcome classifyReply(const SourceConfig &source, const PurgeBatch &batch, const HttpReply &reply) const;

    ProviderInfo m_info;
};
