#include "queueddedup.h"

#include <QCoreApplication>
#include <QHash>

namespace {

struct QueuedDedupTr
{
    Q_DECLARE_TR_FUNCTIONS(QueuedDedup)
};

// An http(s) URL, or a URL prefix, cut where the comparisons need it. Texts are compared as the
// user wrote them (the planner only trims them), except for what no cache tells apart: the case
// of scheme and host, a default port, and an empty path (which is "/").
struct UrlParts
{
    QString scheme;        // "http" or "https"; empty when a prefix names none (it then covers both)
    QString authority;     // host[:port] in lower case, without a default port
    QString rest;          // path and query as written, starting with '/'
    bool wildcard = false; // the text ended in '*' (cut off `rest`)
};

std::optional<UrlParts> splitUrl(const QString &text, bool schemeOptional)
{
    UrlParts parts;
    QString remainder = text;
    if (const qsizetype end = text.indexOf(QLatin1String("://")); end >= 0) {
        parts.scheme = text.left(end).toLower();
        if (parts.scheme != QLatin1String("http") && parts.scheme != QLatin1String("https"))
            return std::nullopt;
        remainder = text.mid(end + 3);
    } else if (!schemeOptional) {
        return std::nullopt;
    }
    if (remainder.endsWith(QLatin1Char('*'))) {
        parts.wildcard = true;
        remainder.chop(1);
    }
    // A '*' anywhere else (a domain wildcard, a glob inside the path) is read differently by each
    // provider, so nothing is claimed about it.
    if (remainder.contains(QLatin1Char('*')))
        return std::nullopt;
    qsizetype authorityEnd = remainder.size();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')})
        if (const qsizetype at = remainder.indexOf(c); at >= 0)
            authorityEnd = qMin(authorityEnd, at);
    parts.authority = remainder.left(authorityEnd).toLower();
    parts.rest = remainder.mid(authorityEnd);
    // No host, user info, or a '*' right after the host (it would reach other hosts).
    if (parts.authority.isEmpty() || parts.authority.contains(QLatin1Char('@')) ||
        (parts.wildcard && parts.rest.isEmpty()))
        return std::nullopt;
    const qsizetype colon = parts.authority.lastIndexOf(QLatin1Char(':'));
    if (colon > parts.authority.lastIndexOf(QLatin1Char(']'))) {
        const QStringView port = QStringView(parts.authority).mid(colon + 1);
        const bool defaultPort = (parts.scheme == QLatin1String("http") && port == QLatin1String("80")) ||
                                 (parts.scheme == QLatin1String("https") && port == QLatin1String("443"));
        if (defaultPort || port.isEmpty())
            parts.authority.truncate(colon);
    }
    if (parts.rest.isEmpty() || !parts.rest.startsWith(QLatin1Char('/')))
        parts.rest.prepend(QLatin1Char('/'));
    return parts;
}

// A host purge's target: a bare host name, nothing else.
std::optional<QString> plainHost(const QString &text)
{
    for (const QChar c : {QLatin1Char('/'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('@')})
        if (text.contains(c))
            return std::nullopt;
    if (text.isEmpty())
        return std::nullopt;
    return text.toLower();
}

bool isUrlShaped(MatchKind match)
{
    return match == MatchKind::Exact || match == MatchKind::Prefix;
}

// Whether a queued prefix purges everything `target` names. Providers read a prefix either as a
// string prefix of the URL (Varnish bans, wildcard paths) or by path segments; a target is folded
// only when both readings purge it: below a prefix that ends in '/', or continuing it with '/'.
bool underPrefix(const UrlParts &prefix, const UrlParts &target, MatchKind targetMatch)
{
    if (!prefix.scheme.isEmpty() && prefix.scheme != target.scheme)
        return false;
    if (prefix.authority != target.authority || !target.rest.startsWith(prefix.rest))
        return false;
    if (prefix.rest.endsWith(QLatin1Char('/')))
        return true;
    const qsizetype length = prefix.rest.size();
    if (target.rest.size() > length)
        return target.rest.at(length) == QLatin1Char('/');
    // The same text: the same URLs, unless the target's own '*' reaches past the prefix's segment.
    return targetMatch == MatchKind::Prefix || !target.wildcard;
}

// A queued target that may cover others, parsed once.
struct Cover
{
    const TransactionRecord *transaction = nullptr;
    QString target;
    MatchKind match = MatchKind::Exact;
    std::optional<UrlParts> url; // a prefix
    std::optional<QString> host; // a host purge
};

Cover coverOf(const TransactionRecord *transaction, MatchKind match, const QString &target)
{
    Cover cover{transaction, target, match, std::nullopt, std::nullopt};
    if (match == MatchKind::Prefix)
        cover.url = splitUrl(target, true);
    else if (match == MatchKind::Host)
        cover.host = plainHost(target);
    return cover;
}

// A new target, parsed once.
struct Wanted
{
    QString target;
    MatchKind match = MatchKind::Exact;
    std::optional<UrlParts> url; // an exact URL or a prefix
    std::optional<QString> host; // a host
};

Wanted wantedOf(MatchKind match, const QString &target)
{
    Wanted wanted{target, match, std::nullopt, std::nullopt};
    if (isUrlShaped(match))
        wanted.url = splitUrl(target, match == MatchKind::Prefix);
    else if (match == MatchKind::Host)
        wanted.host = plainHost(target);
    return wanted;
}

// What differs from "the same target" is decided here; the same target is looked up by text.
std::optional<FoldKind> coverKind(const Cover &cover, const Wanted &wanted)
{
    switch (cover.match) {
    case MatchKind::All:
        // Tags and provider objects (content provider codes) are names in the provider's own
        // index, which a purge of everything need not reach (another property, another service):
        // only the same tag or object covers them.
        if (isUrlShaped(wanted.match) || wanted.match == MatchKind::Host)
            return FoldKind::UnderAll;
        return std::nullopt;
    case MatchKind::Prefix:
        if (cover.url && wanted.url && underPrefix(*cover.url, *wanted.url, wanted.match))
            return FoldKind::UnderPrefix;
        return std::nullopt;
    case MatchKind::Host:
        if (!cover.host)
            return std::nullopt;
        if (wanted.url && wanted.url->authority == *cover.host)
            return FoldKind::UnderHost;
        if (wanted.host && *wanted.host == *cover.host)
            return FoldKind::UnderHost;
        return std::nullopt;
    case MatchKind::Exact:
    case MatchKind::Tag:
    case MatchKind::Object:
        return std::nullopt;
    }
    return std::nullopt;
}

QString sameKey(MatchKind match, const QString &target)
{
    return matchName(match) + QLatin1Char('\n') + target;
}

// One lane's queued work, indexed for lookups.
struct LaneIndex
{
    QHash<QString, const TransactionRecord *> same; // sameKey -> the earliest transaction with it
    QList<Cover> broad;                             // prefixes, hosts and purges of everything
};

struct Found
{
    const TransactionRecord *transaction = nullptr;
    FoldKind kind = FoldKind::Same;
    QString coveredBy;
};

std::optional<Found> find(const LaneIndex &lane, const Wanted &wanted)
{
    if (const auto it = lane.same.constFind(sameKey(wanted.match, wanted.target)); it != lane.same.cend())
        return Found{*it, FoldKind::Same, {}};
    std::optional<Found> best;
    for (const Cover &cover : lane.broad) {
        const std::optional<FoldKind> kind = coverKind(cover, wanted);
        if (!kind)
            continue;
        // The narrowest cover, then the earliest: the one the user most likely meant.
        if (!best || int(*kind) < int(best->kind) ||
            (*kind == best->kind && cover.transaction->id < best->transaction->id))
            best = Found{cover.transaction, *kind, cover.match == MatchKind::All ? QString() : cover.target};
    }
    return best;
}

} // namespace

std::optional<FoldKind> QueuedDedup::covers(MatchKind queuedMatch, const QString &queued,
                                            MatchKind targetMatch, const QString &target)
{
    if (queuedMatch == targetMatch && queued == target)
        return FoldKind::Same;
    return coverKind(coverOf(nullptr, queuedMatch, queued), wantedOf(targetMatch, target));
}

QueuedDedup::Result QueuedDedup::apply(const PurgeBatch &wanted, const QStringList &lanes,
                                       const QList<TransactionRecord> &unsent)
{
    Result result;
    result.remaining = wanted;
    // A purge of everything keeps what it was given, so the provider still refuses stray targets.
    if (wanted.match != MatchKind::All)
        result.remaining.targets.clear();

    // Only queued work that sends what this batch would: same action and options, on a lane the
    // source still has.
    QList<LaneIndex> indexes(lanes.size());
    for (const TransactionRecord &t : unsent) {
        const qsizetype lane = lanes.indexOf(t.lane);
        if (lane < 0 || t.batch.action != wanted.action || t.batch.options != wanted.options)
            continue;
        LaneIndex &index = indexes[lane];
        const QStringList queued = t.batch.match == MatchKind::All ? QStringList{QString()} : t.batch.targets;
        for (const QString &target : queued) {
            const QString key = sameKey(t.batch.match, target);
            if (const auto it = index.same.constFind(key); it == index.same.cend() || (*it)->id > t.id)
                index.same.insert(key, &t);
            if (t.batch.match == MatchKind::Prefix || t.batch.match == MatchKind::Host ||
                t.batch.match == MatchKind::All)
                index.broad.append(coverOf(&t, t.batch.match, target));
        }
    }

    const QStringList targets = wanted.match == MatchKind::All ? QStringList{QString()} : wanted.targets;
    for (const QString &target : targets) {
        const Wanted parsed = wantedOf(wanted.match, target);
        QList<Found> perLane;
        for (const LaneIndex &index : std::as_const(indexes)) {
            const std::optional<Found> found = find(index, parsed);
            if (!found)
                break;
            perLane.append(*found);
        }
        if (lanes.isEmpty() || perLane.size() < lanes.size()) {
            if (wanted.match != MatchKind::All)
                result.remaining.targets.append(target);
            continue;
        }
        // Reported as the first lane's cover; every lane's transaction does the work.
        const Found &first = perLane.constFirst();
        auto group = std::find_if(result.folded.begin(), result.folded.end(), [&](const FoldedTargets &f) {
            return f.requestId == first.transaction->requestId && f.kind == first.kind;
        });
        if (group == result.folded.end()) {
            result.folded.append(
                FoldedTargets{first.transaction->requestId, first.kind, wanted.match, {}, {}, {}});
            group = std::prev(result.folded.end());
        }
        if (wanted.match != MatchKind::All)
            group->targets.append(target);
        if (!first.coveredBy.isEmpty() && !group->coveredBy.contains(first.coveredBy))
            group->coveredBy.append(first.coveredBy);
        for (const Found &found : std::as_const(perLane))
            if (!group->transactionIds.contains(found.transaction->id))
                group->transactionIds.append(found.transaction->id);
    }
    result.allFolded = !result.folded.isEmpty() && result.remaining.targets.isEmpty();
    return result;
}

namespace {

// Spelled out rather than "%n URL(s)": the command line prints these without a translator, and
// scripts and people read "12 URLs already queued in request 41".
QString countedTargets(MatchKind match, qsizetype count)
{
    const bool one = count == 1;
    switch (match) {
    case MatchKind::Exact:
        return one ? QueuedDedupTr::tr("1 URL") : QueuedDedupTr::tr("%1 URLs").arg(count);
    case MatchKind::Prefix:
        return one ? QueuedDedupTr::tr("1 prefix") : QueuedDedupTr::tr("%1 prefixes").arg(count);
    case MatchKind::Tag:
        return one ? QueuedDedupTr::tr("1 tag") : QueuedDedupTr::tr("%1 tags").arg(count);
    case MatchKind::Host:
        return one ? QueuedDedupTr::tr("1 host") : QueuedDedupTr::tr("%1 hosts").arg(count);
    case MatchKind::Object:
        return one ? QueuedDedupTr::tr("1 object") : QueuedDedupTr::tr("%1 objects").arg(count);
    case MatchKind::All:
        break;
    }
    return QueuedDedupTr::tr("a purge of everything");
}

// The first few covering targets; a long list of prefixes would drown the line.
QString someOf(const QStringList &items)
{
    constexpr qsizetype shown = 3;
    QString text = items.mid(0, shown).join(QLatin1String(", "));
    if (items.size() > shown)
        text = QueuedDedupTr::tr("%1 and %2 more").arg(text).arg(items.size() - shown);
    return text;
}

} // namespace

QString AlreadyQueued::countText() const
{
    return countedTargets(folded.match, folded.targets.size());
}

QString AlreadyQueued::text() const
{
    QString where;
    switch (folded.kind) {
    case FoldKind::Same:
        break;
    case FoldKind::UnderPrefix:
        where = QueuedDedupTr::tr(" under its prefix %1").arg(someOf(folded.coveredBy));
        break;
    case FoldKind::UnderHost:
        where = QueuedDedupTr::tr(" under its purge of host %1").arg(someOf(folded.coveredBy));
        break;
    case FoldKind::UnderAll:
        where = QueuedDedupTr::tr(" under its purge of everything");
        break;
    }
    return QueuedDedupTr::tr("%1 already queued in request %2%3 (source %4)")
        .arg(countText())
        .arg(folded.requestId)
        .arg(where, sourceName);
}
