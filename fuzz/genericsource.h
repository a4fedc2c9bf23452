#pragma once

#include "core/purgetypes.h"
#include "core/sourceconfig.h"

#include <QList>

class Provider;

// A source and batches for any registered provider, built from what the provider declares
// (settings with their defaults or first choice, its matches), so a target can drive every
// provider without naming one.
namespace GenericSource {

SourceConfig of(const Provider &provider);
// A well-formed target of each kind.
QStringList targetsFor(MatchKind match);
// One batch per match the provider declares, and per action where it invalidates.
QList<PurgeBatch> batchesFor(const Provider &provider);

} // namespace GenericSource
