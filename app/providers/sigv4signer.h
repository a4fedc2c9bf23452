#pragma once

#include "wirerequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QDateTime;

// An AWS access key, and the session token that comes with temporary (STS) credentials.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys
};

// The steps of one signature, kept for tests and for explaining a rejected request.
struct SigV4Signature
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; // "host;x-amz-date"
    QByteArray signature;     // lower-case hex
    QByteArray authorization; // the Authorization header value
};

// AWS Signature Version 4 with an Authorization header (AWS General Reference, "Create a signed
// AWS API request"; checked against the AWS Signature Version 4 test suite in tests/data/sigv4):
//
//   canonical request = method \n canonical URI \n canonical query \n canonical headers \n
//                       signed headers \n hex(SHA-256(body))
//   string to sign    = "AWS4-HMAC-SHA256" \n amz date \n scope \n hex(SHA-256(canonical request))
//   scope             = yyyyMMdd/region/service/aws4_request
//   signing key       = HMAC chain "AWS4" + secret -> date -> region -> service -> "aws4_request"
//
// For every service but S3, which is what Purgeline signs for (CloudFront): the path is
// normalized and the wire form encoded once more. A pure function of its inputs: the caller
// brings the time.
class SigV4Signer final
{
public:
    // Where a session token goes: most services want X-Amz-Security-Token signed, a few want it
    // added after signing (the suite's post-sts-token/readme.txt).
    enum class TokenPlacement { Signed, AddedAfterSigning };

    SigV4Signer(AwsCredentials credentials, QString region, QString service,
                TokenPlacement placement = TokenPlacement::Signed);

    // A copy of request with Host, X-Amz-Date, X-Amz-Security-Token (with a session token) and
    // Authorization set; the last two are secret headers.
    HttpRequestSpec sign(const HttpRequestSpec &request, const QDateTime &time) const;

    // The signature of request as it stands, dated by its X-Amz-Date header, over every header
    // it has but Authorization.
    SigV4Signature signature(const WireRequest &request) const;
    // The same over the named headers only (lower case), as a verifier recomputes it.
    SigV4Signature signature(const WireRequest &request, const QList<QByteArray> &signedHeaders) const;

    // "20150830/us-east-1/service/aws4_request" for the date "20150830".
    QByteArray scope(const QByteArray &date) const;

    static QByteArray amzDate(const QDateTime &time); // "20150830T123600Z", in UTC
    static QByteArray canonicalUri(const QByteArray &path);
    static QByteArray canonicalQuery(const QByteArray &query);
    static QList<QByteArray> headerNames(const WireRequest &request); // lower case, sorted, no Authorization
    static QByteArray canonicalHeaders(const WireRequest &request, const QList<QByteArray> &signedHeaders);
    static QByteArray canonicalRequest(const WireRequest &request, const QList<QByteArray> &signedHeaders);
    static QByteArray signingKey(const QByteArray &secretAccessKey, const QByteArray &date,
                                 const QByteArray &region, const QByteArray &service);

    // For fake AWS servers in tests: empty when request carries a valid signature made with
    // credentials for region and service, otherwise what is wrong with it. The date's distance
    // from now is the caller's to judge (there is no clock here).
    static QString verify(const WireRequest &request, const AwsCredentials &credentials,
                          const QString &region, const QString &service);

private:
    AwsCredentials m_credentials;
    QByteArray m_region;
    QByteArray m_service;
    TokenPlacement m_placement;
};
