#include "changes/changeselection.h"
#include "changes/sourcemapping.h"
#include "changesoptions.h"
#include "clicontext.h"
#include "commands.h"
#include "core/peopletext.h"
#include "jsonformat.h"
#include "providers/providerregistry.h"
#include "queue/origingate.h"
#include "queue/purgeoptions.h"
#include "queue/targetresolver.h"
#include "queuerunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>

namespace {

struct PurgeCommands
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommands)
};

const QCommandLineOption kSource({QStringLiteral("source")},
                                 QStringLiteral("Source name(s), comma-separated."), QStringLiteral("NAME"));
const QCommandLineOption kAction({QStringLiteral("action")}, QStringLiteral("purge or invalidate."),
                                 QStringLiteral("ACTION"), QStringLiteral("purge"));
const QCommandLineOption kMatch({QStringLiteral("match")}, QStringLiteral("exact, prefix, tag, host or all."),
                                QStringLiteral("MATCH"), QStringLiteral("exact"));
const QCommandLineOption kFromFile({QStringLiteral("from-file")},
                                   QStringLiteral("Read targets from FILE (- for stdin)."),
                                   QStringLiteral("FILE"));
const QCommandLineOption kOption({QStringLiteral("option")},
                                 QStringLiteral("A request option a provider declares (repeatable)."),
                                 QStringLiteral("KEY=VALUE"));
const QCommandLineOption
    kChangesFrom({QStringLiteral("changes-from")},
                 QStringLiteral("Purge the URLs of the files changed in this git repository."),
                 QStringLiteral("DIR"));
const QCommandLineOption
    kVerify({QStringLiteral("verify")},
            QStringLiteral("After the purge, ask for each URL and check its cache no longer "
                           "serves the old copy (with the source's verify method, else HEAD)."));
const QCommandLineOption
    kVerifyWith({QStringLiteral("verify-with")},
                QStringLiteral("Verify with this method: head, or get (compares bodies with "
                               "the origin's)."),
                QStringLiteral("METHOD"));
const QCommandLineOption
    kNoVerify({QStringLiteral("no-verify")},
              QStringLiteral("Do not verify, whatever the sources' verify setting says."));
const QCommandLineOption
    kLayered({QStringLiteral("layered")},
             QStringLiteral("Purge the sources as ordered layers, in the order of --source: "
                            "each starts when the one before it has succeeded."));
const QCommandLineOption
    kWaitForOrigin({QStringLiteral("wait-for-origin")},
                   QStringLiteral("Before purging, ask URL until its body or a header shows EXPECTED (the "
                                  "deployed revision)."),
                   QStringLiteral("URL=EXPECTED"));
const QCommandLineOption kOriginInterval({QStringLiteral("origin-interval")},
                                         QStringLiteral("Seconds between two asks of --wait-for-origin."),
                                         QStringLiteral("SECONDS"), QStringLiteral("2"));
const QCommandLineOption kOriginTimeout({QStringLiteral("origin-timeout")},
                                        QStringLiteral("Give up --wait-for-origin after this many seconds."),
                                        QStringLiteral("SECONDS"), QStringLiteral("300"));
const QCommandLineOption
    kReason({QStringLiteral("reason")},
            QStringLiteral("Why: kept in the history with who asked and from which machine "
                           "(a source may require it)."),
            QStringLiteral("TEXT"));
const QCommandLineOption kWait({QStringLiteral("wait")},
                               QStringLiteral("Wait until every transaction is final."));
const QCommandLineOption kDryRun({QStringLiteral("dry-run")},
                                 QStringLiteral("Print the requests; send nothing."));
const QCommandLineOption kJson({QStringLiteral("json")},
                               QStringLiteral("Print one JSON document on stdout."));

