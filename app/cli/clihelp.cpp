#include "clihelp.h"

#include "providers/providerregistry.h"

namespace {

// Declared documentation is English, like the option descriptions the parsers declare beside it:
// the man page is one English page, and scripts read --help in any locale.
QString text(const char *literal)
{
    return QString::fromUtf8(literal);
}

// Words of text on lines of at most `width` characters.
QStringList wrapped(const QString &text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

// Terms and their texts in two columns, the texts wrapped to fit 100 characters.
QString columns(const QList<CliHelp::Entry> &entries, int indent = 2)
{
    constexpr qsizetype kLineWidth = 100;
    qsizetype width = 0;
    for (const CliHelp::Entry &e : entries)
        width = std::max(width, e.term.size());
    width = std::min<qsizetype>(width, 28);
    const QString hanging(indent + width + 2, QLatin1Char(' '));
    QString out;
    for (const CliHelp::Entry &e : entries) {
        out += QString(indent, QLatin1Char(' ')) + e.term;
        const QStringList lines = wrapped(e.text, std::max<qsizetype>(40, kLineWidth - hanging.size()));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == 0 && e.term.size() <= width)
                out += QString(width - e.term.size() + 2, QLatin1Char(' '));
            else
                out += QLatin1Char('\n') + hanging;
            out += lines.at(i);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString arguments(const CommandSyntax &command)
{
    QStringList words;
    for (const CommandSyntax::Positional &p : command.positionals)
        words << (p.syntax.isEmpty() ? p.name : p.syntax);
    return words.join(QLatin1Char(' '));
}

QString optionText(const QCommandLineOption &option)
{
    QString description = option.description();
    const QStringList defaults = option.defaultValues();
    if (!defaults.isEmpty() && !defaults.constFirst().isEmpty())
        description += QStringLiteral(" Default: %1.").arg(defaults.join(QLatin1Char(',')));
    return description;
}

QList<CliHelp::Entry> requestOptions()
{
    QList<CliHelp::Entry> entries;
    for (const OptionSpec &spec : ProviderRegistry::instance().allOptions()) {
        QString term = QStringLiteral("--option %1=VALUE").arg(spec.key);
        if (!spec.alias.isEmpty())
            term += QStringLiteral(", --%1 VALUE").arg(spec.alias);
        entries.append({term, spec.help});
    }
    return entries;
}

QList<CliHelp::Entry> providers()
{
    QList<CliHelp::Entry> entries;
    const ProviderRegistry &registry = ProviderRegistry::instance();
    for (const ProviderCategory category : ProviderRegistry::categories())
        for (const QString &type : registry.typesIn(category))
            entries.append({type, registry.find(type)->info().displayName + QStringLiteral(" (") +
                                      ProviderRegistry::categoryName(category) + QLatin1Char(')')});
    return entries;
}

// Text for roff: backslashes escaped, no line starting with a control character, and every dash
// of an option name ("--wait-for-origin", "-h") as a minus sign (\-): man(1) renders those as
// ASCII "-", so an option can be copied from the page and searched for in it.
QString roff(const QString &value)
{
    QString out;
    out.reserve(value.size() + 16);
    bool lineStart = true;
    bool inOption = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const QChar next = i + 1 < value.size() ? value.at(i + 1) : QChar();
        const bool wordStart =
            i == 0 || value.at(i - 1).isSpace() || QStringLiteral("[(|,").contains(value.at(i - 1));
        if (lineStart && (c == QLatin1Char('.') || c == QLatin1Char('\'')))
            out += QLatin1String("\\&");
        lineStart = c == QLatin1Char('\n');
        if (c == QLatin1Char('-') &&
            (inOption || (wordStart && (next == QLatin1Char('-') || next.isLetter())))) {
            inOption = true;
            out += QLatin1String("\\-");
            continue;
        }
        if (!c.isLetterOrNumber() && c != QLatin1Char('_'))
            inOption = false;
        out += c == QLatin1Char('\\') ? QStringLiteral("\\e") : QString(c);
    }
    return out;
}

QString manEntries(const QList<CliHelp::Entry> &entries)
{
    QString out;
    for (const CliHelp::Entry &e : entries)
        out += QStringLiteral(".TP\n.B %1\n%2\n").arg(roff(e.term), roff(e.text));
    return out;
}

} // namespace

namespace CliHelp {

QList<Entry> globalOptions()
{
    return {
        {QStringLiteral("--profile DIR"),
         text("The profile (its database, settings and pacing state) to use instead of "
              "$PURGELINE_PROFILE or the platform's application-data folder.")},
        {QStringLiteral("--version"), text("Print the version and exit.")},
        {QStringLiteral("--help, -h"),
         text("Print this help and exit; after a command, that command's help.")},
    };
}

QList<Entry> exitStatuses()
{
    return {
        {QStringLiteral("0"), text("Every transaction succeeded (or, without --wait, was accepted).")},
        {QStringLiteral("1"),
         text("At least one transaction failed permanently (or, verified, stayed cached).")},
        {QStringLiteral("2"), text("Bad usage or bad input, or a profile that cannot be written: nothing was "
                                   "recorded or queued.")},
        {QStringLiteral("3"),
         text("Stopped with work still queued and nothing lost (SIGINT or SIGTERM, a retry "
              "waiting within its budget, a profile that could no longer be written, "
              "--wait-for-origin timing out): resume --wait finishes it.")},
    };
}

QList<Entry> environment()
{
    return {
        {QStringLiteral("PURGELINE_PROFILE"),
         text("The profile directory or postgresql:// URL, when --profile is not given.")},
        {QStringLiteral("PGPASSFILE"),
         text("Where libpq finds the password of a postgresql:// profile (else ~/.pgpass).")},
        {QStringLiteral("PURGELINE_BUSY_TIMEOUT"),
         text("Seconds to wait for another process's lock on the profile's database (10).")},
        {QStringLiteral("https_proxy, http_proxy, all_proxy, no_proxy"),
         text("The proxy for requests, by curl's rules, unless a source's proxy setting names one or "
              "says none.")},
        {QStringLiteral("VARIABLE of --secret-env"),
         text("A source added with --secret-env VARIABLE reads its secret from that variable whenever "
              "it purges; proxy_password_env and similar settings name variables the same way.")},
        {QStringLiteral("USER, USERNAME"),
         text("Recorded with each request, as the login of who asked for it.")},
        {QStringLiteral("PURGELINE_NAME"),
         text("The name recorded with each request as who asked (else the account's full name, else the "
              "login); history --person finds it.")},
        {QStringLiteral("LANG, LC_ALL, LC_MESSAGES"),
         text("The window's language, unless one is chosen in its settings.")},
        {QStringLiteral("XDG_DATA_HOME"),
         text("Where the default profile lives ($XDG_DATA_HOME/Purgeline/Purgeline, else "
              "~/.local/share/Purgeline/Purgeline).")},
        {QStringLiteral("PURGELINE_REPORT_FIRST_PAINT"),
         text("The window prints the time to its first paint on stderr and quits (the window benchmark).")},
    };
}

QString optionTerm(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        term += QLatin1Char(' ') + option.valueName();
    return term;
}

QString synopsis(const CommandSyntax &command)
{
    QString line = command.name;
    if (!command.options.isEmpty())
        line += QStringLiteral(" [OPTIONS]");
    const QString args = arguments(command);
    if (!args.isEmpty())
        line += QLatin1Char(' ') + args;
    return line;
}

QString overview(const QList<CommandSyntax> &commands)
{
    QList<Entry> commandEntries;
    for (const CommandSyntax &c : commands) {
        const QString args = arguments(c);
        commandEntries.append({args.isEmpty() ? c.name : c.name + QLatin1Char(' ') + args, c.summary});
    }
    QString out =
        QStringLiteral("usage: purgeline [--profile DIR] COMMAND [OPTIONS] [ARGUMENTS]\n") +
        text("Without a command, the Purgeline window opens.\n\nCommands:\n") + columns(commandEntries) +
        text("\n\"purgeline help COMMAND\" (or COMMAND --help) lists a command's options; the manual "
             "page purgeline(1) has them all.\n\nGlobal options:\n") +
        columns(globalOptions()) + text("\nExit status:\n") + columns(exitStatuses()) +
        text("\nEnvironment:\n") + columns(environment());
    const QList<Entry> request = requestOptions();
    if (!request.isEmpty())
        out += text("\nRequest options (purge and preset save; only sources whose provider declares one get "
                    "it):\n") +
               columns(request);
    out += text("\nProvider types (source add --type):\n") + columns(providers());
    return out;
}

QString commandHelp(const CommandSyntax &command)
{
    QString out = QStringLiteral("usage: purgeline [--profile DIR] ") + synopsis(command) +
                  QStringLiteral("\n") + command.summary + QLatin1Char('\n');
    if (!command.positionals.isEmpty()) {
        QList<Entry> entries;
        for (const CommandSyntax::Positional &p : command.positionals)
            entries.append({p.name, p.description});
        out += text("\nArguments:\n") + columns(entries);
    }
    if (!command.options.isEmpty()) {
        QList<Entry> entries;
        for (const QCommandLineOption &option : command.options)
            entries.append({optionTerm(option), optionText(option)});
        out += text("\nOptions:\n") + columns(entries);
    }
    return out;
}

QString manPage(const QList<CommandSyntax> &commands, const QString &version)
{
    QString out = QStringLiteral(".TH PURGELINE 1 \"\" \"Purgeline %1\" \"User Commands\"\n").arg(version);
    // Left-aligned and unhyphenated: option names and URLs are never split.
    out += QStringLiteral(".ad l\n.nh\n");
    out += QStringLiteral(
        ".SH NAME\npurgeline \\- purge CDN, HTTP, object and page caches as recorded, paced and "
        "retried transactions\n");
    out += QStringLiteral(".SH SYNOPSIS\n.B purgeline\n[\\fB\\-\\-profile\\fR \\fIDIR\\fR] \\fICOMMAND\\fR "
                          "[\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n.br\n.B purgeline\n[\\fB\\-\\-profile\\fR "
                          "\\fIDIR\\fR]\n");
    out += QStringLiteral(".SH DESCRIPTION\n") +
           roff(text(
               "Purgeline purges caches: the CDNs in front of a site, HTTP caches you run (Varnish, nginx, "
               "Squid), object caches and Rails page-cache directories. Every purge is a transaction that is "
               "recorded in the profile, split to the provider's batch limits, paced to its rate limits, "
               "retried when that can help, polled until done where the provider reports status, and kept "
               "in a searchable history.")) +
           QStringLiteral("\n.PP\n") +
           roff(text(
               "Without a command, the Purgeline window opens on the same profile. With a command it runs "
               "headless, for deploy hooks: --json prints one JSON document on stdout, and progress and "
               "messages go to stderr. Secrets are kept in the system keychain or read from an environment "
               "variable, and never appear in the database, the output or the logs.")) +
           QLatin1Char('\n');
    out += QStringLiteral(".SH COMMANDS\n");
    for (const CommandSyntax &c : commands) {
        out += QStringLiteral(".SS \"%1\"\n%2\n").arg(roff(synopsis(c)), roff(c.summary));
        for (const CommandSyntax::Positional &p : c.positionals)
            out += QStringLiteral(".TP\n.I %1\n%2\n").arg(roff(p.name), roff(p.description));
        QList<Entry> entries;
        for (const QCommandLineOption &option : c.options)
            entries.append({optionTerm(option), optionText(option)});
        out += manEntries(entries);
    }
    out += QStringLiteral(".SH \"GLOBAL OPTIONS\"\n") + manEntries(globalOptions());
    const QList<Entry> request = requestOptions();
    if (!request.isEmpty())
        out +=
            QStringLiteral(".SH \"REQUEST OPTIONS\"\n") +
            roff(text("Options a provider declares for its requests; purge and preset save pass them only to "
                      "the sources whose provider understands them.")) +
            QLatin1Char('\n') + manEntries(request);
    out += QStringLiteral(".SH PROVIDERS\n") +
           roff(text("The types source add --type takes; purgeline help source add lists the settings every "
                     "source accepts, and the window's source form shows each provider's own.")) +
           QLatin1Char('\n') + manEntries(providers());
    out += QStringLiteral(".SH \"EXIT STATUS\"\n") + manEntries(exitStatuses());
    out += QStringLiteral(".SH ENVIRONMENT\n") + manEntries(environment());
    out += QStringLiteral(".SH FILES\n") +
           manEntries(
               {{QStringLiteral("~/.local/share/Purgeline/Purgeline/"),
                 text("The default profile: purgeline.sqlite (the database of sources, presets, requests, "
                      "transactions and history), the window's settings, and the pacing/ folder every "
                      "process on the profile paces through.")}});
    out += QStringLiteral(".SH \"SEE ALSO\"\n") +
           roff(text("The README and docs/ARCHITECTURE.md of the Purgeline sources.")) + QLatin1Char('\n');
    return out;
}

QString completionOptions(const QList<QCommandLineOption> &options)
{
    QString out;
    for (const QCommandLineOption &option : options)
        for (const QString &name : option.names())
            out += (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name +
                   QLatin1Char('\t') + option.valueName() + QLatin1Char('\t') +
                   QString(option.description()).replace(QLatin1Char('\t'), QLatin1Char(' ')) +
                   QLatin1Char('\n');
    return out;
}

} // namespace CliHelp
