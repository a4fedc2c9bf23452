#include "edgerc.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace {
struct EdgeRcTr
{
    Q_DECLARE_TR_FUNCTIONS(EdgeRc)
};

// What one line of the file says.
struct Line
{
    enum class Kind { Blank, Section, Value };
    Kind kind = Kind::Blank;
    QString name; // the section's or the value's
    QString value;
};

bool isCommentStart(QChar c)
{
    return c == u'#' || c == u';';
}

bool startsComment(const QString &rest)
{
    return rest.isEmpty() || isCommentStart(rest.front());
}

bool readValue(const QString &text, int number, const QString &name, QString *value, QString *error)
{
    if (!text.isEmpty() && (text.front() == u'"' || text.front() == u'\'')) {
        const qsizetype close = text.indexOf(text.front(), 1);
        if (close < 0) {
            *error =
                EdgeRcTr::tr("line %1: the quoted value of %2 has no closing quote").arg(number).arg(name);
            return false;
        }
        if (!startsComment(text.mid(close + 1).trimmed())) {
            *error = EdgeRcTr::tr("line %1: text follows the quoted value of %2").arg(number).arg(name);
            return false;
        }
        *value = text.mid(1, close - 1);
        return true;
    }
    // An inline comment needs whitespace before its # or ; (ConfigParser's
    // inline_comment_prefixes rule), so a value such as a base64 secret is never cut short.
    static const QRegularExpression inlineComment(QStringLiteral(R"(\s[#;].*$)"));
    *value = QString(text).remove(inlineComment).trimmed();
    return true;
}

bool readLine(const QString &raw, int number, Line *line, QString *error)
{
    const QString text = raw.trimmed();
    if (text.isEmpty() || isCommentStart(text.front())) {
        line->kind = Line::Kind::Blank;
        return true;
    }
    if (text.front() == u'[') {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            *error = EdgeRcTr::tr("line %1: the section header has no closing ]").arg(number);
            return false;
        }
        if (!startsComment(text.mid(close + 1).trimmed())) {
            *error = EdgeRcTr::tr("line %1: text follows the section header").arg(number);
            return false;
        }
        line->kind = Line::Kind::Section;
        line->name = text.mid(1, close - 1).trimmed();
        if (line->name.isEmpty()) {
            *error = EdgeRcTr::tr("line %1: the section has no name").arg(number);
            return false;
        }
        return true;
    }
    // ConfigParser takes the first '=' or ':' as the delimiter.
    static const QRegularExpression delimiter(QStringLiteral("[=:]"));
    const qsizetype at = text.indexOf(delimiter);
    if (at < 0) {
        *error = EdgeRcTr::tr("line %1: \"name = value\" expected").arg(number);
        return false;
    }
    line->kind = Line::Kind::Value;
    // Python's EdgeRc.optionxform makes max-body and max_body one name.
    line->name = text.left(at).trimmed().toLower().replace(u'-', u'_');
    if (line->name.isEmpty()) {
        *error = EdgeRcTr::tr("line %1: a value has no name").arg(number);
        return false;
    }
    // "client_secret abc=" would otherwise be the name "client_secret abc" (as ConfigParser
    // reads it): a secret, silently ignored.
    static const QRegularExpression space(QStringLiteral(R"(\s)"));
    if (line->name.contains(space)) {
        *error = EdgeRcTr::tr("line %1: \"name = value\" expected").arg(number);
        return false;
    }
    return readValue(text.mid(at + 1).trimmed(), number, line->name, &line->value, error);
}

// The names read from a section.
const QStringList kNames{QStringLiteral("host"), QStringLiteral("client_token"),
                         QStringLiteral("client_secret"), QStringLiteral("access_token"),
                         QStringLiteral("max_body")};

struct Entry
{
    QString value;
    int line = 0;
};

// "https://akab-x.luna.akamaiapis.net/" is a common way to write the host (Akamai's Node client
// accepts it); the signer needs the bare name.
QString bareHost(QString host)
{
    if (host.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        host.remove(0, 8);
    while (host.endsWith(u'/'))
        host.chop(1);
    return host;
}
} // namespace

