#!/bin/sh
# Fills deploy/nginx.conf.template from RPE_* environment variables (listed at the top of
# the template) and prints the nginx configuration. It refuses values that would make a
# broken or unsafe configuration, and leaves out the Enterprise Manager or Microsoft 365
# part when its URL is not set. Needs envsubst (Debian: apt-get install gettext-base).
#
#   RPE_SERVER_NAME=… RPE_TLS_CERT=… … sh deploy/render-nginx-conf.sh > restore-explorer.conf
set -eu

template="$(dirname "$0")/nginx.conf.template"
system_ca=/etc/ssl/certs/ca-certificates.crt

fail() {
  echo "render-nginx-conf: $*" >&2
  exit 1
}
# require NAME "what it is": fail unless the variable is set and not empty.
require() {
  eval "value=\${$1:-}"
  [ -n "$value" ] || fail "set $1 ($2)"
}

command -v envsubst >/dev/null 2>&1 || fail "envsubst is missing (apt-get install gettext-base)"

require RPE_SERVER_NAME "the host name users open, e.g. restore-explorer.example.local"
require RPE_TLS_CERT "this site's certificate, PEM"
require RPE_TLS_KEY "this site's private key, PEM"
require RPE_ROOT "the directory holding the contents of dist/"
: "${RPE_LISTEN:=443}"
: "${RPE_BASE_PATH:=/}"
RPE_ROOT=${RPE_ROOT%/}

# The same rule as the build (scripts/base-path.ts): /, or /segments/ of letters, digits, - and _.
case "$RPE_BASE_PATH" in
  /) ;;
  *//* | *[!A-Za-z0-9/_-]*) fail "RPE_BASE_PATH may only hold letters, digits, - and _ between slashes" ;;
  /*/) ;;
  *) fail "RPE_BASE_PATH must start and end with / (e.g. /restore-explorer/), as BASE_PATH at build time" ;;
esac
[ -f "$RPE_ROOT/index.html" ] || fail "RPE_ROOT ($RPE_ROOT) has no index.html: copy the contents of dist/ there"
grep -q "src=\"${RPE_BASE_PATH}assets/" "$RPE_ROOT/index.html" ||
  fail "the bundle in $RPE_ROOT was not built for $RPE_BASE_PATH: rebuild it with BASE_PATH=$RPE_BASE_PATH"

# upstream EM|M365: check one server's settings and fill in the defaults.
upstream() {
  eval "url=\${RPE_$1_URL:-} name=\${RPE_$1_TLS_NAME:-} ca=\${RPE_$1_CA:-$system_ca} verify=\${RPE_$1_TLS_VERIFY:-on}"
  url=${url%/}
  case "$url" in
    https://*) ;;
    *) fail "RPE_$1_URL must start with https:// (got '$url')" ;;
  esac
  hostport=${url#https://}
  case "$hostport" in
    "" | */*) fail "RPE_$1_URL is scheme, host and port only, e.g. https://server.example.local:9398 (got '$url')" ;;
  esac
  [ -n "$name" ] || name=${hostport%:*}
  case "$verify" in
    on) [ -r "$ca" ] || fail "RPE_$1_CA ($ca) is not a readable file" ;;
    off) echo "render-nginx-conf: WARNING: RPE_$1_TLS_VERIFY=off accepts any certificate for $url" >&2 ;;
    *) fail "RPE_$1_TLS_VERIFY must be on or off (got '$verify')" ;;
  esac
  eval "RPE_$1_URL=\$url RPE_$1_TLS_NAME=\$name RPE_$1_CA=\$ca RPE_$1_TLS_VERIFY=\$verify"
  eval "export RPE_$1_URL RPE_$1_TLS_NAME RPE_$1_CA RPE_$1_TLS_VERIFY"
}

[ -n "${RPE_EM_URL:-}${RPE_M365_URL:-}" ] || fail "set RPE_EM_URL, RPE_M365_URL or both"
drop="" # a sed script that deletes the part of a server that is not set
if [ -n "${RPE_EM_URL:-}" ]; then upstream EM; else drop="$drop /# >>> em:/,/# <<< em/d;"; fi
if [ -n "${RPE_M365_URL:-}" ]; then upstream M365; else drop="$drop /# >>> m365:/,/# <<< m365/d;"; fi

export RPE_SERVER_NAME RPE_LISTEN RPE_TLS_CERT RPE_TLS_KEY RPE_ROOT RPE_BASE_PATH
# Only these names are replaced: nginx's own $variables stay as they are.
names='${RPE_SERVER_NAME} ${RPE_LISTEN} ${RPE_TLS_CERT} ${RPE_TLS_KEY} ${RPE_ROOT} ${RPE_BASE_PATH}
${RPE_EM_URL} ${RPE_EM_TLS_NAME} ${RPE_EM_CA} ${RPE_EM_TLS_VERIFY}
${RPE_M365_URL} ${RPE_M365_TLS_NAME} ${RPE_M365_CA} ${RPE_M365_TLS_VERIFY}'
sed "$drop" "$template" | envsubst "$names"
