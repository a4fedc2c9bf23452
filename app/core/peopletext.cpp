#include "peopletext.h"

#include <QCoreApplication>

namespace PeopleText {

namespace {
QString note(qsizetype total)
{
    // Computed apart from the translate() call: lupdate's parser never returns from a template
    // argument list inside its arguments.
    const int count = int(qMin<qsizetype>(total, INT_MAX));
    return QCoreApplication::translate("PeopleText", " … (cut; %n characters in all)", nullptr, count);
}
} // namespace

QString escaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Line breaks and tabs stay (messages have several lines); every other C0 and C1 control,
        // DEL, and the bidirectional overrides that reorder what a terminal shows, are escaped.
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) ||
                             (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (!control) {
            result += c;
            continue;
        }
        result += u <= 0xff ? QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'))
                            : QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return result;
}

QString capped(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + note(text.size());
}

QString safe(const QString &text, int maxChars)
{
    // Only the part that is kept is escaped, so a reply of megabytes costs no more than a short one.
    QString kept = escaped(text.left(maxChars));
    const bool cut = text.size() > maxChars || kept.size() > maxChars;
    kept.truncate(maxChars);
    return cut ? kept + note(text.size()) : kept;
}

} // namespace PeopleText
