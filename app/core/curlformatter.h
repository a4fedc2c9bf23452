#pragma once

#include "httpexchange.h"

#include <QString>

// A request description as a curl command line a user can paste into a shell, for support
// and debugging. Values of secret headers are replaced by "[redacted]"; callers build the
// request with a placeholder secret, so no real credential reaches the text in the first place.
namespace CurlFormatter {

// curl -X METHOD 'URL' -H 'Name: value' ... --data-binary 'body'; one line, POSIX shell quoting.
QString command(const HttpRequestSpec &request);

// Single-quotes text for a POSIX shell ('it'\''s').
QString shellQuote(const QString &text);

} // namespace CurlFormatter
