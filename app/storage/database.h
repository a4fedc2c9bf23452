#pragma once

#include <QSqlDatabase>
#include <QString>

// The profile's SQLite database (WAL). One connection per Database object; every write the
// queue makes is committed before the next network step.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    explicit Database(const QString &profileDir);
    ~Database();

    bool open(QString *error);
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString profileDir() const { return m_profileDir; }

    // The profile directory: --profile, else $PURGELINE_PROFILE, else the platform's app data dir.
    static QString resolveProfileDir(const QString &fromOption);

    // Runs fn inside one SQL transaction; rolls back and returns false when fn returns false.
    bool transaction(const std::function<bool()> &fn);

private:
    bool migrate(QString *error);
    QString m_profileDir;
    QString m_connectionName;
};

// Throws nothing: logs and returns false with lastError() in *error.
class QSqlQuery;
bool execQuery(QSqlQuery &query, QString *error = nullptr);

// A null QString binds as SQL NULL; text columns here are NOT NULL, so bind "" instead.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
