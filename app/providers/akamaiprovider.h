#pragma once

#include "provider.h"

#include <QDateTime>

// Akamai Fast Purge API v3 (techdocs.akamai.com/purge-cache/reference, PROVIDERS.md):
//   POST {base}/ccu/v3/{invalidate|delete}/{url|cpcode|tag}/{staging|production}
//   with {"objects": [...]}: URLs, cache tags, or CP codes as numbers; one object type per request.
// {base} is https://{host}, the API client's host from its .edgerc, unless --endpoint is given.
// Every request is signed with EdgeGrid (EG1-HMAC-SHA256, EdgeGridSigner) with a fresh timestamp
// and nonce. 201 means accepted: v3 has no status endpoint, only an estimate of when the purge
// is done ("estimatedSeconds"). Errors are problem+json documents (title, detail, supportId).
// Bodies are limited to 50,000 bytes (413 above). The rate limits are token buckets per account
// ("Rate limiting"): 100 requests refilled at 50 per second, and per object type 10,000 URLs
// (12,000 per minute), 300 CP codes (30 per minute) and 5,000 cache tags (500 per minute);
// a request needing more object tokens than are left is refused with 429 and consumes none.
class AkamaiProvider final : public Provider
{
public:
    AkamaiProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    QString rateKey(const SourceConfig &source) const override;
    bool importSettings(const QString &fileText, const QString &section, QMap<QString, QString> *settings,
                        QString *secret, QString *error) const override;
    bool settingsFileSections(const QString &fileText, QStringList *sections, QString *error) const override;

    // Signed with the current time and a fresh nonce.
    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;

    // The same request signed at time with nonce, for tests and reproducible previews.
    HttpRequestSpec buildSignedRequest(const SourceConfig &source, const PurgeBatch &batch,
                                       const QString &secret, const QDateTime &time,
                                       const QByteArray &nonce) const;
    // "/ccu/v3/delete/url/production"
    static QString purgePath(PurgeAction action, MatchKind match, const QString &network);
    // Empty when fine, else what is wrong with the cache tag or CP code.
    static QString checkTag(const QString &tag);
    static QString checkCpCode(const QString &code);
    // How long to wait after a 429: Retry-After when given, else the tokens the request lacked
    // (the problem body's rateLimitCurrentRequestSize - rateLimitRemaining) at the bucket's
    // refill rate, else the five seconds the 429 page asks for.
    static qint64 throttleDelayMs(const HttpReply &reply, MatchKind match, qint64 nowMs);

private:
    QUrl apiUrl(const SourceConfig &source, const QString &path) const;
    Outcome classifyReply(const PurgeBatch &batch, const HttpReply &reply) const;

    ProviderInfo m_info;
};
