#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and benchmarks, from Debian's packages.
#
#   tools/postgres.sh install      install Debian's postgresql where it can (root + apt-get)
#   tools/postgres.sh start DIR    initialise a cluster in DIR and start it on a unix socket
#                                  in DIR (no TCP port), as a non-root user; prints its URL.
#                                  DIR: a new folder whose parents the server user may enter
#                                  (mktemp -d under /tmp; not pytest's private tmp_path)
#   tools/postgres.sh stop DIR     stop the server started in DIR
#
# The server never listens on the network: its only socket is DIR/.s.PGSQL.5432, and it
# trusts local connections, which is right for a scratch cluster in a private temp folder
# and wrong for anything else. Never fails at install: where nothing can be installed, the
# PostgreSQL tests skip and say why.
set -u
pg_bin() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user (which
# Debian's package creates).
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
install)
    if pg_bin >/dev/null; then echo "postgresql: $(pg_bin)"; exit 0; fi
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "postgresql: cannot install it (needs root and apt-get); PostgreSQL tests will skip"
        exit 0
    fi
    echo "postgresql: installing from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -qq >/dev/null 2>&1 \
        && apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >/dev/null 2>&1; then
        echo "postgresql: installed $(pg_bin)"
    else
        echo "postgresql: installing failed; PostgreSQL tests will skip"
    fi
    exit 0 ;;
start)
    dir=${2:?usage: postgres.sh start DIR}
    bin=$(pg_bin) || { echo "postgresql is not installed" >&2; exit 3; }
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U summitry -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 4; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 5; }
    echo "postgresql+psycopg://summitry@/postgres?host=$dir" ;;
stop)
    dir=${2:?usage: postgres.sh stop DIR}
    bin=$(pg_bin) || exit 0
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
    exit 0 ;;
*)
    echo "usage: postgres.sh install | start DIR | stop DIR" >&2; exit 2 ;;
esac
