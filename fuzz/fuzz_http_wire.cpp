// The HTTP wire as HttpClient reads it: a server's bytes, status line to last chunk, through
// libcurl and CurlTransfer (the final reply's headers, trailers and interim replies dropped, the
// header and body caps, a malformation named as the server's fault) into the HttpReply that
// every provider reads. curl connects to a loopback socket whose other end writes the input and
// closes; each input costs a fraction of a millisecond.
// The input is the server's reply byte for byte; a first line "HEAD" makes the request a HEAD
// (which reads no body whatever the headers announce).
// libcurl itself is not instrumented: the fuzzer's guidance comes from CurlTransfer's own code.
#include "core/peopletext.h"
#include "core/replyclassifier.h"
#include "fuzzinput.h"
#include "net/curltransfer.h"
#include "net/httptransport.h"

#include <cstdio>
#include <cstdlib>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// One listening loopback socket for the whole run, and one multi handle: curl connects to the
// listener, this side accepts and writes the input as the server's reply. (Handing curl an
// already connected socket instead does not work with curl 7.88: it connects again.)
int g_listener = -1;
quint16 g_port = 0;
CURLM *g_multi = nullptr;

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

bool hasControlOrBreak(const QByteArray &bytes)
{
    for (const char c : bytes)
        if (c == '\r' || c == '\n' || c == '\0')
            return true;
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    g_multi = curl_multi_init();
    g_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (g_listener < 0 || ::bind(g_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(g_listener, 16) != 0) {
        std::fprintf(stderr, "fuzz_http_wire: no loopback socket\n");
        std::abort();
    }
    socklen_t length = sizeof address;
    ::getsockname(g_listener, reinterpret_cast<sockaddr *>(&address), &length);
    g_port = ntohs(address.sin_port);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray serverBytes = FuzzInput::bytes(data, size);
    HttpRequestSpec request;
    request.method = "GET";
    if (serverBytes.startsWith("HEAD\n")) {
        request.method = "HEAD";
        serverBytes.remove(0, 5);
    }
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/purge/path").arg(g_port));

    CurlHandlePool pool;
    HttpReply reply;
    int server = -1;
    {
        CurlTransfer transfer(
            pool, request,
            ProxyRoute::forRequest(request.url, HttpTransport{.proxy = QStringLiteral("none")}), 2000);
        FUZZ_CHECK(transfer.setupError().isEmpty());
        CURL *easy = transfer.handle();
        curl_easy_setopt(easy, CURLOPT_FORBID_REUSE, 1L);
        if (qEnvironmentVariableIsSet("PURGELINE_FUZZ_SHOW"))
            curl_easy_setopt(easy, CURLOPT_VERBOSE, 1L);
        curl_multi_add_handle(g_multi, easy);
        CURLcode result = CURLE_OK;
        bool done = false;
        while (!done) {
            int running = 0;
            curl_multi_perform(g_multi, &running);
            if (server < 0) {
                server = ::accept4(g_listener, nullptr, nullptr, SOCK_CLOEXEC);
                if (server >= 0) {
                    // The whole reply at once, then the server's side says it is done (inputs
                    // are a few KiB: the socket's buffer holds them).
                    writeAll(server, serverBytes);
                    ::shutdown(server, SHUT_WR);
                }
            }
            int queued = 0;
            while (CURLMsg *message = curl_multi_info_read(g_multi, &queued))
                if (message->msg == CURLMSG_DONE) {
                    result = message->data.result;
                    done = true;
                }
            if (!done)
                curl_multi_poll(g_multi, nullptr, 0, server < 0 ? 1 : 50, nullptr);
        }
        curl_multi_remove_handle(g_multi, easy);
        reply = transfer.finish(result);
    }
    if (server >= 0)
        ::close(server);
    // For whoever writes seeds: what each input became.
    static const bool show = qEnvironmentVariableIsSet("PURGELINE_FUZZ_SHOW");
    if (show) {
        std::fprintf(stderr, "fuzz_http_wire: %s, %d headers, %lld body bytes\n",
                     qPrintable(reply.describe()), int(reply.headers.size()), qlonglong(reply.body.size()));
        for (const auto &[name, value] : reply.headers)
            std::fprintf(stderr, "  %s: %s\n", name.constData(), value.constData());
    }

    if (reply.isHttp()) {
        FUZZ_CHECK(reply.status >= 100 && reply.status <= 999);
        FUZZ_CHECK(reply.body.size() <= CurlTransfer::kMaxBodyBytes);
        if (request.method == "HEAD")
            FUZZ_CHECK(reply.body.isEmpty());
        qsizetype headerBytes = 0;
        for (const auto &[name, value] : reply.headers) {
            FUZZ_CHECK(!name.isEmpty() && !name.contains(':'));
            // A header value can never carry a line of its own into what is logged or parsed.
            FUZZ_CHECK(!hasControlOrBreak(name) && !hasControlOrBreak(value));
            headerBytes += name.size() + value.size();
        }
        FUZZ_CHECK(headerBytes <= CurlTransfer::kMaxHeaderBytes);
    } else {
        FUZZ_CHECK(!reply.errorText.isEmpty());
        FUZZ_CHECK(reply.failure == HttpReply::Failure::Protocol ||
                   reply.failure == HttpReply::Failure::Connection ||
                   reply.failure == HttpReply::Failure::Timeout);
    }

    // What any of it becomes in a message: no terminal control, bounded.
    const Outcome outcome = ReplyClassifier::classify(reply);
    const QString shown = PeopleText::safe(outcome.message + reply.describe());
    FUZZ_CHECK(shown.size() <= PeopleText::kMaxChars + 100);
    for (const QChar c : shown) {
        const char16_t u = c.unicode();
        FUZZ_CHECK((u >= 0x20 || u == u'\n' || u == u'\t') && (u < 0x7f || u > 0x9f));
    }
    return 0;
}
