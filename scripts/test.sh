#!/usr/bin/env bash
# Installs what the tests need, then runs every check: typecheck, lint, format,
# unit tests, and the Playwright suites in a real browser. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the browser tests need, when missing: a browser for Playwright
# (this network cannot download Playwright's own build), and nginx with envsubst
# (gettext-base) for the deployment tests (deploy/, e2e/nginx.spec.ts).
apt_install() {
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}
missing=()
[ -x /usr/bin/chromium-headless-shell ] || [ -x /usr/bin/chromium ] ||
  missing+=(chromium-headless-shell)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v envsubst >/dev/null 2>&1 || missing+=(gettext-base)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the browser tests…"
  apt_install "${missing[@]}"
fi
# The headless shell costs the browser tests less CPU than the full browser
# (docs/performance.md); without it they run in /usr/bin/chromium.
if [ ! -x /usr/bin/chromium-headless-shell ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium-headless-shell for the browser tests…"
  apt_install chromium-headless-shell || echo "Not installed: the browser tests use /usr/bin/chromium."
fi

# --prefer-offline: packages already in npm's cache are not checked with the registry again.
npm ci --no-audit --no-fund --prefer-offline
if [ ! -x /usr/bin/chromium-headless-shell ] && [ ! -x /usr/bin/chromium ]; then
  npx playwright install chromium
fi

npm run check
