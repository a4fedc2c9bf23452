#!/usr/bin/env bash
# Paced runs against a server that enforces a provider's rate the way such APIs do: at most N
# requests in any sliding second (or minute), the rest answered 429 with Retry-After: 1 (bench/delayserver
# --limit N). Each run uses the provider's documented rate and nothing else, and records the
# achieved rate as a share of the limit and the number of 429s; the table replaces the
# "Paced runs against a limiting server" section of bench/RESULTS.md.
#
#   bench/paced.sh [BUILD_DIR]      BUILD_DIR defaults to ./build (purgeline and delayserver built)
#
# Knobs: BENCH_PACED_IMGIX (200 URLs), BENCH_PACED_INSTART (40 URLs, one per request),
# BENCH_PACED_KEYCDN (90 URLs, one per request: about 90 s),
# BENCH_RESULTS (bench/RESULTS.md).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(cd "${1:-build}" && pwd)
RESULTS=${BENCH_RESULTS:-$ROOT/bench/RESULTS.md}
PURGELINE=$BUILD/app/purgeline
SERVER_BIN=$BUILD/bench/delayserver
[ -x "$PURGELINE" ] && [ -x "$SERVER_BIN" ] || {
    echo "paced: build purgeline and delayserver first (cmake --build $BUILD --target purgeline delayserver)" >&2
    exit 1
}
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
    rm -rf "$WORK"
}
trap cleanup EXIT
field() { printf '%s' "$1" | sed -n "s/.*\"$2\":\([-0-9.eE+]*\).*/\1/p"; }
calc() { awk "BEGIN { printf \"%s\", ($*) }"; }

# run ID TYPE LIMIT WINDOW_S URLCOUNT SETTING...: one `purge --wait` against a server that accepts
# LIMIT requests in any sliding WINDOW_S seconds
ROWS=()
run() {
    local id=$1 type=$2 limit=$3 window=$4 count=$5
    shift 5
    "$SERVER_BIN" --port 0 --delay-ms 20 --limit "$limit" --window-ms "$((window * 1000))" \
        >"$WORK/server.out" 2>"$WORK/server.err" &
    SERVER_PID=$!
    local port=
    for _ in $(seq 50); do
        port=$(sed -n 's/^listening 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/server.out")
        [ -n "$port" ] && break
        sleep 0.1
    done
    [ -n "$port" ] || { echo "paced: delayserver did not start" >&2; exit 1; }
    local profile=$WORK/profile-$id sets=()
    for s in "$@"; do sets+=(--set "$s"); done
    local env=(env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY HOME="$WORK" QT_QPA_PLATFORM=offscreen BENCH_KEY=bench-key)
    "${env[@]}" "$PURGELINE" --profile "$profile" source add s --type "$type" --endpoint "http://127.0.0.1:$port" \
        --secret-env BENCH_KEY "${sets[@]}" >/dev/null
    for ((i = 1; i <= count; i++)); do echo "https://bench.example.net/paced/$i.jpg"; done >"$WORK/urls"
    local rc=0 load
    load=$(cut -d' ' -f1 /proc/loadavg)
    "${env[@]}" "$PURGELINE" --profile "$profile" purge --source s --wait --from-file "$WORK/urls" \
        >/dev/null 2>"$WORK/$id.err" || rc=$?
    local stats accepted span throttled rate share
    stats=$(curl -s "http://127.0.0.1:$port/stats")
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
    accepted=$(field "$stats" limit_accepted)
    span=$(field "$stats" limit_span_ms)
    throttled=$(field "$stats" throttled)
    rate=$(calc "($accepted - 1) * 1000 / $span")
    share=$(calc "$rate * $window / $limit")
    local verdict=met
    [ "$(calc "($share >= 0.9) && ($share <= 1.0) && ($throttled * 100 <= $accepted + $throttled) && $rc == 0")" = 1 ] || verdict="not met"
    local shown_limit="$limit/s"
    [ "$window" = 1 ] || shown_limit="$limit per ${window} s"
    ROWS+=("| $id | $shown_limit | $accepted | $(printf '%.3f' "$rate")/s | $(printf '%.3f' "$share") | $throttled | $rc | $load | $verdict |")
    echo "paced: $id: $(printf '%.3f' "$rate")/s of $shown_limit, $throttled 429s, exit $rc" >&2
}

run imgix imgix 10 1 "${BENCH_PACED_IMGIX:-200}"
# One URL per request so there are enough requests to measure; the rate is Instart's documented 2/s
# (status polls are requests too and take tokens from the same bucket).
run instart instart 2 1 "${BENCH_PACED_INSTART:-40}" customer=bench user=bench batch_size=1 poll_interval=0.1
# A CDN whose limit is a count over a minute (KeyCDN: 60 calls a minute per API key): one URL per
# call, enough calls to span more than one window.
run keycdn keycdn 60 60 "${BENCH_PACED_KEYCDN:-90}" zone=1 batch_size=1

{
    echo "## Paced runs against a limiting server (bench/paced.sh, $(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo
    echo "bench/delayserver --limit N accepts at most N requests in any sliding second (KeyCDN: in any sliding"
    echo "minute) and answers the rest 429 with Retry-After: 1; each source has only its type's documented"
    echo "rate (imgix 10/s, Instart 2/s, KeyCDN 60 a minute)."
    echo "Achieved rate = (accepted - 1) / (last - first accepted). Targets: >= 90% of the limit, never over"
    echo "(the server enforces it: an excess shows up as 429s), at most 1% of replies 429, exit 0."
    echo
    echo "| Run | Limit | Requests accepted | Achieved | Share of limit | 429s | Exit | Load | Verdict |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
} >"$WORK/section.md"
# Replace the section (up to the next "## ") or append it.
awk -v section="$WORK/section.md" '
    /^## Paced runs against a limiting server/ { while ((getline line < section) > 0) print line; print ""; skip = 1; done = 1; next }
    skip && /^## / { skip = 0 }
    !skip { print }
    END { if (!done) { print ""; while ((getline line < section) > 0) print line } }
' "$RESULTS" >"$WORK/results.md"
cp "$WORK/results.md" "$RESULTS"
cat "$WORK/section.md"
