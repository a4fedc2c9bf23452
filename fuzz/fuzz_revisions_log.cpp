// Capistrano's revisions.log as `--revisions-log FILE` reads it: any bytes, any line endings,
// rollbacks to releases that were or were not deployed.
#include "changes/revisionslog.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RevisionsLog log;
    QString error;
    const bool parsed = log.parse(FuzzInput::bytes(data, size), &error);
    FUZZ_CHECK(parsed || !error.isEmpty());
    if (!parsed)
        FUZZ_CHECK(log.deploys().isEmpty());
    for (const RevisionsLog::Deploy &deploy : log.deploys()) {
        FUZZ_CHECK(deploy.line >= 1);
        FUZZ_CHECK(!deploy.revision.isEmpty() && !deploy.release.isEmpty());
    }
    (void)log.warning();
    RevisionsLog::Range range;
    QString rangeError;
    const bool two = log.lastTwo(&range, &rangeError);
    FUZZ_CHECK(two == (log.deploys().size() >= 2));
    FUZZ_CHECK(two || !rangeError.isEmpty());
    return 0;
}
