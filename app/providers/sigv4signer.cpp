#include "sigv4signer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <algorithm>

namespace {
struct SigV4SignerTr
{
    Q_DECLARE_TR_FUNCTIONS(SigV4Signer)
};

const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");
const QByteArray kTerminator = QByteArrayLiteral("aws4_request");
const QByteArray kDateHeader = QByteArrayLiteral("X-Amz-Date");
const QByteArray kTokenHeader = QByteArrayLiteral("X-Amz-Security-Token");

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
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

// RFC 3986 section 5.2.4 dot-segment removal, and empty segments dropped as well: the suite's
// normalize-path cases ("//example//" is "/example/"). A path that ends in a segment
// separator, "." or ".." keeps its trailing slash.
QByteArray normalizedPath(const QByteArray &path)
{
    QList<QByteArray> segments;
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(part);
    }
    QByteArray normalized = '/' + segments.join('/');
    const QByteArray last = parts.constLast();
    if (!segments.isEmpty() && (last.isEmpty() || last == "." || last == ".."))
        normalized += '/';
    return normalized;
}
} // namespace

SigV4Signer::SigV4Signer(AwsCredentials credentials, QString region, QString service,
                         TokenPlacement placement)
    : m_credentials(std::move(credentials)), m_region(region.toUtf8()), m_service(service.toUtf8()),
      m_placement(placement)
{
}

HttpRequestSpec SigV4Signer::sign(const HttpRequestSpec &request, const QDateTime &time) const
{
    HttpRequestSpec signedRequest = request;
    // Host is signed, so it is set here rather than left to HttpClient: what is sent is then
    // what was signed, whatever sends it.
    if (request.header("Host").isEmpty())
        signedRequest.setHeader("Host", hostHeaderFor(request.url));
    signedRequest.setHeader(kDateHeader, amzDate(time));
    const bool token = !m_credentials.sessionToken.isEmpty();
    if (token && m_placement == TokenPlacement::Signed)
        signedRequest.setHeader(kTokenHeader, m_credentials.sessionToken.toUtf8(), true);
    // Signing a request again (a retry) must not sign the token it was given after signing.
    if (token && m_placement == TokenPlacement::AddedAfterSigning)
        signedRequest.headers.removeIf(
            [](const auto &header) { return header.first.compare(kTokenHeader, Qt::CaseInsensitive) == 0; });
    signedRequest.setHeader("Authorization", signature(WireRequest::fromSpec(signedRequest)).authorization,
                            true);
    if (token && m_placement == TokenPlacement::AddedAfterSigning)
        signedRequest.setHeader(kTokenHeader, m_credentials.sessionToken.toUtf8(), true);
    return signedRequest;
}

SigV4Signature SigV4Signer::signature(const WireRequest &request) const
{
    return signature(request, headerNames(request));
}

SigV4Signature SigV4Signer::signature(const WireRequest &request,
                                      const QList<QByteArray> &signedHeaders) const
{
    SigV4Signature result;
    const QByteArray date = request.header(kDateHeader).trimmed();
    result.signedHeaders = signedHeaders.join(';');
    result.canonicalRequest = canonicalRequest(request, signedHeaders);
    result.stringToSign =
        kAlgorithm + '\n' + date + '\n' + scope(date.left(8)) + '\n' + hexSha256(result.canonicalRequest);
    const QByteArray key =
        signingKey(m_credentials.secretAccessKey.toUtf8(), date.left(8), m_region, m_service);
    result.signature = hmacSha256(key, result.stringToSign).toHex();
    result.authorization = kAlgorithm + " Credential=" + m_credentials.accessKeyId.toUtf8() + '/' +
                           scope(date.left(8)) + ", SignedHeaders=" + result.signedHeaders +
                           ", Signature=" + result.signature;
    return result;
}

QByteArray SigV4Signer::scope(const QByteArray &date) const
{
    return date + '/' + m_region + '/' + m_service + '/' + kTerminator;
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::canonicalUri(const QByteArray &path)
{
    // The path as sent is encoded once more, '%' included: AWS encodes every segment twice for
    // all services but S3 ("/documents%20and%20settings/" is "/documents%2520and%2520settings/").
    // The suite writes its paths unencoded ("/example space/"), which this encodes once.
    return normalizedPath(path).toPercentEncoding("/");
}

QByteArray SigV4Signer::canonicalQuery(const QByteArray &query)
{
    // Names and values are decoded and encoded again with only the RFC 3986 unreserved
    // characters left as they are, then sorted by name and value (suite:
    // get-vanilla-query-order-*, get-vanilla-utf8-query). '+' is a literal plus here, as in
    // RFC 3986; AWS wants spaces as %20, so a '+' Purgeline sends never means a space.
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        pairs.append({QByteArray::fromPercentEncoding(name).toPercentEncoding(),
                      QByteArray::fromPercentEncoding(value).toPercentEncoding()});
    }
    // By name, then value; not as "name=value" strings, where "Param-3=" would come before
    // "Param=" (get-vanilla-query-order-encoded).
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> canonical;
    for (const auto &[name, value] : pairs)
        canonical.append(QByteArray(name + '=' + value));
    return canonical.join('&');
}

