#include "edgegridsigner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace {
struct EdgeGridSignerTr
{
    Q_DECLARE_TR_FUNCTIONS(EdgeGridSigner)
};

const QByteArray kScheme = QByteArrayLiteral("EG1-HMAC-SHA256 ");
const QByteArray kSignatureField = QByteArrayLiteral("signature=");

QByteArray base64HmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64();
}

// Compares without stopping at the first difference, so a verifier's timing does not tell
// how much of a forged signature was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= char(a.at(i) ^ b.at(i));
    return difference == 0;
}
} // namespace

EdgeGridSigner::EdgeGridSigner(EdgeGridCredentials credentials, int maxBody, QList<QByteArray> headersToSign)
    : m_credentials(std::move(credentials)), m_maxBody(maxBody), m_headersToSign(std::move(headersToSign))
{
}

HttpRequestSpec EdgeGridSigner::sign(const HttpRequestSpec &request, const QByteArray &timestamp,
                                     const QByteArray &nonce) const
{
    HttpRequestSpec signedRequest = request;
    signedRequest.setHeader("Authorization", authorization(WireRequest::fromSpec(request), timestamp, nonce),
                            true);
    return signedRequest;
}

QByteArray EdgeGridSigner::authorization(const WireRequest &request, const QByteArray &timestamp,
                                         const QByteArray &nonce) const
{
    const QByteArray prefix = authPrefix(timestamp, nonce);
    const QByteArray key = signingKey(m_credentials.clientSecret.toUtf8(), timestamp);
    return prefix + kSignatureField + base64HmacSha256(key, dataToSign(request, prefix));
}

QByteArray EdgeGridSigner::authPrefix(const QByteArray &timestamp, const QByteArray &nonce) const
{
    return kScheme + "client_token=" + m_credentials.clientToken.toUtf8() +
           ";access_token=" + m_credentials.accessToken.toUtf8() + ";timestamp=" + timestamp +
           ";nonce=" + nonce + ';';
}

QByteArray EdgeGridSigner::dataToSign(const WireRequest &request, const QByteArray &authPrefix) const
{
    // The Python client leaves out a '?' with nothing after it; the vectors never have one.
    const QByteArray query = request.query();
    const QByteArray pathAndQuery = query.isEmpty() ? request.path() : request.path() + '?' + query;
    // The host as the server sees it (the Host header), which is the URL's authority the
    // official clients sign, since they send exactly that.
    return request.method + '\t' + request.scheme.toLower() + '\t' + request.host() + '\t' + pathAndQuery +
           '\t' + canonicalHeaders(request) + '\t' + contentHash(request) + '\t' + authPrefix;
}

QByteArray EdgeGridSigner::canonicalHeaders(const WireRequest &request) const
{
    // In the order headers_to_sign names them (not sorted: vector "Headers out of order"),
    // lower-case names, values trimmed with inner whitespace runs made one space; headers the
    // request does not have are left out.
    QList<QByteArray> lines;
    for (const QByteArray &name : m_headersToSign) {
        const QList<QByteArray> values = request.headerValues(name);
        if (!values.isEmpty())
            lines.append(name.toLower() + ':' + values.first().simplified());
    }
    return lines.join('\t');
}

QByteArray EdgeGridSigner::contentHash(const WireRequest &request) const
{
    // Only POST bodies are signed, and only their first max_body bytes (vectors "PUT test",
    // "POST too large"); an empty body has an empty hash ("POST empty body").
    if (request.method != "POST" || request.body.isEmpty())
        return {};
    return QCryptographicHash::hash(request.body.left(m_maxBody), QCryptographicHash::Sha256).toBase64();
}

QByteArray EdgeGridSigner::signingKey(const QByteArray &clientSecret, const QByteArray &timestamp)
{
    return base64HmacSha256(clientSecret, timestamp);
}

QByteArray EdgeGridSigner::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HH:mm:ss'+0000'")).toLatin1();
}

QString EdgeGridSigner::verify(const WireRequest &request, const EdgeGridCredentials &credentials,
                               int maxBody, const QList<QByteArray> &headersToSign)
{
    const QList<QByteArray> headers = request.headerValues("Authorization");
    if (headers.isEmpty())
        return EdgeGridSignerTr::tr("no Authorization header");
    if (headers.size() > 1)
        return EdgeGridSignerTr::tr("more than one Authorization header");
    const QByteArray &header = headers.first();
    if (!header.startsWith(kScheme))
        return EdgeGridSignerTr::tr("the Authorization header is not EG1-HMAC-SHA256");
    const qsizetype signatureAt = header.lastIndexOf(QByteArray(';' + kSignatureField));
    if (signatureAt < 0)
        return EdgeGridSignerTr::tr("the Authorization header has no signature");

    // The signature covers the header up to "signature=" byte for byte, so the fields are read
    // only to check them, never rebuilt.
    const QByteArray prefix = header.left(signatureAt + 1);
    const QByteArray signature = header.mid(signatureAt + 1 + kSignatureField.size());
    QHash<QByteArray, QByteArray> fields;
    for (const QByteArray &field : prefix.mid(kScheme.size()).split(';')) {
        if (field.isEmpty())
            continue;
        const qsizetype equals = field.indexOf('=');
        const QByteArray name = field.left(equals);
        if (equals <= 0 || fields.contains(name))
            return EdgeGridSignerTr::tr("the Authorization field \"%1\" is malformed or repeated")
                .arg(QString::fromUtf8(field));
        fields.insert(name, field.mid(equals + 1));
    }
    for (const char *name : {"client_token", "access_token", "timestamp", "nonce"})
        if (fields.value(name).isEmpty())
            return EdgeGridSignerTr::tr("the Authorization header lacks %1").arg(QLatin1String(name));
    if (fields.value("client_token") != credentials.clientToken.toUtf8())
        return EdgeGridSignerTr::tr("unknown client_token");
    if (fields.value("access_token") != credentials.accessToken.toUtf8())
        return EdgeGridSignerTr::tr("access_token does not belong to the client_token");
    static const QRegularExpression timestampFormat(QStringLiteral(R"(^\d{8}T\d\d:\d\d:\d\d\+0000$)"));
    const QByteArray timestamp = fields.value("timestamp");
    if (!timestampFormat.match(QString::fromLatin1(timestamp)).hasMatch())
        return EdgeGridSignerTr::tr("timestamp \"%1\" is not yyyyMMddTHH:mm:ss+0000")
            .arg(QString::fromLatin1(timestamp));
    for (const QByteArray &name : headersToSign)
        if (request.headerValues(name).size() > 1)
            return EdgeGridSignerTr::tr("signed header %1 appears more than once")
                .arg(QString::fromLatin1(name));

    const EdgeGridSigner signer(credentials, maxBody, headersToSign);
    const QByteArray key = signingKey(credentials.clientSecret.toUtf8(), timestamp);
    if (!sameBytes(signature, base64HmacSha256(key, signer.dataToSign(request, prefix))))
        return EdgeGridSignerTr::tr("the signature does not match the request");
    return {};
}
