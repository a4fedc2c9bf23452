#include "clicontext.h"
#include "commands.h"
#include "core/httpexchange.h"
#include "jsonformat.h"
#include "providers/providerregistry.h"
#include "queue/purgeservice.h"
#include "queue/sourcechecker.h"
#include "queue/sourcevalidator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

namespace {

struct SourceCommands
{
    Q_DECLARE_TR_FUNCTIONS(SourceCommands)
};

const QCommandLineOption kJson({QStringLiteral("json")},
                               QStringLiteral("Print one JSON document on stdout."));
const QCommandLineOption kSection({QStringLiteral("section")},
                                  QStringLiteral("The section of the settings file to read."),
                                  QStringLiteral("NAME"));

// The settings files providers read their settings from ("--OPTION FILE"), from the providers'
// declarations: the command line knows none of them by name.
QList<std::pair<SettingsFileSpec, QCommandLineOption>> settingsFileOptions()
{
    QList<std::pair<SettingsFileSpec, QCommandLineOption>> options;
    for (const SettingsFileSpec &file : ProviderRegistry::instance().settingsFiles())
        options.append({file, QCommandLineOption({file.option}, file.help, QStringLiteral("FILE"))});
    return options;
}

QString stateWord(SourceCheckStep::State state)
{
    switch (state) {
    case SourceCheckStep::State::Passed:
        return QStringLiteral("passed");
    case SourceCheckStep::State::Failed:
        return QStringLiteral("failed");
    case SourceCheckStep::State::NotVerified:
        return QStringLiteral("not verified");
    }
    return {};
}

} // namespace

