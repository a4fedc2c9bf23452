#!/usr/bin/env bash
# Sets up, builds and runs every test headless: unit tests, provider tests against fake
# servers, command-line tests, the keychain test (inside its own D-Bus session) and the
# http-purge tests against real Varnish and nginx started on loopback by the test itself.
# Extra arguments go to ctest (for example -R provider).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" test
"$root/scripts/build.sh"
build=${PURGELINE_BUILD_DIR:-$root/build}
# Tests never touch the user's profile, keyring or display.
export HOME=$(mktemp -d)
trap 'rm -rf "$HOME"' EXIT
export XDG_RUNTIME_DIR=$HOME/runtime && mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset DISPLAY DBUS_SESSION_BUS_ADDRESS
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
ctest --test-dir "$build" --output-on-failure --timeout 600 "$@"
