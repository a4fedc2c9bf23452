#!/usr/bin/env bash
# Sets up, builds and runs purgeline with the given arguments; without arguments, the window.
#   scripts/run.sh                      the window
#   scripts/run.sh source list          any command (see `scripts/run.sh help`)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" run
"$root/scripts/build.sh" >&2
exec "${PURGELINE_BUILD_DIR:-$root/build}/app/purgeline" "$@"
