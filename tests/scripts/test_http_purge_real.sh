#!/usr/bin/env bash
# The http-purge provider end to end against real caches: Debian's Varnish and nginx with
# ngx_cache_purge, started on loopback by scripts/cache-servers.sh. For each cache: fill it
# with curl (MISS, then HIT), purge with the purgeline command line, and check that the next
# GET is a MISS. Varnish also gets prefix purges (BAN with an escaped regex), nginx a purge of
# an uncached URL (404: counts as done) and a wildcard prefix purge, which Debian's
# ngx_cache_purge 2.3 cannot do (must fail, not pass silently). A layered plan of a Rails page
# cache and then Varnish: when the page-cache layer fails, Varnish gets no PURGE (the object stays
# a HIT); when it succeeds, Varnish is purged after it. Then purge --verify against both: verified
# fresh, and a purge that misses the cached copy found still cached, purged again and reported.
#
# Needs PURGELINE_BIN (CTest sets it). It fails, never skips, when the binary is missing.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE_SERVERS=$ROOT/scripts/cache-servers.sh
STEP="setup"

fail() {
    echo "FAIL [$STEP]: $*" >&2
    exit 1
}
step() {
    STEP=$*
    echo "== $STEP" >&2
}

[ -n "${PURGELINE_BIN:-}" ] || fail "PURGELINE_BIN is not set; it must name the built purgeline binary"
[ -x "$PURGELINE_BIN" ] || fail "purgeline binary \"$PURGELINE_BIN\" does not exist or is not executable (build the purgeline target)"
for tool in curl varnishd nginx; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

WORK=$(mktemp -d)
SERVERS=$WORK/servers
P=$WORK/profile
# mktemp -d makes 0700; varnishd's users must reach the servers' directory below it.
chmod 0755 "$WORK"
mkdir -m 0700 "$WORK/home" "$P"
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
    bash "$CACHE_SERVERS" stop "$SERVERS"
    rm -rf "$WORK"
}
trap cleanup EXIT

step "start Varnish and nginx"
bash "$CACHE_SERVERS" start "$SERVERS" >&2 || fail "scripts/cache-servers.sh start failed (output above)"
# shellcheck disable=SC1091
. "$SERVERS/ports.env"
VARNISH=http://127.0.0.1:$VARNISH_PORT
NGINX=http://127.0.0.1:$NGINX_PORT

# The cache's verdict on GET of PATH for site.test: HIT or MISS (Varnish: X-Cache, nginx:
# X-Cache-Status).
cache_state() {   # cache_state BASE PATH
    curl -s -o /dev/null -D - --max-time 5 -H 'Host: site.test' "$1$2" | tr -d '\r' \
        | awk -F': *' 'tolower($1) == "x-cache" || tolower($1) == "x-cache-status" { print $2 }'
}
expect_state() {   # expect_state BASE PATH HIT|MISS
    local got
    got=$(cache_state "$1" "$2")
    [ "$got" = "$3" ] || fail "GET $1$2 (Host: site.test) was \"$got\", expected $3"
}
fill() {   # fill BASE PATH...: first GET a MISS, second a HIT
    local base=$1 path
    shift
    for path in "$@"; do
        expect_state "$base" "$path" MISS
        expect_state "$base" "$path" HIT
    done
}
# Runs purgeline with the temporary profile; fails the step unless it exits with EXPECTED.
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

step "Varnish: add source"
purgeline 0 source add varnish --type http-purge --endpoint "$VARNISH"

step "Varnish: exact purge of /img/a.png"
fill "$VARNISH" /img/a.png
purgeline 0 purge --source varnish --wait http://site.test/img/a.png
expect_state "$VARNISH" /img/a.png MISS

step "Varnish: prefix purge of /img/ (BAN ^/img/)"
fill "$VARNISH" /img/b.png /img/c.png /img.v2/x.png /css/site.css
expect_state "$VARNISH" /img/a.png HIT
purgeline 0 purge --source varnish --match prefix --wait http://site.test/img/
expect_state "$VARNISH" /img/a.png MISS
expect_state "$VARNISH" /img/b.png MISS
expect_state "$VARNISH" /img/c.png MISS
expect_state "$VARNISH" /img.v2/x.png HIT
expect_state "$VARNISH" /css/site.css HIT

step "Varnish: prefix purge of /img.v2/ (the regex's escaped dot reaches Varnish intact)"
purgeline 0 purge --source varnish --match prefix --wait http://site.test/img.v2/
expect_state "$VARNISH" /img.v2/x.png MISS
expect_state "$VARNISH" /img/a.png HIT
expect_state "$VARNISH" /css/site.css HIT

step "nginx: add source"
purgeline 0 source add nginx --type http-purge --endpoint "$NGINX"

step "nginx: exact purge of /img/a.png"
fill "$NGINX" /img/a.png
purgeline 0 purge --source nginx --wait http://site.test/img/a.png
expect_state "$NGINX" /img/a.png MISS

step "nginx: exact purge of an uncached URL (404 means it was not cached: success)"
purgeline 0 purge --source nginx --wait http://site.test/img/never-fetched.png