// The declared options that have a command-line option of their own (an alias),
// from the providers' declarations: the command line knows none of them by name.
QList<std::pair<QString, QCommandLineOption>> optionAliases()
{
    QList<std::pair<QString, QCommandLineOption>> aliases;
    for (const OptionSpec &spec : ProviderRegistry::instance().allOptions())
        if (!spec.alias.isEmpty())
            aliases.append({spec.key, QCommandLineOption({spec.alias}, spec.help, QStringLiteral("VALUE"))});
    return aliases;
}

void addPurgeOptions(CommandParser &parser)
{
    parser.addOptions({kSource, kAction, kMatch, kFromFile, kOption, kChangesFrom, kVerify, kVerifyWith,
                       kNoVerify, kLayered, kReason});
    for (const auto &[key, option] : optionAliases())
        parser.addOption(option);
    ChangesOptions::add(parser);
}

// --option KEY=VALUE and the aliases into option values; prints the problem and returns false.
bool readRequestOptions(CliContext &ctx, const QCommandLineParser &parser, OptionValues *options)
{
    const ProviderRegistry &registry = ProviderRegistry::instance();
    for (const QString &text : parser.values(kOption)) {
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            ctx.usageError(PurgeCommands::tr("malformed --option \"%1\": expected KEY=VALUE").arg(text));
            return false;
        }
        const QString key = text.left(eq).trimmed();
        if (!registry.findOption(key)) {
            QStringList known;
            for (const OptionSpec &spec : registry.allOptions())
                known << spec.key;
            ctx.usageError(PurgeCommands::tr("unknown --option \"%1\"; options providers declare: %2")
                               .arg(key, known.join(QStringLiteral(", "))));
            return false;
        }
        (*options)[key].append(text.mid(eq + 1));
    }
    for (const auto &[key, option] : optionAliases())
        for (const QString &value : parser.values(option))
            (*options)[key].append(value);
    return true;
}

// Reads the purge options; on error prints it and returns false.
bool readPurgeOptions(CliContext &ctx, const QCommandLineParser &parser, const QStringList &targets,
                      PurgeOptions &o)
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
        ctx.usageError(
            PurgeCommands::tr("unknown --action \"%1\": use purge or invalidate").arg(parser.value(kAction)));
        return false;
    }
    const auto match = ProviderRegistry::instance().matchFromWord(parser.value(kMatch));
    if (!match) {
        ctx.usageError(PurgeCommands::tr("unknown --match \"%1\": use one of %2")
                           .arg(parser.value(kMatch),
                                ProviderRegistry::instance().matchWords().join(QStringLiteral(", "))));
        return false;
    }
    o.action = *action;
    o.match = *match;
    o.layered = parser.isSet(kLayered);
    o.reason = parser.value(kReason).trimmed();
    o.targets = targets;
    o.fromFile = parser.value(kFromFile);
    if (!readRequestOptions(ctx, parser, &o.options))
        return false;
    if (parser.isSet(kNoVerify) && (parser.isSet(kVerify) || parser.isSet(kVerifyWith))) {
        ctx.usageError(PurgeCommands::tr("--no-verify contradicts --verify and --verify-with"));
        return false;
    }
    if (parser.isSet(kVerifyWith)) {
        o.verify = parser.value(kVerifyWith).toLower();
        if (o.verify != QLatin1String("head") && o.verify != QLatin1String("get")) {
            ctx.usageError(PurgeCommands::tr("unknown --verify-with \"%1\": use head or get")
                               .arg(parser.value(kVerifyWith)));
            return false;
        }
    } else if (parser.isSet(kVerify)) {
        o.verify = QStringLiteral("on");
    } else if (parser.isSet(kNoVerify)) {
        o.verify = QStringLiteral("off");
    }
    if (parser.isSet(kChangesFrom)) {
        if (o.match != MatchKind::Exact && o.match != MatchKind::Prefix) {
            ctx.usageError(PurgeCommands::tr("--changes-from gives URLs: use --match exact or prefix, not %1")
                               .arg(matchName(o.match)));
            return false;
        }
        return ChangesOptions::read(ctx, parser, parser.value(kChangesFrom), &o.changes);
    }
    if (ChangesOptions::anySet(parser)) {
        ctx.usageError(PurgeCommands::tr(
            "--revisions-log, --from, --to, --only, --include, --exclude and --map need --changes-from DIR"));
        return false;
    }
    return true;
}

