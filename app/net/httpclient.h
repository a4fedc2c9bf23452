#pragma once

#include "core/httpexchange.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The only owner of QNetworkAccessManager. Sends HttpRequestSpecs with a per-request timeout,
// never ignores TLS errors, never follows redirects (providers see the 3xx), and refuses to
// send credentials over plain http:// to anything but a loopback address.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    using Handler = std::function<void(const HttpReply &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // The handler is called exactly once, from the event loop (never from inside send()).
    quint64 send(const HttpRequestSpec &request, int timeoutMs, Handler handler);
    void cancel(quint64 id);
    int inFlight() const { return int(m_pending.size()); }

    // Why a request must not be sent, or an empty string.
    static QString policyViolation(const HttpRequestSpec &request);

private:
    struct Pending
    {
        QPointer<QNetworkReply> reply;
        QTimer *timer = nullptr;
        Handler handler;
        bool timedOut = false;
        int timeoutMs = 0;
    };
    void finish(quint64 id);
    void deliverLater(const HttpReply &reply, Handler handler);

    QNetworkAccessManager *managerFor(const QUrl &url);

    // Qt opens at most 6 connections per host per manager; a few managers side by side let
    // a source with a higher concurrency setting really have that many requests in flight.
    QList<QNetworkAccessManager *> m_managers;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};
