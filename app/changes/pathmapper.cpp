#include "pathmapper.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {

struct PathMapperTr
{
    Q_DECLARE_TR_FUNCTIONS(PathMapper)
};

QString normalisedPrefix(QString prefix)
{
    while (prefix.startsWith(QLatin1String("./")))
        prefix.remove(0, 2);
    while (prefix.startsWith(QLatin1Char('/')))
        prefix.remove(0, 1);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    return prefix;
}

// At a directory boundary: "public" matches "public" and "public/a.png", not "publicity/a.png".
bool prefixMatches(const QString &prefix, const QString &path)
{
    return prefix.isEmpty() || path == prefix
           || (path.size() > prefix.size() && path.startsWith(prefix) && path.at(prefix.size()) == QLatin1Char('/'));
}

} // namespace

QString PathMapper::add(const QString &mapping)
{
    const qsizetype eq = mapping.indexOf(QLatin1Char('='));
    if (eq < 0)
        return PathMapperTr::tr("mapping \"%1\" is not PATH_PREFIX=URL_PREFIX").arg(mapping);
    const QString path = normalisedPrefix(mapping.left(eq).trimmed());
    const QString urlText = mapping.mid(eq + 1).trimmed();
    if (urlText.isEmpty())
        return PathMapperTr::tr("mapping \"%1\" has no URL prefix after the =").arg(mapping);
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return PathMapperTr::tr("mapping \"%1\": \"%2\" is not an absolute URL").arg(mapping, urlText);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return PathMapperTr::tr("mapping \"%1\": the URL prefix must be http or https").arg(mapping);
    if (url.hasQuery() || url.hasFragment())
        return PathMapperTr::tr("mapping \"%1\": the URL prefix must not have a query or fragment").arg(mapping);
    const Rule rule{path, urlText};
    if (!m_rules.contains(rule))
        m_rules.append(rule);
    return {};
}

QStringList PathMapper::splitSetting(const QString &setting)
{
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    return setting.split(separators, Qt::SkipEmptyParts);
}

QString PathMapper::addSetting(const QString &setting)
{
    const QStringList mappings = splitSetting(setting);
    if (mappings.isEmpty())
        return PathMapperTr::tr("the map setting is empty");
    for (const QString &mapping : mappings)
        if (const QString error = add(mapping); !error.isEmpty())
            return error;
    return {};
}

QString PathMapper::encodeSegment(const QString &segment)
{
    // RFC 3986 pchar = unreserved / pct-encoded / sub-delims / ":" / "@"; everything else
    // (space, #, ?, %, ", <, >, [, ], ^, `, {, |, }, \, controls, non-ASCII) is encoded.
    return QString::fromLatin1(QUrl::toPercentEncoding(segment, QByteArrayLiteral("!$&'()*+,;=:@")));
}

QStringList PathMapper::urls(const QString &path) const
{
    qsizetype best = -1;
    for (const Rule &rule : m_rules) {
        if (prefixMatches(rule.pathPrefix, path) && rule.pathPrefix.size() > best)
            best = rule.pathPrefix.size();
    }
    if (best < 0)
        return {};
    QStringList result;
    for (const Rule &rule : m_rules) {
        if (rule.pathPrefix.size() != best || !prefixMatches(rule.pathPrefix, path))
            continue;
        const QString rest = rule.pathPrefix.isEmpty() ? path : path.mid(rule.pathPrefix.size() + 1);
        QString url = rule.urlPrefix;
        if (!rest.isEmpty()) {
            QStringList segments;
            for (const QString &segment : rest.split(QLatin1Char('/')))
                segments << encodeSegment(segment);
            if (!url.endsWith(QLatin1Char('/')))
                url += QLatin1Char('/');
            url += segments.join(QLatin1Char('/'));
        }
        if (!result.contains(url))
            result << url;
    }
    return result;
}
