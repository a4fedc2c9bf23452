#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A selection of changed files as the user states it (command line, preset): the repository,
// the range (a Capistrano revisions.log, or two revisions), the filters and the path mapping.
// Evaluated by ChangeSelection each time it runs, so a saved preset follows new deploys.
struct ChangeQuery
{
    QString repository;
    QString revisionsLog;
    QString from;
    QString to;
    QString only = QStringLiteral("all"); // "all" or "images"
    QStringList includes;
    QStringList excludes;
    QStringList maps;  // PATH_PREFIX=URL_PREFIX; empty: each source maps with its own map setting
    QStringList paths; // when set, only these changed paths (files picked one by one in the window)

    bool isSet() const { return !repository.isEmpty(); }
    // Checks what can be checked without the repository: the range options, --only, globs and
    // mappings. Returns a message naming the problem, or an empty string.
    QString validate() const;

    QJsonObject toJson() const;
    static ChangeQuery fromJson(const QJsonObject &json);
    bool operator==(const ChangeQuery &) const = default;
};
