#!/usr/bin/env bash
# http-purge over TLS against the test nginx (scripts/cache-servers.sh), which speaks HTTP/2 on
# NGINX_TLS_PORT with a certificate from a private CA made at start:
#   - 200 purges in one run travel multiplexed over one connection (nginx logs each request's
#     connection number and protocol);
#   - a real cached object is purged over HTTP/2 (MISS, HIT, purge, MISS);
#   - the private CA is trusted only through the ca_file setting, and a pinned key must match;
#   - the mutual-TLS location answers only with the client certificate (client_cert, client_key).
#
# Needs PURGELINE_BIN (CTest sets it). It fails, never skips, when something is missing.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE_SERVERS=$ROOT/scripts/cache-servers.sh
STEP="setup"
COUNT=200

fail() {
    echo "FAIL [$STEP]: $*" >&2
    exit 1
}
step() {
    STEP=$*
    echo "== $STEP" >&2
}

[ -n "${PURGELINE_BIN:-}" ] || fail "PURGELINE_BIN is not set; it must name the built purgeline binary"
[ -x "$PURGELINE_BIN" ] || fail "purgeline binary \"$PURGELINE_BIN\" does not exist or is not executable"
for tool in curl varnishd nginx openssl; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done
unset http_proxy https_proxy all_proxy no_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY NO_PROXY

WORK=$(mktemp -d)
SERVERS=$WORK/servers
P=$WORK/profile
chmod 0755 "$WORK"   # varnishd's users must reach the servers' directory below it
mkdir -m 0700 "$WORK/home" "$P"
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
    bash "$CACHE_SERVERS" stop "$SERVERS"
    rm -rf "$WORK"
}
trap cleanup EXIT

step "start the caches"
bash "$CACHE_SERVERS" start "$SERVERS" >&2 || fail "scripts/cache-servers.sh start failed (output above)"
# shellcheck disable=SC1091
. "$SERVERS/ports.env"
TLS=https://127.0.0.1:$NGINX_TLS_PORT
LOG=$SERVERS/nginx/tls-access.log

purgeline() {   # purgeline EXPECTED ARGS...
    local expected=$1 status
    shift
    HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share \
        "$PURGELINE_BIN" --profile "$P" "$@" >"$WORK/out" 2>"$WORK/err"
    status=$?
    if [ "$status" != "$expected" ]; then
        echo "--- purgeline $* (stdout)" >&2
        cat "$WORK/out" >&2
        echo "--- (stderr)" >&2
        cat "$WORK/err" >&2
        fail "purgeline $* exited with $status, expected $expected"
    fi
}
cache_state() {   # cache_state PATH: HIT or MISS from the TLS server
    curl -s -o /dev/null -D - --max-time 5 --cacert "$TLS_DIR/ca.pem" -H 'Host: site.test' "$TLS$1" | tr -d '\r' \
        | awk -F': *' 'tolower($1) == "x-cache-status" { print $2 }'
}
expect_state() {   # expect_state PATH HIT|MISS
    local got
    got=$(cache_state "$1")
    [ "$got" = "$2" ] || fail "GET $TLS$1 (Host: site.test) was \"$got\", expected $2"
}
CA=(--set "ca_file=$TLS_DIR/ca.pem")

step "add the sources"
purgeline 0 source add h2 --type http-purge --endpoint "$TLS" "${CA[@]}" --set concurrency=64
purgeline 0 source add untrusted --type http-purge --endpoint "$TLS" --set max_attempts=1
purgeline 0 source add mtls --type http-purge --endpoint "$TLS" "${CA[@]}" \
    --set "client_cert=$TLS_DIR/client.pem" --set "client_key=$TLS_DIR/client.key"
# The same client key encrypted: its passphrase comes from the variable the source names.
openssl pkey -in "$TLS_DIR/client.key" -aes256 -passout pass:key-pass-phrase-1 -out "$WORK/client-encrypted.key" ||
    fail "openssl could not encrypt the client key"
purgeline 0 source add mtls-encrypted --type http-purge --endpoint "$TLS" "${CA[@]}" \
    --set "client_cert=$TLS_DIR/client.pem" --set "client_key=$WORK/client-encrypted.key" \
    --set client_key_password_env=PURGELINE_TEST_KEY_PASS
