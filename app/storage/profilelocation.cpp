#include "profilelocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>
#include <QUrlQuery>

namespace {

struct ProfileLocationTr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLocation)
};

// libpq splits its connection string on white space and reads quotes and backslashes; values
// here are passed unquoted, so they may hold none of them (nor QPSQL's ';' separator).
bool plainOptionText(const QString &text)
{
    return !text.isEmpty() && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char(';') || c == QLatin1Char('\'') || c == QLatin1Char('\\');
    });
}

} // namespace

bool ProfileLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ProfileLocation ProfileLocation::parse(const QString &text)
{
    ProfileLocation location;
    if (!looksLikeUrl(text)) {
        location.m_localDir = QDir(text).absolutePath();
        return location;
    }
    location.m_postgres = true;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        location.m_error = ProfileLocationTr::tr("the profile URL %1 is not a valid URL: %2")
                               .arg(text.section(QLatin1Char('@'), -1), url.errorString());
        return location;
    }
    if (!url.password().isEmpty()) {
        // Said without the URL: it holds the password.
        location.m_error = ProfileLocationTr::tr(
            "the profile URL holds a password; leave it out and put it in ~/.pgpass or the file "
            "PGPASSFILE names (host:port:database:user:password, mode 0600)");
        return location;
    }
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password")) {
            location.m_error = ProfileLocationTr::tr(
                "the profile URL holds a password; leave it out and put it in ~/.pgpass or the file "
                "PGPASSFILE names (host:port:database:user:password, mode 0600)");
            return location;
        }
        if (!plainOptionText(key) || !plainOptionText(value)) {
            location.m_error = ProfileLocationTr::tr("the profile URL's option \"%1\" cannot be passed to "
                                                     "PostgreSQL (empty, or with spaces, quotes or ';')")
                                   .arg(key);
            return location;
        }
        options << key + QLatin1Char('=') + value;
    }
    location.m_connectOptions = options.join(QLatin1Char(';'));
    // postgres:// is libpq's other spelling of the same thing; one spelling keeps one local dir.
    QUrl normal = url;
    normal.setScheme(QStringLiteral("postgresql"));
    location.m_url = normal;
    const QByteArray key =
        QCryptographicHash::hash(normal.toString().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    location.m_localDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                              .filePath(QStringLiteral("postgresql/") + QString::fromLatin1(key));
    return location;
}

QString ProfileLocation::databaseName() const
{
    QString path = m_url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}
