#!/usr/bin/env bash
# Engine benchmark: purgeline against a loopback server that answers every request after 20 ms,
# compared in the same run with the seed's shell loop (one curl per URL).
#
#   bench/run.sh [BUILD_DIR]      BUILD_DIR defaults to ./build; configured here if it is not yet
#
# Builds purgeline, bench/delayserver and bench/fsyncprobe.so with cmake --build, runs every
# scenario, and rewrites bench/RESULTS.md (everything from the "analysis" marker line on is kept).
# Needs: cmake + the project's build packages, curl, /usr/bin/time (GNU time), awk. Takes about
# 4-5 minutes on a quiet machine, most of it the curl loop and
# the paced runs.
#
# Knobs (environment): BENCH_URLS (2000), BENCH_RATE_URLS (500), BENCH_DELAY_MS (20),
# BENCH_RESULTS (bench/RESULTS.md), BENCH_SKIP_BUILD=1 (measure the binaries already built),
# BENCH_CLOUDFLARE=0 (leave out the Cloudflare runs), BENCH_CLOUDFRONT=0 (leave out CloudFront),
# BENCH_PACED_SECONDS (10: how long each paced Cloudflare run paces after its plan's burst).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-build}
mkdir -p "$BUILD"
BUILD=$(cd "$BUILD" && pwd)
URLS=${BENCH_URLS:-2000}
RATE_URLS=${BENCH_RATE_URLS:-500}
DELAY_MS=${BENCH_DELAY_MS:-20}
RESULTS=${BENCH_RESULTS:-$ROOT/bench/RESULTS.md}
ANALYSIS_MARKER='<!-- analysis: everything below this line is kept by bench/run.sh -->'

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

command -v curl >/dev/null || die "curl not found (scripts/setup.sh test installs it)"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (Debian package: time)"
command -v awk >/dev/null || die "awk not found"

# --- build -------------------------------------------------------------------------------------
BUILT="cmake --build (purgeline, delayserver, fsyncprobe)"
if [ "${BENCH_SKIP_BUILD:-0}" = 1 ]; then
    BUILT="binaries already in the build dir (BENCH_SKIP_BUILD=1; purgeline built $(date -u -r "$BUILD/app/purgeline" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo '?'))"
    say "BENCH_SKIP_BUILD=1: using the binaries already in $BUILD"
elif [ ! -f "$BUILD/CMakeCache.txt" ]; then
    say "configuring $BUILD"
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$BUILD/bench-configure.log" 2>&1 ||
        { tail -n 30 "$BUILD/bench-configure.log" >&2; die "configure failed"; }
fi
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
say "building purgeline, delayserver, fsyncprobe in $BUILD"
cmake --build "$BUILD" -j2 --target purgeline delayserver fsyncprobe >"$BUILD/bench-build.log" 2>&1 ||
    { tail -n 30 "$BUILD/bench-build.log" >&2; die "build failed (log: $BUILD/bench-build.log)"; }
fi
PURGELINE=$BUILD/app/purgeline
SERVER_BIN=$BUILD/bench/delayserver
PROBE=$BUILD/bench/fsyncprobe.so
for f in "$PURGELINE" "$SERVER_BIN" "$PROBE"; do [ -e "$f" ] || die "missing $f after the build"; done

# --- work area: on the build dir's disk, not a tmpfs, so fsync costs what it costs -------------
WORK=$BUILD/bench-run
rm -rf "$WORK"
mkdir -p "$WORK/home"
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Loopback targets: https://bench.example.net/images/N.jpg
for ((i = 1; i <= URLS; i++)); do echo "https://bench.example.net/images/$i.jpg"; done >"$WORK/urls"
head -n "$RATE_URLS" "$WORK/urls" >"$WORK/urls-rate"

