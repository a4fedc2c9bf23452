#pragma once

#include "core/sourceconfig.h"
#include "core/transactionrecord.h"
#include "queue/planestimate.h"
#include "queue/queueddedup.h"
#include "storage/presetstore.h"
#include "storage/verificationstore.h"

#include <QJsonArray>
#include <QJsonObject>

class ProviderRegistry;

// The --json shapes. Never carries a secret: sources show only where their secret comes from.
namespace JsonFormat {
QJsonObject transaction(const TransactionRecord &t);
QJsonObject source(const SourceConfig &s);
QJsonObject preset(const PresetRecord &p);
// Each probed URL: [{transaction_id, url, verdict (pending, fresh, stale, cannot_tell), signal,
// probe, probed_at}].
QJsonArray probes(const QList<ProbeRecord> &probes);
// What queued work already covered: [{source, request, match, count, targets, transactions,
// covered_by: {kind, targets}}], covered_by only when it is not the same target.
QJsonArray alreadyQueued(const QList<AlreadyQueued> &items);
// What a planned purge costs each source: {sources: [{source, type, requests, items, seconds,
// unpaced, rate, burst, ..., billing, collapsed, declined, offers}], lines: [text for people]}.
QJsonObject estimate(const PlanEstimate &estimate);
QString isoTime(qint64 msSinceEpoch);
QByteArray document(const QJsonObject &object);
} // namespace JsonFormat
