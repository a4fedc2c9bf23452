#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The vocabulary of a purge: what to do (action), how targets are matched, and a batch
// of targets sent in one provider call. Names match the command line's words.

enum class PurgeAction { Purge, Invalidate };
enum class MatchKind { Exact, Prefix, Tag, Host, All };

QString actionName(PurgeAction action);
std::optional<PurgeAction> actionFromName(const QString &name);
QString matchName(MatchKind match);
std::optional<MatchKind> matchFromName(const QString &name);
QStringList allMatchNames();

// One provider call's worth of targets. All targets of a batch share action and match.
struct PurgeBatch
{
    PurgeAction action = PurgeAction::Purge;
    MatchKind match = MatchKind::Exact;
    QStringList targets;          // URLs, URL prefixes, tags or hosts; empty for MatchKind::All
    QString cacheKeyModifier;     // Instart's cache_key_modifier_regex; empty when unused
};