purgeline 0 source add no-client-cert --type http-purge --endpoint "$TLS" "${CA[@]}" --set max_attempts=1
PIN=$(openssl x509 -in "$TLS_DIR/server.pem" -pubkey -noout | openssl pkey -pubin -outform der \
    | openssl dgst -sha256 -binary | base64)
purgeline 0 source add pinned --type http-purge --endpoint "$TLS" "${CA[@]}" --set "pinned_key=sha256//$PIN"
purgeline 0 source add mispinned --type http-purge --endpoint "$TLS" "${CA[@]}" --set max_attempts=1 \
    --set "pinned_key=sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

step "$COUNT purges over one HTTP/2 connection"
for ((i = 1; i <= COUNT; i++)); do echo "http://site.test/h2/$i.png"; done >"$WORK/urls"
purgeline 0 purge --source h2 --wait --from-file "$WORK/urls"
grep " PURGE /h2/" "$LOG" >"$WORK/h2.log"
[ "$(wc -l <"$WORK/h2.log")" = "$COUNT" ] || fail "nginx logged $(wc -l <"$WORK/h2.log") of the $COUNT purges"
awk '$3 != "HTTP/2.0" { bad = 1 } END { exit bad }' "$WORK/h2.log" || fail "not every purge came over HTTP/2: $(awk '{ print $3 }' "$WORK/h2.log" | sort | uniq -c)"
connections=$(awk '{ print $1 }' "$WORK/h2.log" | sort -u | wc -l)
[ "$connections" = 1 ] || fail "the $COUNT purges used $connections connections, not one"
echo "   $COUNT purges, HTTP/2, $connections connection (nginx connection $(awk 'NR == 1 { print $1 }' "$WORK/h2.log"))" >&2

step "a cached object purged over HTTP/2"
expect_state /img/a.png MISS
expect_state /img/a.png HIT
purgeline 0 purge --source h2 --wait http://site.test/img/a.png
expect_state /img/a.png MISS

step "the private CA is trusted only through ca_file"
purgeline 1 purge --source untrusted --wait http://site.test/img/untrusted.png
grep -qi "certificate" "$WORK/out" "$WORK/err" || fail "the failure does not name the certificate: $(cat "$WORK/err")"
! grep -q " /img/untrusted.png " "$LOG" || fail "a request went out over an untrusted connection"

step "a pinned key must match"
purgeline 0 purge --source pinned --wait http://site.test/img/pinned.png
purgeline 1 purge --source mispinned --wait http://site.test/img/mispinned.png
grep -qi "pinned" "$WORK/out" "$WORK/err" || fail "the failure does not say the pinned key did not match: $(cat "$WORK/err")"

step "mutual TLS"
purgeline 0 purge --source mtls --wait http://site.test/mtls/a.png
grep -q " PURGE /mtls/a.png 200 SUCCESS$" "$LOG" || fail "nginx did not accept the client certificate: $(grep /mtls/ "$LOG")"
export PURGELINE_TEST_KEY_PASS=key-pass-phrase-1
purgeline 0 purge --source mtls-encrypted --wait http://site.test/mtls/encrypted.png
grep -q " PURGE /mtls/encrypted.png 200 SUCCESS$" "$LOG" || fail "nginx did not accept the encrypted key's certificate"
! grep -rqa "key-pass-phrase-1" "$P" || fail "the key's passphrase was written into the profile"
PURGELINE_TEST_KEY_PASS=wrong-pass-phrase
purgeline 1 purge --source mtls-encrypted --wait http://site.test/mtls/wrong.png
! grep -q " /mtls/wrong.png " "$LOG" || fail "a request went out with a key that could not be read"
unset PURGELINE_TEST_KEY_PASS
purgeline 1 purge --source no-client-cert --wait http://site.test/mtls/b.png
grep -q "HTTP 403" "$WORK/out" "$WORK/err" || fail "without a client certificate the purge was not refused: $(cat "$WORK/err")"

STEP="done"
echo "PASS: http-purge over TLS and HTTP/2" >&2
exit 0
