#pragma once

#include "provider.h"

// KeyCDN API (www.keycdn.com/api, "Purge Zone Cache" and "Purge Zone URL"), Basic auth with the API
// key as user name and an empty password:
//   exact: DELETE {endpoint}/zones/purgeurl/{zone}.json  {"urls":["host/path", ...]} (no scheme)
//   tag:   DELETE {endpoint}/zones/purgetag/{zone}.json  {"tags":["tag", ...]}
//   all:   GET    {endpoint}/zones/purge/{zone}.json
// Every reply is JSON: {"status":"success"|"error","description":"..."}.
class KeycdnProvider final : public Provider
{
public:
    KeycdnProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    QString rateKey(const SourceConfig &source) const override;

    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;
    HttpRequestSpec buildCheckRequest(const SourceConfig &source, const QString &secret) const override;

    // A target URL as KeyCDN names it: "host[:port]/path?query", without the scheme.
    static QString withoutScheme(const QString &url);

private:
    HttpRequestSpec baseRequest(const QByteArray &method, const QUrl &url, const QString &secret) const;
    Outcome classifyReply(const SourceConfig &source, const HttpReply &reply) const;

    ProviderInfo m_info;
};
