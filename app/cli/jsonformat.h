#pragma once

#include "core/sourceconfig.h"
#include "core/transactionrecord.h"
#include "storage/presetstore.h"

#include <QJsonObject>

class ProviderRegistry;

// The --json shapes. Never carries a secret: sources show only where their secret comes from.
namespace JsonFormat {
QJsonObject transaction(const TransactionRecord &t);
QJsonObject source(const SourceConfig &s);
QJsonObject preset(const PresetRecord &p);
QString isoTime(qint64 msSinceEpoch);
QByteArray document(const QJsonObject &object);
} // namespace JsonFormat
