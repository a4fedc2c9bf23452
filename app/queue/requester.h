#pragma once

#include <QString>

// Who is asking for a purge, as a request records it: the login, the name the person goes by,
// and the machine. On a shared profile these say who did what; history filters by them.
struct Requester
{
    QString login;
    QString name; // never empty: falls back to the login
    QString host;

    // This process's requester for a profile: the login ($USER, else the process's account); the
    // name from $PURGELINE_NAME, else the one saved for this profile on this machine (Settings'
    // "Your name"), else the full name in the account (the passwd GECOS field), else the login;
    // the host's name as the system knows it. localDir: the profile's local directory (empty:
    // nothing saved is read).
    static Requester ofThisProcess(const QString &localDir = {});

    // The name saved in a profile's local directory (not the shared database: a name is a
    // person's, and each person on a shared profile keeps their own); empty when none is.
    static QString savedName(const QString &localDir);
    // Saves it (empty: forget it, so the account's name is used). False with *error when the
    // file cannot be written; a name with a line break or over 100 characters is refused.
    static bool saveName(const QString &localDir, const QString &name, QString *error = nullptr);
};
