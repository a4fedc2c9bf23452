#!/usr/bin/env bash
# Requests through a real proxy: tinyproxy from a private configuration on free loopback ports
# (one open, one that wants a user name and password), in front of two small target servers
# (plain HTTP and HTTPS with tests/data/selfsigned-*.pem) that log every request they get.
# Driven end to end through the purgeline command line with http-purge sources:
#   - http_proxy from the environment carries a plain-http purge (tinyproxy adds its Via header);
#   - https_proxy carries an https purge through CONNECT, the certificate still checked;
#   - no_proxy, and the proxy=none setting, bypass the environment's proxy;
#   - the proxy setting takes a proxy without any environment;
#   - a proxy that refuses connections fails with a message that names the proxy;
#   - a proxy's user name and password are used and never show in any output.
# Everything listens on 127.0.0.1 only. Needs PURGELINE_BIN (CTest sets it), tinyproxy, python3.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA=$ROOT/tests/data
STEP="setup"
PROXY_PASSWORD=s3cret-pr0xy-pw

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
for tool in tinyproxy python3; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/setup.sh test installs it)"
done
# Only what each step sets reaches purgeline.
unset http_proxy https_proxy all_proxy no_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY NO_PROXY

WORK=$(mktemp -d)
P=$WORK/profile
mkdir -m 0700 "$WORK/home" "$P"
PIDS=()
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
    local pid file
    for file in "$WORK"/tinyproxy-*.pid; do
        [ -f "$file" ] && pid=$(cat "$file") && kill "$pid" 2>/dev/null
    done
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
wait_port() {   # wait_port PORT: until something listens there (about 10 s at most)
    for _ in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

# The target: answers every method with 200 and logs "METHOD PATH via=VIA-HEADER" per request.
cat >"$WORK/target.py" <<'EOF'
import http.server, ssl, sys

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        with open(sys.argv[2], "a") as log:
            log.write("%s %s via=%s\n" % (self.command, self.path, self.headers.get("Via", "-")))
        body = b"purged\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_HEAD = do_POST = do_PURGE = do_BAN = answer

    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
if len(sys.argv) > 3:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[3], sys.argv[4])
    server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
EOF

HTTP_PORT=$(free_port)
TLS_PORT=$(free_port)
OPEN_PROXY_PORT=$(free_port)
AUTH_PROXY_PORT=$(free_port)
CLOSED_PORT=$(free_port)   # nothing listens there
python3 "$WORK/target.py" "$HTTP_PORT" "$WORK/http.log" &
PIDS+=($!)
python3 "$WORK/target.py" "$TLS_PORT" "$WORK/tls.log" "$DATA/selfsigned-cert.pem" "$DATA/selfsigned-key.pem" &
PIDS+=($!)

start_tinyproxy() {   # start_tinyproxy NAME PORT [CONFIG LINE...]
    local name=$1 port=$2
    shift 2
    {
        echo "Port $port"
        echo "Listen 127.0.0.1"
        echo "Allow 127.0.0.1"
        echo "Timeout 30"
        echo "MaxClients 20"
        echo "LogLevel Info"
        echo "LogFile \"$WORK/tinyproxy-$name.log\""
        echo "PidFile \"$WORK/tinyproxy-$name.pid\""
        echo "ConnectPort $TLS_PORT"
        printf '%s\n' "$@"
    } >"$WORK/tinyproxy-$name.conf"
    tinyproxy -c "$WORK/tinyproxy-$name.conf" || fail "tinyproxy $name did not start"
}
step "start the targets and tinyproxy"
start_tinyproxy open "$OPEN_PROXY_PORT"
start_tinyproxy auth "$AUTH_PROXY_PORT" "BasicAuth purger $PROXY_PASSWORD"
for port in "$HTTP_PORT" "$TLS_PORT" "$OPEN_PROXY_PORT" "$AUTH_PROXY_PORT"; do
    wait_port "$port" || fail "nothing listens on 127.0.0.1:$port"
done
OPEN_PROXY=http://127.0.0.1:$OPEN_PROXY_PORT
OUTPUTS=()

