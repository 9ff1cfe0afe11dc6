# Sourced by scripts/test.sh: starts a PostgreSQL server for the event-store tests on a loopback
# port and exports ANNALIST_TEST_POSTGRES (postgres://postgres@127.0.0.1:PORT/postgres). Installs
# Debian's postgresql when it is missing (root with apt). Idempotent: a server already answering on
# the port is reused, and an existing ANNALIST_TEST_POSTGRES is left alone.
# Under CI (CI=true) a failure fails the run, so the PostgreSQL tests never skip there; elsewhere the
# tests skip with a reason. A server this hook starts is stopped when scripts/test.sh ends, and a data
# directory it creates is removed (annalist_cleanup_add, scripts/lib/cleanup.sh); sourced on its own, it
# leaves the server running for targeted test runs.

annalist_postgres_setup() {
  local port="${ANNALIST_PG_PORT:-54329}"
  local data="${ANNALIST_PG_DATA:-/var/tmp/annalist-postgres-$port}"
  if [ -n "${ANNALIST_TEST_POSTGRES:-}" ]; then
    printf '==> postgresql: using ANNALIST_TEST_POSTGRES as set\n' >&2
    return 0
  fi

  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      printf '==> postgresql: not installed and not root with apt-get; PostgreSQL store tests will skip\n' >&2
      return 1
    fi
    printf '==> postgresql: installing Debian postgresql\n' >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 || { printf '==> postgresql: apt-get install failed\n' >&2; return 1; }
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi

  local -a as_owner=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
    as_owner=(runuser -u postgres --)
  fi

  if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    if [ ! -s "$data/PG_VERSION" ]; then
      if [ ! -e "$data" ] && declare -F annalist_cleanup_add >/dev/null; then
        annalist_cleanup_add "rm -rf $(printf '%q %q' "$data" "$data.initdb.log")"
      fi
      mkdir -p "$data"
      [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
      chmod 700 "$data"
      "${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$data.initdb.log" 2>&1 \
        || { printf '==> postgresql: initdb failed (see %s)\n' "$data.initdb.log" >&2; return 1; }
    fi
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null 2>&1 || { printf '==> postgresql: server did not start (see %s/server.log)\n' "$data" >&2; return 1; }
    if declare -F annalist_cleanup_add >/dev/null; then
      annalist_cleanup_add "$(printf '%q ' "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop)>/dev/null 2>&1"
    fi
  fi

  export ANNALIST_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
  printf '==> postgresql: server on 127.0.0.1:%s (ANNALIST_TEST_POSTGRES exported)\n' "$port" >&2
}

if ! annalist_postgres_setup; then
  if [ "${CI:-}" = "true" ]; then
    false
  else
    true
  fi
fi
