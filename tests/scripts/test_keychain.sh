#!/usr/bin/env bash
# Keychain secrets end to end (DESIGN.md, "Storage": secrets live in the keychain, never in the
# profile; without a keychain the app says so and never silently writes a secret to disk).
#
# Part 1, inside a private D-Bus session with an unlocked gnome-keyring (TOOLCHAIN.md section 5):
#   `source add --secret-stdin` stores the key in the Secret Service (checked with secret-tool),
#   not in the profile; a purge against a one-shot local HTTP server really sends
#   "Authorization: Bearer KEY"; `source remove` deletes the keychain entry; `source add
#   --edgerc FILE` puts the file's client secret there too.
# Part 2, with no D-Bus session at all: `--secret-stdin` fails with exit 2 and a message naming
#   --secret-env, nothing is added, and the key is nowhere in the profile.
#
# Needs PURGELINE_BIN (CTest sets it), and from Debian: dbus-run-session (dbus-daemon),
# gnome-keyring, libsecret-tools (secret-tool), dbus-x11 (the session bus gnome-keyring
# depends on) and perl (perl-base is Essential, so always there: it runs the tiny HTTP server).
# It fails, never skips, when something is missing. HOME and the XDG directories are throwaway,
# so the developer's real keyring is never touched.
set -u

STEP="setup"
fail() {
    echo "FAIL [$STEP]: $*" >&2
    exit 1
}
step() {
    STEP=$*
    echo "== $STEP" >&2
}

SECRET=k3y-secret
ASSET=https://assets.example.test/keychain/a.jpg

[ -n "${PURGELINE_BIN:-}" ] || fail "PURGELINE_BIN is not set; it must name the built purgeline binary"
[ -x "$PURGELINE_BIN" ] || fail "purgeline binary \"$PURGELINE_BIN\" does not exist or is not executable"
for tool in dbus-run-session gnome-keyring-daemon secret-tool perl grep; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (packages: dbus-daemon gnome-keyring libsecret-tools dbus-x11 perl-base)"
done

# Runs purgeline with the profile $P; output in $OUT and $ERR, exit status in $RC.
pl() {
    "$PURGELINE_BIN" --profile "$P" "$@" >"$OUT" 2>"$ERR" </dev/null
    RC=$?
}
# Same, with stdin from the first argument.
pl_in() {
    local input=$1
    shift
    printf '%s' "$input" | "$PURGELINE_BIN" --profile "$P" "$@" >"$OUT" 2>"$ERR"
    RC=$?
}
show() {
    echo "exit $RC; stdout:"
    cat "$OUT"
    echo "stderr:"
    cat "$ERR"
}
expect_rc() {   # expect_rc N WHAT
    [ "$RC" = "$1" ] || fail "$2: expected exit $1; $(show)"
    ! grep -qaF "$SECRET" "$OUT" "$ERR" || fail "$2 printed the secret; $(show)"
}
profile_is_clean() {   # profile_is_clean DIR: no file below DIR holds the secret (db, -wal, -shm...)
    local hits
    [ -d "$1" ] || fail "profile $1 does not exist"
    hits=$(grep -rlaF "$SECRET" "$1")
    [ -z "$hits" ] || fail "the secret is stored in plain text in: $hits"
}

# One-shot HTTP server on 127.0.0.1: writes its port to $1, appends each request's head and body
# to $2, answers every request like the imgix purge API.
PERL_SERVER='
use strict; use warnings; use IO::Socket::INET;
my ($portfile, $log) = @ARGV;
my $server = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0, Listen => 8, Proto => "tcp", ReuseAddr => 1)
    or die "listen: $!";
