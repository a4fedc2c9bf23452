#pragma once

#include "prefixcollapse.h"
#include "providers/provider.h"
#include "purgeservice.h"

#include <QList>
#include <QString>
#include <QStringList>

// What a planned purge costs each source before anything is sent: requests, items, how long
// sending takes at the source's limits, what the provider bills for it, and which folders were
// (or could be) purged as one prefix. Computed from the plan and the providers' declared limits
// and billing; the command line and the window only print it.
struct SourceEstimate
{
    qint64 sourceId = 0;
    QString sourceName;
    QString sourceType;
    bool local = false; // runs on this computer: no requests are paced or billed
    int requests = 0;   // transactions, one per request (and per lane of a cluster)
    int items = 0;      // distinct targets sent
    bool everything = false;

    // Sending at the paced rate: the source's slowest rate bucket, with every request of the
    // plan that shares it (other sources on the same account included). A full bucket sends
    // `burst` requests at once, then one every 1/rate seconds.
    bool unpaced = true;
    double seconds = 0;
    double ratePerSecond = 0;
    int burst = 0;
    int bucketRequests = 0;
    int concurrency = 0;
    QStringList sharesRateWith; // other sources of this plan paced by the same bucket
    // Providers that report status are polled until done.
    bool polled = false;
    double pollIntervalSeconds = 0;
    // Accepted, unfinished work the provider holds at once (0: no limit), and what this sends.
    int maxItemsInProgress = 0;
    int maxWildcardsInProgress = 0;
    int itemsSent = 0;
    int wildcardsSent = 0;
    bool exceedsInProgress() const
    {
        return (maxItemsInProgress > 0 && itemsSent > maxItemsInProgress) ||
               (maxWildcardsInProgress > 0 && wildcardsSent > maxWildcardsInProgress);
    }

    // Billing, where the provider declares it: units this request bills against the monthly free
    // allowance (the month's earlier use is unknown), and what this request alone costs past it.
    BillingInfo billing;
    int billedUnits = 0;
    int unitsOverFree = 0;
    double costOverFree = 0;

    QList<FolderOfUrls> collapsed; // sent as one prefix (collapse_over)
    QList<FolderOfUrls> declined;  // allowed, but a prefix was no cheaper
    QList<FolderOfUrls> offers;    // cheaper as a prefix, but the setting does not allow it

    QStringList lines() const; // for people, one fact per line
    // The lines saying which folders are sent as one prefix (part of lines()).
    QStringList collapsedLines() const;
};

struct PlanEstimate
{
    QList<SourceEstimate> sources;

    // Folders of more than this many URLs are offered as a prefix when that is cheaper: fewer are
    // not worth purging more than was named for.
    static constexpr int kOfferAbove = 10;

    static PlanEstimate of(const PurgeService::Plan &plan);
    QStringList lines() const;

    // "10 s", "2 min 5 s", "1 h 3 min"; tenths below ten seconds.
    static QString durationText(double seconds);
    // Time to send `requests` through a full bucket: the first `burst` at once, then one every
    // 1/rate seconds; 0 when unpaced (rate 0).
    static double sendSeconds(int requests, double ratePerSecond, int burst);
};
