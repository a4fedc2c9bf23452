#include "fuzzinput.h"

#include <cstdio>
#include <cstdlib>

namespace FuzzInput {

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QStringList lines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'));
}

std::pair<QByteArray, QByteArray> firstLine(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        return {bytes, {}};
    return {bytes.left(end), bytes.mid(end + 1)};
}

HttpReply reply(const QByteArray &bytes)
{
    HttpReply reply;
    auto [statusLine, rest] = firstLine(bytes);
    if (statusLine.startsWith("FAIL")) {
        const QList<QByteArray> words = statusLine.split(' ');
        const int kind = words.value(1).toInt() % 6;
        reply.failure = HttpReply::Failure(kind < 0 ? -kind : kind);
        reply.errorText = QString::fromUtf8(statusLine.mid(qMin(statusLine.size(), qsizetype(7))));
    } else {
        reply.status = statusLine.trimmed().toInt();
    }
    while (!rest.isEmpty()) {
        auto [line, next] = firstLine(rest);
        rest = next;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    reply.body = rest;
    return reply;
}

void violated(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: property does not hold: %s\n", file, line, what);
    std::abort();
}

} // namespace FuzzInput
