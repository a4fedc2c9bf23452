#!/usr/bin/env bash
# The cloudflare and fastly providers against their official OpenAPI descriptions
# (shared/specs beside the checkout: the purge paths cut out of Cloudflare's and Fastly's
# documents, with the changes marked inside), served by Stoplight Prism's mock server with
# --errors: a request that does not validate (path, headers, security, body) gets a 4xx/422
# problem reply instead of the example, so the purge fails and so does this test.
#
# Prism is installed once into the build tree ($PURGELINE_BUILD_DIR/node) with npm.
# Prism matches a path parameter against one path segment only, although Fastly's document
# marks {cached_url} with x-allow-reserved (its clients send the URL's slashes as they are),
# so the URL purges here use URLs without a path below the host; the provider test checks the
# wire form of longer paths.
#
# Needs PURGELINE_BIN and PURGELINE_BUILD_DIR (CTest sets both). Fails, never skips.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SPECS=${PURGELINE_SPECS_DIR:-$ROOT/../shared/specs}
STEP="setup"
CF_PORT=18401
FASTLY_PORT=18402
ZONE=023e105f4ecef8ad9ca31a8372d0c353
SERVICE=SU1Z0isxPaozGVKXdv0eY

fail() {
    echo "FAIL [$STEP]: $*" >&2
    exit 1
}
step() {
    STEP=$*
    echo "== $STEP" >&2
}

[ -n "${PURGELINE_BIN:-}" ] && [ -x "$PURGELINE_BIN" ] || fail "PURGELINE_BIN must name the built purgeline binary"
[ -n "${PURGELINE_BUILD_DIR:-}" ] && [ -d "$PURGELINE_BUILD_DIR" ] || fail "PURGELINE_BUILD_DIR must name the build tree"
for spec in cloudflare-purge_cache.openapi.json fastly-purge.openapi.json; do
    [ -f "$SPECS/$spec" ] || fail "$SPECS/$spec is missing (shared/specs beside the checkout, or PURGELINE_SPECS_DIR)"
done
command -v curl >/dev/null || fail "curl is not installed"

NODE_DIR=$PURGELINE_BUILD_DIR/node
PRISM=$NODE_DIR/node_modules/.bin/prism
if [ ! -x "$PRISM" ]; then
    step "install Prism 5 into $NODE_DIR"
    command -v npm >/dev/null || fail "npm is not installed (scripts/setup.sh test installs it)"
    npm install --prefix "$NODE_DIR" --no-audit --no-fund --loglevel=error @stoplight/prism-cli@5 >&2 \
        || fail "npm install @stoplight/prism-cli@5 failed"
fi
[ -x "$PRISM" ] || fail "no prism in $NODE_DIR after installing it"

WORK=$(mktemp -d)
PIDS=()
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

step "start Prism for both specifications"
for port in $CF_PORT $FASTLY_PORT; do
    ! curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/" || fail "port $port is already in use"
done
"$PRISM" mock --errors "$SPECS/cloudflare-purge_cache.openapi.json" -p $CF_PORT -h 127.0.0.1 >"$WORK/prism-cf.log" 2>&1 &
PIDS+=($!)
"$PRISM" mock --errors "$SPECS/fastly-purge.openapi.json" -p $FASTLY_PORT -h 127.0.0.1 >"$WORK/prism-fastly.log" 2>&1 &
PIDS+=($!)
for port in $CF_PORT $FASTLY_PORT; do
    for _ in $(seq 1 150); do
        curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/" && break
        sleep 0.2
    done
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/" \
        || fail "Prism did not listen on $port within 30 s: $(cat "$WORK"/prism-*.log)"
done

export HOME=$WORK/home
mkdir -p "$HOME"
export PL_CF_TOKEN=cf-prism-token PL_CF_KEY=cf-prism-global-key PL_FASTLY_TOKEN=fastly-prism-token
pl() {
    "$PURGELINE_BIN" --profile "$WORK/profile" "$@"
}
add() {
    pl source add "$@" >"$WORK/out" 2>&1 || fail "source add $*: $(cat "$WORK/out")"
}
# purge --wait must exit 0: every request validated and was answered with the spec's success.
purge() {   # purge SOURCE ARGS...
    local source=$1
    shift
    step "purge --source $source $*"
    pl purge --source "$source" --wait --json "$@" >"$WORK/out" 2>"$WORK/err" \
        || fail "exit $?: $(cat "$WORK/err") $(cat "$WORK/out")
--- Prism says:
$(tail -n 20 "$WORK"/prism-*.log)"
}

add cf --type cloudflare --endpoint "http://127.0.0.1:$CF_PORT" --set zone=$ZONE --set plan=enterprise \
    --secret-env PL_CF_TOKEN
add cfkey --type cloudflare --endpoint "http://127.0.0.1:$CF_PORT/client/v4" --set zone=$ZONE \
    --set email=ops@example.com --secret-env PL_CF_KEY
add edge --type fastly --endpoint "http://127.0.0.1:$FASTLY_PORT" --set service=$SERVICE --secret-env PL_FASTLY_TOKEN

purge cf https://www.example.com/css/styles.css https://www.example.com/js/index.js
purge cf --option header=CF-IPCountry:US --option header=CF-Device-Type:desktop --option header=Accept-Language:zh-CN \
    https://www.example.com/cat_picture.jpg
purge cf --match prefix https://www.example.com/foo images.example.com/bar/baz
purge cf --match host www.example.com images.example.com
purge cf --match tag a-cache-tag another-cache-tag
purge cf --match all
purge cfkey https://www.example.com/css/styles.css
purge cfkey --match all

purge edge https://www.example.com
purge edge --action invalidate "https://www.example.com?page=2"
# Prism answers with the spec's example, which names key_1 and key_2; a reply naming none of the
# keys sent would count as malformed.
purge edge --match tag key_1 key_2
purge edge --match tag --action invalidate key_2
purge edge --match all

step "the providers recorded the spec's purge ids"
pl history --json >"$WORK/history" || fail "history failed"
grep -q '"provider_id": *"023e105f4ecef8ad9ca31a8372d0c353"' "$WORK/history" || fail "no Cloudflare purge id recorded"
grep -q '"provider_id": *"108-1391560174-974124"' "$WORK/history" || fail "no Fastly purge id recorded"

step "a request Prism does not route fails the purge (the check has teeth)"
# A URL with a path below the host: Prism answers 404 (see the top), a permanent failure.
pl purge --source edge --wait https://www.example.com/a/b.jpg >"$WORK/out" 2>"$WORK/err"
status=$?
[ $status -eq 1 ] || fail "expected exit 1, got $status: $(cat "$WORK/err")"
grep -q "HTTP 404" "$WORK/err" || fail "expected Prism's 404 in: $(cat "$WORK/err")"

echo "PASS: every request validated against both OpenAPI descriptions" >&2
