#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Maps repository paths to the URLs the site serves them at: each rule maps a path prefix
// ("public/images/") to a URL prefix ("https://cdn.example.com/images/"); a prefix may map to
// several URL prefixes (a CDN host and the origin). The longest matching path prefix wins, at a
// directory boundary ("public" matches "public/a.png", never "publicity/a.png"); an empty prefix
// matches every path. The rest of the path is appended one segment at a time, percent-encoded
// (space, #, ?, %, non-ASCII as UTF-8 bytes, ...; RFC 3986 pchar characters are kept).
class PathMapper final
{
public:
    struct Rule
    {
        QString pathPrefix;   // normalised: no leading or trailing /
        QString urlPrefix;    // as given (already a URL)
        bool operator==(const Rule &) const = default;
    };

    // Adds "PATH_PREFIX=URL_PREFIX"; returns an error naming what is wrong, or an empty string.
    QString add(const QString &mapping);
    // A source's "map" setting: mappings separated by ';' or whitespace.
    QString addSetting(const QString &setting);
    static QStringList splitSetting(const QString &setting);

    bool isEmpty() const { return m_rules.isEmpty(); }
    const QList<Rule> &rules() const { return m_rules; }

    // The URLs a repository path maps to; empty when no rule matches.
    QStringList urls(const QString &path) const;

    // One path segment percent-encoded for a URL path.
    static QString encodeSegment(const QString &segment);

private:
    QList<Rule> m_rules;
};
