#include "changes/changeselection.h"
#include "changesoptions.h"
#include "clicontext.h"
#include "commands.h"
#include "jsonformat.h"
#include "providers/providerregistry.h"
#include "queue/purgeoptions.h"
#include "queuerunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace {

struct PurgeCommands
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommands)
};

const QCommandLineOption kSource({QStringLiteral("source")}, QStringLiteral("Source name(s), comma-separated."),
                                 QStringLiteral("NAME"));
const QCommandLineOption kAction({QStringLiteral("action")}, QStringLiteral("purge or invalidate."), QStringLiteral("ACTION"),
                                 QStringLiteral("purge"));
const QCommandLineOption kMatch({QStringLiteral("match")}, QStringLiteral("exact, prefix, tag, host or all."),
                                QStringLiteral("MATCH"), QStringLiteral("exact"));
const QCommandLineOption kFromFile({QStringLiteral("from-file")}, QStringLiteral("Read targets from FILE (- for stdin)."),
                                   QStringLiteral("FILE"));
const QCommandLineOption kCacheKeyModifier({QStringLiteral("cache-key-modifier")},
                                           QStringLiteral("Instart cache_key_modifier_regex (prefix match only)."),
                                           QStringLiteral("REGEX"));
const QCommandLineOption kChangesFrom({QStringLiteral("changes-from")},
                                      QStringLiteral("Purge the URLs of the files changed in this git repository."),
                                      QStringLiteral("DIR"));
const QCommandLineOption kWait({QStringLiteral("wait")}, QStringLiteral("Wait until every transaction is final."));
const QCommandLineOption kDryRun({QStringLiteral("dry-run")}, QStringLiteral("Print the requests; send nothing."));
const QCommandLineOption kJson({QStringLiteral("json")}, QStringLiteral("Print one JSON document on stdout."));

void addPurgeOptions(QCommandLineParser &parser)
{
    parser.addOptions({kSource, kAction, kMatch, kFromFile, kCacheKeyModifier, kChangesFrom});
    ChangesOptions::add(parser);
}

// Reads the purge options; on error prints it and returns false.
bool readPurgeOptions(CliContext &ctx, const QCommandLineParser &parser, const QStringList &targets, PurgeOptions &o)
{
    for (const QString &value : parser.values(kSource))
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!o.sources.contains(name.trimmed()))
                o.sources.append(name.trimmed());
    if (o.sources.isEmpty()) {
        ctx.usageError(PurgeCommands::tr("--source NAME is required"));
        return false;
    }
    const auto action = actionFromName(parser.value(kAction));
    if (!action) {
        ctx.usageError(PurgeCommands::tr("unknown --action \"%1\": use purge or invalidate").arg(parser.value(kAction)));
        return false;
    }
    const auto match = matchFromName(parser.value(kMatch));
    if (!match) {
        ctx.usageError(PurgeCommands::tr("unknown --match \"%1\": use one of %2")
                           .arg(parser.value(kMatch), allMatchNames().join(QStringLiteral(", "))));
        return false;
    }
    o.action = *action;
    o.match = *match;
    o.targets = targets;
    o.fromFile = parser.value(kFromFile);
    o.cacheKeyModifier = parser.value(kCacheKeyModifier);
    if (parser.isSet(kChangesFrom)) {
        if (o.match != MatchKind::Exact && o.match != MatchKind::Prefix) {
            ctx.usageError(PurgeCommands::tr("--changes-from gives URLs: use --match exact or prefix, not %1").arg(matchName(o.match)));
            return false;
        }
        return ChangesOptions::read(ctx, parser, parser.value(kChangesFrom), &o.changes);
    }
    if (ChangesOptions::anySet(parser)) {
        ctx.usageError(PurgeCommands::tr("--revisions-log, --from, --to, --only, --include, --exclude and --map need --changes-from DIR"));
        return false;
    }
    return true;
}

