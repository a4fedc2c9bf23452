#!/usr/bin/env bash
# Screenshots of every window and dialog, in English, German and French, at 1024x640 and
# 1920x1080, each drawn on an Xvfb display of that size and saved from its root window:
#   scripts/screens.sh [OUT_DIR]      (default docs/screens; BUILD_DIR from $PURGELINE_BUILD_DIR)
# Names: WINDOW-LANGUAGE-WIDTHxHEIGHT.png. Needs xvfb-run (scripts/setup.sh test).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PURGELINE_BUILD_DIR:-$root/build}
out=${1:-$root/docs/screens}
[ "${PURGELINE_SKIP_BUILD:-0}" = 1 ] || cmake --build "$build" --target purgeline_screens >/dev/null
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A throwaway home: the profile, settings and keyring of the user are never touched.
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM
for size in 1024x640 1920x1080; do
    xvfb-run -a -s "-screen 0 ${size}x24" "$build/tests/purgeline_screens" "$out"
done
