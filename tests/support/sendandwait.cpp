#include "sendandwait.h"

#include "net/httpclient.h"

#include <QEventLoop>
#include <QTimer>

std::optional<HttpReply> exchangeOnce(const HttpRequestSpec &spec, int timeoutMs)
{
    HttpClient client;
    std::optional<HttpReply> result;
    QEventLoop loop;
    client.send(spec, timeoutMs, [&](const HttpReply &reply) {
        result = reply;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs + 5000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

HttpReply sendAndWait(const HttpRequestSpec &spec, int timeoutMs)
{
    if (std::optional<HttpReply> reply = exchangeOnce(spec, timeoutMs))
        return *reply;
    HttpReply none;
    none.failure = HttpReply::Failure::Cancelled;
    none.errorText = QStringLiteral("test: no reply from HttpClient");
    return none;
}
