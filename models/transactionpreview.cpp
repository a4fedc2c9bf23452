#include "transactionpreview.h"

#include "core/curlformatter.h"
#include "providers/providerregistry.h"
#include "purgewords.h"
#include "storage/sourcestore.h"

#include <QCoreApplication>

static QString tr(const char *text)
{
    return QCoreApplication::translate("TransactionPreview", text);
}

namespace {

struct Resolved
{
    std::optional<SourceConfig> source;
    const Provider *provider = nullptr;
    QString secret;
};

Resolved resolve(const SourceStore &sources, const TransactionRecord &t)
{
    Resolved r;
    r.source = sources.findById(t.sourceId);
    if (!r.source)
        return r;
    r.provider = ProviderRegistry::instance().find(r.source->type);
    if (r.source->secret.kind != SecretRef::Kind::None)
        r.secret = TransactionPreview::placeholderSecret();
    return r;
}

} // namespace

std::optional<HttpRequestSpec> TransactionPreview::request(const SourceStore &sources,
                                                           const TransactionRecord &t, QString *why)
{
    const Resolved r = resolve(sources, t);
    QString reason;
    if (!r.source)
        reason = tr("source \"%1\" no longer exists").arg(t.sourceName);
    else if (!r.provider)
        reason = tr("unknown source type \"%1\"").arg(r.source->type);
    else if (r.provider->info().isLocal)
        reason = tr("%1 runs on this computer; nothing is sent over the network").arg(t.sourceName);
    if (!reason.isEmpty()) {
        if (why)
            *why = reason;
        return std::nullopt;
    }
    return r.provider->buildRequest(*r.source, t.lane, t.batch, r.secret);
}

std::optional<HttpRequestSpec> TransactionPreview::statusRequest(const SourceStore &sources,
                                                                 const TransactionRecord &t)
{
    if (t.statusRef.isEmpty())
        return std::nullopt;
    const Resolved r = resolve(sources, t);
    if (!r.source || !r.provider || r.provider->info().isLocal || !r.provider->info().hasStatus)
        return std::nullopt;
    HttpRequestSpec spec = r.provider->buildStatusRequest(*r.source, t.lane, t.statusRef, r.secret);
    if (!spec.isValid())
        return std::nullopt;
    return spec;
}

QString TransactionPreview::text(const SourceStore &sources, const TransactionRecord &t)
{
    QString why;
    const auto spec = request(sources, t, &why);
    if (!spec) {
        QString text = why + QLatin1Char('\n');
        text += PurgeWords::actionAndMatch(t.batch.action, t.batch.match) + QLatin1Char('\n');
        if (t.batch.match != MatchKind::All)
            text += t.batch.targets.join(QLatin1Char('\n')) + QLatin1Char('\n');
        return text;
    }
    return spec->redactedText();
}

QString TransactionPreview::curl(const SourceStore &sources, const TransactionRecord &t)
{
    QString why;
    const auto spec = request(sources, t, &why);
    if (!spec)
        return QLatin1String("# ") + tr("transaction %1: %2").arg(t.id).arg(why);
    return CurlFormatter::command(*spec);
}
