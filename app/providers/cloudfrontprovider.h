#pragma once

#include "provider.h"

#include <QDateTime>

// Amazon CloudFront invalidations (CloudFront API Reference: CreateInvalidation, GetInvalidation;
// Developer Guide: "Invalidating files"; PROVIDERS.md):
//   POST {endpoint}/2020-05-31/distribution/{Id}/invalidation with an XML InvalidationBatch
//   (Paths{Quantity, Items{Path...}}, CallerReference) answers 201 with Location and an
//   Invalidation (Id, Status InProgress); GET .../invalidation/{InvalidationId} is polled until
//   Status is Completed. Requests are signed with AWS Signature Version 4 (service cloudfront,
//   region us-east-1), with X-Amz-Security-Token for temporary credentials.
// CallerReference makes a resend idempotent: the same reference with the same paths returns
// the invalidation already made. It is derived from the transaction (PurgeBatch::idempotencyKey)
// and the paths, so a resend after a timeout or a crash makes no second invalidation.
// A distribution holds at most 3,000 file paths and, independently, 15 wildcard paths in
// progress ("Concurrent invalidation request maximum"); the queue keeps the rest waiting.
class CloudFrontProvider final : public Provider
{
public:
    CloudFrontProvider();
    const ProviderInfo &info() const override { return m_info; }

    QString validateSource(const SourceConfig &source) const override;
    QString validateBatch(const SourceConfig &source, const PurgeBatch &batch) const override;
    QString rateKey(const SourceConfig &source) const override;
    QString capacityKey(const SourceConfig &source) const override;
    // Each distinct invalidation path is billed once (invalidationPaths).
    int billedUnits(const SourceConfig &source, const PurgeBatch &batch) const override;
    // The invalidation path: "/img/2026/*" for the prefix https://example.com/img/2026/.
    QString targetAsSent(const SourceConfig &source, MatchKind match, const QString &target) const override;

    // Signed at the current time; a session token is read from session_token_env now.
    HttpRequestSpec buildRequest(const SourceConfig &source, const QString &lane, const PurgeBatch &batch,
                                 const QString &secret) const override;
    Outcome interpretReply(const SourceConfig &source, const PurgeBatch &batch,
                           const HttpReply &reply) const override;
    HttpRequestSpec buildStatusRequest(const SourceConfig &source, const QString &lane,
                                       const QString &statusRef, const QString &secret) const override;
    Outcome interpretStatusReply(const SourceConfig &source, const HttpReply &reply) const override;
    // ListInvalidations with MaxItems=1: reads, changes nothing, needs the key and distribution.
    HttpRequestSpec buildCheckRequest(const SourceConfig &source, const QString &secret) const override;

    // The same, signed at time, for tests.
    HttpRequestSpec buildSignedRequest(const SourceConfig &source, const PurgeBatch &batch,
                                       const QString &secret, const QDateTime &time) const;
    HttpRequestSpec buildSignedStatusRequest(const SourceConfig &source, const QString &invalidationId,
                                             const QString &secret, const QDateTime &time) const;

    // The invalidation paths of a batch, in order and each once: a URL's path (and query),
    // with non-ASCII and RFC 1738's unsafe characters percent-encoded and nothing else
    // ("Non-ASCII or unsafe characters in the path"); prefixes end in '*', everything is "/*".
    static QStringList invalidationPaths(const PurgeBatch &batch);
    // "/images/a%20b.jpg?v=2" for "https://host/images/a b.jpg?v=2"; empty *error when fine.
    static QString pathOf(const QString &url, QString *error);
    static QString callerReference(const PurgeBatch &batch, const QStringList &paths);
    static QByteArray invalidationBatchXml(const QStringList &paths, const QString &callerReference);

private:
    QUrl distributionUrl(const SourceConfig &source, const QString &tail) const;
    HttpRequestSpec sign(const SourceConfig &source, HttpRequestSpec spec, const QString &secret,
                         const QDateTime &time) const;
    Outcome classifyReply(const SourceConfig &source, const HttpReply &reply, bool poll) const;
    Outcome errorOutcome(const SourceConfig &source, const HttpReply &reply) const;

    ProviderInfo m_info;
};
