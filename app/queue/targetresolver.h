#pragma once

#include "changes/changeselection.h"
#include "core/purgetypes.h"
#include "core/sourceconfig.h"
#include "purgeoptions.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class ProviderRegistry;
class SourceStore;

// A local file or changed repository path that one source does not serve, and why.
struct UnmappedItem
{
    QString path;
    QString reason;
};

// What one chosen source is sent: the targets resolved with its own mapping, and the options
// its provider declares.
struct ResolvedSource
{
    SourceConfig source;
    QStringList targets;          // once each, in the order the user gave them
    QList<UnmappedItem> unmapped; // picked files this source does not serve
    OptionValues options;
    std::optional<ChangeReport> changes; // the git selection as mapped for this source
    // The match these targets were sent with when it was not the request's (a request planned
    // again whose source sent some URLs as the prefix of their folder, see PrefixCollapse).
    std::optional<MatchKind> sentAs;

    PurgeBatch batch(PurgeAction action, MatchKind match) const
    {
        return {action, match, targets, options, {}};
    }
};

struct ResolvedPurge
{
    QList<ResolvedSource> sources;
    QString error; // names what is wrong; nothing may be queued when set

    // Distinct targets over all sources.
    int targetCount() const;
    // Local files and changed paths no chosen source serves.
    QStringList unmappedEverywhere() const;
};

// Turns what the user picked into what each chosen source is sent: typed targets and a
// target file go to every source; local files and a git selection are mapped with each
// source's own map setting (or the selection's --map, which then applies to all); options go
// to the sources whose provider declares them. Every face (command line, window, presets,
// tray, history) resolves through here, so one file never maps differently in two places.
class TargetResolver final
{
public:
    TargetResolver(const SourceStore &sources, const ProviderRegistry &registry)
        : m_sources(sources), m_registry(registry)
    {
    }

    ResolvedPurge resolve(const PurgeOptions &options) const;

private:
    QString findSources(const QStringList &names, QList<SourceConfig> *sources) const;
    QString checkOptions(const PurgeOptions &options, const QList<SourceConfig> &sources) const;

    const SourceStore &m_sources;
    const ProviderRegistry &m_registry;
};
