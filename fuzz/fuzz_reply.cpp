// What the engine makes of any HTTP reply before a provider looks at it: the classification
// (retry, split, fail), Retry-After in both of its forms with any value, and the body excerpt
// that goes into messages.
#include "core/replyclassifier.h"
#include "fuzzinput.h"

#include <limits>

namespace {
constexpr qint64 kWeekMs = qint64(7) * 24 * 3600 * 1000;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const HttpReply reply = FuzzInput::reply(FuzzInput::bytes(data, size));

    const Outcome outcome = ReplyClassifier::classify(reply);
    if (reply.isHttp() && ReplyClassifier::isRetryableStatus(reply.status))
        FUZZ_CHECK(outcome.kind == Outcome::Kind::Retry);
    if (reply.isHttp() && reply.status >= 200 && reply.status < 300)
        FUZZ_CHECK(outcome.kind == Outcome::Kind::Succeeded);
    FUZZ_CHECK(outcome.retryAfterMs >= -1 && outcome.retryAfterMs <= kWeekMs);

    // Now as the queue sees it, and at the two ends of the calendar a clock may report.
    for (const qint64 nowMs :
         {qint64(0), qint64(1700000000000), qint64(253402300799000), std::numeric_limits<qint64>::min() / 2,
          std::numeric_limits<qint64>::max() / 2}) {
        const qint64 wait = ReplyClassifier::retryAfterMs(reply, nowMs);
        FUZZ_CHECK(wait == -1 || (wait >= 0 && wait <= kWeekMs));
    }

    for (const int maxChars : {0, 1, 200, 4000}) {
        const QString excerpt = ReplyClassifier::bodyExcerpt(reply.body, maxChars);
        FUZZ_CHECK(excerpt.size() <= maxChars + 1);
        FUZZ_CHECK(!excerpt.contains(QLatin1Char('\n')));
    }
    return 0;
}
