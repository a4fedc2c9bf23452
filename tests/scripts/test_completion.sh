#!/usr/bin/env bash
# The shell completions: bash completes commands, options, option values and the source and
# preset names of the profile the line names (--profile DIR, else $PURGELINE_PROFILE), by calling
# the completion function as bash does on TAB. The zsh and fish scripts must at least parse.
# Needs PURGELINE_BIN (CTest sets it); zsh and fish for their checks.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
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
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home
mkdir -p "$HOME"
unset PURGELINE_PROFILE
P=$WORK/profile
EMPTY=$WORK/empty

# shellcheck source=../../installer/completions/purgeline.bash
source "$ROOT/installer/completions/purgeline.bash"
# Completes the words given (the last one is the word under the cursor) as bash would on TAB
# and prints the candidates, one a line.
complete_words() {
    COMP_WORDS=("$PURGELINE_BIN" "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMPREPLY=()
    _purgeline
    printf '%s\n' "${COMPREPLY[@]}"
}
expect() {
    local want=$1
    shift
    local got
    got=$(complete_words "$@" | sort | paste -sd' ')
    [ "$got" = "$want" ] || fail "purgeline $* <TAB>: expected \"$want\", got \"$got\""
}

step "a test profile with two sources and a preset"
"$PURGELINE_BIN" --profile "$P" source add images-cdn --type http-purge --endpoint http://127.0.0.1:9 \
    >/dev/null 2>"$WORK/err" || fail "source add: $(cat "$WORK/err")"
"$PURGELINE_BIN" --profile "$P" source add pages --type http-purge --endpoint http://127.0.0.1:9 \
    >/dev/null 2>"$WORK/err" || fail "source add: $(cat "$WORK/err")"
"$PURGELINE_BIN" --profile "$P" preset save home --source pages https://example.com/ \
    >/dev/null 2>"$WORK/err" || fail "preset save: $(cat "$WORK/err")"
[ "$("$PURGELINE_BIN" --profile "$P" source list --names | paste -sd' ')" = "images-cdn pages" ] ||
    fail "source list --names does not print the names"

step "commands"
expect "purge" pu
expect "add check list remove" source ""
expect "add" source a
expect "preset profile" pr

step "options"
expect "--source" purge --so
expect "--json --names" source list --
expect "--profile" --pro

step "option values"
expect "$("$PURGELINE_BIN" help --values TYPE | sort | paste -sd' ')" source add x --type ""
expect "invalidate purge" purge --action ""
[ -n "$(complete_words source add x --type "")" ] || fail "no provider types for --type"

step "source and preset names from the profile on the line"
expect "images-cdn pages" --profile "$P" purge --source ""
expect "images-cdn" --profile "$P" purge --source im
expect "images-cdn,pages" --profile "$P" purge --source images-cdn,pa
expect "images-cdn" --profile "$P" source remove i
expect "home" --profile "$P" preset run ""
expect "pages" --profile "$P" preset save x --source pa
# Another profile has other names (here none), and without --profile $PURGELINE_PROFILE counts.
"$PURGELINE_BIN" --profile "$EMPTY" source list >/dev/null 2>&1 || fail "cannot create the empty profile"
expect "" --profile "$EMPTY" purge --source ""
PURGELINE_PROFILE=$P expect "images-cdn pages" purge --source ""

step "zsh and fish scripts parse"
command -v zsh >/dev/null || fail "zsh is not installed (scripts/setup.sh test installs it)"
command -v fish >/dev/null || fail "fish is not installed (scripts/setup.sh test installs it)"
zsh -n "$ROOT/installer/completions/_purgeline" || fail "zsh cannot parse _purgeline"
fish --no-execute "$ROOT/installer/completions/purgeline.fish" || fail "fish cannot parse purgeline.fish"

step "zsh offers the same"
# The completion system's functions replaced by ones that print what would be offered, so the
# script's own logic runs without an interactive shell (compsys then filters by what is typed).
zsh_complete() {
    ROOT=$ROOT BIN=$PURGELINE_BIN zsh -f -c '
        compadd() { while [[ $# -gt 0 && $1 != -- ]]; do shift; done; shift; print -l -- "$@"; }
        _wanted() { shift 3; "$@"; }
        _describe() { local name=${@[-1]}; print -l -- ${${(P)name}%%:*}; }
        compset() { [[ $PREFIX == *,* ]] && PREFIX=${PREFIX##*,}; return 0; }
        _files() { print FILES; }
        _directories() { print DIRS; }
        source $ROOT/installer/completions/_purgeline >/dev/null
        words=("$BIN" "$@"); CURRENT=${#words}; PREFIX=${words[-1]}
        _purgeline' zsh "$@" | sort -u | paste -sd' '
}
zsh_expect() {
    local want=$1 got
    shift
    got=$(zsh_complete "$@")
    [ "$got" = "$want" ] || fail "zsh: purgeline $* <TAB>: expected \"$want\", got \"$got\""
}
zsh_expect "add check list remove" source ""
zsh_expect "images-cdn pages" --profile "$P" purge --source ""
zsh_expect "home" --profile "$P" preset run ""
zsh_expect "DIRS" --profile ""
zsh_complete purge --so | grep -qw -- --source || fail "zsh: purge --so <TAB> does not offer --source"

step "fish completes the same"
# fish --command with complete -C: the candidates fish would offer, one a line.
fish_complete() {
    fish --no-config --command "source $ROOT/installer/completions/purgeline.fish
        complete -c $PURGELINE_BIN -f -a '(__purgeline_complete)'
        complete -C '$PURGELINE_BIN $1'" 2>&1 | cut -f1 | sort | paste -sd' '
}
fish_expect() {
    local got
    got=$(fish_complete "$2")
    [ "$got" = "$1" ] || fail "fish: purgeline $2<TAB>: expected \"$1\", got \"$got\""
}
fish_expect "purge" "pu"
fish_expect "--source" "purge --so"
fish_expect "images-cdn pages" "--profile $P purge --source "
fish_expect "images-cdn,pages" "--profile $P purge --source images-cdn,p"
fish_expect "home" "--profile $P preset run "
echo "PASS" >&2
