#pragma once

#include "wirerequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QDateTime;

// An Akamai API client's credentials, as Identity and Access Management issues them (and
// ~/.edgerc keeps them: see EdgeRc).
struct EdgeGridCredentials
{
    QString clientToken;
    QString accessToken;
    QString clientSecret;
};

// Akamai EdgeGrid request signing (EG1-HMAC-SHA256) the way Akamai's own clients do it
// (akamai/AkamaiOPEN-edgegrid-python edgegrid.py, akamai/AkamaiOPEN-edgegrid-node
// src/helpers.js) and as their test vectors (tests/data/edgegrid) pin it down:
//
//   prefix        = "EG1-HMAC-SHA256 client_token=CT;access_token=AT;timestamp=TS;nonce=N;"
//   data          = method \t scheme \t host \t path[?query] \t canonical headers \t content hash \t prefix
//   signing key   = base64(HMAC-SHA256(key = client secret, message = TS))
//   Authorization = prefix "signature=" base64(HMAC-SHA256(key = signing key, message = data))
//
// A pure function of its inputs: the caller brings the timestamp and the nonce (a fresh UUID per
// request), so there is no clock and no randomness in here.
class EdgeGridSigner final
{
public:
    // Akamai's documented default; older .edgerc files often carry 8192, which breaks POSTs
    // with larger bodies (AkamaiOPEN-edgegrid-java edgerc-reader README).
    static constexpr int DefaultMaxBody = 131072;

    explicit EdgeGridSigner(EdgeGridCredentials credentials, int maxBody = DefaultMaxBody,
                            QList<QByteArray> headersToSign = {});

    // A copy of request with the Authorization header set (and marked secret).
    HttpRequestSpec sign(const HttpRequestSpec &request, const QByteArray &timestamp,
                         const QByteArray &nonce) const;
    // The Authorization header value for request.
    QByteArray authorization(const WireRequest &request, const QByteArray &timestamp,
                             const QByteArray &nonce) const;

    // The steps, for tests and for explaining a rejected signature.
    QByteArray authPrefix(const QByteArray &timestamp, const QByteArray &nonce) const;
    QByteArray dataToSign(const WireRequest &request, const QByteArray &authPrefix) const;
    QByteArray canonicalHeaders(const WireRequest &request) const;
    QByteArray contentHash(const WireRequest &request) const;
    static QByteArray signingKey(const QByteArray &clientSecret, const QByteArray &timestamp);

    // The timestamp format EdgeGrid expects, "20140321T19:34:21+0000", for time in UTC.
    static QByteArray timestamp(const QDateTime &time);

    // For fake Akamai servers in tests: empty when request carries a valid EdgeGrid signature
    // made with credentials, maxBody and headersToSign, otherwise what is wrong with it. The
    // timestamp's age is the caller's to judge (there is no clock here).
    static QString verify(const WireRequest &request, const EdgeGridCredentials &credentials,
                          int maxBody = DefaultMaxBody, const QList<QByteArray> &headersToSign = {});

private:
    EdgeGridCredentials m_credentials;
    int m_maxBody;
    QList<QByteArray> m_headersToSign;
};
