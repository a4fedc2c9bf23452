#!/usr/bin/env bash
# Real HTTP caches on loopback for tests and by-hand checks of the http-purge provider:
# Debian's varnishd (7.1) and nginx (1.22 with libnginx-mod-http-cache-purge 2.3), both in
# front of a static origin served by the same nginx.
#
#   scripts/cache-servers.sh start DIR   start everything with its state under DIR, wait until
#                                        all answer, print the addresses (also in DIR/ports.env)
#   scripts/cache-servers.sh stop DIR    stop by pid file and remove what start put in DIR
#
# Fixed loopback ports (override with the environment variables of the same names):
#   VARNISH_PORT=26081  VARNISH_ADMIN_PORT=26082  NGINX_PORT=26080  ORIGIN_PORT=26083
#   NGINX_TLS_PORT=26443 (the nginx cache again, over TLS with HTTP/2)
# The origin has /index.html, /css/site.css, /img/{a,b,c}.png and /img.v2/x.png, each sent
# with Cache-Control: public, max-age=300. Varnish marks replies X-Cache: HIT|MISS, nginx
# X-Cache-Status: HIT|MISS. Varnish accepts PURGE and BAN (regex in X-Ban-Url), nginx PURGE,
# from 127.0.0.1 only. Config templates: tests/scripts/cache-servers/.
# For the TLS server, start makes a private CA in DIR/tls (ca.pem), a server certificate for
# 127.0.0.1 signed by it, and a client certificate (client.pem, client.key) that /mtls/ on the
# TLS server requires. nginx logs each request with its connection number, in
# DIR/nginx/access.log and (the TLS server) DIR/nginx/tls-access.log.
set -euo pipefail

VARNISH_PORT=${VARNISH_PORT:-26081}
VARNISH_ADMIN_PORT=${VARNISH_ADMIN_PORT:-26082}
NGINX_PORT=${NGINX_PORT:-26080}
ORIGIN_PORT=${ORIGIN_PORT:-26083}
NGINX_TLS_PORT=${NGINX_TLS_PORT:-26443}
TEMPLATES="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/scripts/cache-servers"

