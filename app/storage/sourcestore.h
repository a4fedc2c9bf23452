#pragma once

#include "core/sourceconfig.h"

#include <QList>
#include <optional>

class Database;

// Sources as rows: settings and endpoints, never secrets. Each source gets a random
// keychain key so two profiles never share a keychain entry.
class SourceStore final
{
public:
    explicit SourceStore(Database &db) : m_db(db) {}

    // Adds and sets source.id; returns an error message or an empty string. secretKey names
    // the source's keychain entry (newSecretKey()); it is written before the row so a failed
    // keychain write leaves no half-made source.
    QString add(SourceConfig &source, const QString &secretKey);
    static QString newSecretKey();
    QString update(const SourceConfig &source);
    bool remove(qint64 id);
    QList<SourceConfig> list() const;
    std::optional<SourceConfig> findByName(const QString &name) const;
    std::optional<SourceConfig> findById(qint64 id) const;
    QString secretKey(qint64 id) const;

private:
    Database &m_db;
};
