#pragma once

#include "provider.h"

// http-purge: the HTTP caches a team runs itself (Varnish, nginx with ngx_cache_purge, Squid
// in accelerator mode). There is no vendor API: the cache's own configuration (VCL, nginx
// location, squid.conf ACL) decides what a PURGE or BAN request does, so this provider sends
// the conventional requests and reads the conventional replies.
//
// A cluster is one source with several --endpoint values; each endpoint is a lane, so every
// batch reaches every cache. One target per request (PURGE has no batch form).
//
//   exact                      PURGE <endpoint path><target path?query>   Host: <target host[:port]>
//   prefix, prefix_method=ban  BAN   <endpoint path><target path?query>   Host: <target host[:port]>
//                              <ban_header>: ^<target path?query, regex metacharacters escaped>
//   prefix, prefix_method=wildcard
//                              PURGE <endpoint path><target path?query>*  (ngx_cache_purge 2.4+)
//   all (prefix_method=ban)    BAN   <endpoint path>/   <ban_header>: ^/
//                              No site Host is sent, so Host names the cache itself; the VCL
//                              decides that such a ban covers every site (see
//                              scripts/cache-servers.sh for a VCL that does).
//
// The target's path and query are sent as the target spelled them, percent-encoded; the only
// change is QUrl's RFC 3986 normalisation (unreserved characters such as %7E are decoded and
// hex digits are upper-cased), which every cache in this family treats as the same URL anyway.
//
// Replies: 2xx succeeded; 404 (and ngx_cache_purge 2.5's 412) on a PURGE means "was not
// cached", which is what the purge wanted; 403/405 almost always mean the cache's purge ACL
// does not admit this client; 501 means the cache has no handler for the method; the rest
// follows the shared retry rules.
class HttpPurgeProvider final : public Provider
{
public:
    HttpPurgeProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    QStringList lanes(const SourceConfig &source) const override;
    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;
    HttpRequestSpec buildCheckRequest(const SourceConfig &source, const QString &secret) const override;

    // "^" + the prefix with PCRE metacharacters escaped: what the ban header carries.
    static QString banRegex(const QString &encodedPathPrefix);
    // The target's path and query, percent-encoded, "/" when it has no path.
    static QString encodedPathAndQuery(const QUrl &target);
    // The Host header for a target: host (IDNA-encoded, IPv6 bracketed) plus a non-default port.
    static QByteArray hostHeader(const QUrl &target);

private:
    enum class PrefixMethod { Ban, Wildcard };
    static PrefixMethod prefixMethod(const SourceConfig &source);
    static QString banHeader(const SourceConfig &source);
    // The method a batch is sent with: PURGE or BAN.
    static QByteArray methodFor(const SourceConfig &source, const PurgeBatch &batch);

    ProviderInfo m_info;
};