namespace Commands {

int sourceAdd(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption type({QStringLiteral("type")}, QStringLiteral("Provider type."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption endpoint({QStringLiteral("endpoint")}, QStringLiteral("Base URL (repeatable)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption set({QStringLiteral("set")}, QStringLiteral("Setting KEY=VALUE (repeatable)."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption secretEnv(
        {QStringLiteral("secret-env")},
        QStringLiteral("Read the secret from environment variable VAR at run time."), QStringLiteral("VAR"));
    const QCommandLineOption secretStdin({QStringLiteral("secret-stdin")},
                                         QStringLiteral("Read the secret from stdin into the keychain."));
    parser.addOptions({type, endpoint, set, secretEnv, secretStdin, kSection});
    const auto fileOptions = settingsFileOptions();
    for (const auto &[file, option] : fileOptions)
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Source name."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;

    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(SourceCommands::tr("source add needs exactly one NAME"));
    SourceConfig source;
    source.name = parser.positionalArguments().constFirst();
    if (!SourceValidator::isValidName(source.name))
        return ctx.usageError(SourceCommands::tr("invalid source name \"%1\": use letters, digits, '.', '_' "
                                                 "and '-', starting with a letter or digit")
                                  .arg(source.name));
    source.type = parser.value(type);
    if (source.type.isEmpty())
        return ctx.usageError(SourceCommands::tr("--type is required; known types: %1")
                                  .arg(ProviderRegistry::instance().types().join(QStringLiteral(", "))));
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    if (!provider)
        return ctx.usageError(
            SourceCommands::tr("unknown type \"%1\"; known types: %2")
                .arg(source.type, ProviderRegistry::instance().types().join(QStringLiteral(", "))));
    source.endpoints = parser.values(endpoint);
    const QList<SettingSpec> specs = ProviderRegistry::allSettings(*provider);
    for (const QString &pair : parser.values(set)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usageError(SourceCommands::tr("malformed --set \"%1\": expected KEY=VALUE").arg(pair));
        const QString key = pair.left(eq).trimmed();
        const bool repeatable = std::any_of(specs.cbegin(), specs.cend(), [&](const SettingSpec &spec) {
            return spec.key == key && spec.repeatable;
        });
        // A repeatable setting keeps every value, one per line (several request headers, say).
        if (repeatable && source.settings.contains(key))
            source.settings[key] += QLatin1Char('\n') + pair.mid(eq + 1);
        else
            source.settings.insert(key, pair.mid(eq + 1));
    }
    // Settings and the secret from a file the provider reads (--set wins over the file).
    QString importedSecret;
    bool imported = false;
    for (const auto &[file, option] : fileOptions) {
        if (!parser.isSet(option))
            continue;
        if (provider->info().settingsFile.option != file.option)
            return ctx.usageError(
                SourceCommands::tr("--%1 does not apply to type %2").arg(file.option, source.type));
        QFile input(parser.value(option));
        if (!input.open(QIODevice::ReadOnly))
            return ctx.usageError(SourceCommands::tr("cannot read --%1 \"%2\": %3")
                                      .arg(file.option, input.fileName(), input.errorString()));
        QMap<QString, QString> settings;
        QString error;
        if (!provider->importSettings(QString::fromUtf8(input.readAll()), parser.value(kSection), &settings,
                                      &importedSecret, &error))
            return ctx.usageError(
                SourceCommands::tr("--%1 \"%2\": %3").arg(file.option, input.fileName(), error));
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            if (!source.settings.contains(it.key()))
                source.settings.insert(it.key(), it.value());
        imported = true;
    }
    if (parser.isSet(kSection) && !imported)
        return ctx.usageError(
            SourceCommands::tr("--section names a section of a settings file; give the file too"));
    if (parser.isSet(secretEnv) && parser.isSet(secretStdin))
        return ctx.usageError(SourceCommands::tr("give either --secret-env or --secret-stdin, not both"));
    if (parser.isSet(secretEnv)) {
        source.secret = {SecretRef::Kind::Environment, parser.value(secretEnv)};
        if (!SourceValidator::isValidVariableName(source.secret.variable))
            return ctx.usageError(
                SourceCommands::tr("invalid environment variable name \"%1\" for --secret-env")
                    .arg(source.secret.variable));
    } else if (parser.isSet(secretStdin) || !importedSecret.isEmpty()) {
        source.secret.kind = SecretRef::Kind::Keychain;
    }
    const ProviderInfo &info = provider->info();
    if (info.secret == ProviderInfo::SecretNeed::Required && source.secret.kind == SecretRef::Kind::None)
        return ctx.usageError(
            SourceCommands::tr("type %1 needs a secret (%2): give --secret-env VAR or --secret-stdin")
                .arg(info.type, info.secretLabel));
    if (info.secret == ProviderInfo::SecretNeed::None && source.secret.kind != SecretRef::Kind::None)
        return ctx.usageError(SourceCommands::tr("type %1 takes no secret").arg(info.type));
    for (const QString &error :
         {SourceValidator::checkEndpoints(*provider, source.endpoints),
          SourceValidator::checkSettings(*provider, source.settings),
          SourceValidator::checkSecretsInTransit(*provider, source), provider->validateSource(source)})
        if (!error.isEmpty())
            return ctx.usageError(error);
    if (ctx.sources().findByName(source.name))
        return ctx.usageError(
            SourceCommands::tr("a source named \"%1\" already exists; remove it first").arg(source.name));

    const QString secretKey = SourceStore::newSecretKey();
    if (source.secret.kind == SecretRef::Kind::Keychain) {
        QString secret = importedSecret;
        if (parser.isSet(secretStdin)) {
            QFile input;
            input.open(stdin, QIODevice::ReadOnly);
            secret = QString::fromUtf8(input.readAll());
            while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
                secret.chop(1);
            if (secret.isEmpty())
                return ctx.usageError(
                    SourceCommands::tr("--secret-stdin read an empty secret from standard input"));
        }
        const SecretStore::Result stored = ctx.secrets().writeNow(secretKey, secret);
        if (!stored.ok())
            return ctx.usageError(
                SourceCommands::tr(
                    "cannot store the secret: %1. Nothing was saved. Without a keychain, keep the secret "
                    "in an environment variable and use --secret-env VAR instead")
                    .arg(stored.error));
    }
    if (const QString error = ctx.sources().add(source, secretKey); !error.isEmpty()) {
        if (source.secret.kind == SecretRef::Kind::Keychain)
            ctx.secrets().removeNow(secretKey);
        return ctx.usageError(error);
    }
    ctx.err() << SourceCommands::tr("added source \"%1\" (%2); secret: %3")
                     .arg(source.name, source.type, source.secret.describe())
              << Qt::endl;
    return ExitOk;
}

int sourceList(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    const QCommandLineOption names(
        {QStringLiteral("names")},
        QStringLiteral("Print only the names, one a line (for shell completion)."));
    parser.addOptions({kJson, names});
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    const QList<SourceConfig> sources = ctx.sources().list();
    if (parser.isSet(names)) {
        for (const SourceConfig &s : sources)
            ctx.out() << s.name << "\n";
        return ExitOk;
    }
    if (parser.isSet(kJson)) {
        QJsonArray items;
        for (const SourceConfig &s : sources)
            items.append(JsonFormat::source(s));
        ctx.out() << JsonFormat::document({{QStringLiteral("sources"), items}});
        return ExitOk;
    }
    for (const SourceConfig &s : sources) {
        QStringList settings;
        for (auto it = s.settings.cbegin(); it != s.settings.cend(); ++it) {
            // Repeatable settings keep one value a line; the listing keeps one source a line.
            // A proxy's password is a secret.
            QString value =
                it.key() == QLatin1String("proxy") ? HttpTransport::redactProxy(it.value()) : it.value();
            settings << it.key() + QLatin1Char('=') + value.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        }
        ctx.out() << s.name << "\t" << s.type << "\t" << s.endpoints.join(QLatin1Char(' ')) << "\t"
                  << settings.join(QLatin1Char(' ')) << "\t"
                  << SourceCommands::tr("secret: %1").arg(s.secret.describe()) << "\n";
    }
    return ExitOk;
}

int sourceRemove(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Source name."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(SourceCommands::tr("source remove needs exactly one NAME"));
    const QString name = parser.positionalArguments().constFirst();
    const auto source = ctx.sources().findByName(name);
    if (!source)
        return ctx.usageError(SourceCommands::tr("unknown source \"%1\"").arg(name));
    int open = 0;
    for (const TransactionRecord &t : ctx.transactions().active())
        open += t.sourceId == source->id ? 1 : 0;
    if (open > 0)
        return ctx.usageError(
            SourceCommands::tr(
                "source \"%1\" still has %2 open transaction(s); run `purgeline resume --wait` first, so no "
                "queued work is lost")
                .arg(name)
                .arg(open));
    const QString secretKey = ctx.sources().secretKey(source->id);
    if (!ctx.sources().remove(source->id))
        return ctx.usageError(SourceCommands::tr("could not remove source \"%1\"").arg(name));
    if (source->secret.kind == SecretRef::Kind::Keychain) {
        const SecretStore::Result removed = ctx.secrets().removeNow(secretKey);
        if (!removed.ok() && removed.status != SecretStore::Result::Status::NotFound)
            ctx.err() << SourceCommands::tr("warning: the keychain entry of \"%1\" could not be removed: %2")
                             .arg(name, removed.error)
                      << Qt::endl;
    }
    ctx.err() << SourceCommands::tr("removed source \"%1\"").arg(name) << Qt::endl;
    return ExitOk;
}

int sourceCheck(CliContext &ctx, const QStringList &args)
{
    CommandParser parser;
    parser.addOption(kJson);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Source name."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(SourceCommands::tr("source check needs exactly one NAME"));
    const QString name = parser.positionalArguments().constFirst();
    const auto source = ctx.sources().findByName(name);
    if (!source)
        return ctx.usageError(SourceCommands::tr("unknown source \"%1\"").arg(name));
    // The window's Check, on the same engine: the same steps, words and redaction.
    SourceChecker &checker = ctx.service().checker();
    SourceCheckReport report;
    QEventLoop loop;
    QObject::connect(&checker, &SourceChecker::finished, &loop, [&](const SourceCheckReport &done) {
        report = done;
        loop.quit();
    });
    checker.run(*source);
    if (checker.isRunning())
        loop.exec();
    if (parser.isSet(kJson)) {
        QJsonArray steps;
        for (const SourceCheckStep &step : std::as_const(report.steps))
            steps.append(QJsonObject{{QStringLiteral("state"), stateWord(step.state)},
                                     {QStringLiteral("text"), step.text}});
        ctx.out() << JsonFormat::document({{QStringLiteral("source"), report.sourceName},
                                           {QStringLiteral("ok"), report.ok()},
                                           {QStringLiteral("summary"), report.summary},
                                           {QStringLiteral("steps"), steps},
                                           {QStringLiteral("details"), report.details}});
    } else {
        ctx.out() << report.summary << "\n";
        for (const SourceCheckStep &step : std::as_const(report.steps))
            ctx.out() << stateWord(step.state) << ": " << step.text << "\n";
        if (!report.details.isEmpty())
            ctx.out() << "\n" << report.details << (report.details.endsWith(QLatin1Char('\n')) ? "" : "\n");
    }
    return report.ok() ? ExitOk : ExitFailed;
}

} // namespace Commands
