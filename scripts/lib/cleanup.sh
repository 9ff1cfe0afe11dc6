# Sourced by scripts/test.sh: undoes what the run set up, whatever way it ends (success, failure,
# Ctrl-C, kill). A setup hook (scripts/setup.d/*.sh) that starts a server or makes a file outside the
# clone registers the command that undoes it, e.g.
#     annalist_cleanup_add "pg_ctl -D /var/tmp/x -m fast -w stop"
# only for what it started itself (a server that was already answering is left running). Commands run
# once, newest first, when the script exits. A hook sourced on its own (to start a server for targeted
# test runs) registers nothing when annalist_cleanup_add is not defined, and leaves its server running:
#     declare -F annalist_cleanup_add >/dev/null && annalist_cleanup_add "..."

annalist_cleanup=()

annalist_cleanup_add() {
  annalist_cleanup+=("$*")
}

annalist_cleanup_run() {
  local i
  for ((i = ${#annalist_cleanup[@]} - 1; i >= 0; i--)); do
    printf '==> cleanup: %s\n' "${annalist_cleanup[i]}" >&2
    eval "${annalist_cleanup[i]}" || printf '==> cleanup failed (status %s): %s\n' "$?" "${annalist_cleanup[i]}" >&2
  done
  annalist_cleanup=()
}

# EXIT runs the list; INT and TERM exit (with the shell's usual status), which runs it too.
trap annalist_cleanup_run EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
