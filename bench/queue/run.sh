#!/usr/bin/env bash
# The queue's throughput and overhead (docs/scale-out.md): codes one corpus four ways into PostgreSQL,
# one after another, and prints wall time, documents/s and CPU seconds for each:
#   ingest              `annalist ingest` (the baseline)
#   enqueue             `annalist enqueue` alone
#   1 worker            `annalist worker --until-empty` on the queued corpus
#   2 workers           two workers at once on the same corpus queued again under another name
# Usage: bench/queue/run.sh [DOCS] (default 3000). Needs a built Release tree, a PostgreSQL server
# (ANNALIST_TEST_POSTGRES, as scripts/setup.d/postgresql.sh exports) and a NATS server with
# JetStream (ANNALIST_TEST_NATS, as scripts/setup.d/nats.sh exports). Prints `uptime` before and after:
# the figures mean little without the machine's load.
set -euo pipefail
cd "$(dirname "$0")/../.."
docs=${1:-3000}
A=src/Annalist.Cli/bin/Release/net10.0/linux-x64/annalist
B=bench/Annalist.StoreBench/bin/Release/net10.0/linux-x64/annalist-storebench
pg=${ANNALIST_TEST_POSTGRES:?set ANNALIST_TEST_POSTGRES (scripts/setup.d/postgresql.sh)}
nats=${ANNALIST_TEST_NATS:?set ANNALIST_TEST_NATS (scripts/setup.d/nats.sh)}
pg_server=${pg%/*}
run=$(date +%s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus="$work/corpus.jsonl"
"$B" corpus "$corpus" "$docs" >/dev/null 2>&1

timed() { # label, then the command; prints "label wall_s cpu_s"
  local label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/$label.log"
  read -r wall user sys <"$work/time"
  printf '%s %s %s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)"
}

echo "load before: $(uptime)"
echo "documents: $docs"
printf '%-10s %8s %8s %8s\n' run wall_s docs/s cpu_s
report() { printf '%-10s %8.1f %8.1f %8.1f\n' "$1" "$2" "$(echo "$docs / $2" | bc -l)" "$3"; }

read -r _ wall cpu < <(timed ingest "$A" ingest "$corpus" --store "$pg_server/qbench_ingest_$run" --progress plain)
report ingest "$wall" "$cpu"
read -r _ wall cpu < <(timed enqueue "$A" enqueue "$corpus" --queue "$nats/qbench1_$run" --progress plain)
report enqueue "$wall" "$cpu"
read -r _ wall cpu < <(timed worker1 "$A" worker --queue "$nats/qbench1_$run" --store "$pg_server/qbench_w1_$run" --until-empty --log-every 0)
report 1-worker "$wall" "$cpu"

"$A" enqueue "$corpus" --queue "$nats/qbench2_$run" --progress plain 2>/dev/null
start=$(date +%s.%N)
timed worker2a "$A" worker --queue "$nats/qbench2_$run" --store "$pg_server/qbench_w2_$run" --until-empty --log-every 0 >"$work/a" &
timed worker2b "$A" worker --queue "$nats/qbench2_$run" --store "$pg_server/qbench_w2_$run" --until-empty --log-every 0 >"$work/b" &
wait
wall=$(echo "$(date +%s.%N) - $start" | bc)
cpu=$(echo "$(cut -d' ' -f3 "$work/a") + $(cut -d' ' -f3 "$work/b")" | bc)
report 2-workers "$wall" "$cpu"
echo "load after: $(uptime)"
tail -n 1 "$work/worker2a.log" "$work/worker2b.log"
if psql=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | tail -n 1) && [ -n "$psql" ]; then
  for db in "qbench_ingest_$run" "qbench_w1_$run" "qbench_w2_$run"; do
    "$psql" "$pg" -q -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
fi
