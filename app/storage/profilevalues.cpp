#include "profilevalues.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

QString ProfileValues::value(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!execQuery(q) || !q.next())
        return {};
    return q.value(0).toString();
}

bool ProfileValues::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db.connection());
    // ON CONFLICT rather than INSERT OR REPLACE: the same text works on PostgreSQL.
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                             "value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execQuery(q, error);
}
