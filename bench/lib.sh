# Shared by bench/run.sh and bench/stats/run.sh (sourced, not run): logging, Debian packages, a private PostgreSQL,
# stopping what a run started, the CPU other processes take from a measurement, and a staff bearer token.
# The sourcing script sets bench_name (the log prefix) and started (its start, date +%s) first.

log() { printf '[%s %4ds] %s\n' "$bench_name" "$(( $(date +%s) - started ))" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# bench_packages NAME...: installs what is missing (a command of that name; postgresql: initdb; postgresql-contrib: pgbench).
bench_packages() {
  local need=() p
  for p in "$@"; do
    case $p in
      postgresql) [ -x "$(pg_bin_dir)/initdb" ] || need+=(postgresql) ;;
      postgresql-contrib) command -v pgbench >/dev/null || need+=(postgresql-contrib) ;;
      *) command -v "$p" >/dev/null || need+=("$p") ;;
    esac
  done
  [ ${#need[@]} -gt 0 ] || return 0
  [ "$(id -u)" -eq 0 ] || die "not root: install ${need[*]} yourself"
  log "installing ${need[*]}"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
}

# ports_free VAR=PORT...: refuses to start when something already listens on one of them.
ports_free() {
  local kv
  for kv in "$@"; do
    ! (exec 3<>"/dev/tcp/127.0.0.1/${kv#*=}") 2>/dev/null || die "port ${kv#*=} is already in use: stop what listens there or set ${kv%%=*}"
  done
}

runas() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pid() { if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then kill -TERM "$1"; for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done; fi; }

# start_postgres DIR PORT [-c name=value ...]: a fresh cluster in DIR/data (user motcua, password motcua) on 127.0.0.1,
# durable unless the settings say otherwise; psql_ then speaks to it. stop_postgres DIR stops it (cleanup).
start_postgres() {
  local dir=$1 port=$2; shift 2
  mkdir -p "$dir"; echo motcua >"$dir/pw"
  [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
  runas "$(pg_bin_dir)/initdb" -D "$dir/data" -U motcua --pwfile="$dir/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  runas "$(pg_bin_dir)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c max_connections=200 -c fsync=on -c synchronous_commit=on $*" >/dev/null \
    || { cat "$dir/server.log" >&2; die "PostgreSQL did not start"; }
  export PGPASSWORD=motcua
  pg_port=$port
}
stop_postgres() { [ -d "$1/data" ] && runas "$(pg_bin_dir)/pg_ctl" -D "$1/data" -m fast -w stop >/dev/null 2>&1; return 0; }
psql_() { psql -h 127.0.0.1 -p "$pg_port" -U motcua -v ON_ERROR_STOP=1 -q "$@"; }

# foreign_cpu REGEX: the %CPU of the processes whose command does not match REGEX (the bench's own), sampled over 2 s:
# other work on this shared machine takes CPU from a measurement, and the report says how much.
foreign_cpu() {
  top -b -n2 -d2 -w 250 | awk -v own="^($1|top)\$" '/^top -/{n++} n==2 && $1 ~ /^[0-9]+$/ { if ($12 !~ own) s+=$9 } END {printf "%.0f\n", s}'
}

# token_of URL EMAIL: a demo account's bearer token from the app's login API.
token_of() {
  curl -sf -X POST "$1/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$2\",\"password\":\"MotCua-Demo-2026\"}" | grep -o '"accessToken":"[^"]*"' | cut -d'"' -f4
}
