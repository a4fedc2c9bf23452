#pragma once

#include <functional>

// Spins the event loop (so in-process fake servers answer) in 5 ms steps until cond() holds;
// false when timeoutMs passed first.
bool spinUntil(const std::function<bool()> &cond, int timeoutMs);
