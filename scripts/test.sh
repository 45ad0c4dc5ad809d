#!/usr/bin/env bash
# Installs what the tests need, then runs every check: typecheck, lint, format,
# unit tests, and the Playwright suites in a real browser. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the browser tests need, when missing: a browser for Playwright
# (this network cannot download Playwright's own build; the headless shell costs the
# tests less CPU than the full browser), and nginx with envsubst (gettext-base) for the
# deployment tests (deploy/, e2e/nginx.spec.ts).
missing=()
[ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v envsubst >/dev/null 2>&1 || missing+=(gettext-base)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's ${missing[*]} for the browser tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

# --prefer-offline: packages already in npm's cache are not checked with the registry again.
npm ci --no-audit --no-fund --prefer-offline
if [ ! -x /usr/bin/chromium-headless-shell ] && [ ! -x /usr/bin/chromium ]; then
  npx playwright install chromium
fi

npm run check