// Plans through the engine; prints the problem and returns false when anything is wrong.
// With a git selection, each source's view of it is summarised on stderr (once per distinct
// mapping), with the files it skipped and why.
bool planPurge(CliContext &ctx, const PurgeOptions &options, PurgeService::Plan *plan)
{
    *plan = ctx.service().plan(options);
    if (!plan->ok()) {
        ctx.usageError(plan->error);
        return false;
    }
    const QList<ResolvedSource> &sources = plan->resolved.sources;
    const ChangeReport *reported = nullptr;
    for (const ResolvedSource &source : sources) {
        if (!source.changes)
            continue;
        if (reported && reported->toJson() == source.changes->toJson())
            continue;
        if (sources.size() > 1)
            ctx.err() << PurgeCommands::tr("source %1:").arg(source.source.name) << " ";
        ChangesReport::printSummary(ctx, *source.changes, true);
        reported = &*source.changes;
    }
    for (const ResolvedSource &source : sources)
        if (!source.changes)
            for (const UnmappedItem &item : source.unmapped)
                ctx.err() << PurgeCommands::tr("source %1: not purged: %2: %3")
                                 .arg(source.source.name, item.path, item.reason)
                          << Qt::endl;
    return true;
}

// What each source is not sent because its mapping does not cover it, for --json.
QJsonObject notPurgedJson(const PurgeService::Plan &plan)
{
    QJsonArray items;
    for (const ResolvedSource &source : plan.resolved.sources)
        for (const UnmappedItem &item : source.unmapped)
            items.append(QJsonObject{{QStringLiteral("source"), source.source.name},
                                     {QStringLiteral("path"), item.path},
                                     {QStringLiteral("reason"), item.reason}});
    return items.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("not_purged"), items}};
}

// One line per source and covering request, on stderr, with the engine's words.
void printAlreadyQueued(CliContext &ctx, const QList<AlreadyQueued> &alreadyQueued)
{
    for (const AlreadyQueued &item : alreadyQueued)
        ctx.err() << item.text() << Qt::endl;
}

int printDryRun(CliContext &ctx, const PurgeService::Plan &plan, bool json)
{
    const QList<PurgeService::PreviewItem> items = ctx.service().preview(plan);
    QJsonArray requests;
    for (const PurgeService::PreviewItem &item : items) {
        if (json)
            requests.append(item.toJson());
        else if (item.local)
            ctx.out() << item.localText << "\n\n";
        else
            ctx.out() << "# " << item.sourceName << " (" << item.sourceType << ")\n" << item.text() << "\n";
    }
    // Stdout keeps exactly the requests; what they cost is for people, on stderr beside the summary.
    const PlanEstimate estimate = PlanEstimate::of(plan);
    if (json)
        ctx.out() << JsonFormat::document(
            {{QStringLiteral("dry_run"), true},
             {QStringLiteral("requests"), requests},
             {QStringLiteral("estimate"), JsonFormat::estimate(estimate)},
             {QStringLiteral("already_queued"), JsonFormat::alreadyQueued(plan.alreadyQueued)}});
    for (const QString &line : estimate.lines())
        ctx.err() << line << Qt::endl;
    printAlreadyQueued(ctx, plan.alreadyQueued);
    ctx.err() << PurgeCommands::tr("dry run: %1 transaction(s) shown, nothing sent").arg(items.size())
              << Qt::endl;
    return ExitOk;
}

