#!/usr/bin/env bash
# Benchmark for purges over TLS: http-purge against the test nginx of scripts/cache-servers.sh,
# the same N purges (default 2,000, concurrency 32) once over plain HTTP/1.1 and once over TLS,
# where nginx offers HTTP/2. Reports wall time, CPU of the purgeline process and the connections
# nginx saw (its log names each request's connection). Prints a Markdown section and puts it into
# bench/RESULTS.md between the "tls.sh" markers (appended when they are missing).
#   bench/tls.sh [PURGELINE_BINARY] [URLS]
# Needs the test packages (scripts/setup.sh test) and the fixed ports of cache-servers.sh free.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/app/purgeline}
urls=${2:-2000}
concurrency=32
[ -x "$bin" ] || { echo "no purgeline binary at $bin" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found (Debian package: time)" >&2; exit 2; }
unset http_proxy https_proxy all_proxy no_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY NO_PROXY
work=$(mktemp -d)
chmod 0755 "$work"   # varnishd's users must reach the servers' directory below it
mkdir -m 0700 "$work/home" "$work/profile"
servers=$work/servers
trap 'bash "$here/../scripts/cache-servers.sh" stop "$servers"; rm -rf "$work"' EXIT
bash "$here/../scripts/cache-servers.sh" start "$servers" >/dev/null
# shellcheck disable=SC1091
. "$servers/ports.env"
for ((i = 1; i <= urls; i++)); do echo "http://site.test/bench/$i.png"; done >"$work/urls"

purgeline() {
    env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY HOME="$work/home" QT_QPA_PLATFORM=offscreen \
        "$bin" --profile "$work/profile" "$@"
}
purgeline source add plain --type http-purge --endpoint "http://127.0.0.1:$NGINX_PORT" \
    --set concurrency=$concurrency 2>/dev/null
purgeline source add tls --type http-purge --endpoint "https://127.0.0.1:$NGINX_TLS_PORT" \
    --set "ca_file=$TLS_DIR/ca.pem" --set concurrency=$concurrency 2>/dev/null

declare -A WALL CPU RSS CONNECTIONS PROTOCOL
run() {   # run NAME LOG: one purge --wait of every URL through source NAME
    local name=$1 log=$2 t0 t1
    : >"$log.before"
    [ -f "$log" ] && cp "$log" "$log.before"
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%U %S %M' -o "$work/$name.time" env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY \
        HOME="$work/home" QT_QPA_PLATFORM=offscreen \
        "$bin" --profile "$work/profile" purge --source "$name" --wait --from-file "$work/urls" >/dev/null 2>&1
    t1=$EPOCHREALTIME
    WALL[$name]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    read -r user sys rss <"$work/$name.time"
    CPU[$name]=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    RSS[$name]=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')
    # Only this run's purges: the lines added to the log.
    tail -n +"$(($(wc -l <"$log.before") + 1))" "$log" | grep " PURGE /bench/" >"$work/$name.log" || true
    [ "$(wc -l <"$work/$name.log")" = "$urls" ] || { echo "nginx logged $(wc -l <"$work/$name.log") of $urls purges for $name" >&2; exit 1; }
    CONNECTIONS[$name]=$(awk '{ print $1 }' "$work/$name.log" | sort -u | wc -l)
    PROTOCOL[$name]=$(awk '{ print $3 }' "$work/$name.log" | sort | uniq -c | awk '{ printf "%s%s x%s", sep, $2, $1; sep = ", " }')
}
run plain "$servers/nginx/access.log"
run tls "$servers/nginx/tls-access.log"

ms_per() { awk -v c="$1" -v n="$urls" 'BEGIN { printf "%.3f", 1000 * c / n }'; }
section=$(
    cat <<EOF
<!-- tls.sh begin -->
## Purges over TLS and HTTP/2 (bench/tls.sh)

Written by \`bench/tls.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $urls http-purge purges in one
\`purge --wait\` run (concurrency $concurrency) against the test nginx of \`scripts/cache-servers.sh\`
(ngx_cache_purge; every URL is uncached, so each purge answers 404, which counts as done),
once over plain HTTP and once over TLS (private CA through \`ca_file\`; nginx offers HTTP/2).
CPU is user + sys of the purgeline process, start-up included; connections and protocol from
nginx's log. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg).

| Run | Wall s | Purges/s | CPU s | CPU ms / purge | Max RSS MB | nginx connections | protocol |
|---|---|---|---|---|---|---|---|
| plain HTTP | ${WALL[plain]} | $(awk -v w="${WALL[plain]}" -v n="$urls" 'BEGIN { printf "%.0f", n / w }') | ${CPU[plain]} | $(ms_per "${CPU[plain]}") | ${RSS[plain]} | ${CONNECTIONS[plain]} | ${PROTOCOL[plain]} |
| TLS | ${WALL[tls]} | $(awk -v w="${WALL[tls]}" -v n="$urls" 'BEGIN { printf "%.0f", n / w }') | ${CPU[tls]} | $(ms_per "${CPU[tls]}") | ${RSS[tls]} | ${CONNECTIONS[tls]} | ${PROTOCOL[tls]} |
<!-- tls.sh end -->
EOF
)
echo "$section"
results=$here/RESULTS.md
if [ -f "$results" ] && grep -q '<!-- tls.sh begin -->' "$results"; then
    python3 - "$results" "$section" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
text = re.sub(r'<!-- tls.sh begin -->.*?<!-- tls.sh end -->', lambda m: sys.argv[2], text, flags=re.S)
open(sys.argv[1], 'w').write(text)
PY
else
    printf '\n%s\n' "$section" >>"$results"
fi
