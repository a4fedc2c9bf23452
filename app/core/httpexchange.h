#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// How a request travels: its source's proxy and TLS options. Providers never set it; the queue
// fills it from the source's settings (transportFromSettings) and passes secrets in itself.
struct HttpTransport
{
    // Empty: from the environment (http_proxy, https_proxy, all_proxy, no_proxy); "none": never
    // through a proxy; otherwise an http://, https://, socks5:// or socks5h:// URL, which may
    // carry user:password (a secret, never shown).
    QString proxy;
    QString caFile;      // PEM CA certificates trusted instead of the system's store
    QString clientCert;  // PEM client certificate, for servers that ask for one (mutual TLS)
    QString clientKey;   // its private key; empty: in the certificate file
    QString keyPassword; // the key's passphrase: a secret, never shown
    QString pinnedKey;   // "sha256//BASE64[;sha256//BASE64...]": the server's key must be one of these

    bool isDefault() const;
    bool bypassesProxy() const { return proxy == QLatin1String("none"); }
    // The proxy URL with any user name and password replaced by "[redacted]".
    QString redactedProxy() const { return redactProxy(proxy); }
    static QString redactProxy(const QString &proxy);
};

// A request a provider wants sent. Providers build these; only HttpClient sends them,
// which is what makes --dry-run and previews exact.
struct HttpRequestSpec
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // Headers whose values carry credentials; they are redacted wherever the request is shown
    // and make HttpClient refuse plain http:// to anything but loopback.
    QList<QByteArray> secretHeaders;
    // Query items whose values carry credentials (an API key in the URL); redacted the same way.
    QList<QByteArray> secretQueryItems;
    HttpTransport transport;

    bool isValid() const { return !method.isEmpty() && url.isValid(); }
    bool carriesCredentials() const { return !secretHeaders.isEmpty() || !secretQueryItems.isEmpty(); }
    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value, bool secret = false);

    // Text form for --dry-run, previews and logs: method, URL, headers (secrets redacted), body,
    // and the transport options when there are any (proxy credentials redacted).
    QString redactedText() const;
    QByteArray redactedHeaderValue(const QByteArray &name) const;
    QString redactedUrl() const; // fully encoded, secret query values replaced
};

// What came back for an HttpRequestSpec: either an HTTP status with headers and body, or a
// transport failure.
struct HttpReply
{
    enum class Failure {
        None,
        // No complete reply in time: a slow or stalled server, or a stalled network.
        Timeout,
        // The connection failed or was cut: the next attempt may well get through.
        Connection,
        Tls,
        // Never sent: the request broke the client's policy.
        Refused,
        Cancelled,
        // The server broke HTTP (no status line, bad framing, over a size limit). It will send the
        // same again: the server's fault, and no resend will help.
        Protocol
    };
    int status = 0;
    HeaderList headers;
    QByteArray body;
    Failure failure = Failure::None;
    QString errorText; // transport error text; never contains a secret

    QByteArray header(const QByteArray &name) const;
    bool isHttp() const { return failure == Failure::None; }
    QString describe() const; // "HTTP 503", "timeout: ...", "the server's reply was malformed: ..."
};

// What a provider makes of a reply (or of a local run).
struct Outcome
{
    enum class Kind {
        Succeeded, // done; providerId may be set
        Pending,   // accepted; poll statusRef until done
        Retry,     // may succeed later; retryAfterMs >= 0 when the server said when
        Failed,    // will not succeed by resending; message says why
        Split      // too large (413): split the batch and resend the halves
    };
    Kind kind = Kind::Failed;
    QString providerId;
    QString statusRef;
    int progressPercent = -1;
    qint64 retryAfterMs = -1;
    // Retry only: the server asked to slow down (429, or a provider's own throttling reply). Such
    // a reply never counts as an attempt and slows the rate key's pacing.
    bool throttled = false;
    // Succeeded only: how long after this reply the purge takes effect, when the provider says
    // (Akamai's estimatedSeconds); verification waits for it. 0: at once.
    qint64 settlesInMs = 0;
    QString message;
    QStringList details; // e.g. files removed by a local provider

    static Outcome succeeded(const QString &providerId = {}, const QString &message = {});
    static Outcome pending(const QString &statusRef, int progress = -1, const QString &message = {});
    static Outcome retry(const QString &message, qint64 retryAfterMs = -1);
    static Outcome throttle(const QString &message, qint64 retryAfterMs = -1);
    static Outcome failed(const QString &message);
    static Outcome split(const QString &message);
};
