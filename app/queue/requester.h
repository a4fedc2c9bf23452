#pragma once

#include <QString>

// Who is asking for a purge, as a request records it: the login, the name the person goes by,
// and the machine. On a shared profile these say who did what; history filters by them.
struct Requester
{
    QString login;
    QString name; // never empty: falls back to the login
    QString host;

    // This process's requester: the login ($USER, else the process's account); the name from
    // $PURGELINE_NAME, else the full name in the account (the passwd GECOS field), else the
    // login; the host's name as the system knows it.
    static Requester ofThisProcess();
};
