#pragma once

#include "core/httpexchange.h"

#include <optional>

// Sends a request through a fresh HttpClient, exactly as the engine would, and waits for its one
// handler call: nothing when none came within the timeout plus five seconds.
std::optional<HttpReply> exchangeOnce(const HttpRequestSpec &spec, int timeoutMs = 5000);

// The same, with a missing reply turned into a Cancelled failure that says so.
HttpReply sendAndWait(const HttpRequestSpec &spec, int timeoutMs = 5000);
