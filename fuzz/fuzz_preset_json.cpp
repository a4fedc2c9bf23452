// A purge kept as JSON (a preset, a request's definition in history): any document, read back
// into PurgeOptions. What it is written out as must read back the same (the first reading may
// drop what means nothing, such as a selection without a repository).
#include "fuzzinput.h"
#include "queue/purgeoptions.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(FuzzInput::bytes(data, size));
    if (!document.isObject())
        return 0;
    const PurgeOptions options = PurgeOptions::fromJson(document.object());
    (void)options.changes.validate();
    const QJsonObject written = options.toJson();
    const PurgeOptions again = PurgeOptions::fromJson(written);
    FUZZ_CHECK(again.toJson() == written);
    FUZZ_CHECK(PurgeOptions::fromJson(again.toJson()) == again);
    return 0;
}
