#pragma once

#include "core/purgetypes.h"
#include "core/sourceconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

class Provider;

// Exact URLs of one folder of one host, and the prefix that would purge them in one target.
struct FolderOfUrls
{
    QString prefix; // "https://example.com/img/2026/": the folder, as a prefix target
    QString sentAs; // the prefix as the request carries it ("/img/2026/*")
    QStringList urls;
    // What the source's batch costs without and with this folder (and any folders collapsed
    // before it) as one prefix: billed units where the provider bills, and requests.
    // Units the folder's URLs bill as they are, and as the one prefix (where the provider bills).
    int billedAlone = 0;
    int billedAsPrefix = 0;
    int billedBefore = 0;
    int billedAfter = 0;
    int requestsBefore = 0;
    int requestsAfter = 0;
    // Fewer units billed or fewer requests, and never more units billed.
    bool cheaper() const
    {
        return billedAfter <= billedBefore && (billedAfter < billedBefore || requestsAfter < requestsBefore);
    }
};

// What the plan of one source collapsed, and what it left exact because a prefix was no cheaper.
struct SourceCollapse
{
    qint64 sourceId = 0;
    QString sourceName;
    QList<FolderOfUrls> collapsed;
    QList<FolderOfUrls> declined;
};

// Decides whether many exact URLs under one folder are better purged as one prefix of it
// (a source's collapse_over setting allows it above N URLs per folder). A prefix purges more
// than was named, so it is never done without the setting, never across hosts, never for a
// host's root (that would be everything), only where the provider takes prefixes for the same
// action and options, and only when it bills fewer units or takes fewer requests. Pure: it plans
// nothing and sends nothing.
class PrefixCollapse final
{
public:
    // The source's collapse_over setting; 0 when absent, malformed or 0 (never collapse).
    static int threshold(const SourceConfig &source);

    // Exact URLs of each folder holding more than `over` of them (largest folder first), with
    // what collapsing each would save on its own; empty when the provider cannot take a prefix of
    // this batch. Folders that are no cheaper as a prefix are listed too (cheaper() false).
    static QList<FolderOfUrls> folders(const Provider &provider, const SourceConfig &source,
                                       const PurgeBatch &exact, int over);

    struct Result
    {
        PurgeBatch exact;    // what stays exact (may be empty)
        PurgeBatch prefixes; // one prefix target per collapsed folder (no targets: none)
        QList<FolderOfUrls> collapsed;
        QList<FolderOfUrls> declined; // over the threshold but no cheaper as a prefix
        bool any() const { return !collapsed.isEmpty(); }
    };
    // The batch with the folders above the source's threshold collapsed where that is cheaper,
    // largest first, each judged against what the ones before it left; unchanged without the
    // setting or for a batch that is not exact URLs.
    static Result apply(const Provider &provider, const SourceConfig &source, const PurgeBatch &batch);

    // "https://example.com/img/2026/" for "https://example.com/img/2026/a.jpg?v=2"; empty for a
    // URL at a host's root or one that is not an absolute http(s) URL.
    static QString folderOf(const QString &url);

private:
    struct Cost
    {
        int billed = 0;
        int requests = 0;
    };
    static Cost costOf(const Provider &provider, const SourceConfig &source, const PurgeBatch &exact,
                       const PurgeBatch &prefixes);
};
