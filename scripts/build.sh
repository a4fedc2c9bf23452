#!/usr/bin/env bash
# Configures (once) and builds Purgeline in build/ (or $PURGELINE_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PURGELINE_BUILD_DIR:-$root/build}
# -g1 (line tables and function names) is enough for backtraces and profiles; full debug info
# makes every object about five times larger and each of the many test links much slower.
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
fi
cmake --build "$build"
