#include "purgewords.h"

QString PurgeWords::action(PurgeAction action)
{
    switch (action) {
    case PurgeAction::Purge:
        return tr("Purge");
    case PurgeAction::Invalidate:
        return tr("Invalidate");
    }
    return {};
}

QString PurgeWords::match(MatchKind match)
{
    switch (match) {
    case MatchKind::Exact:
        return tr("Exact URLs");
    case MatchKind::Prefix:
        return tr("URL prefixes");
    case MatchKind::Tag:
        return tr("Tags (surrogate keys)");
    case MatchKind::Host:
        return tr("Whole hosts");
    case MatchKind::All:
        return tr("Everything");
    case MatchKind::Object:
        return tr("Provider objects"); // the providers' own label, when they declare one
    }
    return {};
}

QString PurgeWords::actionAndMatch(PurgeAction action, MatchKind match)
{
    // Short forms for a narrow column; the composer's longer labels are its choices.
    QString what;
    switch (match) {
    case MatchKind::Exact:
        what = tr("URLs");
        break;
    case MatchKind::Prefix:
        what = tr("prefixes");
        break;
    case MatchKind::Tag:
        what = tr("tags");
        break;
    case MatchKind::Host:
        what = tr("hosts");
        break;
    case MatchKind::All:
        what = tr("everything");
        break;
    case MatchKind::Object:
        what = tr("objects");
        break;
    }
    return tr("%1 %2", "action, then what it matches: Purge URLs").arg(PurgeWords::action(action), what);
}
