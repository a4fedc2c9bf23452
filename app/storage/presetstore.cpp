#include "presetstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

static PresetRecord presetFromQuery(const QSqlQuery &q)
{
    PresetRecord p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.definition = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    p.updatedAt = q.value(3).toLongLong();
    return p;
}

QString PresetStore::save(const QString &name, const QJsonObject &definition)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO presets (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET definition=excluded.definition, "
                       "updated_at=excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    QString error;
    execQuery(q, &error);
    return error;
}

QList<PresetRecord> PresetStore::list() const
{
    QList<PresetRecord> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, definition, updated_at FROM presets ORDER BY name"));
    if (execQuery(q))
        while (q.next())
            result.append(presetFromQuery(q));
    return result;
}

std::optional<PresetRecord> PresetStore::find(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, definition, updated_at FROM presets WHERE name=?"));
    q.addBindValue(name);
    if (execQuery(q) && q.next())
        return presetFromQuery(q);
    return std::nullopt;
}

bool PresetStore::remove(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM presets WHERE name=?"));
    q.addBindValue(name);
    return execQuery(q) && q.numRowsAffected() == 1;
}

QString PresetStore::rename(const QString &from, const QString &to)
{
    if (find(to))
        return QCoreApplication::translate("PresetStore", "a preset named \"%1\" already exists").arg(to);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE presets SET name=?, updated_at=? WHERE name=?"));
    q.addBindValue(to);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(from);
    QString error;
    if (execQuery(q, &error) && q.numRowsAffected() != 1)
        error = QCoreApplication::translate("PresetStore", "no preset named \"%1\"").arg(from);
    return error;
}
