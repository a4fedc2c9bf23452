#include "provider.h"

#include "core/replyclassifier.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct ProviderTr
{
    Q_DECLARE_TR_FUNCTIONS(Provider)
};
} // namespace

QString Provider::validateSource(const SourceConfig &) const
{
    return {};
}

QString Provider::validateBatch(const SourceConfig &, const PurgeBatch &batch) const
{
    if (!info().matches.contains(batch.match))
        return ProviderTr::tr("provider %1 does not support --match %2").arg(info().type, matchName(batch.match));
    if (batch.action == PurgeAction::Invalidate && !info().supportsInvalidate)
        return ProviderTr::tr("provider %1 does not support --action invalidate").arg(info().type);
    if (batch.match != MatchKind::All && batch.targets.isEmpty())
        return ProviderTr::tr("no targets given");
    if (batch.match == MatchKind::All && !batch.targets.isEmpty())
        return ProviderTr::tr("--match all takes no targets, but %n were given", nullptr, int(batch.targets.size()));
    if (!batch.cacheKeyModifier.isEmpty())
        return ProviderTr::tr("provider %1 does not support --cache-key-modifier").arg(info().type);
    if (batch.match == MatchKind::Exact || batch.match == MatchKind::Prefix)
        return checkUrlTargets(batch);
    return {};
}

QStringList Provider::lanes(const SourceConfig &) const
{
    return {QString()};
}

QString Provider::rateKey(const SourceConfig &source) const
{
    return QStringLiteral("source:%1").arg(source.id);
}

HttpRequestSpec Provider::buildRequest(const SourceConfig &, const QString &, const PurgeBatch &,
                                       const QString &) const
{
    return {};
}

Outcome Provider::interpretReply(const SourceConfig &, const PurgeBatch &, const HttpReply &reply) const
{
    if (reply.isHttp() && reply.status >= 200 && reply.status < 300)
        return Outcome::succeeded();
    return ReplyClassifier::classify(reply);
}

HttpRequestSpec Provider::buildStatusRequest(const SourceConfig &, const QString &, const QString &,
                                             const QString &) const
{
    return {};
}

Outcome Provider::interpretStatusReply(const SourceConfig &, const HttpReply &reply) const
{
    return ReplyClassifier::classify(reply);
}

Outcome Provider::runLocal(const SourceConfig &, const PurgeBatch &) const
{
    return Outcome::failed(ProviderTr::tr("provider %1 cannot run locally").arg(info().type));
}

HttpRequestSpec Provider::buildCheckRequest(const SourceConfig &, const QString &) const
{
    return {};
}

QString Provider::checkUrlTargets(const PurgeBatch &batch)
{
    for (const QString &target : batch.targets) {
        const QUrl url(target, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty())
            return ProviderTr::tr("malformed URL \"%1\": expected an absolute http:// or https:// URL").arg(target);
    }
    return {};
}

QByteArray Provider::basicAuth(const QString &user, const QString &password)
{
    const QByteArray pair = user.toUtf8() + ':' + password.toUtf8();
    return QByteArrayLiteral("Basic ") + pair.toBase64();
}

QUrl Provider::endpointUrl(const SourceConfig &source, const QString &path) const
{
    QString base = source.endpoint(info().defaultEndpoint);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

QString Provider::withoutCredentials(const QString &text)
{
    // A credential after a scheme word: base64 or token characters (JSON may escape '/' as
    // "\/"). All-lowercase words ("Basic authentication") are prose, not credentials.
    static const QRegularExpression credential(
        QStringLiteral("\\b(Basic|Bearer|Digest|Token|Negotiate)(\\s+)([A-Za-z0-9+/=._~\\\\-]{8,})"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prose(QStringLiteral("^[a-z]+$"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = credential.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (prose.match(match.captured(3)).hasMatch())
            continue;
        result += QStringView(text).mid(last, match.capturedStart(3) - last);
        result += QLatin1String("[redacted]");
        last = match.capturedEnd(3);
    }
    if (last == 0)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

Outcome Provider::withoutCredentials(Outcome outcome)
{
    outcome.message = withoutCredentials(outcome.message);
    for (QString &detail : outcome.details)
        detail = withoutCredentials(detail);
    return outcome;
}
