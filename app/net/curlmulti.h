#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>
#include <curl/curl.h>
#include <functional>

class QSocketNotifier;

// Drives one libcurl multi handle from the Qt event loop: a QSocketNotifier per socket and
// direction that curl asks to watch, and one single-shot QTimer for curl's next timeout. curl's
// socket and timer callbacks only record what to watch; curl itself is called only from the
// notifiers and the timer, never from inside one of its callbacks. Finished transfers are read in
// a curl_multi_info_read loop, taken out of the multi handle, and then reported one by one.
class CurlMulti final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlMulti)
public:
    // Called once per finished transfer, after curl has let go of it; the transfer's easy handle
    // is the caller's again. It may add and remove transfers, or destroy this object.
    using DoneHandler = std::function<void(CURL *easy, CURLcode result)>;

    explicit CurlMulti(DoneHandler onDone, QObject *parent = nullptr);
    ~CurlMulti() override;

    // Starts a transfer: nothing happens before the event loop runs again.
    bool add(CURL *easy);
    // Stops a transfer that has not been reported yet; it is never reported.
    void remove(CURL *easy);

private:
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    static int onSocket(CURL *easy, curl_socket_t socket, int what, void *self, void *socketData);
    static int onTimer(CURLM *multi, long timeoutMs, void *self);
    void watch(curl_socket_t socket, int what);
    QSocketNotifier *notifier(curl_socket_t socket, Watch &w, bool write);
    void act(curl_socket_t socket, int events);
    void reportFinished();

    CURLM *m_multi = nullptr;
    QTimer m_timer;
    QHash<curl_socket_t, Watch> m_watches; // by socket number; disabled while curl does not use it
    DoneHandler m_onDone;
};
