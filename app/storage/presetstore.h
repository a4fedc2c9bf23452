#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class Database;

struct PresetRecord
{
    qint64 id = 0;
    QString name;
    QJsonObject definition; // the purge options, as PurgeOptions::toJson writes them
    qint64 updatedAt = 0;
};

class PresetStore final
{
public:
    explicit PresetStore(Database &db) : m_db(db) {}
    QString save(const QString &name, const QJsonObject &definition); // insert or replace
    QList<PresetRecord> list() const;
    std::optional<PresetRecord> find(const QString &name) const;
    bool remove(const QString &name);
    QString rename(const QString &from, const QString &to);

private:
    Database &m_db;
};
