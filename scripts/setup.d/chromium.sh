# Sourced by scripts/test.sh: makes Debian's chromium available for the workbench browser tests
# (Playwright drives it headless; Playwright's own browser download is never used). Installs the
# Debian package when /usr/bin/chromium is missing and we are root with apt. Idempotent.
# Under CI (CI=true) a failure fails the run, so the browser tests never skip there; elsewhere the
# tests skip with a reason.

annalist_chromium_setup() {
  local chromium="${ANNALIST_CHROMIUM:-/usr/bin/chromium}"
  if [ -x "$chromium" ]; then
    printf '==> chromium: %s present\n' "$chromium" >&2
    return 0
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    printf '==> chromium: not installed and not root with apt-get; browser tests will skip\n' >&2
    return 1
  fi
  printf '==> chromium: installing Debian chromium\n' >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null 2>&1 \
    || { printf '==> chromium: apt-get install failed\n' >&2; return 1; }
  [ -x "$chromium" ] || { printf '==> chromium: installed, but %s is missing\n' "$chromium" >&2; return 1; }
}

if ! annalist_chromium_setup; then
  if [ "${CI:-}" = "true" ]; then
    false
  else
    true
  fi
fi