open(my $pf, ">", "$portfile.tmp") or die; print $pf $server->sockport(), "\n"; close $pf;
rename("$portfile.tmp", $portfile) or die;
$SIG{TERM} = sub { exit 0 };
while (my $client = $server->accept()) {
    my ($length, @head) = (0);
    while (defined(my $line = <$client>)) {
        $line =~ s/\r?\n$//;
        last if $line eq "";
        push @head, $line;
        $length = $1 if $line =~ /^content-length:\s*(\d+)/i;
    }
    my $body = "";
    read($client, $body, $length) if $length;
    open(my $out, ">>", $log) or die; print $out join("\n", @head), "\n\n", $body, "\n----\n"; close $out;
    my $reply = q({"data":{"type":"purges","attributes":{"purge_id":"kc-1"}}});
    print $client "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.api+json\r\nContent-Length: " . length($reply)
        . "\r\nConnection: close\r\n\r\n" . $reply;
    close $client;
}'

# ---------------------------------------------------------------------------------------------
# Part 1 runs here, inside `dbus-run-session` (the script calls itself).
if [ "${1:-}" = "--inside-session" ]; then
    OUT=$WORK/out1
    ERR=$WORK/err1
    P=$WORK/profile-keychain

    step "unlock a fresh gnome-keyring in the private session"
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || fail "dbus-run-session gave no DBUS_SESSION_BUS_ADDRESS"
    # One byte on stdin (an empty password) is needed, or no login keyring is created.
    echo | gnome-keyring-daemon --unlock --components=secrets >/dev/null || fail "gnome-keyring-daemon --unlock failed"

    step "start the local HTTP server"
    perl -e "$PERL_SERVER" "$WORK/port" "$WORK/requests.log" 2>"$WORK/server.err" &
    SERVER_PID=$!
    trap 'kill "$SERVER_PID" 2>/dev/null' EXIT
    for _ in $(seq 100); do
        [ -s "$WORK/port" ] && break
        sleep 0.05
    done
    [ -s "$WORK/port" ] || fail "the perl HTTP server did not start: $(cat "$WORK/server.err")"
    PORT=$(cat "$WORK/port")

    step "source add --secret-stdin stores the key in the keychain"
    pl_in "$SECRET"$'\n' source add img --type imgix --endpoint "http://127.0.0.1:$PORT" --secret-stdin
    expect_rc 0 "source add --secret-stdin"
    grep -qF 'stored in keychain' "$ERR" || fail "source add did not say where the secret went; $(show)"
    secret-tool search --all server Purgeline >"$WORK/search" 2>&1
    grep -qF "secret = $SECRET" "$WORK/search" || fail "no Purgeline entry holding the key in the Secret Service: $(cat "$WORK/search")"
    [ "$(grep -c '^secret = ' "$WORK/search")" = 1 ] || fail "expected exactly one keychain entry: $(cat "$WORK/search")"
    grep -qF 'attribute.user = source/' "$WORK/search" || fail "keychain entry not keyed by source: $(cat "$WORK/search")"
    profile_is_clean "$P"

    step "source list shows where the secret is, not the secret"
    pl source list
    expect_rc 0 "source list"
    grep -qF 'secret: stored in keychain' "$OUT" || fail "source list: $(show)"
    pl source list --json
    expect_rc 0 "source list --json"
    grep -qF '"kind": "keychain"' "$OUT" || fail "source list --json: $(show)"

    step "purge --dry-run redacts the key and sends nothing"
    pl purge --source img --dry-run "$ASSET"
    expect_rc 0 "purge --dry-run"
    grep -qF 'Authorization: [redacted]' "$OUT" || fail "dry run shows no redacted Authorization header; $(show)"
    [ ! -e "$WORK/requests.log" ] || fail "a dry run sent a request: $(cat "$WORK/requests.log")"

    step "purge --wait reads the key from the keychain and sends it"
    pl purge --source img --wait "$ASSET"
    expect_rc 0 "purge --wait"
    [ -s "$WORK/requests.log" ] || fail "the server got no request; $(show)"
    grep -qiF "Authorization: Bearer $SECRET" "$WORK/requests.log" \
        || fail "the purge did not carry \"Authorization: Bearer $SECRET\": $(cat "$WORK/requests.log")"
    grep -qF "\"url\":\"$ASSET\"" "$WORK/requests.log" || fail "the purge body lacks the asset URL: $(cat "$WORK/requests.log")"
    pl history --json
    expect_rc 0 "history --json"
    grep -qF '"state": "succeeded"' "$OUT" || fail "history: $(show)"
    profile_is_clean "$P"

    step "source remove deletes the keychain entry"
    pl source remove img
    expect_rc 0 "source remove"
    secret-tool search --all server Purgeline >"$WORK/search" 2>&1
    ! grep -qF 'secret = ' "$WORK/search" || fail "the keychain entry survived source remove: $(cat "$WORK/search")"
    pl source list
    expect_rc 0 "source list after remove"
    [ ! -s "$OUT" ] || fail "source list after remove is not empty; $(show)"
    profile_is_clean "$P"

    step "source add --edgerc puts the file's client secret in the keychain, the rest in the profile"
    printf '[default]\nclient_secret = %s\nhost = akab-x.luna.akamaiapis.net\naccess_token = akab-a\nclient_token = akab-c\n' \
        "$SECRET" >"$WORK/edgerc"
    pl source add ak --type akamai --edgerc "$WORK/edgerc"
    expect_rc 0 "source add --edgerc"
    secret-tool search --all server Purgeline >"$WORK/search" 2>&1
    grep -qF "secret = $SECRET" "$WORK/search" || fail "the client secret is not in the Secret Service: $(cat "$WORK/search")"
    [ "$(grep -c '^secret = ' "$WORK/search")" = 1 ] || fail "expected exactly one keychain entry: $(cat "$WORK/search")"
    pl source list
    expect_rc 0 "source list"
    grep -qF 'client_token=akab-c host=akab-x.luna.akamaiapis.net' "$OUT" || fail "source list: $(show)"
    grep -qF 'secret: stored in keychain' "$OUT" || fail "source list: $(show)"
    profile_is_clean "$P"
    pl source remove ak
    expect_rc 0 "source remove ak"
    exit 0
