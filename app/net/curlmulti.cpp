#include "curlmulti.h"

#include <QList>
#include <QPointer>
#include <QSocketNotifier>
#include <limits>
#include <utility>

namespace {
// curl's own pools: HTTP/2 streams share one connection per origin where the server offers it;
// over HTTP/1.1 at most this many connections to one host are open at once, and further
// transfers wait for one of them.
constexpr long kMaxHostConnections = 48;
// Idle connections kept for reuse. curl's default, four per transfer in the multi handle at the
// time, shrinks whenever a burst of replies leaves few transfers running, and closes connections
// the next burst then has to open again.
constexpr long kMaxCachedConnections = 256;
} // namespace

CurlMulti::CurlMulti(DoneHandler onDone, QObject *parent)
    : QObject(parent), m_multi(curl_multi_init()), m_onDone(std::move(onDone))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, kMaxHostConnections);
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, kMaxCachedConnections);
}

// The owner has removed its transfers already. Cleaning up closes the cached connections, and curl
// reports their sockets as removed while it does.
CurlMulti::~CurlMulti()
{
    curl_multi_cleanup(m_multi);
    for (const Watch &w : std::as_const(m_watches)) {
        delete w.read;
        delete w.write;
    }
}

bool CurlMulti::add(CURL *easy)
{
    // curl asks for a zero timeout through onTimer; the transfer starts from the event loop.
    return curl_multi_add_handle(m_multi, easy) == CURLM_OK;
}

void CurlMulti::remove(CURL *easy)
{
    curl_multi_remove_handle(m_multi, easy);
}

int CurlMulti::onSocket(CURL *, curl_socket_t socket, int what, void *self, void *)
{
    static_cast<CurlMulti *>(self)->watch(socket, what);
    return 0;
}

int CurlMulti::onTimer(CURLM *, long timeoutMs, void *self)
{
    QTimer &timer = static_cast<CurlMulti *>(self)->m_timer;
    if (timeoutMs < 0)
        timer.stop();
    else if (timeoutMs > 0 || !timer.isActive() || timer.interval() != 0)
        timer.start(int(qMin<long>(timeoutMs, std::numeric_limits<int>::max())));
    // else already due as soon as the event loop comes round: every request added in one go asks
    // for that again, and restarting the timer each time is wasted work.
    return 0;
}

void CurlMulti::watch(curl_socket_t socket, int what)
{
    if (what == CURL_POLL_REMOVE) {
        // curl closes the socket as soon as this returns, so its notifiers stop now. They stay, for
        // the number only: the next socket that gets it, often the same kept-alive connection's for
        // its next transfer, is watched by them again. One number never has two notifiers, and no
        // notifier is created and destroyed per request.
        const auto it = m_watches.find(socket);
        if (it == m_watches.end())
            return;
        for (QSocketNotifier *n : {it->read, it->write})
            if (n)
                n->setEnabled(false);
        return;
    }
    const bool wantRead = what & CURL_POLL_IN;
    const bool wantWrite = what & CURL_POLL_OUT;
    Watch &w = m_watches[socket];
    if (wantRead)
        notifier(socket, w, false)->setEnabled(true);
    else if (w.read)
        w.read->setEnabled(false);
    if (wantWrite)
        notifier(socket, w, true)->setEnabled(true);
    else if (w.write)
        w.write->setEnabled(false);
}

QSocketNotifier *CurlMulti::notifier(curl_socket_t socket, Watch &w, bool write)
{
    QSocketNotifier *&slot = write ? w.write : w.read;
    if (!slot) {
        slot = new QSocketNotifier(socket, write ? QSocketNotifier::Write : QSocketNotifier::Read, this);
        QSocketNotifier *n = slot;
        const int events = write ? CURL_CSELECT_OUT : CURL_CSELECT_IN;
        connect(n, &QSocketNotifier::activated, this, [this, n, socket, events] {
            // A notifier that was replaced in the meantime no longer speaks for this socket number.
            const auto it = m_watches.constFind(socket);
            if (it != m_watches.cend() && (it->read == n || it->write == n) && n->isEnabled())
                act(socket, events);
        });
    }
    return slot;
}

void CurlMulti::act(curl_socket_t socket, int events)
{
    int running = 0;
    curl_multi_socket_action(m_multi, socket, events, &running);
    reportFinished();
}

void CurlMulti::reportFinished()
{
    QList<std::pair<CURL *, CURLcode>> finished;
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg == CURLMSG_DONE)
            finished.append({message->easy_handle, message->data.result});
    }
    // Taken out only after the loop: removing a handle invalidates the message it came with.
    for (const auto &[easy, result] : std::as_const(finished))
        curl_multi_remove_handle(m_multi, easy);
    const QPointer<CurlMulti> self(this);
    const DoneHandler onDone = m_onDone; // a copy: the handler may destroy this object
    for (const auto &[easy, result] : std::as_const(finished)) {
        onDone(easy, result);
        if (!self)
            return; // a handler destroyed the client, and this with it
    }
}