// --wait-for-origin and its interval and time limit; on error prints it and returns false.
struct OriginWait
{
    OriginGate::Expectation expectation;
    int intervalMs = 2000;
    int timeoutMs = 300 * 1000;
};
bool readOriginWait(CliContext &ctx, const QCommandLineParser &parser, std::optional<OriginWait> *wait)
{
    if (!parser.isSet(kWaitForOrigin)) {
        if (parser.isSet(kOriginInterval) || parser.isSet(kOriginTimeout)) {
            ctx.usageError(
                PurgeCommands::tr("--origin-interval and --origin-timeout need --wait-for-origin"));
            return false;
        }
        return true;
    }
    QString error;
    const auto expectation = OriginGate::parse(parser.value(kWaitForOrigin), &error);
    if (!expectation) {
        ctx.usageError(error);
        return false;
    }
    bool intervalOk = false;
    bool timeoutOk = false;
    const double interval = parser.value(kOriginInterval).toDouble(&intervalOk);
    const double timeout = parser.value(kOriginTimeout).toDouble(&timeoutOk);
    if (!intervalOk || interval < 0.1 || interval > 3600) {
        ctx.usageError(PurgeCommands::tr("--origin-interval \"%1\": expected seconds between 0.1 and 3600")
                           .arg(parser.value(kOriginInterval)));
        return false;
    }
    if (!timeoutOk || timeout <= 0 || timeout > 24 * 3600) {
        ctx.usageError(PurgeCommands::tr("--origin-timeout \"%1\": expected seconds between 1 and 86400")
                           .arg(parser.value(kOriginTimeout)));
        return false;
    }
    *wait = OriginWait{*expectation, int(interval * 1000), int(timeout * 1000)};
    return true;
}

// Waits until the origin shows the revision; false (with the message printed) when the time ran out.
bool waitForOrigin(CliContext &ctx, const OriginWait &wait)
{
    const QString url = wait.expectation.url.toDisplayString();
    ctx.err() << PurgeCommands::tr("waiting for %1 to show \"%2\" (at most %3 s)")
                     .arg(url, PeopleText::safe(wait.expectation.expected, 200))
                     .arg(wait.timeoutMs / 1000)
              << Qt::endl;
    OriginGate gate(ctx.service().http(), wait.expectation, wait.intervalMs, wait.timeoutMs);
    QEventLoop loop;
    OriginGate::Result result;
    QObject::connect(&gate, &OriginGate::finished, &loop, [&](const OriginGate::Result &r) {
        result = r;
        loop.quit();
    });
    gate.start();
    loop.exec();
    if (result.reached) {
        ctx.err() << PurgeCommands::tr("origin shows the revision after %1 s (%n ask(s))", nullptr,
                                       result.polls)
                         .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
        return true;
    }
    ctx.err() << "purgeline: "
              << PurgeCommands::tr("%1 did not show \"%2\" within %3 s (%n ask(s)); last seen: %4; nothing "
                                   "purged",
                                   nullptr, result.polls)
                     .arg(url, PeopleText::safe(wait.expectation.expected, 200))
                     .arg(wait.timeoutMs / 1000)
                     .arg(result.lastSeen)
              << Qt::endl;
    return false;
}

