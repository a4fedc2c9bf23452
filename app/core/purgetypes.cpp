#include "purgetypes.h"

QString actionName(PurgeAction action)
{
    return action == PurgeAction::Invalidate ? QStringLiteral("invalidate") : QStringLiteral("purge");
}

std::optional<PurgeAction> actionFromName(const QString &name)
{
    if (name == QLatin1String("purge"))
        return PurgeAction::Purge;
    if (name == QLatin1String("invalidate"))
        return PurgeAction::Invalidate;
    return std::nullopt;
}

QString matchName(MatchKind match)
{
    switch (match) {
    case MatchKind::Exact: return QStringLiteral("exact");
    case MatchKind::Prefix: return QStringLiteral("prefix");
    case MatchKind::Tag: return QStringLiteral("tag");
    case MatchKind::Host: return QStringLiteral("host");
    case MatchKind::All: return QStringLiteral("all");
    }
    return {};
}

std::optional<MatchKind> matchFromName(const QString &name)
{
    for (MatchKind m : {MatchKind::Exact, MatchKind::Prefix, MatchKind::Tag, MatchKind::Host, MatchKind::All})
        if (matchName(m) == name)
            return m;
    return std::nullopt;
}

QStringList allMatchNames()
{
    return {QStringLiteral("exact"), QStringLiteral("prefix"), QStringLiteral("tag"), QStringLiteral("host"),
            QStringLiteral("all")};
}
