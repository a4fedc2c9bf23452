#pragma once

#include "changedfile.h"
#include "changefilter.h"
#include "changequery.h"
#include "gitchanges.h"
#include "pathmapper.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// One changed file and what the selection made of it.
struct ChangeEntry
{
    enum class Skip { None, FilteredOut, Unmapped, NotDecodable };

    ChangedFile file;
    Skip skip = Skip::None;
    QString reason;               // why it was skipped
    QString mimeType;             // when the kind was checked (--only images)
    QStringList paths;            // the paths that passed the filters (a rename may have two)
    QStringList urls;             // where those paths are served
    QStringList unmappedPaths;    // paths that passed the filters but map to no URL

    bool selected() const { return skip == Skip::None; }
    static QString skipName(Skip skip);   // "filtered_out", "unmapped", "not_decodable"
    QJsonObject toJson() const;
};

// What a selection found: the range it compared, the files, and warnings.
struct ChangeReport
{
    QString repository;
    QString fromRevision;   // as asked (or as written in revisions.log)
    QString toRevision;
    QString fromCommit;     // full ids
    QString toCommit;
    QString fromRelease;    // from revisions.log, when it was used
    QString toRelease;
    QStringList warnings;
    bool mapped = false;    // a path mapping was applied
    QList<ChangeEntry> entries;

    QList<ChangeEntry> selected() const;
    QList<ChangeEntry> skipped() const;
    QStringList urls() const;   // every selected URL once, in file order
    QJsonObject toJson() const;
};

// Ties the parts together: reads the range (revisions.log or two revisions), diffs it with
// GitChanges, filters with ChangeFilter, and maps with PathMapper.
class ChangeSelection final
{
    Q_DISABLE_COPY_MOVE(ChangeSelection)
public:
    explicit ChangeSelection(ChangeQuery query) : m_query(std::move(query)) {}

    // Validates the query, opens the repository, resolves the range, diffs and filters.
    // Every failure (no repository, bad revision, unreadable or too short revisions.log, a
    // revision the repository lacks) is an error naming the problem.
    bool load(QString *error);

    // Opens the repository and checks the options without resolving the range (for saving a
    // preset before there are two deploys).
    bool check(QString *error);

    // The report with the query's --map rules, or with `mapper` when given (a source's mapping).
    // Without any rules, selected files carry no URLs and nothing is "unmapped".
    ChangeReport report() const;
    ChangeReport report(const PathMapper &mapper) const;
    PathMapper queryMapper() const;

    const ChangeQuery &query() const { return m_query; }

private:
    bool resolveRange(QString *error);

    ChangeQuery m_query;
    GitChanges m_git;
    ChangeFilter m_filter;
    ChangeReport m_base;   // filtered, not yet mapped
};
