#pragma once

#include "changes/changequery.h"
#include "planner.h"

#include <QJsonObject>
#include <QStringList>

// A purge as the user picked it (command line, composer, preset, history): source names,
// action, match, and what to purge before it is resolved for each source: targets typed or
// given inline, a file of targets read when the purge runs, local files (mapped to URLs per
// source), a git selection (changed files, mapped per source), and provider-declared options.
struct PurgeOptions
{
    QStringList sources;
    PurgeAction action = PurgeAction::Purge;
    MatchKind match = MatchKind::Exact;
    QStringList targets;
    QString fromFile;       // a path, or "-" for standard input
    QStringList localFiles; // absolute paths of local files, each mapped by every source's own map
    ChangeQuery
        changes; // --changes-from DIR <selection>: URLs of changed files, computed when the purge runs
    OptionValues options; // --option KEY=VALUE
    // Verification for this purge: "" each source's own verify setting, else "off", "head" or
    // "get" for every source that can be verified.
    QString verify;
    // The sources are ordered layers, in the order of `sources`: each layer starts only when every
    // layer before it has succeeded, and a failure stops the layers above it (LayerGate).
    bool layered = false;
    // Why: recorded with the request (--reason, the composer's Reason); a source may require one.
    QString reason;

    // The typed targets plus those of --from-file (one per line; blank lines and lines
    // starting with # skipped), or an error naming what is wrong.
    QStringList readTargets(QString *error) const;
    bool operator==(const PurgeOptions &) const = default;

    QJsonObject toJson() const;
    static PurgeOptions fromJson(const QJsonObject &json);
};
