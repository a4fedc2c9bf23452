#pragma once

#include "edgegridsigner.h"

#include <QString>
#include <QStringList>
#include <optional>

// One section of an .edgerc file, the INI file Akamai's tools keep API credentials in:
//
//   [default]
//   client_secret = abcdEXAMPLE=
//   host = akab-xxxxxxxx.luna.akamaiapis.net
//   access_token = akab-access-xxxx
//   client_token = akab-client-xxxx
//   max-body = 131072            ; optional
//
// Read the way Akamai's clients read it (akamai/AkamaiOPEN-edgegrid-python edgerc.py, a
// ConfigParser that takes max-body for max_body; akamai/AkamaiOPEN-edgegrid-node src/edgerc.js,
// which also unquotes values and drops a host's "https://" and trailing slash): `name = value`
// or `name: value`, whole-line comments with # or ;, inline comments after whitespace, values
// optionally in single or double quotes.
struct EdgeRc
{
    QString host; // the API host name, without scheme or trailing slash
    EdgeGridCredentials credentials;
    int maxBody = EdgeGridSigner::DefaultMaxBody;

    // The named section of text. A line that is not a section header, a `name = value` line,
    // a comment or blank makes the whole file unreadable (as it is for Akamai's Python client);
    // only the named section's values are checked. On failure *error says which line and what
    // is wrong, never quoting a value that might be a secret.
    static std::optional<EdgeRc>
    parse(const QString &text, const QString &section = QStringLiteral("default"), QString *error = nullptr);

    // The names of the file's sections, in file order and each once (a form offers them to
    // choose from). Empty with *error set when a line is unreadable, under the same rules as parse.
    static std::optional<QStringList> sections(const QString &text, QString *error = nullptr);
};
