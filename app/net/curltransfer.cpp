#include "curltransfer.h"

#include <QCoreApplication>
#include <string_view>

namespace {
struct HttpClientTr
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

QByteArray headerLine(const QByteArray &name, const QByteArray &value)
{
    // curl drops a header given as "Name:" with nothing after it; "Name;" sends it empty.
    return value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value);
}

// RFC 9110 section 5.6.2: a field name is a token.
bool isToken(QByteArrayView name)
{
    static constexpr std::string_view kSeparators = "\"(),/:;<=>?@[\\]{}";
    for (const char c : name)
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f || kSeparators.find(c) != std::string_view::npos)
            return false;
    return true;
}

// A field value, trimmed, with any CR, LF or NUL in it replaced by a space, as RFC 9112 section
// 5.5 allows a recipient to: a value never carries a line break into a log or a parser.
QByteArray fieldValue(QByteArrayView raw)
{
    QByteArray value = raw.trimmed().toByteArray();
    for (char &c : value)
        if (c == '\r' || c == '\n' || c == '\0')
            c = ' ';
    return value;
}

bool hasHeader(const HttpRequestSpec &request, const char *name)
{
    for (const auto &[key, value] : request.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

CurlHandlePool::~CurlHandlePool()
{
    for (CURL *easy : m_idle)
        curl_easy_cleanup(easy);
}

CURL *CurlHandlePool::take()
{
    if (m_idle.empty())
        return curl_easy_init();
    CURL *easy = m_idle.back();
    m_idle.pop_back();
    return easy;
}

void CurlHandlePool::give(CURL *easy)
{
    if (!easy)
        return;
    if (m_idle.size() >= kMaxIdle) {
        curl_easy_cleanup(easy);
        return;
    }
    // Every option goes back to its default; the read buffer stays.
    curl_easy_reset(easy);
    m_idle.push_back(easy);
}

CurlTransfer::CurlTransfer(CurlHandlePool &pool, const HttpRequestSpec &request, const ProxyRoute &route,
                           int timeoutMs)
    : m_pool(pool), m_easy(pool.take()), m_route(route), m_url(request.url), m_timeoutMs(qMax(1, timeoutMs))
{
    if (!m_easy) {
        m_setupError = HttpClientTr::tr("libcurl could not start a transfer");
        return;
    }
    setUp(request);
}

CurlTransfer::~CurlTransfer()
{
    m_pool.give(m_easy);
    curl_slist_free_all(m_requestHeaders); // after the handle that pointed to it was reset
}

template <typename T> void CurlTransfer::set(CURLoption option, T value)
{
    if (curl_easy_setopt(m_easy, option, value) != CURLE_OK && m_setupError.isEmpty())
        m_setupError = HttpClientTr::tr("libcurl refused option %1: %2")
                           .arg(int(option))
                           .arg(QString::fromUtf8(m_errorBuffer));
}

void CurlTransfer::setUp(const HttpRequestSpec &request)
{
    set(CURLOPT_ERRORBUFFER, m_errorBuffer);
    set(CURLOPT_NOSIGNAL, 1L);
    // The user info of a URL would become an Authorization header; providers never put
    // credentials there, and a URL that has them must not send them behind the policy's back.
    const QByteArray url = request.url.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    set(CURLOPT_URL, url.constData());
    set(CURLOPT_PATH_AS_IS, 1L); // the target goes out byte for byte: a purge names exactly one URL
    set(CURLOPT_PROTOCOLS_STR, "http,https");
    set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    set(CURLOPT_FOLLOWLOCATION, 0L); // providers see the 3xx
    set(CURLOPT_TIMEOUT_MS, long(m_timeoutMs));
    set(CURLOPT_MAXFILESIZE_LARGE, curl_off_t(kMaxBodyBytes));
    set(CURLOPT_MAXAGE_CONN, kMaxIdleSeconds);
    set(CURLOPT_ACCEPT_ENCODING, "");
    set(CURLOPT_USERAGENT, "Purgeline/" PURGELINE_VERSION);
    set(CURLOPT_SSL_VERIFYPEER, 1L);
    set(CURLOPT_SSL_VERIFYHOST, 2L);
    set(CURLOPT_PROXY_SSL_VERIFYPEER, 1L);
    set(CURLOPT_PROXY_SSL_VERIFYHOST, 2L);
    if (request.url.scheme() == QLatin1String("https")) {
        set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
        // Parallel requests to one origin wait for the first TLS handshake to say whether they can
        // share its connection, instead of each opening its own.
        set(CURLOPT_PIPEWAIT, 1L);
    } else {
        // Over cleartext HTTP/2 is never offered, and waiting for a verdict would hold parallel
        // requests back until the first reply.
        set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    }

    // The route is decided already (ProxyRoute); curl must not look at the environment again.
    set(CURLOPT_PROXY, m_route.isDirect() ? "" : m_route.url().toUtf8().constData());
    set(CURLOPT_NOPROXY, "");
    set(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L); // the proxy's answer to CONNECT is not the reply

    const HttpTransport &transport = request.transport;
    if (!transport.caFile.isEmpty()) {
        set(CURLOPT_CAINFO, transport.caFile.toLocal8Bit().constData());
        set(CURLOPT_CAPATH, static_cast<const char *>(nullptr));
    }
    if (!transport.clientCert.isEmpty())
        set(CURLOPT_SSLCERT, transport.clientCert.toLocal8Bit().constData());
    if (!transport.clientKey.isEmpty())
        set(CURLOPT_SSLKEY, transport.clientKey.toLocal8Bit().constData());
    if (!transport.keyPassword.isEmpty())
        set(CURLOPT_KEYPASSWD, transport.keyPassword.toUtf8().constData());
    if (!transport.pinnedKey.isEmpty())
        set(CURLOPT_PINNEDPUBLICKEY, transport.pinnedKey.toLatin1().constData());

    set(CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
    set(CURLOPT_HEADERDATA, this);
    set(CURLOPT_WRITEFUNCTION, &CurlTransfer::onBody);
    set(CURLOPT_WRITEDATA, this);

    const QByteArray &method = request.method;
    const bool sendsBody = method != "HEAD" && (!request.body.isEmpty() || method == "POST" ||
                                                method == "PUT" || method == "PATCH");
    // In the request's order; curl puts Host, User-Agent, Accept and the body's length before them
    // unless the request names them itself.
    for (const auto &[name, value] : request.headers)
        m_requestHeaders = curl_slist_append(m_requestHeaders, headerLine(name, value).constData());
    if (!hasHeader(request, "Expect")) // no 100-continue round trip before a body
        m_requestHeaders = curl_slist_append(m_requestHeaders, "Expect:");
    if (sendsBody && !hasHeader(request, "Content-Type")) // curl would call every body a form
        m_requestHeaders = curl_slist_append(m_requestHeaders, "Content-Type:");
    set(CURLOPT_HTTPHEADER, m_requestHeaders);

    if (method == "HEAD") {
        set(CURLOPT_NOBODY, 1L);
    } else if (sendsBody) {
        set(CURLOPT_POST, 1L);
        set(CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        set(CURLOPT_COPYPOSTFIELDS, request.body.constData());
        if (method != "POST")
            set(CURLOPT_CUSTOMREQUEST, method.constData());
    } else if (method != "GET") {
        set(CURLOPT_CUSTOMREQUEST, method.constData()); // PURGE, BAN, DELETE...
    }
}

size_t CurlTransfer::onHeader(char *data, size_t size, size_t count, void *self)
{
    return static_cast<CurlTransfer *>(self)->takeHeaderLine(QByteArrayView(data, qsizetype(size * count)));
}

size_t CurlTransfer::takeHeaderLine(QByteArrayView line)
{
    const size_t taken = size_t(line.size());
    if (line.startsWith("HTTP/")) {
        // A new status line: an interim 1xx reply came before, and only the final one counts.
        m_headers.clear();
        m_headerSectionDone = false;
        m_headerBytes = 0;
        // Nothing here asks for an upgrade; curl would wait for more of a reply that never comes.
        if (line.startsWith("HTTP/1.") &&
            line.sliced(qMin<qsizetype>(line.size(), 8)).trimmed().startsWith("101")) {
            m_malformed = HttpClientTr::tr("a protocol switch nothing asked for");
            return 0;
        }
    }
    m_headerBytes += line.size();
    if (m_headerBytes > kMaxHeaderBytes) {
        m_malformed = HttpClientTr::tr("header section longer than %1 bytes").arg(kMaxHeaderBytes);
        return 0;
    }
    if (m_headerSectionDone)
        return taken; // trailers after a chunked body: not part of the reply's headers
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        m_headerSectionDone = true;
    } else if (line.startsWith("HTTP/")) {
        // the status line: curl reports the code itself
    } else if ((line.front() == ' ' || line.front() == '\t') && !m_headers.isEmpty()) {
        m_headers.last().second += ' ' + fieldValue(line); // obsolete line folding
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0 && isToken(line.first(colon))) {
        m_headers.emplaceBack(line.first(colon).toByteArray(), fieldValue(line.sliced(colon + 1)));
    }
    // Else not a header field (curl passes on a name with a CR before it, or with spaces, when
    // lines end in a bare LF): RFC 9112 section 5 lets a recipient ignore it, and nothing can be
    // looked up under such a name anyway.
    return taken;
}

size_t CurlTransfer::onBody(char *data, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<CurlTransfer *>(self);
    const qsizetype bytes = qsizetype(size * count);
    if (transfer->m_body.size() + bytes > kMaxBodyBytes) {
        transfer->m_malformed = HttpClientTr::tr("reply body over the %1 MiB limit").arg(kMaxBodyBytes >> 20);
        return CURL_WRITEFUNC_ERROR;
    }
    QByteArray &body = transfer->m_body;
    if (body.capacity() < body.size() + bytes) {
        // Doubling, as append would, but never past the limit: append rounds a block that holds the
        // limit up to twice its size and copies into it, which took a reply cut at the limit to
        // 33-48 MiB at its peak in tst_hostileserver; 17.5 MiB with this.
        body.reserve(qMin(kMaxBodyBytes, qMax(body.size() + bytes, 2 * body.capacity())));
    }
    body.append(data, bytes);
    return size_t(bytes);
}

HttpReply CurlTransfer::finish(CURLcode result)
{
    if (result != CURLE_OK)
        return failure(result);
    HttpReply reply;
    long status = 0;
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
    if (status < 100 || status > 999) {
        // curl reads a status out of lines such as "HTTP/29 Too Many" (status 9): a status code is
        // three digits (RFC 9110 section 15), and no provider can read meaning into another.
        reply.failure = HttpReply::Failure::Protocol;
        reply.errorText = HttpClientTr::tr("%1: %2").arg(
            where(), HttpClientTr::tr("no valid HTTP status line (status code %1)").arg(status));
        return reply;
    }
    reply.status = int(status);
    reply.headers = std::move(m_headers);
    reply.body = std::move(m_body);
    return reply;
}

QString CurlTransfer::where() const
{
    const QString host = m_url.host(QUrl::FullyEncoded);
    return (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
           QLatin1Char(':') +
           QString::number(m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80));
}

QString CurlTransfer::malformation(CURLcode result, const QString &detail, long osErrno) const
{
    if (!m_malformed.isEmpty())
        return m_malformed; // one of this transfer's own limits, whatever curl made of the stop
    switch (result) {
    case CURLE_WEIRD_SERVER_REPLY:
        // curl 7.88 says what: "Invalid Content-Length: value", "Nul byte in header", "Header
        // without colon", ...
        return detail;
    case CURLE_UNSUPPORTED_PROTOCOL:
        // Only from the reply here: the request's scheme was checked. "Received HTTP/0.9 when not
        // allowed" is curl's word for a reply that does not start with a status line.
        return HttpClientTr::tr("no valid HTTP status line (%1)").arg(detail);
    case CURLE_BAD_CONTENT_ENCODING:
        return HttpClientTr::tr("the body does not decode as its Content-Encoding says (%1)").arg(detail);
    case CURLE_FILESIZE_EXCEEDED:
        // curl refuses the Content-Length before it is reported, so the size itself is not known.
        return HttpClientTr::tr("its Content-Length announces a body over the %1 MiB limit")
            .arg(kMaxBodyBytes >> 20);
    case CURLE_RECV_ERROR:
        // curl reports its chunk parser's verdict and a failed socket read with the same code; the
        // socket's errno (cleared for every transfer) and the parser's wording in curl 7.88 tell
        // them apart (tst_hostileserver shows it if a later curl words it otherwise). Other reads
        // that failed without an errno, a TLS record that does not decrypt for one, are the
        // connection's fault rather than the reply's and stay network errors.
        if (osErrno == 0 && detail.endsWith(QLatin1String("in chunked-encoding")))
            return HttpClientTr::tr("invalid chunked encoding (%1)").arg(detail);
        return {};
    case CURLE_OUT_OF_MEMORY:
        // curl refuses one header line over CURL_MAX_HTTP_HEADER with this code (and says no more
        // than "out of memory"); the header section's own limit only sees lines curl has finished.
        if (m_headerBytes > 0 && !m_headerSectionDone)
            return HttpClientTr::tr("a header line longer than libcurl accepts (%1 KiB)")
                .arg(CURL_MAX_HTTP_HEADER / 1024);
        return {};
    default:
        // Not the server's fault, or not certainly: CURLE_PARTIAL_FILE (the connection closed before
        // the announced body or the last chunk) is exactly what a server that dies or restarts in
        // the middle of a reply produces, over TLS too (curl 7.88 takes a TLS close without
        // close_notify as end of data), and it cannot be told apart from a wrong Content-Length.
        // CURLE_GOT_NOTHING is a connection closed before any reply, as at a restart. Both stay
        // network errors and are retried within the retry budget; purges are idempotent.
        return {};
    }
}

QString CurlTransfer::timeoutText() const
{
    // Where it stopped, so a handshake that never finishes reads differently from a reply that
    // never ends. No local port: no connection was ever made. A reused connection (no new
    // connection for this transfer) did no handshake.
    long localPort = 0;
    curl_easy_getinfo(m_easy, CURLINFO_LOCAL_PORT, &localPort);
    long connects = 0;
    curl_easy_getinfo(m_easy, CURLINFO_NUM_CONNECTS, &connects);
    curl_off_t handshakeDone = 0;
    curl_easy_getinfo(m_easy, CURLINFO_APPCONNECT_TIME_T, &handshakeDone);
    curl_off_t firstByte = 0;
    curl_easy_getinfo(m_easy, CURLINFO_STARTTRANSFER_TIME_T, &firstByte);
    if (localPort == 0)
        return HttpClientTr::tr("no connection within %1 ms").arg(m_timeoutMs);
    if (connects > 0 && m_url.scheme() == QLatin1String("https") && m_route.isDirect() && handshakeDone == 0)
        return HttpClientTr::tr("no TLS handshake within %1 ms: the server took the connection and did not "
                                "answer")
            .arg(m_timeoutMs);
    if (firstByte == 0)
        return HttpClientTr::tr("no reply within %1 ms").arg(m_timeoutMs);
    return HttpClientTr::tr("no complete reply within %1 ms").arg(m_timeoutMs);
}

HttpReply CurlTransfer::failure(CURLcode result) const
{
    HttpReply reply;
    reply.failure = HttpReply::Failure::Connection;
    const QString detail =
        m_errorBuffer[0] ? QString::fromUtf8(m_errorBuffer) : QString::fromUtf8(curl_easy_strerror(result));
    const auto at = [this](const QString &text) { return HttpClientTr::tr("%1: %2").arg(where(), text); };
    const auto viaProxy = [this](const QString &text) {
        return HttpClientTr::tr("%1: %2").arg(m_route.describe(), text);
    };
    long connectCode = 0;
    curl_easy_getinfo(m_easy, CURLINFO_HTTP_CONNECTCODE, &connectCode);
    long osErrno = 0;
    curl_easy_getinfo(m_easy, CURLINFO_OS_ERRNO, &osErrno);

    if (connectCode < 300) { // a proxy's refusal of a tunnel is no reply from the server
        if (const QString why = malformation(result, detail, osErrno); !why.isEmpty()) {
            reply.failure = HttpReply::Failure::Protocol;
            long status = 0;
            curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
            // The status tells whoever reads it that the server may have acted on the request.
            reply.errorText =
                at(status > 0 ? HttpClientTr::tr("after HTTP %1: %2").arg(status).arg(why) : why);
            return reply;
        }
    }
    switch (result) {
    case CURLE_OPERATION_TIMEDOUT:
        reply.failure = HttpReply::Failure::Timeout;
        reply.errorText = timeoutText();
        return reply;
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_PROXY:
        reply.errorText = viaProxy(detail);
        return reply;
    case CURLE_COULDNT_CONNECT:
        // Through a proxy the only connection curl makes itself is the one to the proxy.
        reply.errorText =
            m_route.isDirect() ? at(detail) : viaProxy(HttpClientTr::tr("could not connect: %1").arg(detail));
        return reply;
    case CURLE_COULDNT_RESOLVE_HOST:
        reply.errorText = at(detail);
        return reply;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_USE_SSL_FAILED: {
        long proxyVerify = 0;
        curl_easy_getinfo(m_easy, CURLINFO_PROXY_SSL_VERIFYRESULT, &proxyVerify);
        reply.failure = HttpReply::Failure::Tls;
        reply.errorText = proxyVerify != 0 ? viaProxy(detail) : at(detail);
        return reply;
    }
    case CURLE_GOT_NOTHING:
        reply.errorText = at(HttpClientTr::tr("the connection closed without a reply"));
        return reply;
    case CURLE_RECV_ERROR:
        if (connectCode >= 300) {
            reply.errorText = viaProxy(
                HttpClientTr::tr("refused the tunnel to %1 (HTTP %2)").arg(where()).arg(connectCode));
            return reply;
        }
        reply.errorText = at(detail);
        return reply;
    default:
        reply.errorText = at(detail);
        return reply;
    }
}
