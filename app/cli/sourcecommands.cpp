#include "clicontext.h"
#include "commands.h"
#include "core/httpexchange.h"
#include "jsonformat.h"
#include "providers/providerregistry.h"
#include "queue/sourcevalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <cstdio>

namespace {

struct SourceCommands
{
    Q_DECLARE_TR_FUNCTIONS(SourceCommands)
};

const QCommandLineOption kJson({QStringLiteral("json")}, QStringLiteral("Print one JSON document on stdout."));

} // namespace

namespace Commands {

int sourceAdd(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption type({QStringLiteral("type")}, QStringLiteral("Provider type."), QStringLiteral("TYPE"));
    const QCommandLineOption endpoint({QStringLiteral("endpoint")}, QStringLiteral("Base URL (repeatable)."), QStringLiteral("URL"));
    const QCommandLineOption set({QStringLiteral("set")}, QStringLiteral("Setting KEY=VALUE (repeatable)."), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption secretEnv({QStringLiteral("secret-env")}, QStringLiteral("Read the secret from environment variable VAR at run time."),
                                       QStringLiteral("VAR"));
    const QCommandLineOption secretStdin({QStringLiteral("secret-stdin")}, QStringLiteral("Read the secret from stdin into the keychain."));
    parser.addOptions({type, endpoint, set, secretEnv, secretStdin});
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Source name."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;

    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(SourceCommands::tr("source add needs exactly one NAME"));
    SourceConfig source;
    source.name = parser.positionalArguments().constFirst();
    if (!SourceValidator::isValidName(source.name))
        return ctx.usageError(SourceCommands::tr("invalid source name \"%1\": use letters, digits, '.', '_' and '-', starting with a letter or digit")
                                  .arg(source.name));
    source.type = parser.value(type);
    if (source.type.isEmpty())
        return ctx.usageError(SourceCommands::tr("--type is required; known types: %1").arg(ProviderRegistry::instance().types().join(QStringLiteral(", "))));
    const Provider *provider = ProviderRegistry::instance().find(source.type);
    if (!provider)
        return ctx.usageError(SourceCommands::tr("unknown type \"%1\"; known types: %2")
                                  .arg(source.type, ProviderRegistry::instance().types().join(QStringLiteral(", "))));
    source.endpoints = parser.values(endpoint);
    for (const QString &pair : parser.values(set)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usageError(SourceCommands::tr("malformed --set \"%1\": expected KEY=VALUE").arg(pair));
        source.settings.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }
    if (parser.isSet(secretEnv) && parser.isSet(secretStdin))
        return ctx.usageError(SourceCommands::tr("give either --secret-env or --secret-stdin, not both"));
    if (parser.isSet(secretEnv)) {
        source.secret = {SecretRef::Kind::Environment, parser.value(secretEnv)};
        if (!SourceValidator::isValidVariableName(source.secret.variable))
            return ctx.usageError(SourceCommands::tr("invalid environment variable name \"%1\" for --secret-env").arg(source.secret.variable));
    } else if (parser.isSet(secretStdin)) {
        source.secret.kind = SecretRef::Kind::Keychain;
    }
    const ProviderInfo &info = provider->info();
    if (info.secret == ProviderInfo::SecretNeed::Required && source.secret.kind == SecretRef::Kind::None)
        return ctx.usageError(SourceCommands::tr("type %1 needs a secret (%2): give --secret-env VAR or --secret-stdin")
                                  .arg(info.type, info.secretLabel));
    if (info.secret == ProviderInfo::SecretNeed::None && source.secret.kind != SecretRef::Kind::None)
        return ctx.usageError(SourceCommands::tr("type %1 takes no secret").arg(info.type));
    for (const QString &error :
         {SourceValidator::checkEndpoints(*provider, source.endpoints),
          SourceValidator::checkSettings(*provider, source.settings),
          SourceValidator::checkSecretsInTransit(*provider, source), provider->validateSource(source)})
        if (!error.isEmpty())
            return ctx.usageError(error);
    if (ctx.sources.findByName(source.name))
        return ctx.usageError(SourceCommands::tr("a source named \"%1\" already exists; remove it first").arg(source.name));

    const QString secretKey = SourceStore::newSecretKey();
    if (source.secret.kind == SecretRef::Kind::Keychain) {
        QFile input;
        input.open(stdin, QIODevice::ReadOnly);
        QString secret = QString::fromUtf8(input.readAll());
        while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
            secret.chop(1);
        if (secret.isEmpty())
            return ctx.usageError(SourceCommands::tr("--secret-stdin read an empty secret from standard input"));
        const SecretStore::Result stored = ctx.secrets->writeNow(secretKey, secret);
        if (!stored.ok())
            return ctx.usageError(SourceCommands::tr("cannot store the secret: %1. Nothing was saved. Without a keychain, keep the secret "
                                     "in an environment variable and use --secret-env VAR instead")
                                      .arg(stored.error));
    }
    if (const QString error = ctx.sources.add(source, secretKey); !error.isEmpty()) {
        if (source.secret.kind == SecretRef::Kind::Keychain)
            ctx.secrets->removeNow(secretKey);
        return ctx.usageError(error);
    }
    ctx.err() << SourceCommands::tr("added source \"%1\" (%2); secret: %3").arg(source.name, source.type, source.secret.describe()) << Qt::endl;
    return ExitOk;
}

int sourceList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(kJson);
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    const QList<SourceConfig> sources = ctx.sources.list();
    if (parser.isSet(kJson)) {
        QJsonArray items;
        for (const SourceConfig &s : sources)
            items.append(JsonFormat::source(s));
        ctx.out() << JsonFormat::document({{QStringLiteral("sources"), items}});
        return ExitOk;
    }
    for (const SourceConfig &s : sources) {
        QStringList settings;
        // A proxy's password is a secret.
        for (auto it = s.settings.cbegin(); it != s.settings.cend(); ++it)
            settings << it.key() + QLatin1Char('=') +
                            (it.key() == QLatin1String("proxy") ? HttpTransport::redactProxy(it.value())
                                                                : it.value());
        ctx.out() << s.name << "\t" << s.type << "\t" << s.endpoints.join(QLatin1Char(' ')) << "\t"
                  << settings.join(QLatin1Char(' ')) << "\t" << SourceCommands::tr("secret: %1").arg(s.secret.describe()) << "\n";
    }
    return ExitOk;
}

int sourceRemove(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Source name."));
    if (!parseSubcommand(ctx, parser, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(SourceCommands::tr("source remove needs exactly one NAME"));
    const QString name = parser.positionalArguments().constFirst();
    const auto source = ctx.sources.findByName(name);
    if (!source)
        return ctx.usageError(SourceCommands::tr("unknown source \"%1\"").arg(name));
    int open = 0;
    for (const TransactionRecord &t : ctx.transactions.active())
        open += t.sourceId == source->id ? 1 : 0;
    if (open > 0)
        return ctx.usageError(SourceCommands::tr("source \"%1\" still has %2 open transaction(s); run `purgeline resume --wait` first, so no "
                                 "queued work is lost")
                                  .arg(name)
                                  .arg(open));
    const QString secretKey = ctx.sources.secretKey(source->id);
    if (!ctx.sources.remove(source->id))
        return ctx.usageError(SourceCommands::tr("could not remove source \"%1\"").arg(name));
    if (source->secret.kind == SecretRef::Kind::Keychain) {
        const SecretStore::Result removed = ctx.secrets->removeNow(secretKey);
        if (!removed.ok() && removed.status != SecretStore::Result::Status::NotFound)
            ctx.err() << SourceCommands::tr("warning: the keychain entry of \"%1\" could not be removed: %2").arg(name, removed.error) << Qt::endl;
    }
    ctx.err() << SourceCommands::tr("removed source \"%1\"").arg(name) << Qt::endl;
    return ExitOk;
}

} // namespace Commands
