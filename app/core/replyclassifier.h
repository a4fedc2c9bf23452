#pragma once

#include "httpexchange.h"

// The queue's retry rules as one pure function: network errors, timeouts, 408, 429 and
// 500/502/503/504 may succeed later; 413 means "split and resend"; everything else is final,
// a reply that breaks HTTP itself included.
namespace ReplyClassifier {

Outcome classify(const HttpReply &reply);

// Retry-After as delta-seconds or an HTTP-date, relative to nowMs; -1 when absent or unreadable.
qint64 retryAfterMs(const HttpReply &reply, qint64 nowMs);

// A short, single-line excerpt of a reply body for error messages.
QString bodyExcerpt(const QByteArray &body, int maxChars = 200);

bool isRetryableStatus(int status);

} // namespace ReplyClassifier
