#pragma once

#include "core/httpexchange.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>

// Turns a fuzzer's bytes into what the engine reads from outside, the same way for every target,
// so that seed files stay plain text a person can read and write.
namespace FuzzInput {

QByteArray bytes(const uint8_t *data, size_t size);

// The bytes as UTF-8 text split at '\n' (a '\r' before it is kept: the engine must cope with it).
QStringList lines(const QByteArray &bytes);

// The bytes up to the first '\n' and what follows it.
std::pair<QByteArray, QByteArray> firstLine(const QByteArray &bytes);

// A reply as a seed file writes it:
//   503                      the status (any text: what does not read as a number is 0)
//   Retry-After: 7           header lines, "Name: value", until a blank line
//
//   {"body": ...}            the rest, byte for byte
// or, for a transport failure, "FAIL <n> <text>" as the first line (n picks the kind).
HttpReply reply(const QByteArray &bytes);

// Stops the run with a message when a property the engine promises does not hold, so the
// fuzzer reports the input that broke it like a crash.
[[noreturn]] void violated(const char *what, const char *file, int line);

} // namespace FuzzInput

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            FuzzInput::violated(#condition, __FILE__, __LINE__);                                             \
    } while (false)
