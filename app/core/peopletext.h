#pragma once

#include <QString>

// Text from outside (reply bodies, status lines, headers, error texts) made safe to store, show
// and print: control characters (which could move a terminal's cursor, erase a line or ring
// its bell) written as visible escapes (\x1b), and the length capped with the full size noted,
// so a hostile server can neither forge output nor fill the profile.
namespace PeopleText {

constexpr int kMaxChars = 4000;

QString escaped(const QString &text);
QString capped(const QString &text, int maxChars = kMaxChars);
// escaped() then capped(): what the queue stores and the command line prints.
QString safe(const QString &text, int maxChars = kMaxChars);

} // namespace PeopleText
