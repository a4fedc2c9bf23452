#pragma once

#include <QStringList>

// The one list of schema versions, in both dialects a profile can be stored in.
namespace Migrations {

// How many versions there are: a database at version count() is current.
int count();
// The statements that take a database from version index to index + 1, for SQLite or for
// PostgreSQL.
QStringList statements(int index, bool postgres);
// The tables a current profile holds, each after the tables its rows refer to.
QStringList tables();

} // namespace Migrations
