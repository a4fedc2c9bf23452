#include "cacheverdict.h"

#include "peopletext.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace {
struct CacheVerdictTr
{
    Q_DECLARE_TR_FUNCTIONS(CacheVerdict)
};

std::optional<QByteArray> headerValue(const HttpReply &reply, const QByteArray &name)
{
    for (const auto &[key, value] : reply.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

// The word of the cache nearest the client: the last list item's first token.
QString wordOf(const QByteArray &value)
{
    const QList<QByteArray> items = value.split(',');
    const QByteArray last = items.isEmpty() ? QByteArray() : items.last().trimmed();
    const qsizetype space = last.indexOf(' ');
    return QString::fromLatin1(space < 0 ? last : last.left(space));
}

bool hasWord(const QStringList &words, const QString &word)
{
    return words.contains(word, Qt::CaseInsensitive);
}

// Age in whole seconds (RFC 9111 section 5.1: a non-negative integer), if present and readable.
std::optional<qint64> ageOf(const HttpReply &reply)
{
    const std::optional<QByteArray> value = headerValue(reply, "Age");
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qint64 age = value->trimmed().toLongLong(&ok);
    if (!ok || age < 0)
        return std::nullopt;
    return age;
}

QString shown(const QByteArray &name, const QByteArray &value)
{
    return PeopleText::safe(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value),
                            200);
}

QString seconds(qint64 ms)
{
    return QString::number(qMax<qint64>(0, ms / 1000));
}

CacheVerdict verdict(CacheVerdict::Kind kind, const QString &signal)
{
    return CacheVerdict{kind, signal};
}

// A held copy: fresh only if Age says it entered the cache after the purge. Age counts whole
// seconds, so a copy is taken as cached after the purge only when its age is below the whole
// seconds since it.
CacheVerdict judgeHit(const HttpReply &probe, qint64 sinceMs, const QString &what)
{
    using K = CacheVerdict::Kind;
    const std::optional<qint64> age = ageOf(probe);
    if (!age)
        return verdict(K::Stale,
                       CacheVerdictTr::tr("%1, no Age: a copy held from before the purge").arg(what));
    const QString withAge =
        what.startsWith(QLatin1String("Age:")) ? what : what + QStringLiteral(", Age: %1").arg(*age);
    if (*age * 1000 < sinceMs - 999)
        return verdict(K::Fresh, CacheVerdictTr::tr("%1 (cached %2 s ago, after the purge %3 s ago)")
                                     .arg(withAge)
                                     .arg(*age)
                                     .arg(seconds(sinceMs)));
    return verdict(K::Stale, CacheVerdictTr::tr("%1 (cached %2 s ago, before the purge %3 s ago)")
                                 .arg(withAge)
                                 .arg(*age)
                                 .arg(seconds(sinceMs)));
}

std::optional<CacheVerdict> compareWithOrigin(const HttpReply &probe, const OriginFacts &origin)
{
    using K = CacheVerdict::Kind;
    const OriginFacts cached = CacheVerdict::factsOf(probe);
    // The strongest validator both sides have decides.
    if (!cached.etag.isEmpty() && !origin.etag.isEmpty()) {
        if (cached.etag == origin.etag)
            return verdict(K::Fresh,
                           CacheVerdictTr::tr("ETag %1 is the origin's").arg(shown("", cached.etag).mid(2)));
        return verdict(K::Stale, CacheVerdictTr::tr("ETag %1, the origin's is %2")
                                     .arg(shown("", cached.etag).mid(2), shown("", origin.etag).mid(2)));
    }
    if (!cached.bodyHash.isEmpty() && !origin.bodyHash.isEmpty()) {
        if (cached.bodyHash == origin.bodyHash)
            return verdict(K::Fresh, CacheVerdictTr::tr("the body is the origin's (SHA-256 %1)")
                                         .arg(QString::fromLatin1(cached.bodyHash.left(12))));
        return verdict(K::Stale, CacheVerdictTr::tr("the body differs from the origin's"));
    }
    if (!cached.lastModified.isEmpty() && !origin.lastModified.isEmpty()) {
        if (cached.lastModified == origin.lastModified)
            return verdict(K::Fresh, CacheVerdictTr::tr("Last-Modified %1 is the origin's")
                                         .arg(shown("", cached.lastModified).mid(2)));
        return verdict(
            K::Stale, CacheVerdictTr::tr("Last-Modified %1, the origin's is %2")
                          .arg(shown("", cached.lastModified).mid(2), shown("", origin.lastModified).mid(2)));
    }
    return std::nullopt;
}

} // namespace

OriginFacts CacheVerdict::factsOf(const HttpReply &reply)
{
    OriginFacts facts;
    facts.etag = headerValue(reply, "ETag").value_or(QByteArray()).trimmed();
    // A weak and a strong validator for the same representation differ only by "W/".
    if (facts.etag.startsWith("W/"))
        facts.etag.remove(0, 2);
    facts.lastModified = headerValue(reply, "Last-Modified").value_or(QByteArray()).trimmed();
    if (!reply.body.isEmpty())
        facts.bodyHash = QCryptographicHash::hash(reply.body, QCryptographicHash::Sha256).toHex();
    return facts;
}

CacheVerdict CacheVerdict::judge(const VerificationSpec &spec, const HttpReply &probe, qint64 sinceMs,
                                 const std::optional<OriginFacts> &origin)
{
    using K = Kind;
    if (!probe.isHttp())
        return verdict(K::CannotTell,
                       CacheVerdictTr::tr("no answer: %1").arg(PeopleText::safe(probe.describe(), 300)));
    if (probe.status >= 500)
        return verdict(K::CannotTell,
                       CacheVerdictTr::tr("HTTP %1 from the site: no copy to judge").arg(probe.status));
    if (origin)
        if (const std::optional<CacheVerdict> compared = compareWithOrigin(probe, *origin))
            return *compared;

    for (const CacheSignal &signal : spec.cacheSignals) {
        const std::optional<QByteArray> value = headerValue(probe, signal.header);
        if (!value)
            continue;
        const QString word = wordOf(*value);
        const QString what = shown(signal.header, *value);
        if (hasWord(signal.freshWords, word))
            return verdict(K::Fresh, what);
        if (hasWord(signal.staleWords, word))
            return verdict(K::Stale, what);
        if (hasWord(signal.hitWords, word))
            return judgeHit(probe, sinceMs, what);
        // A word this table does not know: another header may still tell.
    }
    if (spec.ageIsSignal)
        if (const std::optional<qint64> age = ageOf(probe))
            return judgeHit(probe, sinceMs, QStringLiteral("Age: %1").arg(*age));

    QStringList looked;
    for (const CacheSignal &signal : spec.cacheSignals)
        looked << QString::fromLatin1(signal.header);
    if (spec.ageIsSignal)
        looked << QStringLiteral("Age");
    if (looked.isEmpty())
        return verdict(K::CannotTell, CacheVerdictTr::tr("this cache shows no signal of what it served"));
    return verdict(K::CannotTell, CacheVerdictTr::tr("HTTP %1 without a cache signal (%2)")
                                      .arg(probe.status)
                                      .arg(looked.join(QStringLiteral(", "))));
}

QString CacheVerdict::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fresh:
        return QStringLiteral("fresh");
    case Kind::Stale:
        return QStringLiteral("stale");
    case Kind::CannotTell:
        break;
    }
    return QStringLiteral("cannot_tell");
}

std::optional<CacheVerdict::Kind> CacheVerdict::kindFromName(const QString &name)
{
    for (const Kind kind : {Kind::Fresh, Kind::Stale, Kind::CannotTell})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}
