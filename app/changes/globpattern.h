#pragma once

#include <QRegularExpression>
#include <QString>

// A path glob in the style of .gitignore, matched against repository paths ("dir/sub/file.ext"):
//   *      any characters except /          ?      one character except /
//   [abc], [a-z], [!a-z] (or [^a-z])      a character class (never matches /)
//   **     as a whole segment: zero or more directories ("assets/**", "**/*.css", "a/**/b")
//   \x     the character x itself
// A pattern without a slash matches the file name at any depth ("*.css" matches
// "public/css/site.css"); a pattern with a slash matches the whole path (a leading / is dropped).
class GlobPattern final
{
public:
    GlobPattern() = default;
    explicit GlobPattern(const QString &pattern);

    bool isValid() const { return m_valid; }
    QString pattern() const { return m_pattern; }
    QString error() const { return m_error; }   // why it is not valid
    bool matches(const QString &path) const;

    // The regular expression the pattern compiles to (for tests and diagnostics).
    QString regularExpression() const { return m_regex.pattern(); }

private:
    QString m_pattern;
    QRegularExpression m_regex;
    bool m_basenameOnly = false;
    bool m_valid = false;
    QString m_error;
};