fi

# ---------------------------------------------------------------------------------------------
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export WORK
export HOME=$WORK/home
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
# Never the developer's session, display or keyring.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
export QT_QPA_PLATFORM=offscreen

step "part 1: keychain inside dbus-run-session"
timeout 120 dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-session \
    || fail "the keychain part failed (see above)"

step "part 2: no D-Bus session: --secret-stdin fails and stores nothing"
OUT=$WORK/out2
ERR=$WORK/err2
P=$WORK/profile-nobus
pl_in "$SECRET"$'\n' source add img --type imgix --endpoint http://127.0.0.1:9 --secret-stdin
expect_rc 2 "source add --secret-stdin without a keychain"
grep -qF -- '--secret-env' "$ERR" || fail "the error does not point to --secret-env; $(show)"
grep -qiF 'nothing was saved' "$ERR" || fail "the error does not say nothing was saved; $(show)"
pl source list
expect_rc 0 "source list"
[ ! -s "$OUT" ] || fail "a source was added although its secret could not be stored; $(show)"
pl source list --json
expect_rc 0 "source list --json"
tr -d ' \n' <"$OUT" | grep -qF '{"sources":[]}' || fail "source list --json is not empty; $(show)"
profile_is_clean "$P"

step "part 2: --secret-env still works without a keychain"
pl source add img --type imgix --endpoint http://127.0.0.1:9 --secret-env PURGELINE_TEST_KEY
expect_rc 0 "source add --secret-env"
pl source list
expect_rc 0 "source list"
grep -qF 'from environment variable PURGELINE_TEST_KEY' "$OUT" || fail "source list: $(show)"
profile_is_clean "$P"

echo "PASS: keychain secrets stay in the keychain; without one, nothing is stored" >&2