die() {
    echo "cache-servers.sh: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start DIR | stop DIR" >&2
    exit 2
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Waits (bounded: about 10 s) until URL gives any HTTP answer.
wait_for() {   # wait_for URL [CURL OPTION...]
    local url=$1 code
    shift
    for _ in $(seq 1 50); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$@" "$url" || true)
        if [ -n "$code" ] && [ "$code" != 000 ]; then
            return 0
        fi
        sleep 0.2
    done
    return 1
}

render() {   # render TEMPLATE OUTPUT
    sed -e "s|@STATE@|$NGINX_STATE|g" \
        -e "s|@ORIGIN_ROOT@|$DIR/origin|g" \
        -e "s|@ORIGIN_PORT@|$ORIGIN_PORT|g" \
        -e "s|@NGINX_PORT@|$NGINX_PORT|g" \
        -e "s|@NGINX_TLS_PORT@|$NGINX_TLS_PORT|g" \
        -e "s|@TLS_DIR@|$DIR/tls|g" \
        -e "s|@USER_LINE@|$USER_LINE|g" \
        "$1" >"$2"
}

stop_pidfile() {   # stop_pidfile NAME FILE
    local name=$1 file=$2 pid
    [ -f "$file" ] || return 0
    pid=$(cat "$file" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "cache-servers.sh: $name (pid $pid) ignored SIGTERM; sending SIGKILL" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$file"
}

do_stop() {
    stop_pidfile varnish "$DIR/varnish/varnishd.pid"
    stop_pidfile nginx "$DIR/nginx/nginx.pid"
    rm -rf "$DIR/varnish" "$DIR/nginx" "$DIR/origin" "$DIR/tls" "$DIR/ports.env"
}

make_origin() {
    local root=$DIR/origin
    mkdir -p "$root/img" "$root/img.v2" "$root/css"
    echo '<!doctype html><title>site.test</title>' >"$root/index.html"
    echo 'body { color: #333 }' >"$root/css/site.css"
    for name in a b c; do
        printf 'PNG stand-in %s\n' "$name" >"$root/img/$name.png"
    done
    printf 'PNG stand-in x\n' >"$root/img.v2/x.png"
    chmod -R a+rX "$root"
}

# A private CA, a server certificate for 127.0.0.1 and a client certificate, all signed by it.
# EC keys: quick to make, and the handshakes cost less.
make_certificates() {
    local tls=$DIR/tls name
    mkdir -p "$tls"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
        -subj "/CN=Purgeline test CA" -keyout "$tls/ca.key" -out "$tls/ca.pem" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null \
        || die "openssl could not make the test CA"
    printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$tls/server.ext"
    printf 'extendedKeyUsage=clientAuth\n' >"$tls/client.ext"
    for name in server client; do
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
            -subj "/CN=purgeline-test-$name" -keyout "$tls/$name.key" -out "$tls/$name.csr" 2>/dev/null \
            && openssl x509 -req -in "$tls/$name.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial \
                -days 2 -extfile "$tls/$name.ext" -out "$tls/$name.pem" 2>/dev/null \
            || die "openssl could not make the $name certificate"
    done
    chmod 0644 "$tls"/*.pem
    chmod 0600 "$tls"/*.key
}

start_nginx() {
    mkdir -p "$NGINX_STATE/tmp"
    render "$TEMPLATES/nginx.conf.in" "$NGINX_STATE/nginx.conf"
    nginx -q -t -p "$NGINX_STATE/" -c "$NGINX_STATE/nginx.conf" -e "$NGINX_STATE/error.log" \
        || die "nginx rejected $NGINX_STATE/nginx.conf (see above)"
    nginx -p "$NGINX_STATE/" -c "$NGINX_STATE/nginx.conf" -e "$NGINX_STATE/error.log" \
        || die "nginx did not start; see $NGINX_STATE/error.log"
}

start_varnish() {
    local state=$DIR/varnish
    mkdir -p "$state"
    chmod 0755 "$state"
    sed -e "s|@ORIGIN_PORT@|$ORIGIN_PORT|g" "$TEMPLATES/varnish.vcl.in" >"$state/default.vcl"
    chmod 0644 "$state/default.vcl"
    # varnishd compiles the VCL and runs its child as the varnish/vcache users, which must
    # reach the work directory and the VCL file.
    if [ "$(id -u)" = 0 ] && ! runuser -u varnish -- test -r "$state/default.vcl" 2>/dev/null; then
        die "the varnish user cannot read $state/default.vcl: every directory above $DIR must be world-traversable (chmod o+x)"
    fi
    # Its start-up chatter (and any VCL compile error) goes to a log shown only on failure.
    if ! varnishd -n "$state/work" -a "127.0.0.1:$VARNISH_PORT" -T "127.0.0.1:$VARNISH_ADMIN_PORT" \
        -f "$state/default.vcl" -s malloc,32m -P "$state/varnishd.pid" >"$state/varnishd.log" 2>&1; then
        cat "$state/varnishd.log" >&2
        die "varnishd did not start (its output is above)"
    fi
}

do_start() {
    command -v varnishd >/dev/null || die "varnishd not found (apt-get install varnish)"
    command -v nginx >/dev/null || die "nginx not found (apt-get install nginx libnginx-mod-http-cache-purge)"
    command -v curl >/dev/null || die "curl not found"
    command -v openssl >/dev/null || die "openssl not found (apt-get install openssl)"
    [ -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] \
        || die "ngx_http_cache_purge_module.so not found (apt-get install libnginx-mod-http-cache-purge)"
    for port in "$VARNISH_PORT" "$VARNISH_ADMIN_PORT" "$NGINX_PORT" "$ORIGIN_PORT" "$NGINX_TLS_PORT"; do
        if port_in_use "$port"; then
            die "127.0.0.1:$port is already in use (servers of an earlier run? stop them with: $0 stop DIR)"
        fi
    done
    chmod 0755 "$DIR"   # mktemp -d makes 0700; varnish and www-data must get in
    USER_LINE=""
    if [ "$(id -u)" = 0 ]; then
        USER_LINE="user www-data www-data;"   # workers must not run as root
    fi
    NGINX_STATE=$DIR/nginx
    mkdir -p "$NGINX_STATE"
    make_origin
    make_certificates
    # Whatever started is stopped again if a later step fails.
    trap 'echo "cache-servers.sh: start failed; stopping what started" >&2; do_stop' EXIT
    start_nginx
    start_varnish
    wait_for "http://127.0.0.1:$ORIGIN_PORT/index.html" || die "origin on 127.0.0.1:$ORIGIN_PORT does not answer"
    wait_for "http://127.0.0.1:$NGINX_PORT/index.html" || die "nginx on 127.0.0.1:$NGINX_PORT does not answer"
    wait_for "https://127.0.0.1:$NGINX_TLS_PORT/index.html" --cacert "$DIR/tls/ca.pem" \
        || die "nginx on 127.0.0.1:$NGINX_TLS_PORT (TLS) does not answer"
    wait_for "http://127.0.0.1:$VARNISH_PORT/index.html" || die "varnish on 127.0.0.1:$VARNISH_PORT does not answer"
    trap - EXIT
    cat >"$DIR/ports.env" <<EOF
VARNISH_PORT=$VARNISH_PORT
VARNISH_ADMIN_PORT=$VARNISH_ADMIN_PORT
NGINX_PORT=$NGINX_PORT
ORIGIN_PORT=$ORIGIN_PORT
NGINX_TLS_PORT=$NGINX_TLS_PORT
TLS_DIR=$DIR/tls
EOF
    echo "varnish 127.0.0.1:$VARNISH_PORT (admin 127.0.0.1:$VARNISH_ADMIN_PORT) pid $(cat "$DIR/varnish/varnishd.pid")"
    echo "nginx   127.0.0.1:$NGINX_PORT, TLS and HTTP/2 127.0.0.1:$NGINX_TLS_PORT (CA $DIR/tls/ca.pem) pid $(cat "$DIR/nginx/nginx.pid")"
    echo "origin  127.0.0.1:$ORIGIN_PORT (served by the same nginx)"
}

[ $# -eq 2 ] || usage
[ -n "$2" ] || usage
case "$1" in
start)
    mkdir -p "$2"
    DIR=$(cd "$2" && pwd)
    do_start
    ;;
stop)
    [ -d "$2" ] || exit 0
    DIR=$(cd "$2" && pwd)
    do_stop
    ;;
*)
    usage
    ;;
esac
