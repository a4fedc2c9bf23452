#pragma once

#include "core/httpexchange.h"
#include "httptransport.h"

#include <QByteArray>
#include <QString>
#include <curl/curl.h>
#include <vector>

// Easy handles kept for the next transfer, reset. Making and destroying one per request (its
// state, a 16 KiB read buffer) cost more CPU than the exchange itself on a kept-alive connection.
class CurlHandlePool final
{
    Q_DISABLE_COPY_MOVE(CurlHandlePool)
public:
    static constexpr size_t kMaxIdle = 64;

    CurlHandlePool() = default;
    ~CurlHandlePool();
    CURL *take();          // null when libcurl could not make one
    void give(CURL *easy); // no longer in a multi handle; reset and kept, or cleaned up

private:
    std::vector<CURL *> m_idle;
};

// One request as a libcurl easy handle, locked down (http and https only, no redirects followed,
// TLS peer and host always verified, a per-request timeout, a cap on the reply's size), and what
// came back for it: the final reply's headers (interim 1xx replies and trailers are dropped) and
// body. It turns curl's result into an HttpReply whose errorText says what went wrong, and tells
// a reply that broke HTTP (Failure::Protocol) from a connection that failed.
class CurlTransfer final
{
    Q_DISABLE_COPY_MOVE(CurlTransfer)
public:
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    // An idle kept-alive connection older than this is closed rather than reused: servers drop
    // idle connections after a few seconds to a minute.
    static constexpr long kMaxIdleSeconds = 20;

    // The request must have passed HttpClient::policyViolation. The handle comes from pool, and
    // goes back to it with this object, which must happen after curl has let go of it.
    CurlTransfer(CurlHandlePool &pool, const HttpRequestSpec &request, const ProxyRoute &route,
                 int timeoutMs);
    ~CurlTransfer();

    CURL *handle() const { return m_easy; }
    // Why the handle could not be set up (this libcurl lacks an option), or empty.
    const QString &setupError() const { return m_setupError; }
    // The reply, or the failure, once curl has finished with result.
    HttpReply finish(CURLcode result);

private:
    static size_t onHeader(char *data, size_t size, size_t count, void *self);
    static size_t onBody(char *data, size_t size, size_t count, void *self);
    size_t takeHeaderLine(QByteArrayView line);
    template <typename T> void set(CURLoption option, T value);
    void setUp(const HttpRequestSpec &request);
    HttpReply failure(CURLcode result) const;
    // Why the reply broke HTTP, when it did (a failure the server will repeat); empty otherwise.
    QString malformation(CURLcode result, const QString &detail, long osErrno) const;
    QString timeoutText() const;
    QString where() const;

    CurlHandlePool &m_pool;
    CURL *m_easy = nullptr;
    curl_slist *m_requestHeaders = nullptr;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
    ProxyRoute m_route;
    QUrl m_url;
    int m_timeoutMs = 0;
    QString m_setupError;

    HeaderList m_headers;
    bool m_headerSectionDone = false;
    qsizetype m_headerBytes = 0;
    QByteArray m_body;
    QString m_malformed; // why the reply was given up on while it arrived
};