bool findSources(CliContext &ctx, const QStringList &names, QList<SourceConfig> *sources)
{
    for (const QString &name : names) {
        const auto source = ctx.sources.findByName(name);
        if (!source) {
            QStringList known;
            for (const SourceConfig &s : ctx.sources.list())
                known << s.name;
            ctx.usageError(known.isEmpty() ? PurgeCommands::tr("unknown source \"%1\": no sources configured (see `purgeline source add`)").arg(name)
                                           : PurgeCommands::tr("unknown source \"%1\"; configured: %2").arg(name, known.join(QStringLiteral(", "))));
            return false;
        }
        sources->append(*source);
    }
    return true;
}

// The path mapping for a source: --map on the command line, else the source's map setting.
bool mapperFor(CliContext &ctx, const ChangeSelection &selection, const SourceConfig &source, PathMapper *mapper)
{
    if (!selection.query().maps.isEmpty()) {
        *mapper = selection.queryMapper();
        return true;
    }
    if (!source.hasSetting(QStringLiteral("map"))) {
        ctx.usageError(PurgeCommands::tr("no path mapping for source \"%1\": pass --map PATH_PREFIX=URL_PREFIX or set the source's "
                          "map setting (source add ... --set map=PATH_PREFIX=URL_PREFIX)")
                           .arg(source.name));
        return false;
    }
    if (const QString error = mapper->addSetting(source.setting(QStringLiteral("map"))); !error.isEmpty()) {
        ctx.usageError(PurgeCommands::tr("source \"%1\", setting map: %2").arg(source.name, error));
        return false;
    }
    return true;
}

// Plans a purge whose targets include the URLs of changed files: the selection is evaluated
// once, then mapped per source (each source may serve the files under other URLs).
bool planWithChanges(CliContext &ctx, const QList<SourceConfig> &sources, const PurgeSpec &spec,
                     const ChangeQuery &query, Planner::Result &plan, qsizetype *targetCount)
{
    ChangeSelection selection(query);
    QString error;
    if (!selection.load(&error)) {
        ctx.usageError(error);
        return false;
    }
    QStringList planned;
    QList<PathMapper::Rule> reported;
    for (const SourceConfig &source : sources) {
        PathMapper mapper;
        if (!mapperFor(ctx, selection, source, &mapper))
            return false;
        const ChangeReport report = selection.report(mapper);
        if (reported != mapper.rules()) {   // one summary per distinct mapping
            if (sources.size() > 1)
                ctx.err() << PurgeCommands::tr("source %1:").arg(source.name) << " ";
            ChangesReport::printSummary(ctx, report, true);
            reported = mapper.rules();
        }
        PurgeSpec sourceSpec = spec;
        sourceSpec.targets += report.urls();
        const QStringList targets = Planner::normalizeTargets(sourceSpec.targets);
        if (targets.isEmpty())
            continue;
        const Planner::Result part = Planner(ProviderRegistry::instance()).plan({source}, sourceSpec, QDateTime::currentMSecsSinceEpoch());
        if (!part.error.isEmpty()) {
            ctx.usageError(part.error);
            return false;
        }
        plan.transactions += part.transactions;
        planned += targets;
    }
    planned.removeDuplicates();
    if (targetCount)
        *targetCount = planned.size();
    return true;
}

// Looks up sources and plans; prints the error and returns false when anything is wrong.
// *targetCount is the number of distinct targets; with --changes-from it may be 0 (nothing to do).
bool planPurge(CliContext &ctx, const PurgeOptions &options, Planner::Result &plan, qsizetype *targetCount = nullptr)
{
    QList<SourceConfig> sources;
    if (!findSources(ctx, options.sources, &sources))
        return false;
    QString error;
    const PurgeSpec spec = options.toSpec(&error);
    if (!error.isEmpty()) {
        ctx.usageError(error);
        return false;
    }
    if (options.changes.isSet())
        return planWithChanges(ctx, sources, spec, options.changes, plan, targetCount);
    if (targetCount)
        *targetCount = Planner::normalizeTargets(spec.targets).size();
    if (spec.match != MatchKind::All && Planner::normalizeTargets(spec.targets).isEmpty()) {
        ctx.usageError(PurgeCommands::tr("no targets given: pass URLs (or tags, hosts) as arguments or with --from-file"));
        return false;
    }
    plan = Planner(ProviderRegistry::instance()).plan(sources, spec, QDateTime::currentMSecsSinceEpoch());
    if (!plan.error.isEmpty()) {
        ctx.usageError(plan.error);
        return false;
    }
    return true;
}