QList<QByteArray> SigV4Signer::headerNames(const WireRequest &request)
{
    QList<QByteArray> names;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower != "authorization" && !names.contains(lower))
            names.append(lower);
    }
    std::sort(names.begin(), names.end());
    return names;
}

QByteArray SigV4Signer::canonicalHeaders(const WireRequest &request, const QList<QByteArray> &signedHeaders)
{
    // Values trimmed and whitespace runs made one space, folded lines included
    // (get-header-value-trim, get-header-value-multiline); a repeated header's values joined
    // with ',' in the order sent (get-header-key-duplicate, get-header-value-order).
    QByteArray block;
    for (const QByteArray &name : signedHeaders) {
        QList<QByteArray> values = request.headerValues(name);
        for (QByteArray &value : values)
            value = value.simplified();
        block += name + ':' + values.join(',') + '\n';
    }
    return block;
}

QByteArray SigV4Signer::canonicalRequest(const WireRequest &request, const QList<QByteArray> &signedHeaders)
{
    return request.method + '\n' + canonicalUri(request.path()) + '\n' + canonicalQuery(request.query()) +
           '\n' + canonicalHeaders(request, signedHeaders) + '\n' + signedHeaders.join(';') + '\n' +
           hexSha256(request.body);
}

QByteArray SigV4Signer::signingKey(const QByteArray &secretAccessKey, const QByteArray &date,
                                   const QByteArray &region, const QByteArray &service)
{
    const QByteArray dateKey = hmacSha256("AWS4" + secretAccessKey, date);
    const QByteArray regionKey = hmacSha256(dateKey, region);
    const QByteArray serviceKey = hmacSha256(regionKey, service);
    return hmacSha256(serviceKey, kTerminator);
}

QString SigV4Signer::verify(const WireRequest &request, const AwsCredentials &credentials,
                            const QString &region, const QString &service)
{
    const QList<QByteArray> headers = request.headerValues("Authorization");
    if (headers.isEmpty())
        return SigV4SignerTr::tr("no Authorization header");
    if (headers.size() > 1)
        return SigV4SignerTr::tr("more than one Authorization header");
    const QByteArray &header = headers.first();
    if (!header.startsWith(QByteArray(kAlgorithm + ' ')))
        return SigV4SignerTr::tr("the Authorization header is not AWS4-HMAC-SHA256");

    QByteArray credential, signedHeaders, signature;
    for (const QByteArray &part : header.mid(kAlgorithm.size() + 1).split(',')) {
        const QByteArray field = part.trimmed();
        if (field.startsWith("Credential="))
            credential = field.mid(11);
        else if (field.startsWith("SignedHeaders="))
            signedHeaders = field.mid(14);
        else if (field.startsWith("Signature="))
            signature = field.mid(10);
        else
            return SigV4SignerTr::tr("the Authorization header has an unknown part");
    }
    if (credential.isEmpty() || signedHeaders.isEmpty() || signature.isEmpty())
        return SigV4SignerTr::tr("the Authorization header lacks Credential, SignedHeaders or Signature");

    const QByteArray date = request.header(kDateHeader).trimmed();
    static const QRegularExpression dateFormat(QStringLiteral(R"(^\d{8}T\d{6}Z$)"));
    if (!dateFormat.match(QString::fromLatin1(date)).hasMatch())
        return SigV4SignerTr::tr("X-Amz-Date is missing or not yyyyMMddTHHmmssZ");
    const QList<QByteArray> scopeParts = credential.split('/');
    if (scopeParts.size() != 5 || scopeParts.at(0) != credentials.accessKeyId.toUtf8())
        return SigV4SignerTr::tr("unknown access key");
    const SigV4Signer signer(credentials, region, service);
    if (credential.mid(credential.indexOf('/') + 1) != signer.scope(date.left(8)))
        return SigV4SignerTr::tr("the credential scope is not %1")
            .arg(QString::fromLatin1(signer.scope(date.left(8))));

    // AWS requires Host signed, and X-Amz-Date when it dates the request; names are listed in
    // lower case and sorted.
    const QList<QByteArray> names = signedHeaders.split(';');
    QList<QByteArray> sorted = names;
    std::sort(sorted.begin(), sorted.end());
    if (names != sorted || signedHeaders != signedHeaders.toLower())
        return SigV4SignerTr::tr("SignedHeaders is not sorted and in lower case");
    for (const char *required : {"host", "x-amz-date"})
        if (!names.contains(required))
            return SigV4SignerTr::tr("%1 is not signed").arg(QLatin1String(required));
    for (const QByteArray &name : names)
        if (request.headerValues(name).isEmpty())
            return SigV4SignerTr::tr("signed header %1 is missing").arg(QString::fromLatin1(name));
    const QList<QByteArray> tokens = request.headerValues(kTokenHeader);
    if (tokens.size() > 1 || tokens.value(0) != credentials.sessionToken.toUtf8())
        return SigV4SignerTr::tr("X-Amz-Security-Token does not match the credentials");

    if (!sameBytes(signature, signer.signature(request, names).signature))
        return SigV4SignerTr::tr("the signature does not match the request");
    return {};
}
