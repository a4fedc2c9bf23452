#include "targetresolver.h"

#include "changes/sourcemapping.h"
#include "planner.h"
#include "providers/providerregistry.h"
#include "storage/sourcestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace {
// The messages keep the command line's wording, which scripts and the documentation quote.
struct PurgeCommands
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommands)
};
} // namespace

int ResolvedPurge::targetCount() const
{
    QSet<QString> all;
    for (const ResolvedSource &source : sources)
        for (const QString &target : source.targets)
            all.insert(target);
    return int(all.size());
}

QStringList ResolvedPurge::unmappedEverywhere() const
{
    if (sources.isEmpty())
        return {};
    QStringList result;
    for (const UnmappedItem &item : sources.first().unmapped) {
        const bool mappedSomewhere =
            std::any_of(sources.cbegin() + 1, sources.cend(), [&](const ResolvedSource &s) {
                return std::none_of(s.unmapped.cbegin(), s.unmapped.cend(),
                                    [&](const UnmappedItem &other) { return other.path == item.path; });
            });
        if (!mappedSomewhere)
            result << item.path;
    }
    return result;
}

QString TargetResolver::findSources(const QStringList &names, QList<SourceConfig> *sources) const
{
    if (names.isEmpty())
        return PurgeCommands::tr("--source NAME is required");
    for (const QString &name : names) {
        const auto source = m_sources.findByName(name);
        if (!source) {
            QStringList known;
            for (const SourceConfig &s : m_sources.list())
                known << s.name;
            return known.isEmpty()
                       ? PurgeCommands::tr(
                             "unknown source \"%1\": no sources configured (see `purgeline source add`)")
                             .arg(name)
                       : PurgeCommands::tr("unknown source \"%1\"; configured: %2")
                             .arg(name, known.join(QStringLiteral(", ")));
        }
        sources->append(*source);
    }
    return {};
}

QString TargetResolver::checkOptions(const PurgeOptions &options, const QList<SourceConfig> &sources) const
{
    // An option reaches the sources that understand it; one that no chosen source understands
    // would be dropped without a word, so it is an error.
    for (auto it = options.options.cbegin(); it != options.options.cend(); ++it) {
        const bool understood =
            std::any_of(sources.cbegin(), sources.cend(), [&](const SourceConfig &source) {
                const Provider *provider = m_registry.find(source.type);
                return provider && provider->info().option(it.key());
            });
        if (understood)
            continue;
        const OptionSpec *spec = m_registry.findOption(it.key());
        const QString asGiven = spec && !spec->alias.isEmpty() ? QStringLiteral("--") + spec->alias
                                                               : QStringLiteral("--option ") + it.key();
        const QString type = sources.isEmpty() ? QString() : sources.first().type;
        return sources.size() == 1 ? PurgeCommands::tr("provider %1 does not support %2").arg(type, asGiven)
                                   : PurgeCommands::tr("none of the chosen sources supports %1").arg(asGiven);
    }
    return {};
}

ResolvedPurge TargetResolver::resolve(const PurgeOptions &options) const
{
    ResolvedPurge result;
    QList<SourceConfig> sources;
    if (QString error = findSources(options.sources, &sources); !error.isEmpty())
        return {{}, error};
    if (QString error = checkOptions(options, sources); !error.isEmpty())
        return {{}, error};
    QString error;
    const QStringList typed = Planner::normalizeTargets(options.readTargets(&error));
    if (!error.isEmpty())
        return {{}, error};

    std::optional<ChangeSelection> selection;
    if (options.changes.isSet()) {
        selection.emplace(options.changes);
        if (!selection->load(&error))
            return {{}, error};
    }
    bool anyMapping = false;
    for (const SourceConfig &source : sources) {
        ResolvedSource resolved;
        resolved.source = source;
        resolved.targets = typed;
        if (const Provider *provider = m_registry.find(source.type))
            for (auto it = options.options.cbegin(); it != options.options.cend(); ++it)
                if (provider->info().option(it.key()))
                    resolved.options.insert(it.key(), it.value());

        const SourceMapping mapping = SourceMapping::of(source);
        if ((!options.localFiles.isEmpty() || (selection && options.changes.maps.isEmpty())) &&
            !mapping.problem().isEmpty())
            return {{}, PurgeCommands::tr("source \"%1\", %2").arg(source.name, mapping.problem())};
        for (const QString &path : options.localFiles) {
            const QStringList urls = mapping.urlsForLocalFile(path);
            if (urls.isEmpty())
                resolved.unmapped.append({QDir::toNativeSeparators(path), mapping.localUnmappedReason()});
            resolved.targets += urls;
        }
        if (selection) {
            // The selection's own --map applies to every source; otherwise each source maps with its own
            // rules.
            const PathMapper mapper = options.changes.maps.isEmpty()
                                          ? mapping.repositoryMapper(options.changes.repository)
                                          : selection->queryMapper();
            anyMapping = anyMapping || !mapper.isEmpty();
            ChangeReport report = selection->report(mapper);
            resolved.targets += report.urls();
            for (const ChangeEntry &entry : report.entries) {
                if (entry.skip == ChangeEntry::Skip::Unmapped)
                    resolved.unmapped.append({entry.file.path, entry.reason});
                for (const QString &path : entry.unmappedPaths) // one side of a rename
                    resolved.unmapped.append(
                        {path, PurgeCommands::tr("no path mapping covers %1").arg(path)});
            }
            resolved.changes = std::move(report);
        }
        resolved.targets = Planner::normalizeTargets(resolved.targets);
        result.sources.append(resolved);
    }
    if (selection && !anyMapping) {
        const QString names = options.sources.join(QStringLiteral(", "));
        return {
            {},
            PurgeCommands::tr(
                "no path mapping for source \"%1\": pass --map PATH_PREFIX=URL_PREFIX or set the source's "
                "map setting (source add ... --set map=PATH_PREFIX=URL_PREFIX)")
                .arg(names)};
    }
    return result;
}
