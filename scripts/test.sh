#!/usr/bin/env bash
# Runs every test of MotCua on SQLite and on a private PostgreSQL server, then prints one line
# "N passed, N failed" (the CI reads it). Installs what it needs from Debian when missing.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
artifacts="${MOTCUA_ARTIFACTS:-$root/artifacts}"
rm -rf "$artifacts/test-results"
mkdir -p "$artifacts/test-results" "$artifacts/screenshots"
export MOTCUA_ARTIFACTS="$artifacts"

log() { printf '[test.sh] %s\n' "$*" >&2; }

# --- Debian packages ---------------------------------------------------------------------------
need=()
[ -x "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)/initdb" ] || need+=(postgresql)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] || need+=(fonts-liberation2)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then log "not root: install ${need[*]} yourself"; echo "0 passed, 1 failed"; exit 1; fi
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >&2 \
    || { log "apt-get failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# --- axe-core for the accessibility checks of the browser tests (from npm, never committed) -------
if [ ! -f tests/MotCua.Browser.Tests/node_modules/axe-core/axe.min.js ]; then
  (cd tests/MotCua.Browser.Tests && npm ci --silent --no-audit --no-fund >&2) || { log "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# --- a private PostgreSQL on 127.0.0.1 ---------------------------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgport="${MOTCUA_TEST_PG_PORT:-55432}"
pgdir=$(mktemp -d /tmp/motcua-pg.XXXXXX)
runas() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
stop_pg() {
  runas "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$pgdir"
}
trap stop_pg EXIT
echo motcua > "$pgdir/pw"
runas "$pgbin/initdb" -D "$pgdir/data" -U motcua --pwfile="$pgdir/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null \
  || { log "initdb failed"; echo "0 passed, 1 failed"; exit 1; }
# fsync off: a throwaway test server; durability is measured in bench/, not here.
runas "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $pgport -c unix_socket_directories=$pgdir -c fsync=off -c synchronous_commit=off -c max_connections=300" >/dev/null \
  || { log "PostgreSQL did not start:"; cat "$pgdir/server.log" >&2; echo "0 passed, 1 failed"; exit 1; }
export MOTCUA_TEST_PG="Host=127.0.0.1;Port=$pgport;Username=motcua;Password=motcua;Database=postgres"
log "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pgport"

# --- a local-only postfix on 127.0.0.1:25 for the e-mail tests (STACK.md §8) --------------------
# Mail to <user>+<token>@localhost.localdomain lands in /var/mail/<user>; "Local only" relays nothing off the machine.
if ! command -v postfix >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then log "not root: install postfix yourself"; echo "0 passed, 1 failed"; exit 1; fi
  printf '%s\n' "postfix postfix/main_mailer_type select Local only" "postfix postfix/mailname string motcua.localdomain" | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postfix >&2 || { log "apt-get postfix failed"; echo "0 passed, 1 failed"; exit 1; }
fi
postconf -e "inet_interfaces = loopback-only" "inet_protocols = ipv4" "smtpd_tls_security_level = none" \
  "maillog_file = /var/log/postfix.log" "recipient_delimiter = +" >&2
postfix status >/dev/null 2>&1 || postfix start >&2 || { log "postfix did not start"; echo "0 passed, 1 failed"; exit 1; }
log "postfix on 127.0.0.1:25"

# --- build and run every test project ----------------------------------------------------------
if ! dotnet build MotCua.slnx -c Release -nologo -v q >"$artifacts/build.log" 2>&1; then
  cat "$artifacts/build.log" >&2
  echo "0 passed, 1 failed"; exit 1
fi
# One run per test project, each with its own TRX file (projects run in parallel would overwrite one another's).
status=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$artifacts/test-results" >&2 || status=1
done

# --- the line the CI reads ----------------------------------------------------------------------
passed=0; failed=0; found=0
for trx in "$artifacts"/test-results/*.trx; do
  [ -f "$trx" ] || continue
  found=1
  counters=$(grep -o '<Counters [^>]*' "$trx")
  p=$(grep -o ' passed="[0-9]*"' <<<"$counters" | grep -o '[0-9]*')
  f=$(grep -oE ' (failed|error|timeout|aborted)="[0-9]*"' <<<"$counters" | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ $found -eq 0 ] || { [ $status -ne 0 ] && [ $failed -eq 0 ]; }; then failed=$((failed + 1)); fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
