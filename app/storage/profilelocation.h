#pragma once

#include <QString>
#include <QUrl>

// Where a profile lives, as the user named it: a directory holding purgeline.sqlite (the default,
// for one person), or a postgresql:// URL (a team's shared database, through QtSql's QPSQL
// driver and so through libpq).
//
// A PostgreSQL URL never carries a password: libpq reads it from PGPASSFILE or ~/.pgpass when
// none is passed, so it never reaches our logs, settings or messages. Its query options
// (sslmode, sslrootcert, connect_timeout, ...) go to libpq unchanged as connection options.
class ProfileLocation
{
public:
    ProfileLocation() = default;
    // text: a directory, or a postgresql:// (or postgres://) URL.
    static ProfileLocation parse(const QString &text);
    static bool looksLikeUrl(const QString &text);

    bool isPostgres() const { return m_postgres; }
    // Empty when the location can be used; otherwise what is wrong with it.
    QString error() const { return m_error; }

    // SQLite: the profile directory. PostgreSQL: this machine's own directory for the profile
    // (window layout, the pacing ledger, anything per desktop that is not shared), under the
    // platform's app data dir and named after the URL, so two URLs never share one.
    QString localDirectory() const { return m_localDir; }
    // What messages call the profile: the directory, or the URL (it has no password).
    QString displayName() const { return m_postgres ? m_url.toString() : m_localDir; }
    // What to pass to --profile to name this profile again.
    QString argument() const { return m_postgres ? m_url.toString() : m_localDir; }

    // PostgreSQL connection parts.
    QString host() const { return m_url.host(); }
    int port() const { return m_url.port(-1); }
    QString userName() const { return m_url.userName(); }
    QString databaseName() const;
    // The URL's query options as QPSQL connect options ("sslmode=require;connect_timeout=5").
    QString connectOptions() const { return m_connectOptions; }

private:
    bool m_postgres = false;
    QUrl m_url;
    QString m_localDir;
    QString m_connectOptions;
    QString m_error;
};
