#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// The vocabulary of a purge: what to do (action), how targets are matched, and a batch
// of targets sent in one provider call. Names match the command line's words.

enum class PurgeAction { Purge, Invalidate };
// Object: a provider-specific kind of target the provider declares (ProviderInfo::objectMatch,
// such as content provider codes); stored and named "object", offered under the provider's word.
enum class MatchKind { Exact, Prefix, Tag, Host, All, Object };

QString actionName(PurgeAction action);
std::optional<PurgeAction> actionFromName(const QString &name);
QString matchName(MatchKind match);
std::optional<MatchKind> matchFromName(const QString &name);
QStringList allMatchNames();

// Extra request options a provider declares (ProviderInfo::options), as the user gave them:
// option key -> its values (one unless the option is repeatable). Kept with the request and
// its transactions as data, so the engine carries options it knows nothing about.
using OptionValues = QMap<QString, QStringList>;
QJsonObject optionValuesToJson(const OptionValues &options);
OptionValues optionValuesFromJson(const QJsonObject &json);

// One provider call's worth of targets. All targets of a batch share action, match and options.
struct PurgeBatch
{
    PurgeAction action = PurgeAction::Purge;
    MatchKind match = MatchKind::Exact;
    QStringList targets;  // URLs, URL prefixes, tags, hosts or objects; empty for MatchKind::All
    OptionValues options; // only options the batch's provider declares
    // Stable for the transaction that carries the batch, across resends and restarts (the
    // queue fills it in when it sends); for providers that make a resend idempotent with it.
    QString idempotencyKey;

    QString option(const QString &key) const { return options.value(key).value(0); }
};
