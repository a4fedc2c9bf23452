#pragma once

#include <QList>
#include <QPair>
#include <QString>

class Database;

// Copies one profile into another, across backends: a person's SQLite profile onto the team's
// PostgreSQL database when the team outgrows one desktop, or a shared profile down to a file.
// Sources, presets, profile settings and the whole history (requests, transactions, their
// events and verifications) keep their ids, so history, CSV exports and `retry ID` still name
// the same things.
//
// It refuses, changing nothing, when the target already holds sources, presets or history (a
// copy never merges), and when the source profile has open transactions: both profiles would
// then send them. Secrets are not in a profile; the copied sources name the same keychain
// entries and environment variables as the originals.
class ProfileCopy final
{
public:
    struct Result
    {
        QString error;                        // set when nothing was copied
        QList<QPair<QString, int>> rowCounts; // table, rows copied
    };

    // Both databases open and current.
    static Result run(Database &from, Database &to);
};
