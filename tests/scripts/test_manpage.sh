#!/usr/bin/env bash
# The manual page purgeline(1) the build installs: it is exactly what the binary says about itself
# (purgeline help --man), it renders with man(1) without a warning, and it covers every command
# `purgeline --help` lists and, under each command, every option `purgeline help COMMAND` lists,
# every exit status and every environment variable. Needs PURGELINE_BIN and PURGELINE_BUILD_DIR
# (CTest sets them) and man-db.
set -u
STEP=setup
fail() {
    echo "FAIL [$STEP]: $*" >&2
    exit 1
}
step() {
    STEP=$*
    echo "== $STEP" >&2
}
[ -x "${PURGELINE_BIN:-}" ] || fail "PURGELINE_BIN must name the built purgeline binary"
command -v man >/dev/null || fail "man is not installed (scripts/setup.sh test installs man-db)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK MANWIDTH=200 LANG=C.UTF-8 LC_ALL=C.UTF-8

step "the built page is the binary's own"
built=$PURGELINE_BUILD_DIR/installer/purgeline.1.gz
[ -f "$built" ] || fail "$built was not built"
"$PURGELINE_BIN" help --man >"$WORK/fresh.1" || fail "purgeline help --man failed"
gzip -dc "$built" >"$WORK/built.1"
cmp -s "$WORK/fresh.1" "$WORK/built.1" || fail "the built manual page differs from purgeline help --man"

step "it renders without warnings"
man --warnings -l "$WORK/built.1" >"$WORK/page.txt" 2>"$WORK/warnings.txt" || fail "man -l failed"
[ ! -s "$WORK/warnings.txt" ] || fail "groff warned: $(head -5 "$WORK/warnings.txt")"
grep -q '^NAME' "$WORK/page.txt" || fail "no NAME section"
# man(1) keeps ASCII hyphens when the page marks them as minus signs (\-).
grep -q -- '--profile' "$WORK/page.txt" || fail "--profile is not in the rendered page"

step "every command of --help, with every option of its own help"
"$PURGELINE_BIN" --help >"$WORK/help.txt" || fail "purgeline --help failed"
# The commands section of --help: two-space indented lines up to the blank line after it.
# The commands section of --help: "  source add NAME   summary": the lower-case words are the command.
commands=$(awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print }' "$WORK/help.txt" |
    sed -E 's/^  //; s/  .*//' |
    awk '{ out = $1; for (i = 2; i <= NF && $i ~ /^[a-z][a-z-]*$/; i++) out = out " " $i; print out }')
[ -n "$commands" ] || fail "no commands found in --help"
[ "$(printf '%s\n' "$commands" | sort)" = "$("$PURGELINE_BIN" help --commands | sort)" ] ||
    fail "--help lists other commands than help --commands: $commands"
count=0
while IFS= read -r command; do
    # The command's section in the page: from its heading to the next command's (or section's).
    section=$(awk -v c="$command" '
        index($0, "   " c) == 1 && (substr($0, length(c) + 4, 1) == " " || length($0) == length(c) + 3) { on = 1; print; next }
        on && (/^   [a-z]/ || /^[A-Z]/) { exit }
        on { print }' "$WORK/page.txt")
    [ -n "$section" ] || fail "the page has no section for \"$command\""
    # shellcheck disable=SC2086
    "$PURGELINE_BIN" help --options $command >"$WORK/options.txt" || fail "help --options $command failed"
    while IFS=$'\t' read -r option value description; do
        printf '%s\n' "$section" | grep -qF -- "$option" ||
            fail "\"$command\": $option is in its help but not in its part of the page"
        # shellcheck disable=SC2086
        "$PURGELINE_BIN" help $command | grep -qF -- "$option" || fail "\"$command\": $option is not in its help"
        count=$((count + 1))
    done <"$WORK/options.txt"
done <<<"$commands"
echo "checked $(printf '%s\n' "$commands" | wc -l) commands and $count options" >&2

step "exit statuses and environment"
for status in 0 1 2 3; do
    awk '/^EXIT STATUS/ { on = 1; next } on && /^[A-Z]/ { exit } on { print }' "$WORK/page.txt" |
        grep -qE "^ +$status\b" || fail "exit status $status is not in EXIT STATUS"
done
for variable in $(awk '/^Environment:/ { on = 1; next } on && /^$/ { exit } on && /^  [A-Z]/ { print $1 }' "$WORK/help.txt" | tr -d ,); do
    awk '/^ENVIRONMENT/ { on = 1; next } on && /^[A-Z]/ { exit } on { print }' "$WORK/page.txt" |
        grep -qF -- "$variable" || fail "$variable is in --help but not in ENVIRONMENT"
done
grep -qF PURGELINE_PROFILE "$WORK/page.txt" || fail "PURGELINE_PROFILE is not in the page"

step "a command's --help is its help"
cmp -s <("$PURGELINE_BIN" purge --help) <("$PURGELINE_BIN" help purge) || fail "purge --help differs from help purge"
"$PURGELINE_BIN" help no-such-command >/dev/null 2>&1
[ $? -eq 2 ] || fail "help of an unknown command must exit 2"
"$PURGELINE_BIN" --version | grep -qE '^purgeline [0-9]+\.[0-9]+\.[0-9]+$' || fail "--version prints no version"
echo "PASS" >&2