std::optional<EdgeRc> EdgeRc::parse(const QString &text, const QString &section, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QHash<QString, Entry> values; // of the wanted section
    QStringList sections;
    int sectionLine = 0; // the wanted section's header
    bool inSection = false;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        Line line;
        if (!readLine(lines.at(i), number, &line, error))
            return std::nullopt;
        if (line.kind == Line::Kind::Section) {
            if (!sections.contains(line.name))
                sections.append(line.name);
            inSection = line.name == section;
            if (inSection && sectionLine > 0) {
                *error = EdgeRcTr::tr("line %1: section [%2] appears again (first on line %3)")
                             .arg(number)
                             .arg(section)
                             .arg(sectionLine);
                return std::nullopt;
            }
            if (inSection)
                sectionLine = number;
        } else if (line.kind == Line::Kind::Value) {
            if (sections.isEmpty()) {
                *error = EdgeRcTr::tr("line %1: a value comes before any [section]").arg(number);
                return std::nullopt;
            }
            // Other names (headers_to_sign, account_key, ...) are not ours to read; leaving them
            // out also keeps a mistyped line's text, which may be a secret, out of messages.
            if (!inSection || !kNames.contains(line.name))
                continue;
            if (const auto it = values.constFind(line.name); it != values.cend()) {
                *error = EdgeRcTr::tr("line %1: %2 is set twice in [%3] (first on line %4)")
                             .arg(number)
                             .arg(line.name, section)
                             .arg(it->line);
                return std::nullopt;
            }
            values.insert(line.name, Entry{line.value, number});
        }
    }

    if (sectionLine == 0) {
        *error = sections.isEmpty() ? EdgeRcTr::tr("no [%1] section: the file has no sections").arg(section)
                                    : EdgeRcTr::tr("no [%1] section: the file has [%2]")
                                          .arg(section, sections.join(QLatin1String("], [")));
        return std::nullopt;
    }
    QStringList missing;
    for (const char *name : {"host", "client_token", "client_secret", "access_token"})
        if (values.value(QLatin1String(name)).value.isEmpty())
            missing.append(QLatin1String(name));
    if (!missing.isEmpty()) {
        *error = EdgeRcTr::tr("line %1: [%2] lacks %3")
                     .arg(sectionLine)
                     .arg(section, missing.join(QLatin1String(", ")));
        return std::nullopt;
    }

    EdgeRc rc;
    const Entry host = values.value(QStringLiteral("host"));
    rc.host = bareHost(host.value);
    static const QRegularExpression hostName(QStringLiteral(R"(^[A-Za-z0-9.-]+(:\d+)?$)"));
    if (!hostName.match(rc.host).hasMatch()) {
        *error = EdgeRcTr::tr("line %1: host \"%2\" is not a host name such as akab-xxxx.luna.akamaiapis.net")
                     .arg(host.line)
                     .arg(host.value);
        return std::nullopt;
    }
    rc.credentials.clientToken = values.value(QStringLiteral("client_token")).value;
    rc.credentials.clientSecret = values.value(QStringLiteral("client_secret")).value;
    rc.credentials.accessToken = values.value(QStringLiteral("access_token")).value;
    if (const auto it = values.constFind(QStringLiteral("max_body")); it != values.cend()) {
        bool ok = false;
        rc.maxBody = it->value.toInt(&ok);
        if (!ok || rc.maxBody <= 0) {
            *error = EdgeRcTr::tr("line %1: max_body \"%2\" is not a positive number of bytes")
                         .arg(it->line)
                         .arg(it->value);
            return std::nullopt;
        }
    }
    return rc;
}

std::optional<QStringList> EdgeRc::sections(const QString &text, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QStringList names;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        Line line;
        if (!readLine(lines.at(i), number, &line, error))
            return std::nullopt;
        if (line.kind == Line::Kind::Section && !names.contains(line.name))
            names.append(line.name);
        else if (line.kind == Line::Kind::Value && names.isEmpty()) {
            *error = EdgeRcTr::tr("line %1: a value comes before any [section]").arg(number);
            return std::nullopt;
        }
    }
    return names;
}
