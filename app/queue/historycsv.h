#pragma once

#include "core/transactionrecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>

// The history as CSV (RFC 4180, UTF-8, CRLF), one row per transaction with who asked for its
// request, from where and why. Column names are machine-readable and never translated:
// scripts and spreadsheets key on them.
namespace HistoryCsv {

QByteArray of(const QList<TransactionRecord> &transactions, const QHash<qint64, RequestRecord> &requests);

} // namespace HistoryCsv
