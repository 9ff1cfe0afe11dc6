# Sourced by scripts/test.sh: starts a NATS server with JetStream for the queue tests on a loopback
# port, its store in a fresh temporary directory, and exports ANNALIST_TEST_NATS (nats://127.0.0.1:PORT).
# Installs Debian's nats-server when it is missing (root with apt). A server this hook starts is
# stopped by annalist_nats_stop, registered with scripts/test.sh's cleanup list (scripts/lib/cleanup.sh); one already answering on the
# port (or an ANNALIST_TEST_NATS already set) is used as it is and left running.
# Under CI (CI=true) a failure fails the run, so the queue tests never skip there; elsewhere they
# skip with a reason.

annalist_nats_pid=""
annalist_nats_dir=""

annalist_nats_setup() {
  local port="${ANNALIST_NATS_PORT:-54222}"
  if [ -n "${ANNALIST_TEST_NATS:-}" ]; then
    printf '==> nats: using ANNALIST_TEST_NATS as set\n' >&2
    return 0
  fi

  if ! command -v nats-server >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      printf '==> nats: nats-server not installed and not root with apt-get; queue tests will skip\n' >&2
      return 1
    fi
    printf '==> nats: installing Debian nats-server\n' >&2
    export DEBIAN_FRONTEND=noninteractive
    # Other installs may hold the dpkg lock for a while on a shared machine: wait for it.
    apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null 2>&1
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends nats-server >/dev/null 2>&1 \
      || { printf '==> nats: apt-get install nats-server failed\n' >&2; return 1; }
  fi

  if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    annalist_nats_dir=$(mktemp -d /tmp/annalist-nats.XXXXXX)
    nats-server -js -a 127.0.0.1 -p "$port" -sd "$annalist_nats_dir/store" -l "$annalist_nats_dir/server.log" &
    annalist_nats_pid=$!
    if declare -F annalist_cleanup_add >/dev/null; then
      annalist_cleanup_add annalist_nats_stop
    fi
    local tries=0
    until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
      tries=$((tries + 1))
      if [ "$tries" -gt 100 ] || ! kill -0 "$annalist_nats_pid" 2>/dev/null; then
        printf '==> nats: server did not start (see %s/server.log)\n' "$annalist_nats_dir" >&2
        annalist_nats_stop
        return 1
      fi
      sleep 0.1
    done
  fi

  export ANNALIST_TEST_NATS="nats://127.0.0.1:$port"
  printf '==> nats: JetStream server on 127.0.0.1:%s (ANNALIST_TEST_NATS exported)\n' "$port" >&2
}

# Stops the server this hook started (if any) and removes its store; safe to call twice.
annalist_nats_stop() {
  if [ -n "$annalist_nats_pid" ]; then
    kill "$annalist_nats_pid" 2>/dev/null && wait "$annalist_nats_pid" 2>/dev/null
    annalist_nats_pid=""
  fi
  if [ -n "$annalist_nats_dir" ]; then
    rm -rf "$annalist_nats_dir"
    annalist_nats_dir=""
  fi
}

if ! annalist_nats_setup; then
  if [ "${CI:-}" = "true" ]; then
    false
  else
    true
  fi
fi
