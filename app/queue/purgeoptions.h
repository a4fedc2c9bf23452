#pragma once

#include "changes/changequery.h"
#include "planner.h"

#include <QJsonObject>
#include <QStringList>

// A purge as the user states it (command line, composer, preset): source names, action,
// match, targets given inline and/or a file of targets read when the purge runs.
struct PurgeOptions
{
    QStringList sources;
    PurgeAction action = PurgeAction::Purge;
    MatchKind match = MatchKind::Exact;
    QStringList targets;
    QString fromFile;           // a path, or "-" for standard input
    QString cacheKeyModifier;
    ChangeQuery changes;        // --changes-from DIR <selection>: URLs of changed files, computed when the purge runs

    // Reads --from-file (one target per line; blank lines and lines starting with # skipped)
    // and returns the spec for the planner, or an error naming what is wrong.
    PurgeSpec toSpec(QString *error) const;

    QJsonObject toJson() const;
    static PurgeOptions fromJson(const QJsonObject &json);
};
