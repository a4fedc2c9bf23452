#pragma once

#include <QString>

class Database;

// Small values a profile remembers for its people (the git dialog's last repository and range),
// in the profile's settings table, so they follow the profile rather than the desktop.
class ProfileValues final
{
public:
    explicit ProfileValues(Database &db) : m_db(db) {}
    // Empty when never stored (or unreadable: remembering is a convenience, never a failure).
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

private:
    Database &m_db;
};
