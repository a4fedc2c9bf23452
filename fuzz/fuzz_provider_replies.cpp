// Every registered provider's reading of a reply (JSON and XML bodies, status, headers), to a
// purge and, where the provider has status polling, to a status request. The registry is
// iterated, so a provider added later is fuzzed without a change here.
#include "fuzzinput.h"
#include "genericsource.h"
#include "providers/providerregistry.h"

namespace {
constexpr qint64 kWeekMs = qint64(7) * 24 * 3600 * 1000;

void checkOutcome(const Outcome &outcome)
{
    FUZZ_CHECK(outcome.retryAfterMs >= -1 && outcome.retryAfterMs <= kWeekMs);
    FUZZ_CHECK(outcome.progressPercent >= -1 && outcome.progressPercent <= 100);
    // The queue polls what a pending outcome names; without a name there is nothing to ask.
    if (outcome.kind == Outcome::Kind::Pending)
        FUZZ_CHECK(!outcome.statusRef.isEmpty());
    if (outcome.kind == Outcome::Kind::Failed)
        FUZZ_CHECK(!outcome.message.isEmpty());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const HttpReply reply = FuzzInput::reply(FuzzInput::bytes(data, size));
    const ProviderRegistry &registry = ProviderRegistry::instance();
    for (const QString &type : registry.types()) {
        const Provider &provider = *registry.find(type);
        if (provider.info().isLocal)
            continue;
        const SourceConfig source = GenericSource::of(provider);
        for (const PurgeBatch &batch : GenericSource::batchesFor(provider))
            checkOutcome(provider.interpretReply(source, batch, reply));
        if (provider.info().hasStatus)
            checkOutcome(provider.interpretStatusReply(source, reply));
    }
    return 0;
}
