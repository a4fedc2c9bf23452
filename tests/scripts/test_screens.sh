#!/usr/bin/env bash
# The screenshot script (scripts/screens.sh): every window and dialog in English, German and
# French at 1024x640 and 1920x1080 comes out as a PNG of the screen's size with something drawn
# on it (more than a handful of colours: not a blank or failed grab). Needs PURGELINE_BUILD_DIR
# (CTest sets it), xvfb-run and ImageMagick.
set -u
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
[ -d "${PURGELINE_BUILD_DIR:-}" ] || fail "PURGELINE_BUILD_DIR must name the build directory"
command -v xvfb-run >/dev/null || fail "xvfb-run is not installed (scripts/setup.sh test)"
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PURGELINE_SKIP_BUILD=1 bash "$root/scripts/screens.sh" "$WORK/shots" >"$WORK/log" 2>&1 ||
    { cat "$WORK/log" >&2; fail "scripts/screens.sh failed"; }
windows="first-run main history source-add source-edit settings preview git-changes"
count=0
for language in en de fr; do
    for size in 1024x640 1920x1080; do
        for window in $windows; do
            shot=$WORK/shots/$window-$language-$size.png
            [ -s "$shot" ] || fail "missing $shot"
            read -r geometry colours < <(identify -format '%wx%h %k\n' "$shot")
            [ "$geometry" = "$size" ] || fail "$shot is $geometry, not the screen's $size"
            [ "$colours" -gt 16 ] || fail "$shot has $colours colours: nothing was drawn"
            count=$((count + 1))
        done
    done
done
echo "ok: $count screenshots" >&2
