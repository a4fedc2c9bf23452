#include "origingate.h"

#include "core/peopletext.h"
#include "net/httpclient.h"

#include <QCoreApplication>

namespace {
struct OriginGateTr
{
    Q_DECLARE_TR_FUNCTIONS(OriginGate)
};

constexpr int kExcerptChars = 120;
constexpr int kMaxRequestMs = 10000; // one slow answer must not eat the whole time limit
} // namespace

std::optional<OriginGate::Expectation> OriginGate::parse(const QString &text, QString *error)
{
    const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1) {
        *error =
            OriginGateTr::tr("malformed --wait-for-origin \"%1\": expected URL=EXPECTED (the version URL "
                             "and the revision it must show)")
                .arg(PeopleText::safe(text, 200));
        return std::nullopt;
    }
    Expectation e{QUrl(text.left(eq).trimmed(), QUrl::StrictMode), text.mid(eq + 1)};
    const QString scheme = e.url.scheme().toLower();
    if (!e.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        e.url.host().isEmpty()) {
        *error = OriginGateTr::tr("--wait-for-origin: \"%1\" is not an http:// or https:// URL")
                     .arg(PeopleText::safe(text.left(eq), 200));
        return std::nullopt;
    }
    return e;
}

OriginGate::OriginGate(HttpClient &http, const Expectation &expectation, int intervalMs, int timeoutMs,
                       QObject *parent)
    : QObject(parent), m_http(http), m_expectation(expectation), m_intervalMs(qMax(1, intervalMs)),
      m_timeoutMs(qMax(0, timeoutMs))
{
    m_next.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &OriginGate::poll);
    connect(&m_deadline, &QTimer::timeout, this, [this] { end(false); });
}

OriginGate::~OriginGate()
{
    if (m_inFlight)
        m_http.cancel(m_inFlight);
}

void OriginGate::start()
{
    m_elapsed.start();
    m_deadline.start(m_timeoutMs);
    poll();
}

void OriginGate::poll()
{
    if (m_done)
        return;
    HttpRequestSpec request;
    request.method = "GET";
    request.url = m_expectation.url;
    // The version URL may itself sit behind the caches about to be purged: ask past them.
    request.setHeader("Cache-Control", "no-cache");
    request.setHeader("Pragma", "no-cache");
    // The ask is not cut to the time left: the deadline timer ends the wait and cancels it, so
    // an ask the deadline interrupts never replaces the last real answer with a made-up timeout.
    ++m_result.polls;
    m_inFlight = m_http.send(request, kMaxRequestMs, [this](const HttpReply &reply) { onReply(reply); });
}

void OriginGate::onReply(const HttpReply &reply)
{
    m_inFlight = 0;
    if (m_done)
        return;
    m_result.lastSeen = describe(reply);
    if (shows(reply, m_expectation.expected)) {
        end(true);
        return;
    }
    emit polled(m_result.lastSeen);
    m_next.start(m_intervalMs);
}

void OriginGate::end(bool reached)
{
    if (m_done)
        return;
    m_done = true;
    m_next.stop();
    m_deadline.stop();
    if (m_inFlight) {
        m_http.cancel(m_inFlight);
        m_inFlight = 0;
    }
    m_result.reached = reached;
    m_result.elapsedMs = m_elapsed.elapsed();
    if (!reached && m_result.lastSeen.isEmpty())
        m_result.lastSeen = OriginGateTr::tr("no answer yet");
    emit finished(m_result);
}

bool OriginGate::shows(const HttpReply &reply, const QString &expected)
{
    if (!reply.isHttp() || reply.status < 200 || reply.status > 299 || expected.isEmpty())
        return false;
    const QByteArray needle = expected.toUtf8();
    if (reply.body.contains(needle))
        return true;
    for (const auto &[name, value] : reply.headers)
        if (value.contains(needle))
            return true;
    return false;
}

QString OriginGate::describe(const HttpReply &reply)
{
    if (!reply.isHttp())
        return PeopleText::safe(reply.describe(), 200);
    const QString body = QString::fromUtf8(reply.body.left(kExcerptChars * 4)).simplified();
    return OriginGateTr::tr("HTTP %1, body \"%2\"")
        .arg(reply.status)
        .arg(PeopleText::safe(body, kExcerptChars));
}
