#!/usr/bin/env bash
# Installs what the tests need, then runs every check: typecheck, lint, format,
# unit tests, and the Playwright suites in a real browser. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

# A browser for Playwright: Debian's chromium where apt is available (this
# network cannot download Playwright's own build), Playwright's elsewhere.
if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's chromium for the browser tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

npm ci --no-audit --no-fund
if [ ! -x /usr/bin/chromium ]; then npx playwright install chromium; fi

npm run check
