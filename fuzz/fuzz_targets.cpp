// A list of targets as `purge --from-file FILE` (or pasted into the composer) hands it over: read
// the way PurgeOptions reads the file, normalised, and planned for every registered provider with
// each match it declares, which validates every target and builds every request.
#include "fuzzinput.h"
#include "genericsource.h"
#include "providers/providerregistry.h"
#include "queue/planner.h"
#include "queue/purgeoptions.h"

#include <QTemporaryFile>

namespace {
// One file for the whole run, rewritten for every input: the engine reads targets from a file.
QTemporaryFile &targetFile()
{
    static QTemporaryFile file;
    if (!file.isOpen() && !file.open())
        FuzzInput::violated("cannot create a temporary target file", __FILE__, __LINE__);
    return file;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryFile &file = targetFile();
    file.resize(0);
    file.seek(0);
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.flush();

    PurgeOptions options;
    options.fromFile = file.fileName();
    QString error;
    const QStringList targets = Planner::normalizeTargets(options.readTargets(&error));
    FUZZ_CHECK(error.isEmpty());
    for (const QString &target : targets)
        FUZZ_CHECK(!target.isEmpty() && target == target.trimmed());
    if (targets.isEmpty())
        return 0;

    const ProviderRegistry &registry = ProviderRegistry::instance();
    const Planner planner(registry);
    for (const QString &type : registry.types()) {
        const Provider &provider = *registry.find(type);
        const SourceConfig source = GenericSource::of(provider);
        for (const MatchKind match : provider.info().matches) {
            if (match == MatchKind::All)
                continue;
            PurgeBatch whole;
            whole.match = match;
            whole.targets = targets;
            const Planner::Result plan = planner.plan(source, whole, 1700000000000);
            FUZZ_CHECK(plan.error.isEmpty() != plan.transactions.isEmpty());
            if (!plan.error.isEmpty() || provider.info().isLocal)
                continue;
            qsizetype planned = 0;
            for (const TransactionRecord &t : plan.transactions) {
                planned += t.batch.targets.size();
                const HttpRequestSpec request =
                    provider.buildRequest(source, t.lane, t.batch, QStringLiteral("fuzz-secret"));
                (void)request.redactedText();
            }
            FUZZ_CHECK(planned == targets.size() * provider.lanes(source).size());
        }
    }
    return 0;
}
