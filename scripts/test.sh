#!/usr/bin/env bash
# Builds Annalist and runs every test suite; the last line is "N passed, N failed".
# Installs what the tests need when it is missing and the machine allows it (root with apt).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '==> %s\n' "$*" >&2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# What the hooks start (servers) or make outside the clone is undone when the script ends, however it
# ends: each hook registers its own undo command with annalist_cleanup_add (scripts/lib/cleanup.sh).
# shellcheck source=lib/cleanup.sh
. scripts/lib/cleanup.sh

# Build servers (MSBuild nodes, the shared compiler) would outlive the script: not started.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

# Optional system dependencies are installed by hooks under scripts/setup.d (one per component).
for hook in scripts/setup.d/*.sh; do
  [ -e "$hook" ] || continue
  log "setup: $hook"
  # shellcheck source=/dev/null
  . "$hook" || { log "setup hook $hook failed"; annalist_cleanup_run; echo "0 passed, 1 failed"; exit 1; }
done

log "restore and build (Release)"
dotnet build Annalist.slnx -c Release -nodeReuse:false -p:UseSharedCompilation=false 2>&1 | grep -E "error|warning|Build succeeded|Elapsed" | tail -n 40
if [ "${PIPESTATUS[0]}" -ne 0 ]; then
  log "build failed"
  annalist_cleanup_run
  echo "0 passed, 1 failed"
  exit 1
fi

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
log "test"
# The console is counted from a file of this run's own: the tests of this script run it again (with a fake dotnet),
# and that run empties $results, console.log included, while this one is still writing.
console=$(mktemp)
dotnet test Annalist.slnx -c Release --no-build --logger "trx" --results-directory "$results" 2>&1 | tee "$console" | grep -vE '^\s*$' | tail -n 60
status=${PIPESTATUS[0]}
cp "$console" "$results/console.log" 2>/dev/null

# One summary line per test assembly ("Passed!  - Failed: 0, Passed: 194, Skipped: 1, Total: 195, ..."). The .trx files
# are kept for reading, but not counted: two assemblies that start in the same second write the same timestamped .trx
# name, and the later one replaced the other (a clean run counted 1442 of its 1636 passed tests).
passed=0; failed=0; skipped=0
while read -r f p t; do
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t))
done < <(sed -nE 's/^[[:space:]]*(Passed|Failed)![[:space:]]+- Failed:[[:space:]]+([0-9]+), Passed:[[:space:]]+([0-9]+), Skipped:[[:space:]]+([0-9]+), Total:.*/\2 \3 \4/p' "$console")
rm -f "$console"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  log "dotnet test exited with $status without failed tests (crash or no results)"
  failed=1
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  # A run cancelled from outside can leave no results and a zero status: that is no green run.
  log "no test results (dotnet test exited with $status)"
  failed=1
fi
# Undo the setup now, so "N passed, N failed" stays the last line (the exit trap then has nothing left).
annalist_cleanup_run
echo "($skipped skipped)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
