// Text from outside made safe to store, show and print (PeopleText): whatever a server sends, no
// control character survives, the length stays capped, and what is kept is the start of the text.
#include "core/peopletext.h"
#include "fuzzinput.h"

namespace {
bool isControl(char16_t u)
{
    return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) ||
           (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

void check(const QString &text)
{
    const QString escaped = PeopleText::escaped(text);
    FUZZ_CHECK(
        std::none_of(escaped.cbegin(), escaped.cend(), [](QChar c) { return isControl(c.unicode()); }));
    for (const int maxChars : {0, 1, 7, 64, PeopleText::kMaxChars}) {
        const QString safe = PeopleText::safe(text, maxChars);
        FUZZ_CHECK(std::none_of(safe.cbegin(), safe.cend(), [](QChar c) { return isControl(c.unicode()); }));
        // The note that says how much was cut is short; the text itself is never longer than asked.
        FUZZ_CHECK(safe.size() <= maxChars + 64);
        const QString kept = safe.left(qMin(safe.size(), qsizetype(maxChars)));
        FUZZ_CHECK(escaped.startsWith(kept));
        if (escaped.size() <= maxChars)
            FUZZ_CHECK(safe == escaped);
        const QString capped = PeopleText::capped(text, maxChars);
        FUZZ_CHECK(capped.size() <= maxChars + 64);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzInput::bytes(data, size);
    // As a reply decodes it, as Latin-1 (every C1 control reachable), and as raw UTF-16 (lone
    // surrogates, bidirectional overrides).
    check(QString::fromUtf8(bytes));
    check(QString::fromLatin1(bytes));
    check(QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2));
    return 0;
}
