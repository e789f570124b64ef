#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-workspace tests (issue 15): initdb and pg_ctl as
# an unprivileged user, in a temporary folder, listening on loopback only at a random port.
#
#   eval "$(bash tools/pg-cluster.sh start)"   # exports STUURBOORD_TEST_POSTGRES and PGCLUSTER_DIR
#   bash tools/pg-cluster.sh stop "$PGCLUSTER_DIR"
#
# STUURBOORD_TEST_POSTGRES is a connection address (postgresql://stuurboord@127.0.0.1:PORT/
# stuurboord_test) of a superuser-less owner role, so the tests meet the same privileges an
# editor has; the cluster's superuser is `postgres`. Authentication is `trust` on loopback: the
# cluster lives for one test run and holds nothing. Prints nothing on stdout and exits 3 when
# the PostgreSQL server programs are not installed, so callers can run the SQLite suites alone.
set -euo pipefail

bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && echo "$dir"
}

as_owner() { # runs a command as the cluster's owner: initdb refuses to run as root
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
start)
    bin=$(bindir) || { echo "pg-cluster: no PostgreSQL server programs (apt-get install postgresql)" >&2; exit 3; }
    dir=$(mktemp -d /tmp/stuurboord-pg.XXXXXX)
    chmod 755 "$dir"
    [[ "$(id -u)" -eq 0 ]] && chown nobody "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port: the kernel picks one for a socket bound to port 0.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=60" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    psql_() { as_owner "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 "$@"; }
    psql_ -d postgres -c "CREATE ROLE stuurboord LOGIN CREATEDB CREATEROLE" \
        -c "CREATE DATABASE stuurboord_test OWNER stuurboord" >/dev/null
    echo "export STUURBOORD_TEST_POSTGRES='postgresql://stuurboord@127.0.0.1:$port/stuurboord_test'"
    echo "export PGCLUSTER_DIR='$dir'"
    ;;
stop)
    dir="${2:?which cluster folder}"
    bin=$(bindir) || exit 0
    [[ -d "$dir/data" ]] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    sed -n '2,13p' "$0"
    exit 2
    ;;
esac
