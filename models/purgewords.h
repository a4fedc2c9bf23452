#pragma once

#include "core/purgetypes.h"

#include <QCoreApplication>
#include <QString>

// The words the window uses for actions and match kinds, translated, where the command line
// and stored data use the machine names (actionName(), matchName()).
class PurgeWords final
{
    Q_DECLARE_TR_FUNCTIONS(PurgeWords)
public:
    static QString action(PurgeAction action);
    // As a choice in the composer ("Exact URLs").
    static QString match(MatchKind match);
    // "Purge · exact URLs", for a table cell or a title.
    static QString actionAndMatch(PurgeAction action, MatchKind match);
};
