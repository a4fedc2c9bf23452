#include "changedfile.h"

QString ChangedFile::statusName(Status status)
{
    switch (status) {
    case Status::Added:
        return QStringLiteral("added");
    case Status::Modified:
        return QStringLiteral("modified");
    case Status::Deleted:
        return QStringLiteral("deleted");
    case Status::Renamed:
        return QStringLiteral("renamed");
    }
    return {};
}

std::optional<ChangedFile::Status> ChangedFile::statusFromName(const QString &name)
{
    for (Status s : {Status::Added, Status::Modified, Status::Deleted, Status::Renamed})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

namespace {

// Length of the well-formed UTF-8 sequence starting at data[i], or 0 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF).
qsizetype sequenceLength(const QByteArray &data, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return k < data.size() ? uchar(data.at(k)) : 0u; };
    const uint b0 = byte(i);
    const auto cont = [&](qsizetype k) { return k < data.size() && (byte(k) & 0xC0) == 0x80; };
    if (b0 < 0x80)
        return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const uint b1 = byte(i + 1);
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F))
            return 0;
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const uint b1 = byte(i + 1);
        if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 > 0x8F))
            return 0;
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

} // namespace

namespace PathText {

QString decode(const QByteArray &bytes, bool *ok)
{
    bool valid = true;
    for (qsizetype i = 0; i < bytes.size() && valid;) {
        const qsizetype n = sequenceLength(bytes, i);
        valid = n > 0;
        i += n;
    }
    if (ok)
        *ok = valid;
    if (valid)
        return QString::fromUtf8(bytes);
    // Undecodable bytes become \xNN; a literal backslash is doubled so the escapes stay unambiguous.
    QString text;
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype n = sequenceLength(bytes, i);
        if (n == 0) {
            text += QStringLiteral("\\x") + QString::number(uint(uchar(bytes.at(i))), 16).toUpper().rightJustified(2, QLatin1Char('0'));
            ++i;
        } else {
            const QString part = QString::fromUtf8(bytes.constData() + i, n);
            text += part == QLatin1String("\\") ? QStringLiteral("\\\\") : part;
            i += n;
        }
    }
    return text;
}

} // namespace PathText