step "nginx: wildcard prefix purge on ngx_cache_purge 2.3 must fail, not pass"
fill "$NGINX" /img/b.png
purgeline 0 source add nginx-wildcard --type http-purge --endpoint "$NGINX" --set prefix_method=wildcard
purgeline 1 purge --source nginx-wildcard --match prefix --wait http://site.test/img/
grep -q "2.4" "$WORK/out" "$WORK/err" || fail "the failure does not say that partial purges need ngx_cache_purge 2.4"
expect_state "$NGINX" /img/b.png HIT

step "cluster: one source, both caches as endpoints"
fill "$VARNISH" /index.html
fill "$NGINX" /index.html
purgeline 0 source add cluster --type http-purge --endpoint "$VARNISH" --endpoint "$NGINX"
purgeline 0 purge --source cluster --wait http://site.test/index.html
expect_state "$VARNISH" /index.html MISS
expect_state "$NGINX" /index.html MISS

step "layers: a failed page-cache layer leaves Varnish untouched"
# The page cache's img/ is a symbolic link, which page-cache never follows: its layer fails.
PUBLIC=$WORK/public
mkdir -p "$PUBLIC/cache/img" "$WORK/elsewhere"
rm -rf "$PUBLIC/cache/img"
ln -s "$WORK/elsewhere" "$PUBLIC/cache/img"
: >"$WORK/elsewhere/layer.png"
purgeline 0 source add rails-cache --type page-cache --set "root=$PUBLIC/cache" --set "public_root=$PUBLIC"
fill "$VARNISH" /img/layer.png
purgeline 1 purge --source rails-cache,varnish --layered --wait http://site.test/img/layer.png
grep -q "not sent: layer 1 (rails-cache) failed" "$WORK/err" || fail "the cancel does not name the failed layer: $(cat "$WORK/err")"
[ -e "$WORK/elsewhere/layer.png" ] || fail "page-cache removed a file behind a symbolic link"
expect_state "$VARNISH" /img/layer.png HIT

step "layers: once the page-cache layer succeeds, Varnish is purged after it"
rm "$PUBLIC/cache/img"
mkdir "$PUBLIC/cache/img"
: >"$PUBLIC/cache/img/layer.png"
purgeline 0 purge --source rails-cache,varnish --layered --wait http://site.test/img/layer.png
[ ! -e "$PUBLIC/cache/img/layer.png" ] || fail "the page-cache layer did not remove img/layer.png"
expect_state "$VARNISH" /img/layer.png MISS

# The verification verdict of the last purge's --json output: "fresh stale ..." per URL, in order.
verdicts() {
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join(v["verdict"] for v in d.get("verifications", [])))' "$WORK/out"
}
cached() {   # cached BASE PATH: fetched (if it was not) and now a HIT
    cache_state "$1" "$2" >/dev/null
    expect_state "$1" "$2" HIT
}
transaction_verification() {
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join(t.get("verification", "") for t in d["transactions"]))' "$WORK/out"
}

step "Varnish: purge --verify reads Varnish's X-Cache and says verified fresh"
purgeline 0 source add varnish-verified --type http-purge --endpoint "$VARNISH" --set verify=head \
    --set "verify_base=$VARNISH" --set verify_delay=1
cached "$VARNISH" /index.html
purgeline 0 purge --source varnish-verified --wait --json http://site.test/index.html
[ "$(verdicts)" = fresh ] || fail "verdicts \"$(verdicts)\", expected fresh"
[ "$(transaction_verification)" = fresh ] || fail "transaction verification \"$(transaction_verification)\""
grep -q "verified: 1 fresh, 0 still cached, 0 cannot tell" "$WORK/err" || fail "no verification summary on stderr"

step "nginx: purge --verify reads X-Cache-Status and says verified fresh"
purgeline 0 source add nginx-verified --type http-purge --endpoint "$NGINX" --set verify=head \
    --set "verify_base=$NGINX" --set verify_delay=1
cached "$NGINX" /img/c.png
purgeline 0 purge --source nginx-verified --wait --json http://site.test/img/c.png
[ "$(verdicts)" = fresh ] || fail "verdicts \"$(verdicts)\", expected fresh"

step "a purge that misses the cached object: still cached, purged again, reported (exit 1)"
# The purges go to nginx while the site is served (and verified) through Varnish: Varnish keeps
# its copy, as a purge sent to the wrong cache or with the wrong Host would leave it.
purgeline 0 source add misdirected --type http-purge --endpoint "$NGINX" --set verify=head \
    --set "verify_base=$VARNISH" --set verify_delay=1
cached "$VARNISH" /img/c.png
purgeline 1 purge --source misdirected --wait --json http://site.test/img/c.png
[ "$(verdicts)" = "stale stale" ] || fail "verdicts \"$(verdicts)\", expected a stale probe in each of two rounds"
[ "$(transaction_verification)" = "stale stale" ] || fail "transactions \"$(transaction_verification)\""
grep -q "STILL CACHED http://site.test/img/c.png (misdirected): X-Cache: HIT" "$WORK/err" \
    || fail "the still-cached URL is not named on stderr"
expect_state "$VARNISH" /img/c.png HIT

STEP="done"
echo "PASS: http-purge against Varnish and nginx" >&2
exit 0
