#pragma once

#include <QByteArray>
#include <QString>

// A database of its own on the test PostgreSQL server, for one test profile. The test script
// starts the server (scripts/postgres-server.sh) and names it in PURGELINE_TEST_PROFILE
// (postgresql://user@127.0.0.1:PORT, password from PGPASSFILE); the suites that run on both
// backends then give each profile a fresh, empty database instead of a SQLite file, and drop it
// when the profile goes.
class ScratchPostgres final
{
    Q_DISABLE_COPY_MOVE(ScratchPostgres)
public:
    // Whether the tests run on PostgreSQL (PURGELINE_TEST_PROFILE is set).
    static bool wanted();
    // Makes the database; stops the test process when the server cannot be used.
    ScratchPostgres();
    ~ScratchPostgres();

    // The profile URL to pass as --profile or to Database.
    QString url() const { return m_url; }
    // Every value in every table, as text: for tests that a secret is nowhere in the profile.
    QByteArray allText() const;

private:
    QString m_name;
    QString m_url;
};