int printDryRun(CliContext &ctx, const Planner::Result &plan, bool json)
{
    QJsonArray requests;
    for (const TransactionRecord &t : plan.transactions) {
        const auto source = ctx.sources.findById(t.sourceId);
        const Provider *provider = ProviderRegistry::instance().find(source->type);
        if (provider->info().isLocal) {
            const QString text = PurgeCommands::tr("%1 (%2, local): %3 %4 %5")
                                     .arg(t.sourceName, source->type, actionName(t.batch.action), matchName(t.batch.match),
                                          t.batch.targets.join(QLatin1Char(' ')));
            if (json)
                requests.append(QJsonObject{{QStringLiteral("source"), t.sourceName}, {QStringLiteral("local"), text}});
            else
                ctx.out() << text << "\n\n";
            continue;
        }
        // Built with a placeholder: a dry run never reads the real secret.
        const QString placeholder = source->secret.kind == SecretRef::Kind::None ? QString() : QStringLiteral("SECRET");
        const HttpRequestSpec request = provider->buildRequest(*source, t.lane, t.batch, placeholder);
        if (json) {
            QJsonObject headers;
            for (const auto &[name, value] : request.headers)
                headers.insert(QString::fromLatin1(name), QString::fromUtf8(request.redactedHeaderValue(name)));
            requests.append(QJsonObject{{QStringLiteral("source"), t.sourceName},
                                        {QStringLiteral("method"), QString::fromLatin1(request.method)},
                                        {QStringLiteral("url"), request.url.toString(QUrl::FullyEncoded)},
                                        {QStringLiteral("headers"), headers},
                                        {QStringLiteral("body"), QString::fromUtf8(request.body)}});
        } else {
            ctx.out() << "# " << t.sourceName << " (" << source->type << ")\n" << request.redactedText() << "\n";
        }
    }
    if (json)
        ctx.out() << JsonFormat::document({{QStringLiteral("dry_run"), true}, {QStringLiteral("requests"), requests}});
    ctx.err() << PurgeCommands::tr("dry run: %1 request(s) shown, nothing sent").arg(plan.transactions.size()) << Qt::endl;
    return ExitOk;
}

int runPurge(CliContext &ctx, const PurgeOptions &options, const QString &origin, bool wait, bool dryRun, bool json)
{
    Planner::Result plan;
    qsizetype targetCount = 0;
    if (!planPurge(ctx, options, plan, &targetCount))
        return ExitUsage;
    if (plan.transactions.isEmpty() && options.changes.isSet()) {
        // A deploy that changed nothing selected is not an error: nothing to purge, nothing queued.
        ctx.err() << PurgeCommands::tr("nothing to purge: the changes selection chose no file") << Qt::endl;
        if (json)
            ctx.out() << JsonFormat::document({{QStringLiteral("succeeded"), 0}, {QStringLiteral("failed"), 0},
                                               {QStringLiteral("open"), 0}, {QStringLiteral("stopped"), false},
                                               {QStringLiteral("transactions"), QJsonArray()}});
        return ExitOk;
    }
    if (dryRun)
        return printDryRun(ctx, plan, json);

    RequestRecord request;
    request.createdAt = QDateTime::currentMSecsSinceEpoch();
    request.origin = origin;
    request.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    request.sources = options.sources;
    request.action = options.action;
    request.match = options.match;
    request.targetCount = int(targetCount);
    QString error;
    if (!ctx.transactions.createRequest(request, plan.transactions, &error)) {
        ctx.err() << "purgeline: " << PurgeCommands::tr("could not record the request: %1").arg(error) << Qt::endl;
        return ExitFailed;
    }
    ctx.err() << PurgeCommands::tr("request %1: %2 transaction(s) queued").arg(request.id).arg(plan.transactions.size()) << Qt::endl;
    return QueueRunner(ctx, {wait, json, request.id}).run(plan.transactions);
}

} // namespace

