#pragma once

#include "core/httpexchange.h"
#include "core/transactionrecord.h"

#include <QString>
#include <optional>

class SourceStore;

// What a stored transaction sends, rebuilt for showing and copying. The provider builds the
// request with a placeholder instead of the secret, so neither the keychain is read nor can a
// credential end up in a details pane or on the clipboard.
class TransactionPreview final
{
public:
    static QString placeholderSecret() { return QStringLiteral("SECRET"); }

    // The purge request, or nullopt with *why set (unknown source, local provider).
    static std::optional<HttpRequestSpec> request(const SourceStore &sources, const TransactionRecord &t,
                                                  QString *why = nullptr);
    // The status request, when the transaction has a status reference.
    static std::optional<HttpRequestSpec> statusRequest(const SourceStore &sources,
                                                        const TransactionRecord &t);

    // Redacted text of the request; for local providers, what runs on this computer.
    static QString text(const SourceStore &sources, const TransactionRecord &t);
    // A curl command line; for local providers, a shell comment saying why there is none.
    static QString curl(const SourceStore &sources, const TransactionRecord &t);
};