# Runs purgeline with the temporary profile and the environment variables given before "--";
# fails the step unless it exits with EXPECTED. Every output is kept for the credential check.
purgeline() {   # purgeline EXPECTED [VAR=VALUE...] -- ARGS...
    local expected=$1 status environment=()
    shift
    while [ "$1" != "--" ]; do
        environment+=("$1")
        shift
    done
    shift
    local n=${#OUTPUTS[@]}
    env HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
        "${environment[@]}" "$PURGELINE_BIN" --profile "$P" "$@" >"$WORK/out.$n" 2>"$WORK/err.$n"
    status=$?
    cp "$WORK/out.$n" "$WORK/out"
    cp "$WORK/err.$n" "$WORK/err"
    OUTPUTS+=("$WORK/out.$n" "$WORK/err.$n")
    if [ "$status" != "$expected" ]; then
        echo "--- purgeline $* (stdout)" >&2
        cat "$WORK/out" >&2
        echo "--- (stderr)" >&2
        cat "$WORK/err" >&2
        fail "purgeline $* exited with $status, expected $expected"
    fi
}
# The log line of the request for PATH at a target: "PURGE /img/a.png via=..."
seen() {   # seen LOG PATH
    grep " $2 via=" "$1" 2>/dev/null | tail -n 1
}
expect_via_proxy() {   # expect_via_proxy PATH
    local line
    line=$(seen "$WORK/http.log" "$1")
    [ -n "$line" ] || fail "the target never saw $1"
    case "$line" in *tinyproxy*) ;; *) fail "$1 reached the target directly ($line), not through tinyproxy" ;; esac
}
expect_direct() {   # expect_direct PATH
    local line
    line=$(seen "$WORK/http.log" "$1")
    [ -n "$line" ] || fail "the target never saw $1"
    [ "$line" = "PURGE $1 via=-" ] || fail "$1 went through a proxy ($line)"
    ! grep -q " http://127.0.0.1:$HTTP_PORT$1 " "$WORK"/tinyproxy-*.log || fail "tinyproxy saw $1"
}

step "add the sources"
purgeline 0 -- source add plain --type http-purge --endpoint "http://127.0.0.1:$HTTP_PORT" --set timeout=5
purgeline 0 -- source add tls --type http-purge --endpoint "https://127.0.0.1:$TLS_PORT" \
    --set "ca_file=$DATA/selfsigned-cert.pem" --set timeout=5
purgeline 0 -- source add untrusted --type http-purge --endpoint "https://127.0.0.1:$TLS_PORT" \
    --set timeout=5 --set max_attempts=1
purgeline 0 -- source add configured --type http-purge --endpoint "http://127.0.0.1:$HTTP_PORT" \
    --set "proxy=$OPEN_PROXY" --set timeout=5
purgeline 0 -- source add direct --type http-purge --endpoint "http://127.0.0.1:$HTTP_PORT" --set proxy=none --set timeout=5
purgeline 0 -- source add dead --type http-purge --endpoint "http://127.0.0.1:$HTTP_PORT" \
    --set "proxy=http://127.0.0.1:$CLOSED_PORT" --set timeout=5 --set max_attempts=1
# The proxy's password is never stored: the source names the variable that holds it.
purgeline 0 -- source add authed --type http-purge --endpoint "http://127.0.0.1:$HTTP_PORT" \
    --set "proxy=http://purger@127.0.0.1:$AUTH_PROXY_PORT" --set proxy_password_env=PURGELINE_PROXY_PW --set timeout=5
purgeline 0 -- source add badauth --type http-purge --endpoint "http://127.0.0.1:$HTTP_PORT" \
    --set "proxy=http://purger@127.0.0.1:$AUTH_PROXY_PORT" --set proxy_password_env=PURGELINE_PROXY_PW_WRONG \
    --set timeout=5 --set max_attempts=1
purgeline 2 -- source add literal --type http-purge --endpoint "http://127.0.0.1:$HTTP_PORT" \
    --set "proxy=http://purger:$PROXY_PASSWORD@127.0.0.1:$AUTH_PROXY_PORT"
grep -q "proxy_password_env" "$WORK/err" || fail "a password in the proxy setting was not refused: $(cat "$WORK/err")"

step "plain http through http_proxy from the environment"
purgeline 0 "http_proxy=$OPEN_PROXY" -- purge --source plain --wait http://site.test/img/a.png
expect_via_proxy /img/a.png
grep -q "Request (file descriptor [0-9]*): PURGE http://127.0.0.1:$HTTP_PORT/img/a.png HTTP/1.1" "$WORK/tinyproxy-open.log" \
    || fail "tinyproxy's log does not show the PURGE request"

