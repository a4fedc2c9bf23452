#pragma once

#include "provider.h"

// Instart Logic cache purge API (seed 004, PROVIDERS.md):
//   POST {endpoint}/{customer}/v1/cache/purge with Basic user:password and a JSON purge_request
//   (action PURGE or EXPIRE, URIs matched EXACT_LITERAL or PREFIX_LITERAL, optional
//   cache_key_modifier_regex for prefix URIs). A 201 (or 303) names a transaction, which is then
//   polled with GET {endpoint}/{customer}/v1/transactions/{id} until SUCCESS.
// Purges are limited to 2 requests per second per customer, so all sources of one customer share
// one rate bucket.
class InstartProvider final : public Provider
{
public:
    InstartProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    QString rateKey(const SourceConfig &source) const override;

    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;

    HttpRequestSpec buildStatusRequest(const SourceConfig &source, const QString &lane,
                                       const QString &statusRef, const QString &secret) const override;
    Outcome interpretStatusReply(const SourceConfig &source, const HttpReply &reply) const override;

    // Target URLs may carry a domain wildcard (http://*.example.net/images/), which QUrl's strict
    // mode rejects, so Instart targets are checked here instead of by Provider::checkUrlTargets.
    // Returns a message naming what is wrong with the target, or an empty string.
    static QString checkTarget(const QString &target);
    // cache_key_modifier_regex: a '*' wildcard only as a suffix. Empty string when fine.
    static QString checkCacheKeyModifier(const QString &modifier);

private:
    QUrl customerUrl(const SourceConfig &source, const QString &tail) const;
    HttpRequestSpec baseRequest(const QByteArray &method, const QUrl &url, const SourceConfig &source,
                                const QString &secret) const;
    static Outcome errorOutcome(const HttpReply &reply);
    Outcome classifyReply(const HttpReply &reply) const;
    Outcome classifyStatusReply(const HttpReply &reply) const;

    ProviderInfo m_info;
};