int runPurge(CliContext &ctx, const PurgeOptions &options, const QString &origin, bool wait, bool dryRun,
             bool json, const std::optional<OriginWait> &originWait = std::nullopt)
{
    PurgeService::Plan plan;
    if (!planPurge(ctx, options, &plan))
        return ExitUsage;
    if (plan.transactions.isEmpty() && plan.alreadyQueued.isEmpty() && options.changes.isSet()) {
        // A deploy that changed nothing selected is not an error: nothing to purge, nothing queued.
        ctx.err() << PurgeCommands::tr("nothing to purge: the changes selection chose no file") << Qt::endl;
        if (json)
            ctx.out() << JsonFormat::document({{QStringLiteral("succeeded"), 0},
                                               {QStringLiteral("failed"), 0},
                                               {QStringLiteral("open"), 0},
                                               {QStringLiteral("stopped"), false},
                                               {QStringLiteral("transactions"), QJsonArray()}});
        return ExitOk;
    }
    if (dryRun)
        return printDryRun(ctx, plan, json);
    // Planned (so bad input is refused at once), but recorded only when the origin serves the
    // deployed revision: a time-out stores and queues nothing.
    if (originWait && !waitForOrigin(ctx, *originWait)) {
        if (json)
            ctx.out() << JsonFormat::document(
                {{QStringLiteral("origin_reached"), false}, {QStringLiteral("transactions"), QJsonArray()}});
        return ExitStopped;
    }
    // A prefix purges more than was named: say so before it is sent.
    for (const SourceEstimate &source : PlanEstimate::of(plan).sources)
        for (const QString &line : source.collapsedLines())
            ctx.err() << line << Qt::endl;
    QJsonObject extraJson = notPurgedJson(plan);
    const PurgeService::Submitted submitted = ctx.service().submit(std::move(plan), origin);
    if (!submitted.error.isEmpty()) {
        // The request could not be recorded, so nothing was queued or sent: a profile that
        // cannot be written is bad input for this run, not a failed purge.
        if (const DatabaseFault &fault = ctx.db.fault(); fault.isFault()) {
            ctx.printFault(fault);
            return ExitUsage;
        }
        ctx.err() << "purgeline: " << submitted.error << Qt::endl;
        return ExitFailed;
    }
    printAlreadyQueued(ctx, submitted.alreadyQueued);
    if (submitted.whollyFolded())
        ctx.err() << PurgeCommands::tr("nothing queued: queued work already covers all of it") << Qt::endl;
    else
        ctx.err() << PurgeCommands::tr("request %1: %2 transaction(s) queued")
                         .arg(submitted.requestId)
                         .arg(submitted.transactions.size())
                  << Qt::endl;
    extraJson.insert(QStringLiteral("already_queued"), JsonFormat::alreadyQueued(submitted.alreadyQueued));
    QueueRunner::Options runOptions{wait, json, submitted.requestId, extraJson, {}};
    for (const AlreadyQueued &item : submitted.alreadyQueued)
        runOptions.coveringTransactions += item.folded.transactionIds;
    if (!submitted.approvalBecause.isEmpty()) {
        ctx.err() << PurgeCommands::tr(
                         "request %1 awaits another person's approval (%2): `purgeline approve %1` "
                         "sends it, `purgeline reject %1 --reason TEXT` drops it")
                         .arg(submitted.requestId)
                         .arg(submitted.approvalBecause)
                  << Qt::endl;
        if (!wait) {
            if (json) {
                QJsonArray items;
                for (const TransactionRecord &t : submitted.transactions)
                    items.append(JsonFormat::transaction(t));
                extraJson.insert(QStringLiteral("request_id"), submitted.requestId);
                extraJson.insert(QStringLiteral("awaiting_approval"), submitted.approvalBecause);
                extraJson.insert(QStringLiteral("transactions"), items);
                ctx.out() << JsonFormat::document(extraJson);
            }
            return ExitStopped; // recorded, and waiting: not done, not failed
        }
        // --wait waits for the decision and then for the work, whoever sends it.
        for (const TransactionRecord &t : submitted.transactions)
            runOptions.coveringTransactions += t.id;
    }
    return QueueRunner(ctx, runOptions).watch(submitted.transactions);
}

} // namespace

namespace Commands {

int purge(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    addPurgeOptions(parser);
    parser.addOptions({kWait, kDryRun, kJson, kWaitForOrigin, kOriginInterval, kOriginTimeout});
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("URLs, prefixes, tags or hosts."),
                                 QStringLiteral("[TARGET...]"));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    PurgeOptions options;
    if (!readPurgeOptions(ctx, parser, parser.positionalArguments(), options))
        return ExitUsage;
    std::optional<OriginWait> originWait;
    if (!readOriginWait(ctx, parser, &originWait))
        return ExitUsage;
    return runPurge(ctx, options, QStringLiteral("cli"), parser.isSet(kWait), parser.isSet(kDryRun),
                    parser.isSet(kJson), originWait);
}

