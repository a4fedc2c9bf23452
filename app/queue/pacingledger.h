#pragma once

#include "core/tokenbucket.h"

#include <QHash>
#include <QString>
#include <functional>

// Where every process on one profile keeps the pacing state of each rate key, so the window and
// command-line runs sending to the same account at the same time stay under its limit together.
//
// One small file per rate key in the profile's "pacing" folder holds TokenBucket::State; a
// process locks it (flock), takes the state recorded there into its own bucket, changes it and
// writes it back. Nothing is fsynced: pacing state need not survive a power cut, and a lost or
// damaged record only means a bucket that starts full again. Without a folder (or when it cannot
// be written, as in a read-only profile) each process paces on its own.
//
// A profile on PostgreSQL keeps the same state in its database instead, for every machine's
// workers (DatabasePacingLedger).
class PacingLedger
{
    Q_DISABLE_COPY_MOVE(PacingLedger)
public:
    explicit PacingLedger(const QString &directory = {});
    virtual ~PacingLedger();

    virtual bool isShared() const { return !m_directory.isEmpty(); }
    QString directory() const { return m_directory; }

    // Runs change on bucket with the state every process recorded for key, then records the
    // result for them; returns what change returned.
    virtual qint64 update(const QString &key, TokenBucket &bucket, qint64 nowMs,
                          const std::function<qint64(TokenBucket &)> &change);

protected:
    // Rate keys carry account ids and tokens' prefixes; what is stored names only their hash.
    static QString storedName(const QString &key);

private:
    int fileFor(const QString &key);

    QString m_directory;
    QHash<QString, int> m_files; // rate key -> open descriptor (-1: could not be opened)
    bool m_warned = false;
};