# --- the delay server ---------------------------------------------------------------------------
"$SERVER_BIN" --port 0 --delay-ms "$DELAY_MS" >"$WORK/server.out" 2>"$WORK/server.err" &
SERVER_PID=$!
PORT=
for _ in $(seq 50); do
    PORT=$(sed -n 's/^listening 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/server.out")
    [ -n "$PORT" ] && break
    sleep 0.1
done
[ -n "$PORT" ] || die "delayserver did not start: $(cat "$WORK/server.err")"
BENCH_CLOUDFLARE=${BENCH_CLOUDFLARE:-1}
BENCH_CLOUDFRONT=${BENCH_CLOUDFRONT:-1}
BASE=http://127.0.0.1:$PORT
say "delayserver on $BASE, answering after $DELAY_MS ms"

stats() { curl -s "$BASE/stats"; }
reset_stats() { curl -s -o /dev/null "$BASE/reset"; }
# json_field JSON KEY -> the number stored under KEY (flat objects only)
json_field() { printf '%s' "$1" | sed -n "s/.*\"$2\":\([-0-9.eE+]*\).*/\1/p"; }
# time_field FILE LABEL -> the value of a /usr/bin/time -v line
time_field() { sed -n "s/^[[:space:]]*$2: //p" "$1"; }
calc() { awk "BEGIN { printf \"%s\", ($*) }"; }   # parenthesised: a bare > would be an awk redirection
fmt() { awk -v v="$1" -v d="${2:-2}" 'BEGIN { printf "%.*f", d, v }'; }

# Runs purgeline in a clean environment: own HOME, no D-Bus session, offscreen platform.
purgeline() {
    env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY HOME="$WORK/home" QT_QPA_PLATFORM=offscreen \
        BENCH_KEY=bench-secret-key "$PURGELINE" "$@"
}

# add_source PROFILE NAME TYPE SETTING...
add_source() {
    local profile=$1 name=$2 type=$3
    shift 3
    local sets=()
    for s in "$@"; do sets+=(--set "$s"); done
    purgeline --profile "$profile" source add "$name" --type "$type" --endpoint "$BASE" \
        --secret-env BENCH_KEY "${sets[@]}" 2>"$WORK/source-add.err" ||
        die "source add $name failed: $(cat "$WORK/source-add.err")"
}

declare -A WALL USER_S SYS_S RSS_KB TX URLCOUNT FSYNC_CALLS FSYNC_S SRV RC T0 LOAD
SCENARIOS=()

# measure ID PROFILE SOURCE URLFILE TXCOUNT PROBE_MODE [PURGE_OPTION...]: one `purge --wait` run
# under /usr/bin/time -v
measure() {
    local id=$1 profile=$2 source=$3 urlfile=$4 tx=$5 mode=$6
    shift 6
    SCENARIOS+=("$id")
    reset_stats
    rm -f "$WORK/$id.fsync"
    local t0 t1 rc=0
    LOAD[$id]=$(cut -d' ' -f1 /proc/loadavg)
    t0=$EPOCHREALTIME
    T0[$id]=$t0
    /usr/bin/time -v -o "$WORK/$id.time" \
        env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY HOME="$WORK/home" QT_QPA_PLATFORM=offscreen \
        BENCH_KEY=bench-secret-key LD_PRELOAD="$PROBE" PURGELINE_FSYNC_PROBE="$mode" \
        PURGELINE_FSYNC_PROBE_REPORT="$WORK/$id.fsync" \
        "$PURGELINE" --profile "$profile" purge --source "$source" --wait --from-file "$urlfile" "$@" \
        >/dev/null 2>"$WORK/$id.err" || rc=$?
    t1=$EPOCHREALTIME
    WALL[$id]=$(calc "$t1 - $t0")
    USER_S[$id]=$(time_field "$WORK/$id.time" 'User time (seconds)')
    SYS_S[$id]=$(time_field "$WORK/$id.time" 'System time (seconds)')
    RSS_KB[$id]=$(time_field "$WORK/$id.time" 'Maximum resident set size (kbytes)')
    TX[$id]=$tx
    URLCOUNT[$id]=$(wc -l <"$urlfile")
    RC[$id]=$rc
    local probe
    probe=$(grep '^program=purgeline ' "$WORK/$id.fsync" 2>/dev/null || true)
    FSYNC_CALLS[$id]=$(printf '%s' "$probe" | sed -n 's/.* calls=\([0-9]*\).*/\1/p')
    FSYNC_S[$id]=$(printf '%s' "$probe" | sed -n 's/.* seconds=\([0-9.]*\).*/\1/p')
    SRV[$id]=$(stats)
    say "$id: exit $rc, $(fmt "${WALL[$id]}" 3) s wall, user ${USER_S[$id]} s, sys ${SYS_S[$id]} s, max RSS ${RSS_KB[$id]} kB, server ${SRV[$id]}"
    [ "$rc" -eq 0 ] || say "$id: purgeline failed; last lines: $(tail -n 3 "$WORK/$id.err")"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 0. fixed cost of one purgeline process (start, open the database, one query) --------------
P0=$WORK/profile-startup
add_source "$P0" img imgix
/usr/bin/time -v -o "$WORK/startup.time" env -u DBUS_SESSION_BUS_ADDRESS HOME="$WORK/home" QT_QPA_PLATFORM=offscreen \
    "$PURGELINE" --profile "$P0" source list >/dev/null 2>&1
STARTUP_CPU=$(calc "$(time_field "$WORK/startup.time" 'User time (seconds)') + $(time_field "$WORK/startup.time" 'System time (seconds)')")
STARTUP_RSS=$(time_field "$WORK/startup.time" 'Maximum resident set size (kbytes)')

# --- 1. one URL per request: imgix, unpaced (rate=0), concurrency 16 and 32 ---------------------
for c in 16 32; do
    add_source "$WORK/profile-imgix-c$c" img imgix "concurrency=$c" rate=0
    measure "imgix-c$c" "$WORK/profile-imgix-c$c" img "$WORK/urls" "$URLS" count
done
# The same as imgix-c32 with fsync/fdatasync turned into no-ops: the wall time durable commits cost.
add_source "$WORK/profile-imgix-nofsync" img imgix concurrency=32 rate=0
measure imgix-c32-nofsync "$WORK/profile-imgix-nofsync" img "$WORK/urls" "$URLS" skip

# --- 2. batching: Instart Logic, 500 URIs per request -------------------------------------------
add_source "$WORK/profile-instart-fast" ins instart customer=bench user=bench poll_interval=0.1 rate=1000
measure instart-rate1000 "$WORK/profile-instart-fast" ins "$WORK/urls" $(((URLS + 499) / 500)) count
add_source "$WORK/profile-instart-default" ins instart customer=bench user=bench poll_interval=0.1
measure instart-default-rate "$WORK/profile-instart-default" ins "$WORK/urls" $(((URLS + 499) / 500)) count

# --- 3. pacing: imgix at 50 requests/s, burst 1 -------------------------------------------------
add_source "$WORK/profile-imgix-rate50" img imgix rate=50 burst=1
measure imgix-rate50 "$WORK/profile-imgix-rate50" img "$WORK/urls-rate" "$RATE_URLS" count

# --- 3b. Cloudflare: plan enterprise (500 URLs per request), then one paced run per plan -------
CF_ZONE=023e105f4ecef8ad9ca31a8372d0c353
PACED_SECONDS=${BENCH_PACED_SECONDS:-10}
# The documented limits CloudflareProvider declares (developers.cloudflare.com/cache/how-to/
# purge-cache/, "Availability and limits"), nothing overridden. Per run: name, plan, match,
# requests per second, bucket, targets per request, what the plan's documentation states.
# Enterprise single-file purges have their own bucket in the provider: 3,000 URLs per second as
# 6 requests of 500 a second, burst 6; its other purges (here tags) use the 50/s request bucket.
CF_PACED_RUNS=(
    "free free exact 5/60 25 30 5_requests_per_minute,_bucket_25"
    "pro pro exact 5 25 30 5_requests_per_second,_bucket_25"
    "business business exact 10 50 30 10_requests_per_second,_bucket_50"
    "enterprise enterprise exact 6 6 500 3,000_single-file_URLs_per_second_(6_requests_of_500)"
    "enterprise-tags enterprise tag 50 500 30 50_requests_per_second,_bucket_500"
)
declare -A CF_PACED
# paced_stats ARRIVALS RATE BURST: over the arrivals at the server ("ms items" lines) prints
#   requests, targets, rate beyond the burst, largest window excess, most requests in one second, span s
# The rate beyond the burst is (n - burst) / (last - first arrival): a token bucket that starts
# full lets at most burst + rate x window through in any window, so it is at most the rate and
# equals it when the pacer holds exactly to the bucket. The excess is the largest count of any
# window over burst + rate x (window + 20 ms for network jitter); above 0 would be over the limit.
paced_stats() {
    awk -v r="$(calc "$2")" -v b="$3" '
        { t[NR] = $1; items += $2 }
        END {
            n = NR; excess = -1e9; peak = 0
            for (i = 1; i <= n; i++) {
                for (j = i; j <= n; j++) {
                    e = (j - i + 1) - b - r * (t[j] - t[i] + 20) / 1000
                    if (e > excess) excess = e
                    if (t[j] - t[i] < 1000 && j - i + 1 > peak) peak = j - i + 1
                }
            }
            rate = (n > b && t[n] > t[1]) ? (n - b) * 1000 / (t[n] - t[1]) : 0
            printf "%d %d %.5f %.3f %d %.3f", n, items, rate, excess, peak, (t[n] - t[1]) / 1000
        }' "$1"
}
run_cloudflare() {
    add_source "$WORK/profile-cf-enterprise" cf cloudflare "zone=$CF_ZONE" plan=enterprise
    measure cloudflare-enterprise "$WORK/profile-cf-enterprise" cf "$WORK/urls" $(((URLS + 499) / 500)) count
    CF_ENT_SRV=$(stats)
    local run name plan match rate burst items doc requests id
    for run in "${CF_PACED_RUNS[@]}"; do
        read -r name plan match rate burst items doc <<<"$run"
        # The burst, then PACED_SECONDS of the plan's rate (at least one request past the burst).
        requests=$(awk -v r="$(calc "$rate")" -v b="$burst" -v s="$PACED_SECONDS" \
            'BEGIN { k = int(r * s + 0.5); if (k < 1) k = 1; print b + k }')
        id=cloudflare-$name-paced
        if [ "$match" = tag ]; then
            for ((i = 1; i <= requests * items; i++)); do echo "bench-tag-$i"; done
        else
            for ((i = 1; i <= requests * items; i++)); do echo "https://bench.example.net/paced/$name/$i.jpg"; done
        fi >"$WORK/targets-$id"
        add_source "$WORK/profile-$id" cf cloudflare "zone=$CF_ZONE" "plan=$plan"
        measure "$id" "$WORK/profile-$id" cf "$WORK/targets-$id" "$requests" count --match "$match"
        curl -s "$BASE/arrivals" >"$WORK/$id.arrivals"
        CF_PACED[$id]=$(paced_stats "$WORK/$id.arrivals" "$rate" "$burst")
        say "$id arrivals (requests, targets, rate beyond the burst, max excess, max per second, span s): ${CF_PACED[$id]}"
    done
}
report_cloudflare() {
    local sp run name plan match rate burst items doc id n targets achieved excess peak span ratio
    sp=$(calc "$SEED_WALL / ${WALL[cloudflare-enterprise]}")
    echo "## Cloudflare"
    echo
    echo "- cloudflare-enterprise: \`--type cloudflare --set zone=$CF_ZONE --set plan=enterprise\` over the same $URLS URLs:"
    echo "  500 URLs per request ($(json_field "$CF_ENT_SRV" cloudflare_purges) requests, $(json_field "$CF_ENT_SRV" cloudflare_files) URLs arrived; the plan's single-file bucket, 6/s with a burst of 6, lets all of them go at once)."
    echo "- Paced runs, one per plan, \`--set plan=PLAN\` and nothing else: the documented limits the provider declares."
    echo "  Each sends the plan's burst and then about $PACED_SECONDS s of its rate, at least one request past the burst"
    echo "  (on free, with 5 a minute, that one comes 12 s after the burst)."
    echo "  The server's arrival times (\`GET /arrivals\`) give the rate beyond the burst, (n - burst) / (last - first arrival),"
    echo "  and check every window of arrivals against the plan's token bucket: at most burst + rate x window (+20 ms jitter)."
    echo
    echo "| Run | Plan, match | Documented limit | Requests x targets | Span s | Achieved rate beyond the burst | Ratio | Largest window excess (requests) | Most in one second | CPU ms / request | Max RSS MB |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    for run in "${CF_PACED_RUNS[@]}"; do
        read -r name plan match rate burst items doc <<<"$run"
        id=cloudflare-$name-paced
        read -r n targets achieved excess peak span <<<"${CF_PACED[$id]}"
        ratio=$(calc "$achieved / ($rate)")
        printf '| %s | %s, %s | %s | %s x %s = %s | %s | %s req/s (%s targets/s) | %s | %s | %s | %s | %s |\n' \
            "$id" "$plan" "$match" "${doc//_/ }" "$n" "$items" "$targets" "$(fmt "$span" 2)" \
            "$(fmt "$achieved" 4)" "$(fmt "$(calc "$achieved * $items")" 1)" "$(fmt "$ratio" 4)" \
            "$(fmt "$excess" 3)" "$peak" "$(fmt "$(ms_per "$(cpu_s "$id")" "$n")" 3)" \
            "$(fmt "$(calc "${RSS_KB[$id]} / 1024")" 1)"
    done
    echo
    echo "| Target | Measured | Verdict |"
    echo "|---|---|---|"
    printf '| 2,000 URLs (enterprise, 500 per request) at least 100x faster than the curl loop | %sx (%s s vs %s s) | %s |\n' \
        "$(fmt "$sp" 0)" "$(fmt "${WALL[cloudflare-enterprise]}" 3)" "$(fmt "$SEED_WALL" 2)" \
        "$(verdict "$(calc "($sp >= 100) && ${RC[cloudflare-enterprise]} == 0")")"
    printf '| (for information) CPU per URL, start-up included (cloudflare-enterprise) | %s ms (%s s / %s URLs) | - |\n' \
        "$(fmt "$(ms_per "$(cpu_s cloudflare-enterprise)" "${URLCOUNT[cloudflare-enterprise]}")" 4)" \
        "$(fmt "$(cpu_s cloudflare-enterprise)" 2)" "${URLCOUNT[cloudflare-enterprise]}"
    printf '| (for information) peak memory (cloudflare-enterprise) | %s MB | - |\n' \
        "$(fmt "$(calc "${RSS_KB[cloudflare-enterprise]} / 1024")" 1)"
    for run in "${CF_PACED_RUNS[@]}"; do
        read -r name plan match rate burst items doc <<<"$run"
        id=cloudflare-$name-paced
        read -r n targets achieved excess peak span <<<"${CF_PACED[$id]}"
        ratio=$(calc "$achieved / ($rate)")
        printf '| %s: achieved rate within 10%% of the documented %s | %s req/s = %s of it (%s requests, all arrived: %s) | %s |\n' \
            "$id" "$(fmt "$(calc "$rate")" 4) req/s" "$(fmt "$achieved" 4)" "$(fmt "$ratio" 4)" "$n" \
            "$([ "$n" = "${TX[$id]}" ] && echo yes || echo NO)" \
            "$(verdict "$(calc "($ratio >= 0.9) && ($ratio <= 1.1) && ($n == ${TX[$id]}) && ${RC[$id]} == 0")")"
        printf '| %s: never over the plan (no window of arrivals above %s + %s/s x window) | largest excess %s requests | %s |\n' \
            "$id" "$burst" "$(fmt "$(calc "$rate")" 4)" "$(fmt "$excess" 3)" "$(verdict "$(calc "$excess <= 0")")"
    done
    echo
}

# --- 3c. CloudFront: 2,000 URLs, one invalidation (3,000 paths each at most), polled to Completed
run_cloudfront() {
    add_source "$WORK/profile-cloudfront" cfr cloudfront distribution=EBENCHEXAMPLE01 access_key_id=AKIDBENCHEXAMPLE0001
    measure cloudfront "$WORK/profile-cloudfront" cfr "$WORK/urls" $(((URLS + 2999) / 3000)) count
    CFR_SRV=${SRV[cloudfront]}
    # From the start of the process to the moment the server wrote its last 201: every path
    # accepted, which is what the curl loop's run measures for its URLs.
    CFR_ACCEPTED=$(calc "$(json_field "$CFR_SRV" cloudfront_accepted_epoch_ms) / 1000 - ${T0[cloudfront]}")
    say "cloudfront: all paths accepted after $(fmt "$CFR_ACCEPTED" 3) s"
}
report_cloudfront() {
    local sp_accepted sp_wall tx srv=$CFR_SRV ok
    sp_accepted=$(calc "$SEED_WALL / $CFR_ACCEPTED")
    sp_wall=$(calc "$SEED_WALL / ${WALL[cloudfront]}")
    tx=${TX[cloudfront]}
    ok=$(calc "${RC[cloudfront]} == 0 && $(json_field "$srv" cloudfront_paths) == $URLS && $(json_field "$srv" cloudfront_invalidations) == $tx && $(json_field "$srv" cloudfront_refused) == 0 && $(json_field "$srv" unauthorized) == 0")
    echo "## CloudFront"
    echo
    echo "- cloudfront: \`--type cloudfront --set distribution=EBENCHEXAMPLE01 --set access_key_id=AKIDBENCHEXAMPLE0001\` over the same $URLS URLs,"
    echo "  the documented limits the provider declares: up to 3,000 paths per invalidation and in progress per distribution (15 wildcards),"
    echo "  CreateInvalidation at 0.5 requests per second with a burst of 1, GetInvalidation polled until \`Completed\`."
    echo "- The server answers CreateInvalidation 201 with \`Location\` and \`Status\` InProgress, GetInvalidation 200 with \`Completed\`,"
    echo "  and refuses a batch whose Quantity is not its paths, a reused CallerReference with other paths, and anything over the in-progress limits."
    echo "  It saw: $(json_field "$srv" cloudfront_invalidations) invalidation(s), $(json_field "$srv" cloudfront_paths) paths, $(json_field "$srv" cloudfront_polls) GetInvalidation poll(s),"
    echo "  $(json_field "$srv" cloudfront_resends) resend(s), $(json_field "$srv" cloudfront_refused) refused, $(json_field "$srv" unauthorized) unsigned."
    echo "- Accepted: from the process start to the server writing the last 201 (every path accepted by CloudFront; the curl loop's time is the same"
    echo "  for its URLs). Completed: the whole \`purge --wait\`, which returns when GetInvalidation says \`Completed\`."
    echo
    echo "| Target | Measured | Verdict |"
    echo "|---|---|---|"
    printf '| 2,000 URLs through CloudFront at least 100x faster than the curl loop, to every path accepted | %sx (%s s vs %s s) | %s |\n' \
        "$(fmt "$sp_accepted" 0)" "$(fmt "$CFR_ACCEPTED" 3)" "$(fmt "$SEED_WALL" 2)" \
        "$(verdict "$(calc "($sp_accepted >= 100) && $ok")")"
    printf '| the same to Completed (`purge --wait`) | %sx (%s s vs %s s): the first GetInvalidation comes one poll interval after the 201, %s s here | %s |\n' \
        "$(fmt "$sp_wall" 1)" "$(fmt "${WALL[cloudfront]}" 2)" "$(fmt "$SEED_WALL" 2)" \
        "$(fmt "$(calc "($(json_field "$srv" cloudfront_polled_epoch_ms) - $(json_field "$srv" cloudfront_accepted_epoch_ms)) / 1000")" 2)" \
        "$(verdict "$(calc "($sp_wall >= 100) && $ok")")"
    printf '| (for information) CPU per URL, start-up included | %s ms (%s s / %s URLs) | - |\n' \
        "$(fmt "$(ms_per "$(cpu_s cloudfront)" "$URLS")" 4)" "$(fmt "$(cpu_s cloudfront)" 2)" "$URLS"
    printf '| (for information) peak memory | %s MB | - |\n' "$(fmt "$(calc "${RSS_KB[cloudfront]} / 1024")" 1)"
    echo
}

# --- 4. the seed: one curl process per URL, in a shell loop -------------------------------------
[ "$BENCH_CLOUDFLARE" = 1 ] && run_cloudflare
[ "$BENCH_CLOUDFRONT" = 1 ] && run_cloudfront
reset_stats
SEED_LOOP='for u in $(cat "$1"); do curl -s -o /dev/null -X POST -H "Authorization: Bearer KEY" -H "Content-Type: application/vnd.api+json" -d "{\"data\":{\"attributes\":{\"url\":\"$u\"},\"type\":\"purges\"}}" "$2/api/v1/purge"; done'
say "seed loop: $URLS curl processes (the longest part)"
SEED_LOAD=$(cut -d' ' -f1 /proc/loadavg)
t0=$EPOCHREALTIME
/usr/bin/time -v -o "$WORK/seed.time" bash -c "$SEED_LOOP" seed "$WORK/urls" "$BASE"
t1=$EPOCHREALTIME
SEED_WALL=$(calc "$t1 - $t0")
SEED_CPU=$(calc "$(time_field "$WORK/seed.time" 'User time (seconds)') + $(time_field "$WORK/seed.time" 'System time (seconds)')")
SEED_SRV=$(stats)
say "seed loop: $(fmt "$SEED_WALL" 3) s wall, server $SEED_SRV"

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report -------------------------------------------------------------------------------------
verdict() { if [ "$1" = 1 ]; then printf 'met'; else printf '**not met**'; fi; }
cpu_s() { calc "${USER_S[$1]} + ${SYS_S[$1]}"; }
ms_per() { calc "1000 * $1 / $2"; }

CPU_MODEL=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
QT_VERSION=$( (qtpaths6 --qt-version || /usr/lib/qt6/bin/qtpaths --qt-version) 2>/dev/null ||
    dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)
SQLITE_VERSION=$(dpkg-query -W -f='${Version}' libsqlite3-0 2>/dev/null || echo unknown)
FS_TYPE=$(df -PT "$WORK" | awk 'NR == 2 { print $2 }')
SEED_OK=$([ "$(json_field "$SEED_SRV" imgix_purges)" = "$URLS" ] && [ "$(json_field "$SEED_SRV" unauthorized)" = 0 ] && echo yes || echo NO)

{
    echo "# Engine benchmark results"
    echo
    echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Re-run: \`bench/run.sh [BUILD_DIR]\`."
    echo
    echo "## Machine"
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| CPU | $CPU_MODEL |"
    echo "| nproc | $(nproc) |"
    echo "| Kernel | $(uname -r) |"
    echo "| Qt | $QT_VERSION |"
    echo "| SQLite (libsqlite3-0) | $SQLITE_VERSION |"
    echo "| Profile directory file system | $FS_TYPE |"
    echo "| Load average before / after the run | $LOAD_BEFORE / $LOAD_AFTER (1, 5, 15 min; the 1-minute value at each run's start is in the table below) |"
    echo "| Build | \`$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt")\`, $BUILT |"
    echo
    echo "## Setup"
    echo
    echo "- Server: \`bench/delayserver --port 0 --delay-ms $DELAY_MS\` (QTcpServer, a precise timer per request, HTTP/1.1 keep-alive)."
    echo "  Its own counters (\`GET /stats\`) check every run: request counts, connections, the most requests it held at once, and the purge arrival rate."
    echo "- $URLS target URLs; every purgeline run is a fresh profile and"
    echo "  \`purgeline --profile DIR purge --source NAME --wait --from-file urls\` under \`/usr/bin/time -v\`"
    echo "  (CPU = user + sys of the purgeline process, including its start-up; max RSS from the same)."
    echo "  Wall time is measured around the process with \`\$EPOCHREALTIME\`."
    echo "- Sources (\`purgeline --profile DIR source add NAME --type T --endpoint $BASE --secret-env BENCH_KEY --set ...\`):"
    echo "  - imgix-cN: \`--type imgix --set concurrency=N --set rate=0\` (rate=0 turns the token bucket off: imgix's default 10 req/s would otherwise make this a pacing test);"
    echo "  - instart-rate1000: \`--type instart --set customer=bench --set user=bench --set poll_interval=0.1 --set rate=1000\`;"
    echo "  - instart-default-rate: the same without \`rate\` (the documented 2 req/s, burst 1; status polls take tokens too);"
    echo "  - imgix-rate50: \`--type imgix --set rate=50 --set burst=1\` over $RATE_URLS URLs (default concurrency 4)."
    echo "- imgix-c32-nofsync: imgix-c32 again with \`bench/fsyncprobe.so\` turning fsync/fdatasync into no-ops,"
    echo "  to show what SQLite's \`synchronous=FULL\` costs in wall time. In every other run the same probe only counts and times those calls."
    echo "- Seed: \`for u in \$(cat urls); do curl -s -o /dev/null -X POST -H \"Authorization: Bearer KEY\" -H \"Content-Type: application/vnd.api+json\" -d '{\"data\":{\"attributes\":{\"url\":\"'\$u'\"},\"type\":\"purges\"}}' $BASE/api/v1/purge; done\`"
    echo "  over the same $URLS URLs (server confirms all $URLS purges arrived authorized: $SEED_OK)."
    echo
    echo "## Measurements"
    echo
    echo "| Run | Load at start | Exit | Transactions | URLs | Wall s | URLs/s | CPU s (user+sys) | CPU ms / transaction | CPU ms / URL | Max RSS MB | fsync calls | s in fsync | Server: requests, connections, max in flight |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    for id in "${SCENARIOS[@]}"; do
        srv=${SRV[$id]}
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s, %s, %s |\n' \
            "$id" "${LOAD[$id]}" "${RC[$id]}" "${TX[$id]}" "${URLCOUNT[$id]}" "$(fmt "${WALL[$id]}" 3)" \
            "$(fmt "$(calc "${URLCOUNT[$id]} / ${WALL[$id]}")" 0)" "$(fmt "$(cpu_s "$id")" 2)" \
            "$(fmt "$(ms_per "$(cpu_s "$id")" "${TX[$id]}")" 3)" "$(fmt "$(ms_per "$(cpu_s "$id")" "${URLCOUNT[$id]}")" 3)" \
            "$(fmt "$(calc "${RSS_KB[$id]} / 1024")" 1)" "${FSYNC_CALLS[$id]:-?}" \
            "${FSYNC_S[$id]:-?}$([ "${FSYNC_S[$id]:-}" = 0.000 ] && [ "${FSYNC_CALLS[$id]:-0}" != 0 ] && echo ' (skipped)')" \
            "$(json_field "$srv" requests)" "$(json_field "$srv" connections)" "$(json_field "$srv" max_in_flight)"
    done
    printf '| seed curl loop | %s | 0 | %s | %s | %s | %s | %s (bash + curl) | %s | %s | - | - | - | %s, %s, %s |\n' \
        "$SEED_LOAD" "$URLS" "$URLS" "$(fmt "$SEED_WALL" 3)" "$(fmt "$(calc "$URLS / $SEED_WALL")" 0)" "$(fmt "$SEED_CPU" 2)" \
        "$(fmt "$(ms_per "$SEED_CPU" "$URLS")" 3)" "$(fmt "$(ms_per "$SEED_CPU" "$URLS")" 3)" \
        "$(json_field "$SEED_SRV" requests)" "$(json_field "$SEED_SRV" connections)" "$(json_field "$SEED_SRV" max_in_flight)"
    echo
    echo "Fixed cost of one purgeline process (\`source list\`: start, open and migrate the database, one query): $(fmt "$STARTUP_CPU" 2) s CPU, $(fmt "$(calc "$STARTUP_RSS / 1024")" 1) MB max RSS."
    echo
    echo "## Targets"
    echo
    echo "| Target | Measured | Verdict |"
    echo "|---|---|---|"
    for c in 16 32; do
        sp=$(calc "$SEED_WALL / ${WALL[imgix-c$c]}")
        printf '| one URL per request at least 10x faster than the loop (imgix, concurrency %s) | %sx (%s s vs %s s) | %s |\n' \
            "$c" "$(fmt "$sp" 1)" "$(fmt "${WALL[imgix-c$c]}" 2)" "$(fmt "$SEED_WALL" 2)" "$(verdict "$(calc "($sp >= 10) && ${RC[imgix-c$c]} == 0")")"
    done
    sp=$(calc "$SEED_WALL / ${WALL[instart-rate1000]}")
    printf '| batching at least 100x faster than the loop (instart, rate=1000) | %sx (%s s vs %s s) | %s |\n' \
        "$(fmt "$sp" 0)" "$(fmt "${WALL[instart-rate1000]}" 3)" "$(fmt "$SEED_WALL" 2)" "$(verdict "$(calc "($sp >= 100) && ${RC[instart-rate1000]} == 0")")"
    sp=$(calc "$SEED_WALL / ${WALL[instart-default-rate]}")
    printf '| (for information) batching at the documented 2 req/s | %sx (%s s) | - |\n' "$(fmt "$sp" 0)" "$(fmt "${WALL[instart-default-rate]}" 2)"
    srv_rate=$(json_field "${SRV[imgix-rate50]}" purge_rate_per_s)
    wall_rate=$(calc "$RATE_URLS / ${WALL[imgix-rate50]}")
    printf '| rate=50 burst=1: achieved rate within 10%% of 50/s | %s req/s between first and last arrival at the server (%s URLs / %s s wall incl. start-up = %s/s) | %s |\n' \
        "$(fmt "$srv_rate" 2)" "$RATE_URLS" "$(fmt "${WALL[imgix-rate50]}" 2)" "$(fmt "$wall_rate" 2)" \
        "$(verdict "$(calc "($srv_rate >= 45) && ($srv_rate <= 55) && ${RC[imgix-rate50]} == 0")")"
    # One URL per transaction: the CPU per transaction is the engine's overhead per transaction.
    for id in imgix-c16 imgix-c32 imgix-c32-nofsync; do
        per=$(ms_per "$(cpu_s "$id")" "${TX[$id]}")
        net=$(ms_per "$(calc "$(cpu_s "$id") - $STARTUP_CPU")" "${TX[$id]}")
        printf '| CPU under 0.2 ms per transaction (%s, start-up included) | %s ms (%s s / %s); %s ms without the %s s start-up | %s |\n' \
            "$id" "$(fmt "$per" 3)" "$(fmt "$(cpu_s "$id")" 2)" "${TX[$id]}" "$(fmt "$net" 3)" "$(fmt "$STARTUP_CPU" 2)" \
            "$(verdict "$(calc "$per < 0.2 && ${RC[$id]} == 0")")"
    done
    # A batching transaction carries 500 URLs: reading, checking and planning them is work per URL,
    # so the same budget is applied per URL (the run has only 4 transactions; start-up dominates).
    for id in instart-rate1000 instart-default-rate; do
        per_url=$(ms_per "$(cpu_s "$id")" "${URLCOUNT[$id]}")
        net=$(ms_per "$(calc "$(cpu_s "$id") - $STARTUP_CPU")" "${TX[$id]}")
        printf '| CPU under 0.2 ms per transaction, batching (%s): per URL, start-up included | %s ms per URL (%s s / %s URLs); per 500-URL transaction %s ms without the %s s start-up | %s |\n' \
            "$id" "$(fmt "$per_url" 3)" "$(fmt "$(cpu_s "$id")" 2)" "${URLCOUNT[$id]}" "$(fmt "$net" 1)" "$(fmt "$STARTUP_CPU" 2)" \
            "$(verdict "$(calc "$per_url < 0.2 && ${RC[$id]} == 0")")"
    done
    per=$(ms_per "$(cpu_s imgix-rate50)" "${TX[imgix-rate50]}")
    printf '| (for information) CPU per transaction when paced at 50/s (imgix-rate50) | %s ms (%s s / %s): each transaction is sent alone, so it pays its own commits and wake-ups | - |\n' \
        "$(fmt "$per" 3)" "$(fmt "$(cpu_s imgix-rate50)" 2)" "${TX[imgix-rate50]}"
    maxrss=0
    for id in "${SCENARIOS[@]}"; do [ "${RSS_KB[$id]}" -gt "$maxrss" ] && maxrss=${RSS_KB[$id]}; done
    printf '| peak memory under 100 MB (largest max RSS of all runs) | %s MB | %s |\n' \
        "$(fmt "$(calc "$maxrss / 1024")" 1)" "$(verdict "$(calc "$maxrss < 102400")")"
    fsync_wall=$(calc "${WALL[imgix-c32]} - ${WALL[imgix-c32-nofsync]}")
    echo
    echo "## synchronous=FULL"
    echo
    echo "imgix-c32 made ${FSYNC_CALLS[imgix-c32]:-?} fsync/fdatasync calls ($(fmt "$(calc "${FSYNC_CALLS[imgix-c32]:-0} / $URLS")" 2) per transaction) that blocked its event-loop thread for ${FSYNC_S[imgix-c32]:-?} s of its $(fmt "${WALL[imgix-c32]}" 2) s wall time."
    echo "Without them (imgix-c32-nofsync) the same run took $(fmt "${WALL[imgix-c32-nofsync]}" 2) s, $(fmt "$fsync_wall" 2) s less."
    if [ "$(calc "$fsync_wall > 0.1 * ${WALL[imgix-c32]}")" = 1 ]; then
        echo "That difference is what durable commits cost this run in wall time."
    else
        echo "The difference is within noise: the commits overlap with requests in flight for as long as the HTTP"
        echo "connection limit (server: at most $(json_field "${SRV[imgix-c32]}" max_in_flight) requests at once), not the event loop, is the bottleneck."
    fi
    echo
    [ "$BENCH_CLOUDFLARE" = 1 ] && report_cloudflare
    [ "$BENCH_CLOUDFRONT" = 1 ] && report_cloudfront
    if [ -f "$RESULTS" ] && grep -qF "$ANALYSIS_MARKER" "$RESULTS"; then
        sed -n "/^$(printf '%s' "$ANALYSIS_MARKER" | sed 's/[][\/.*^$]/\\&/g')\$/,\$p" "$RESULTS"
    else
        echo "$ANALYSIS_MARKER"
        echo
        echo "## Analysis"
        echo
        echo "(not written yet)"
    fi
} >"$RESULTS.new"
mv "$RESULTS.new" "$RESULTS"
say "wrote $RESULTS"
