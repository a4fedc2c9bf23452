#pragma once

#include "core/httpexchange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <optional>

class HttpClient;

// Waits for a deploy to reach its origin before anything is purged: asks a version URL again and
// again until its body or one of its header values contains the deployed revision (the SHA a
// deploy wrote to revisions.log, say), within a time limit. Purging before the origin serves the
// new revision would only let the caches fetch the old copy again.
class OriginGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OriginGate)
public:
    struct Expectation
    {
        QUrl url;
        QString expected;
    };
    // "URL=EXPECTED", split at the last '=' (a URL's query may hold some, a revision does not);
    // the URL must be http(s) with a host. nullopt with *error naming what is wrong.
    static std::optional<Expectation> parse(const QString &text, QString *error);

    struct Result
    {
        bool reached = false;
        int polls = 0;
        qint64 elapsedMs = 0;
        QString lastSeen; // what the last answer was: status and a short escaped excerpt
    };

    OriginGate(HttpClient &http, const Expectation &expectation, int intervalMs, int timeoutMs,
               QObject *parent = nullptr);
    ~OriginGate() override;

    void start();
    // Whether a reply shows the revision: a 2xx whose body or any header value contains it.
    static bool shows(const HttpReply &reply, const QString &expected);
    // A reply as people read it: "HTTP 200, body \"…\"" (escaped, at most ~120 characters).
    static QString describe(const HttpReply &reply);

signals:
    void polled(const QString &lastSeen); // after each answer that did not show it yet
    void finished(const OriginGate::Result &result);

private:
    void poll();
    void onReply(const HttpReply &reply);
    void end(bool reached);

    HttpClient &m_http;
    Expectation m_expectation;
    int m_intervalMs;
    int m_timeoutMs;
    QElapsedTimer m_elapsed;
    QTimer m_next;
    QTimer m_deadline;
    quint64 m_inFlight = 0;
    bool m_done = false;
    Result m_result;
};