int presetSave(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    addPurgeOptions(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Preset name."));
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("URLs, prefixes, tags or hosts."),
                                 QStringLiteral("[TARGET...]"));
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
    // evaluated at each run too; here the repository must open and some source must map its
    // paths (the revisions log may not name two deploys yet).
    if (options.changes.isSet()) {
        ChangeSelection selection(options.changes);
        QString error;
        if (!selection.check(&error))
            return ctx.usageError(error);
        PurgeOptions mappingOnly = options;
        mappingOnly.changes = {};
        const ResolvedPurge resolved =
            TargetResolver(ctx.sources(), ProviderRegistry::instance()).resolve(mappingOnly);
        if (!resolved.error.isEmpty())
            return ctx.usageError(resolved.error);
        const bool anyMapping =
            !options.changes.maps.isEmpty() ||
            std::any_of(resolved.sources.cbegin(), resolved.sources.cend(), [&](const ResolvedSource &s) {
                return !SourceMapping::of(s.source).repositoryMapper(options.changes.repository).isEmpty();
            });
        if (!anyMapping)
            return ctx.usageError(
                PurgeCommands::tr(
                    "no path mapping for source \"%1\": pass --map PATH_PREFIX=URL_PREFIX or set "
                    "the source's map setting (source add ... --set map=PATH_PREFIX=URL_PREFIX)")
                    .arg(options.sources.join(QStringLiteral(", "))));
    }
    PurgeOptions inlineTargets = options;
    inlineTargets.changes = {};
    PurgeService::Plan plan;
    if ((!options.changes.isSet() || !options.targets.isEmpty() || !options.fromFile.isEmpty()) &&
        !planPurge(ctx, inlineTargets, &plan))
        return ExitUsage;
    if (const QString error = ctx.presets().save(name, options.toJson()); !error.isEmpty())
        return ctx.usageError(error);
    ctx.err() << PurgeCommands::tr("saved preset \"%1\"").arg(name) << Qt::endl;
    return ExitOk;
}

int presetList(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption names(
        {QStringLiteral("names")},
        QStringLiteral("Print only the names, one a line (for shell completion)."));
    parser.addOptions({kJson, names});
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    const QList<PresetRecord> presets = ctx.presets().list();
    if (parser.isSet(names)) {
        for (const PresetRecord &p : presets)
            ctx.out() << p.name << "\n";
        return ExitOk;
    }
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
                  << (o.fromFile.isEmpty() ? PurgeCommands::tr("%1 target(s)").arg(o.targets.size())
                                           : PurgeCommands::tr("targets from %1").arg(o.fromFile))
                  << (o.changes.isSet() ? PurgeCommands::tr(", changes in %1").arg(o.changes.repository)
                                        : QString())
                  << "\n";
    }
    return ExitOk;
}

int presetRun(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addOptions({kWait, kJson, kDryRun, kReason});
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Preset name."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(PurgeCommands::tr("preset run needs exactly one NAME"));
    const QString name = parser.positionalArguments().constFirst();
    const auto preset = ctx.presets().find(name);
    if (!preset)
        return ctx.usageError(PurgeCommands::tr("unknown preset \"%1\"").arg(name));
    PurgeOptions options = PurgeOptions::fromJson(preset->definition);
    // This run's reason, over the one saved with the preset.
    if (parser.isSet(kReason))
        options.reason = parser.value(kReason).trimmed();
    return runPurge(ctx, options, QStringLiteral("preset ") + name, parser.isSet(kWait),
                    parser.isSet(kDryRun), parser.isSet(kJson));
}

int presetRemove(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Preset name."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(PurgeCommands::tr("preset remove needs exactly one NAME"));
    if (!ctx.presets().remove(parser.positionalArguments().constFirst()))
        return ctx.usageError(
            PurgeCommands::tr("unknown preset \"%1\"").arg(parser.positionalArguments().constFirst()));
    return ExitOk;
}

} // namespace Commands
