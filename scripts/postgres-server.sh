#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, for the tests and for trying a shared profile by
# hand: Debian's postgresql package (initdb, pg_ctl), its cluster in a directory of its own.
#
#   scripts/postgres-server.sh start DIR   make a cluster under DIR, start it, wait until it takes
#                                          connections, print the server URL (also in DIR/url)
#   scripts/postgres-server.sh stop DIR    stop it and remove what start put in DIR
#
# Port: PGTEST_PORT, else 25432. Only 127.0.0.1 listens, and only for the user "purgeline"
# (a superuser, so tests may make and drop a database per profile), with a password
# ("purgeline", kept in DIR/pgpass for PGPASSFILE): the profile code is then tested with
# libpq reading the password from a pgpass file, as a team's desktops do.
# Durability is off (fsync, synchronous_commit, full_page_writes): the cluster is thrown away.
# As root, the server runs as the postgres system user (PostgreSQL refuses to run as root).
set -euo pipefail

PORT=${PGTEST_PORT:-25432}

die() {
    echo "postgres-server.sh: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start DIR | stop DIR" >&2
    exit 2
}

# The newest installed server's programs (Debian keeps them out of PATH).
server_bin() {
    local dir
    dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] ||
        die "PostgreSQL's server is not installed (apt-get install postgresql)"
    echo "$dir"
}

# Runs a server program as the user the cluster belongs to.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin data
    bin=$(server_bin)
    mkdir -p "$DIR"
    DIR=$(cd "$DIR" && pwd)
    data=$DIR/data
    # What an interrupted run left behind is stopped and thrown away first.
    [ ! -e "$data" ] || stop
    if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
        die "port $PORT on 127.0.0.1 is in use (set PGTEST_PORT)"
    fi
    printf 'purgeline\n' >"$DIR/password"
    mkdir -m 0700 "$data"
    if [ "$(id -u)" = 0 ]; then
        # The postgres user must reach DIR and own the cluster and its socket directory.
        chmod 0755 "$DIR"
        chown postgres: "$data" "$DIR/password"
    fi
    as_owner "$bin/initdb" -D "$data" -U purgeline --pwfile="$DIR/password" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || {
        cat "$DIR/initdb.log" >&2
        die "initdb failed"
    }
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 start \
        -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$data \
            -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null || {
        cat "$data/server.log" >&2 || true
        die "the server did not start"
    }
    printf '127.0.0.1:%s:*:purgeline:purgeline\n' "$PORT" >"$DIR/pgpass"
    chmod 0600 "$DIR/pgpass"
    echo "postgresql://purgeline@127.0.0.1:$PORT" >"$DIR/url"
    cat "$DIR/url"
}

stop() {
    local bin data
    [ -d "$DIR" ] || return 0
    data=$DIR/data
    if [ -f "$data/postmaster.pid" ]; then
        bin=$(server_bin)
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            as_owner "$bin/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data" "$DIR/password" "$DIR/pgpass" "$DIR/url" "$DIR/initdb.log"
}

[ $# -eq 2 ] || usage
DIR=$2
case $1 in
start) start ;;
stop) stop ;;
*) usage ;;
esac
