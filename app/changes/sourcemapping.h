#pragma once

#include "pathmapper.h"

#include <QString>
#include <QStringList>

struct SourceConfig;

// Where one source serves files, from its "map" setting. A rule whose path prefix is an
// absolute folder maps local files (dropped on the window: /var/www/site/public/=https://...);
// the others map repository paths (the files a deploy changed: public/=https://...). Each
// source is mapped with its own rules, never with another source's: two sources in one purge
// may serve the same file under different URLs, or not at all.
class SourceMapping final
{
public:
    static SourceMapping of(const SourceConfig &source);

    // What is wrong with the map setting ("setting map: ..."), or an empty string.
    QString problem() const { return m_problem; }
    bool mapsLocalFiles() const { return !m_local.isEmpty(); }
    bool isEmpty() const { return m_local.isEmpty() && m_repository.isEmpty(); }

    // The URLs an absolute local path is served at; empty when no local rule covers it.
    QStringList urlsForLocalFile(const QString &path) const;
    // Why a local file maps to no URL, for the user.
    QString localUnmappedReason() const;

    // Rules for the paths of a repository: the relative rules, plus the local rules for folders
    // inside the repository's working tree (so /var/www/site/public/=... also maps the
    // repository path public/x.png when the repository is /var/www/site).
    PathMapper repositoryMapper(const QString &workTree) const;

    // The form PathMapper matches: separators normalised, no leading '/'.
    static QString localKey(const QString &path);
    // Whether one PATH_PREFIX=URL_PREFIX mapping is for local files.
    static bool isLocalRule(const QString &mapping);

private:
    PathMapper m_local; // prefixes in localKey() form
    PathMapper m_repository;
    QString m_problem;
};
