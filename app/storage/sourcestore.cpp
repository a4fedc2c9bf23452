#include "sourcestore.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

QString secretKindName(SecretRef::Kind kind)
{
    switch (kind) {
    case SecretRef::Kind::Keychain:
        return QStringLiteral("keychain");
    case SecretRef::Kind::Environment:
        return QStringLiteral("env");
    case SecretRef::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

SecretRef::Kind secretKindFromName(const QString &name)
{
    if (name == QLatin1String("keychain"))
        return SecretRef::Kind::Keychain;
    if (name == QLatin1String("env"))
        return SecretRef::Kind::Environment;
    return SecretRef::Kind::None;
}

QString settingsJson(const QMap<QString, QString> &settings)
{
    QJsonObject object;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SourceConfig fromQuery(const QSqlQuery &q)
{
    SourceConfig s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.type = q.value(2).toString();
    const QJsonArray endpoints = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
    for (const auto &e : endpoints)
        s.endpoints.append(e.toString());
    const QJsonObject settings = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        s.settings.insert(it.key(), it.value().toString());
    s.secret.kind = secretKindFromName(q.value(5).toString());
    s.secret.variable = q.value(6).toString();
    return s;
}

const char kColumns[] = "id, name, type, endpoints, settings, secret_kind, secret_variable";

// name, type, endpoints, settings, secret_kind, secret_variable: in this order in both the
// INSERT and the UPDATE.
void bindEditableColumns(QSqlQuery &q, const SourceConfig &source)
{
    q.addBindValue(nonNull(source.name));
    q.addBindValue(nonNull(source.type));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(source.endpoints)).toJson(QJsonDocument::Compact)));
    q.addBindValue(settingsJson(source.settings));
    q.addBindValue(secretKindName(source.secret.kind));
    q.addBindValue(nonNull(source.secret.variable));
}

} // namespace

QString SourceStore::newSecretKey()
{
    return QStringLiteral("source/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString SourceStore::add(SourceConfig &source, const QString &secretKey)
{
    if (findByName(source.name))
        return QCoreApplication::translate("SourceStore", "a source named \"%1\" already exists")
            .arg(source.name);
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO sources (name, type, endpoints, settings, secret_kind, secret_variable, "
                       "secret_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindEditableColumns(q, source);
    q.addBindValue(secretKey);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    QString error;
    if (!execQuery(q, &error))
        return error;
    source.id = q.lastInsertId().toLongLong();
    return {};
}

QString SourceStore::update(const SourceConfig &source)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sources SET name=?, type=?, endpoints=?, settings=?, secret_kind=?, "
                             "secret_variable=? WHERE id=?"));
    bindEditableColumns(q, source);
    q.addBindValue(source.id);
    QString error;
    execQuery(q, &error);
    return error;
}

bool SourceStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sources WHERE id=?"));
    q.addBindValue(id);
    return execQuery(q) && q.numRowsAffected() == 1;
}

QList<SourceConfig> SourceStore::list() const
{
    QList<SourceConfig> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sources ORDER BY name").arg(QLatin1String(kColumns)));
    if (execQuery(q))
        while (q.next())
            result.append(fromQuery(q));
    return result;
}

std::optional<SourceConfig> SourceStore::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sources WHERE name=?").arg(QLatin1String(kColumns)));
    q.addBindValue(name);
    if (execQuery(q) && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<SourceConfig> SourceStore::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sources WHERE id=?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (execQuery(q) && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QString SourceStore::secretKey(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT secret_key FROM sources WHERE id=?"));
    q.addBindValue(id);
    if (execQuery(q) && q.next())
        return q.value(0).toString();
    return {};
}