namespace Commands {

int purge(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addPurgeOptions(parser);
    parser.addOptions({kWait, kDryRun, kJson});
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("URLs, prefixes, tags or hosts."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    PurgeOptions options;
    if (!readPurgeOptions(ctx, parser, parser.positionalArguments(), options))
        return ExitUsage;
    return runPurge(ctx, options, QStringLiteral("cli"), parser.isSet(kWait), parser.isSet(kDryRun), parser.isSet(kJson));
}

int presetSave(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addPurgeOptions(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Preset name."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return ctx.usageError(PurgeCommands::tr("preset save needs a NAME"));
    const QString name = positional.takeFirst();
    PurgeOptions options;
    if (!readPurgeOptions(ctx, parser, positional, options))
        return ExitUsage;
    // Validate now so a broken preset is caught when saved, not at deploy time. A target
    // file is read again at each run; here it only has to be readable. A changes selection is
    // evaluated at each run too; here the repository must open and every source must have a
    // path mapping (the revisions log may not name two deploys yet).
    if (options.changes.isSet()) {
        QList<SourceConfig> sources;
        if (!findSources(ctx, options.sources, &sources))
            return ExitUsage;
        ChangeSelection selection(options.changes);
        QString error;
        if (!selection.check(&error))
            return ctx.usageError(error);
        for (const SourceConfig &source : sources) {
            PathMapper mapper;
            if (!mapperFor(ctx, selection, source, &mapper))
                return ExitUsage;
        }
    }
    PurgeOptions inlineTargets = options;
    inlineTargets.changes = {};
    Planner::Result plan;
    if ((!options.changes.isSet() || !options.targets.isEmpty() || !options.fromFile.isEmpty())
        && !planPurge(ctx, inlineTargets, plan))
        return ExitUsage;
    if (const QString error = ctx.presets.save(name, options.toJson()); !error.isEmpty())
        return ctx.usageError(error);
    ctx.err() << PurgeCommands::tr("saved preset \"%1\"").arg(name) << Qt::endl;
    return ExitOk;
}

int presetList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(kJson);
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    const QList<PresetRecord> presets = ctx.presets.list();
    if (parser.isSet(kJson)) {
        QJsonArray items;
        for (const PresetRecord &p : presets)
            items.append(JsonFormat::preset(p));
        ctx.out() << JsonFormat::document({{QStringLiteral("presets"), items}});
        return ExitOk;
    }
    for (const PresetRecord &p : presets) {
        const PurgeOptions o = PurgeOptions::fromJson(p.definition);
        ctx.out() << p.name << "\t" << o.sources.join(QLatin1Char(',')) << "\t" << actionName(o.action) << " "
                  << matchName(o.match) << "\t"
                  << (o.fromFile.isEmpty() ? PurgeCommands::tr("%1 target(s)").arg(o.targets.size()) : PurgeCommands::tr("targets from %1").arg(o.fromFile))
                  << (o.changes.isSet() ? PurgeCommands::tr(", changes in %1").arg(o.changes.repository) : QString()) << "\n";
    }
    return ExitOk;
}

int presetRun(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({kWait, kJson, kDryRun});
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Preset name."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(PurgeCommands::tr("preset run needs exactly one NAME"));
    const QString name = parser.positionalArguments().constFirst();
    const auto preset = ctx.presets.find(name);
    if (!preset)
        return ctx.usageError(PurgeCommands::tr("unknown preset \"%1\"").arg(name));
    return runPurge(ctx, PurgeOptions::fromJson(preset->definition), QStringLiteral("preset ") + name,
                    parser.isSet(kWait), parser.isSet(kDryRun), parser.isSet(kJson));
}

int presetRemove(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Preset name."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(PurgeCommands::tr("preset remove needs exactly one NAME"));
    if (!ctx.presets.remove(parser.positionalArguments().constFirst()))
        return ctx.usageError(PurgeCommands::tr("unknown preset \"%1\"").arg(parser.positionalArguments().constFirst()));
    return ExitOk;
}

} // namespace Commands
