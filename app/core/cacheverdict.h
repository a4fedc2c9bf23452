#pragma once

#include "httpexchange.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A response header by which a cache says whether it served a copy it held (CF-Cache-Status,
// X-Cache, X-Cache-Status, CDN-Cache, ...), and what its words mean. Where the value is a list
// ("MISS, HIT": a shield and then the edge), the last item is the cache nearest the client; the
// word is that item's first token ("Hit from cloudfront", "TCP_MISS from a23-...").
struct CacheSignal
{
    QByteArray header;
    QStringList freshWords; // not served from a held copy: fetched from the origin, or revalidated
    QStringList hitWords;   // served from a held copy: stale unless Age says it was cached after the purge
    QStringList staleWords; // a held copy served knowingly out of date (STALE, UPDATING)
};

// How a provider's caches show whether a purge took effect: data each provider declares
// (ProviderInfo::verification), read by CacheVerdict.
struct VerificationSpec
{
    QList<CacheSignal> cacheSignals; // the first whose header is present and whose word is known decides
    bool ageIsSignal = false;        // without a known word, Age alone tells (RFC 9111 section 5.1)
    HeaderList probeHeaders;         // sent with every probe (Akamai's Pragma debug header)

    bool isEmpty() const { return cacheSignals.isEmpty() && !ageIsSignal; }
};

// What the origin says about the same URL, for comparing the cache's copy with the origin's.
struct OriginFacts
{
    QByteArray etag;
    QByteArray lastModified;
    QByteArray bodyHash; // SHA-256 of the body, for GET probes
};

// The verdict on one purged URL from one probe of it.
struct CacheVerdict
{
    enum class Kind { Fresh, Stale, CannotTell };
    Kind kind = Kind::CannotTell;
    QString
        signal; // what it was read from: "CF-Cache-Status: HIT, Age: 40 (cached 40 s ago, purged 3 s ago)"

    // probe: the reply to a HEAD or GET of the URL, sent sinceMs after the purge took effect.
    // origin: the origin's facts for the same URL when it could be asked; they decide when both
    // sides have the same validator, because a copy equal to the origin's is fresh whatever the
    // cache's words are.
    static CacheVerdict judge(const VerificationSpec &spec, const HttpReply &probe, qint64 sinceMs,
                              const std::optional<OriginFacts> &origin = {});
    static OriginFacts factsOf(const HttpReply &reply);

    static QString kindName(Kind kind); // "fresh", "stale", "cannot_tell"
    static std::optional<Kind> kindFromName(const QString &name);
};