step "https through CONNECT (https_proxy), the certificate still checked"
purgeline 0 "https_proxy=$OPEN_PROXY" -- purge --source tls --wait http://site.test/img/c.png
grep -q "CONNECT 127.0.0.1:$TLS_PORT HTTP/1.1" "$WORK/tinyproxy-open.log" || fail "tinyproxy's log shows no CONNECT to the TLS target"
[ "$(seen "$WORK/tls.log" /img/c.png)" = "PURGE /img/c.png via=-" ] || fail "the TLS target did not see the purge (tunnelled, so no Via)"
purgeline 1 "https_proxy=$OPEN_PROXY" -- purge --source untrusted --wait http://site.test/img/untrusted.png
grep -qi "certificate" "$WORK/out" "$WORK/err" || fail "an untrusted certificate behind the proxy did not fail as a certificate problem"
[ -z "$(seen "$WORK/tls.log" /img/untrusted.png)" ] || fail "the purge reached a server whose certificate is not trusted"

step "no_proxy bypasses the environment's proxy"
purgeline 0 "http_proxy=$OPEN_PROXY" "no_proxy=localhost,127.0.0.1" -- purge --source plain --wait http://site.test/img/b.png
expect_direct /img/b.png

step "proxy=none bypasses the environment's proxy"
purgeline 0 "http_proxy=$OPEN_PROXY" -- purge --source direct --wait http://site.test/img/e.png
expect_direct /img/e.png

step "the proxy setting, without any environment"
purgeline 0 -- purge --source configured --wait http://site.test/img/d.png
expect_via_proxy /img/d.png

step "a proxy that refuses connections"
purgeline 1 -- purge --source dead --wait http://site.test/img/dead.png
grep -q "proxy http://127.0.0.1:$CLOSED_PORT: could not connect" "$WORK/out" "$WORK/err" \
    || fail "the failure does not name the proxy: $(cat "$WORK/out" "$WORK/err")"
[ -z "$(seen "$WORK/http.log" /img/dead.png)" ] || fail "the purge went out without its proxy"

step "a proxy's user name and password are used"
purgeline 0 "PURGELINE_PROXY_PW=$PROXY_PASSWORD" -- purge --source authed --wait http://site.test/img/f.png
expect_via_proxy /img/f.png
purgeline 0 "PURGELINE_PROXY_PW=$PROXY_PASSWORD" -- purge --source authed --wait --json http://site.test/img/g.png
expect_via_proxy /img/g.png
purgeline 1 "PURGELINE_PROXY_PW_WRONG=wrong-$PROXY_PASSWORD" -- purge --source badauth --wait http://site.test/img/h.png
# tinyproxy 1.11 answers 401 rather than 407
grep -Eq "HTTP 40(1|7)" "$WORK/out" "$WORK/err" || fail "a wrong proxy password was not refused: $(cat "$WORK/out" "$WORK/err")"
[ -z "$(seen "$WORK/http.log" /img/h.png)" ] || fail "the proxy let a wrong password through"

step "the proxy's password shows in no output"
purgeline 0 "PURGELINE_PROXY_PW=$PROXY_PASSWORD" -- purge --source authed --dry-run http://site.test/img/i.png
purgeline 0 -- source list
grep -q "proxy=http://\[redacted\]@127.0.0.1:$AUTH_PROXY_PORT" "$WORK/out" || fail "source list does not show the redacted proxy"
! grep -q "$PROXY_PASSWORD" "$P"/* || fail "the proxy's password is in the profile"
purgeline 0 -- source list --json
purgeline 0 -- history --json
purgeline 0 -- history --search img
for file in "${OUTPUTS[@]}"; do
    ! grep -q "$PROXY_PASSWORD" "$file" || fail "the proxy's password shows in $(basename "$file"): $(grep "$PROXY_PASSWORD" "$file")"
done
! grep -q "$PROXY_PASSWORD" "$WORK"/tinyproxy-*.log "$WORK/http.log" || fail "the proxy's password reached a log"

step "a proxy's password that would go in clear to another machine is refused"
purgeline 2 -- source add remote --type http-purge --endpoint "http://127.0.0.1:$HTTP_PORT" \
    --set "proxy=http://purger@proxy.example.net:3128" --set proxy_password_env=PURGELINE_PROXY_PW
grep -q "in clear" "$WORK/err" || fail "the refusal does not say why: $(cat "$WORK/err")"
! grep -q "$PROXY_PASSWORD" "$WORK/out" "$WORK/err" || fail "the refusal shows the password"

STEP="done"
echo "PASS: requests through tinyproxy" >&2
exit 0
