#!/usr/bin/env bash
# Sets up, builds and runs every test headless: unit tests, provider tests against fake
# servers, command-line tests, the keychain test (inside its own D-Bus session) and the
# http-purge tests against real Varnish and nginx started on loopback by the test itself.
# Then the same suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan/ (any report fails), and every fuzz target for 30 s on its corpus (fuzz/).
# Extra arguments go to both ctest runs (for example -R provider). PURGELINE_INSTRUMENTED=0
# skips the sanitizer and fuzz stages; PURGELINE_FUZZ_SECONDS sets the time per fuzz target.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
stage_start=$SECONDS
stage() {
    echo "test.sh: $1 took $((SECONDS - stage_start)) s" >&2
    stage_start=$SECONDS
}
"$root/scripts/setup.sh" test
"$root/scripts/build.sh"
stage "setup and build"
build=${PURGELINE_BUILD_DIR:-$root/build}
# Tests never touch the user's profile, keyring or display.
export HOME=$(mktemp -d)
trap 'rm -rf "$HOME"' EXIT
export XDG_RUNTIME_DIR=$HOME/runtime && mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset DISPLAY DBUS_SESSION_BUS_ADDRESS
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
# Two at a time (the machine's cores); the shell tests that share loopback ports hold a lock.
ctest --test-dir "$build" --output-on-failure --timeout 600 -j2 "$@"
stage "tests"
[ "${PURGELINE_INSTRUMENTED:-1}" = 0 ] && exit 0

# The sanitizer build: clang, -O1 and line tables only, which builds faster than the main build
# and still names file and line in every report. It holds the fuzz targets too.
asan=${PURGELINE_ASAN_BUILD_DIR:-$root/build-asan}
if [ ! -f "$asan/build.ninja" ]; then
    cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DPURGELINE_FUZZ=ON >/dev/null
fi
cmake --build "$asan"
stage "sanitizer build"
# Instrumented code runs a few times slower: a longer per-test limit than the main run's.
ctest --test-dir "$asan" --output-on-failure --timeout 900 -j2 "$@"
stage "sanitizer tests"
"$root/scripts/fuzz.sh" "$asan" "${PURGELINE_FUZZ_SECONDS:-30}"
stage "fuzzing"
