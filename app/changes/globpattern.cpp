#include "globpattern.h"

#include <QCoreApplication>

namespace {

// Translates a character class starting at pattern[i] == '['; returns the index after its ']', or
// -1 when the class is not terminated (the '[' is then literal).
qsizetype translateClass(const QString &pattern, qsizetype i, QString *out)
{
    qsizetype j = i + 1;
    QString cls = QStringLiteral("[");
    if (j < pattern.size() && (pattern.at(j) == QLatin1Char('!') || pattern.at(j) == QLatin1Char('^'))) {
        cls += QLatin1Char('^');
        ++j;
    }
    bool first = true;
    for (; j < pattern.size(); ++j) {
        const QChar c = pattern.at(j);
        if (c == QLatin1Char(']') && !first) {
            // A class never matches the directory separator.
            if (cls.startsWith(QLatin1String("[^")))
                *out += cls + QLatin1String("/]");
            else
                *out += QLatin1String("(?!/)") + cls + QLatin1Char(']');
            return j + 1;
        }
        first = false;
        if (c == QLatin1Char('\\') && j + 1 < pattern.size()) {
            ++j;
            cls += QLatin1Char('\\') + pattern.at(j);
        } else if (c == QLatin1Char('-')) {
            cls += c;
        } else if (c.isLetterOrNumber()) {
            cls += c;
        } else {
            cls += QLatin1Char('\\') + QString(c);   // literal inside the class
        }
    }
    return -1;
}

} // namespace

GlobPattern::GlobPattern(const QString &pattern) : m_pattern(pattern)
{
    QString p = pattern;
    if (p.isEmpty()) {
        m_error = QCoreApplication::translate("GlobPattern", "empty pattern");
        return;
    }
    if (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    else if (!p.contains(QLatin1Char('/')))
        m_basenameOnly = true;
    if (p.endsWith(QLatin1Char('/')))
        p += QLatin1String("**");   // "assets/" means everything in assets

    QString rx;
    const auto segmentStart = [&](qsizetype i) { return i == 0 || p.at(i - 1) == QLatin1Char('/'); };
    for (qsizetype i = 0; i < p.size();) {
        const QChar c = p.at(i);
        if (c == QLatin1Char('*') && i + 1 < p.size() && p.at(i + 1) == QLatin1Char('*') && segmentStart(i)
            && (i + 2 == p.size() || p.at(i + 2) == QLatin1Char('/'))) {
            if (i + 2 == p.size()) {
                rx += QLatin1String(".*");   // trailing "**": everything below
                i += 2;
            } else {
                rx += QLatin1String("(?:[^/]*/)*");   // "**/": zero or more directories
                i += 3;
            }
            continue;
        }
        if (c == QLatin1Char('*')) {
            rx += QLatin1String("[^/]*");
            while (i < p.size() && p.at(i) == QLatin1Char('*'))
                ++i;   // "a**b" is just "a*b"
            continue;
        }
        if (c == QLatin1Char('?')) {
            rx += QLatin1String("[^/]");
            ++i;
            continue;
        }
        if (c == QLatin1Char('[')) {
            QString cls;
            const qsizetype next = translateClass(p, i, &cls);
            if (next > 0) {
                rx += cls;
                i = next;
                continue;
            }
        }
        if (c == QLatin1Char('\\') && i + 1 < p.size()) {
            rx += QRegularExpression::escape(QString(p.at(i + 1)));
            i += 2;
            continue;
        }
        rx += QRegularExpression::escape(QString(c));
        ++i;
    }
    m_regex = QRegularExpression(QRegularExpression::anchoredPattern(rx), QRegularExpression::DontCaptureOption);
    m_valid = m_regex.isValid();
    if (!m_valid)
        m_error = m_regex.errorString();
}

bool GlobPattern::matches(const QString &path) const
{
    if (!m_valid)
        return false;
    if (m_basenameOnly)
        return m_regex.match(path.mid(path.lastIndexOf(QLatin1Char('/')) + 1)).hasMatch();
    return m_regex.match(path).hasMatch();
}
