#pragma once

#include "core/httpexchange.h"
#include "httptransport.h" // transportFromSettings, for the callers that fill HttpRequestSpec::transport

#include <QObject>
#include <functional>
#include <memory>
#include <unordered_map>

class CurlHandlePool;
class CurlMulti;
class CurlTransfer;

// Sends HttpRequestSpecs with a per-request timeout, never ignores TLS errors, never follows
// redirects (providers see the 3xx), and refuses to send credentials over plain http:// to
// anything but a loopback address, or through a proxy that would see them in clear.
//
// libcurl's multi interface does the sending, driven by this thread's event loop (CurlMulti):
// HTTP/2 with multiplexing where a server offers it over TLS, pools of kept-alive HTTP/1.1
// connections otherwise, compressed replies, and proxies from the source's settings or the
// environment. It all stays on this thread: QNetworkAccessManager hands every request to its own
// thread and back, and cost 0.5 ms of CPU per request in bench/run.sh, more than the engine's
// whole budget.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    using Handler = std::function<void(const HttpReply &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // The handler is called exactly once, from the event loop (never from inside send() or cancel()).
    quint64 send(const HttpRequestSpec &request, int timeoutMs, Handler handler);
    void cancel(quint64 id);
    int inFlight() const { return int(m_pending.size()); }

    // Why a request must not be sent, or an empty string.
    static QString policyViolation(const HttpRequestSpec &request);

private:
    struct Pending
    {
        Handler handler;
        std::unique_ptr<CurlTransfer> transfer; // null when it never started
        bool cancelled = false;
    };

    void onTransferDone(quint64 id, int result);
    void deliverLater(quint64 id, HttpReply::Failure kind, const QString &text);
    void deliver(quint64 id, const HttpReply &reply);

    std::unique_ptr<CurlHandlePool> m_handles;
    std::unique_ptr<CurlMulti> m_multi;
    std::unordered_map<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};
