#!/usr/bin/env bash
# Issue 2's benchmark (not a test): intake and public-lookup throughput of MotCua on SQLite and on PostgreSQL, each
# printed beside a baseline measured in the same run, and written to bench/RESULTS.md.
#   lookups  vs a bare Kestrel JSON endpoint (bench/BareKestrel)          goal >= 0.4 x its requests/s
#   intake   vs pgbench inserting one row per transaction (STACK.md §10 b2) goal >= 0.3 x its TPS (PostgreSQL)
#   intake   on SQLite                                                      goal >= 1,000 dossiers/s
#   intake   with 1,000,000 dossiers already stored                         goal >= 0.9 x the rate on an empty database
# Everything runs on 127.0.0.1: the published app (Release, run as a binary), a private PostgreSQL with durable
# defaults, wrk as the load generator. Stops everything it started. Run as root on Debian (installs what is missing).
# Knobs: BENCH_SECONDS (10) per measured run, BENCH_ROWS (1000000), BENCH_PROVIDERS ("Postgres Sqlite"),
#        BENCH_FIRST_WARMUP (30), BENCH_LOOKUP_WARMUP (20), BENCH_WARMUP (5), BENCH_PG_PORT (55433), BENCH_APP_PORT (5301), BENCH_BARE_PORT (5310),
#        BENCH_REPEAT (2: measured runs per figure, the best is kept),
#        BENCH_RESULTS (bench/RESULTS.md: where the report goes; point it elsewhere for trial runs).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bench="$root/bench"
out="$bench/out"
seconds=${BENCH_SECONDS:-10}
rows=${BENCH_ROWS:-1000000}
providers=${BENCH_PROVIDERS:-"Postgres Sqlite"}
pgport=${BENCH_PG_PORT:-55433}
appport=${BENCH_APP_PORT:-5301}
bareport=${BENCH_BARE_PORT:-5310}
# Tiered JIT (with dynamic PGO) needs 20-30 s of load before a path runs fully optimised (measured: intake ~40% and
# lookups ~50% slower before). The first run of each path warms up that long; the intake after the bulk load, whose
# path is already hot in the same process, 5 s.
first_warmup=${BENCH_FIRST_WARMUP:-30}
lookup_warmup=${BENCH_LOOKUP_WARMUP:-20}
warmup=${BENCH_WARMUP:-5}
intake_wrk="-t2 -c32"
repeat=${BENCH_REPEAT:-2}   # measured runs per figure, best kept
lookup_wrk="-t2 -c64"
started=$(date +%s)
bench_name=bench
# shellcheck source=bench/lib.sh
. "$bench/lib.sh"

bench_packages wrk postgresql postgresql-contrib sqlite3 curl
pgbin=$(pg_bin_dir)

# --- everything this run starts, stopped on exit --------------------------------------------------------------------
work=$(mktemp -d /tmp/motcua-bench.XXXXXX)   # same ext4 disk as the repository: SQLite and PostgreSQL fsync for real
chmod 755 "$work"   # the postgres user must reach its data directory inside
ports_free BENCH_PG_PORT="$pgport" BENCH_APP_PORT="$appport" BENCH_BARE_PORT="$bareport"
app_pid=""; bare_pid=""
cleanup() {
  stop_pid "$app_pid"; stop_pid "$bare_pid"
  stop_postgres "$work/pg"
  rm -rf "$work"
}
trap cleanup EXIT

# --- build: Release, published, run as binaries ------------------------------------------------------------------
log "publishing the app and the bare Kestrel baseline (Release)"
dotnet publish "$root/src/MotCua.Web" -c Release -o "$out/app" -nologo -v q >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; die "publish app"; }
dotnet publish "$bench/BareKestrel" -c Release -o "$out/bare" -nologo -v q >>"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; die "publish BareKestrel"; }

# --- wrk runs and what they print ----------------------------------------------------------------------------------
# Other processes on the machine (builds, tests of other sessions) take CPU from the measurement: sample it.
own='MotCua.Web|BareKestrel|postgres|wrk|pgbench'
# wrk_run NAME ARGS... : runs wrk $repeat times back to back and keeps the best run (other processes on this shared
# machine only ever slow a run down); leaves rps/total/p50/p99/foreign of that run, and all_total (every run's
# answers), in globals. Every answer of every run must be 2xx.
wrk_run() {
  local name=$1; shift
  local best=-1 r f
  all_total=0
  for r in $(seq 1 "$repeat"); do
    f="$work/wrk-$name-$r"
    ( sleep 3; foreign_cpu "$own" >"$f.foreign" ) &
    local sampler=$!
    wrk "$@" >"$f.txt" 2>&1 || die "wrk $name: $(cat "$f.txt")"
    wait "$sampler" 2>/dev/null || true
    local r_rps r_total r_non2xx r_errors
    r_rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$f.txt")
    r_total=$(awk '/requests in/ {print $1}' "$f.txt")
    r_non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$f.txt"); r_non2xx=${r_non2xx:-0}
    r_errors=$(awk '/Socket errors:/ {gsub(",", ""); print $4+$6+$8+$10}' "$f.txt"); r_errors=${r_errors:-0}
    all_total=$(( all_total + r_total ))
    log "$name #$r: $r_rps req/s ($r_total requests, $r_non2xx non-2xx, $r_errors socket errors; other processes $(cat "$f.foreign")% CPU)"
    [ "$r_non2xx" -eq 0 ] || die "$name: $r_non2xx answers were not 2xx (see $f.txt)"
    if [ "$r_rps" -gt "$best" ]; then
      best=$r_rps; rps=$r_rps; total=$r_total
      p50=$(awk '$1 == "50%" {print $2}' "$f.txt"); p99=$(awk '$1 == "99%" {print $2}' "$f.txt")
      foreign=$(cat "$f.foreign")
    fi
  done
  echo "$foreign" >"$work/foreign-$name"
}
name() { case $1 in Postgres) echo PostgreSQL ;; Sqlite) echo SQLite ;; *) echo "$1" ;; esac; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
met() { awk -v r="$1" -v g="$2" 'BEGIN { print (r + 0 >= g + 0) ? "met" : "NOT met" }'; }

# --- baseline 1: bare Kestrel --------------------------------------------------------------------------------------
log "baseline: bare Kestrel GET /json"
( cd "$out/bare" && exec env ASPNETCORE_URLS="http://127.0.0.1:$bareport" ./BareKestrel >"$work/bare.log" 2>&1 ) &
bare_pid=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$bareport/json" >/dev/null && break; sleep 0.2; done
wrk $lookup_wrk -d${warmup}s "http://127.0.0.1:$bareport/json" >/dev/null
wrk_run bare $lookup_wrk -d${seconds}s --latency "http://127.0.0.1:$bareport/json"
bare_rps=$rps; bare_p99=$p99; bare_foreign=$foreign
stop_pid "$bare_pid"; bare_pid=""

# --- a private PostgreSQL with durable defaults ----------------------------------------------------------------------
log "starting PostgreSQL on 127.0.0.1:$pgport (fsync on, synchronous_commit on)"
start_postgres "$work/pg" "$pgport" -c full_page_writes=on
pg_settings=$(psql_ -d postgres -tA -F'=' -c "SELECT name, current_setting(name) FROM pg_settings WHERE name IN
  ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'max_connections') ORDER BY name" | paste -sd' ')

# --- baseline 2: pgbench, one-row insert transactions (STACK.md §10 b2) over TCP ----------------------------------
log "baseline: pgbench insert-only, 8 clients, 20 s, TCP"
psql_ -d postgres -c "CREATE DATABASE pgbench_insert"
psql_ -d pgbench_insert -c "CREATE TABLE ins_test (id bigserial PRIMARY KEY, payload text, created timestamptz DEFAULT now())"
pgbench_tps=-1
for r in $(seq 1 "$repeat"); do
  ( sleep 5; foreign_cpu "$own" >"$work/pgbench-$r.foreign" ) &
  sampler=$!
  pgbench -h 127.0.0.1 -p "$pgport" -U motcua -n -c 8 -j 2 -T 20 -f "$bench/insert-only.sql" pgbench_insert >"$work/pgbench-$r.txt" 2>&1 \
    || { cat "$work/pgbench-$r.txt" >&2; die pgbench; }
  wait "$sampler" || true
  tps=$(awk '/^tps = / {printf "%.0f", $3}' "$work/pgbench-$r.txt")
  log "pgbench #$r: $tps TPS (latency $(awk '/^latency average/ {print $4 " " $5}' "$work/pgbench-$r.txt"); other processes $(cat "$work/pgbench-$r.foreign")% CPU)"
  if [ "$tps" -gt "$pgbench_tps" ]; then
    pgbench_tps=$tps
    pgbench_lat=$(awk '/^latency average/ {print $4 " " $5}' "$work/pgbench-$r.txt")
    pgbench_foreign=$(cat "$work/pgbench-$r.foreign")
  fi
done
echo "$pgbench_foreign" >"$work/foreign-pgbench"
psql_ -d postgres -c "DROP DATABASE pgbench_insert"

# --- the app on one provider -------------------------------------------------------------------------------------
start_app() {  # provider connection-string
  ( cd "$out/app" && exec env ASPNETCORE_ENVIRONMENT=Benchmark ASPNETCORE_URLS="http://127.0.0.1:$appport" \
      Database__Provider="$1" ConnectionStrings__"$1"="$2" Database__AutoMigrate=true Demo__Seed=true \
      RateLimits__PublicLookupPerMinute=1000000000 RateLimits__LoginPerMinute=1000000 Logging__LogLevel__Default=Warning \
      ./MotCua.Web >"$work/app-$1.log" 2>&1 ) &
  app_pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$appport/health" >/dev/null && return 0; kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
  cat "$work/app-$1.log" >&2; die "the app did not start on $1"
}
login() { token_of "http://127.0.0.1:$appport" reception@demo.motcua.vn; }

declare -A result
for provider in $providers; do
  case $provider in
    Postgres)
      psql_ -d postgres -c "CREATE DATABASE motcua"
      # Npgsql tuning (documented in RESULTS.md): automatic prepared statements, no DISCARD ALL on each pool return,
      # at most 16 server processes for 2 cores (instead of up to 100 fighting for them).
      cs="Host=127.0.0.1;Port=$pgport;Username=motcua;Password=motcua;Database=motcua;Max Auto Prepare=64;Auto Prepare Min Usages=2;No Reset On Close=true;Maximum Pool Size=16"
      sql() { psql_ -d motcua "$@"; }
      sql_file() { psql_ -d motcua -f "$1"; }
      sql_value() { psql_ -d motcua -tA -F' ' -c "$1"; }
      ;;
    Sqlite)
      cs="Data Source=$work/motcua.db"
      sql_file() { sqlite3 -bail "$work/motcua.db" <"$1" >/dev/null; }
      sql_value() { sqlite3 -separator ' ' "$work/motcua.db" "$1"; }
      ;;
    *) die "unknown provider $provider" ;;
  esac
  log "$provider: starting the app (migrate, seed the demo province)"
  start_app "$provider" "$cs"
  token=$(login); [ -n "$token" ] || die "login failed"
  sql_file "$bench/points.sql"
  points=$(sql_value "SELECT \"Code\" FROM \"Agencies\" WHERE \"Code\" LIKE '5__.__.19.H19' ORDER BY \"Code\"" | paste -sd,)
  [ "$(tr ',' '\n' <<<"$points" | wc -l)" -eq 200 ] || die "bench reception points missing"
  count_dossiers() { sql_value 'SELECT count(*) FROM "Dossiers"'; }

  log "$provider: intake on an empty database (warm-up ${first_warmup}s)"
  TOKEN=$token POINTS=$points wrk $intake_wrk -d${first_warmup}s -s "$bench/intake.lua" "http://127.0.0.1:$appport" >/dev/null
  before=$(count_dossiers)
  TOKEN=$token POINTS=$points wrk_run "intake-$provider-empty" $intake_wrk -d${seconds}s --latency -s "$bench/intake.lua" "http://127.0.0.1:$appport"
  sleep 1; stored=$(( $(count_dossiers) - before ))
  incomplete=$(sql_value "$(cat "$bench/verify.sql" | grep -v '^--')")
  log "$provider: $stored dossiers stored during the measured runs (wrk counted $all_total answers); incomplete dossiers: $incomplete"
  [ "$incomplete" -eq 0 ] || die "incomplete dossiers"
  result[$provider,empty]=$rps; result[$provider,empty_p99]=$p99; result[$provider,empty_foreign]=$foreign
  result[$provider,empty_stored]=$stored; result[$provider,empty_total]=$all_total
  result[$provider,rows_before]=$before

  log "$provider: loading $rows past dossiers (steps, documents, audit, outbox) by SQL"
  load_started=$(date +%s)
  if [ "$provider" = Postgres ]; then
    psql_ -d motcua -v rows="$rows" -f "$bench/load-postgres.sql" >/dev/null
    psql_ -d motcua -c "ANALYZE" -c "CHECKPOINT"
  else
    sqlite3 "$work/motcua.db" -cmd ".parameter set :rows $rows" <"$bench/load-sqlite.sql" >/dev/null
    sqlite3 "$work/motcua.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  fi
  result[$provider,load_seconds]=$(( $(date +%s) - load_started ))
  result[$provider,rows_after]=$(count_dossiers)
  log "$provider: loaded in ${result[$provider,load_seconds]} s; ${result[$provider,rows_after]} dossiers stored"

  log "$provider: intake with the full database (warm-up ${warmup}s)"
  TOKEN=$token POINTS=$points wrk $intake_wrk -d${warmup}s -s "$bench/intake.lua" "http://127.0.0.1:$appport" >/dev/null
  before=$(count_dossiers)
  TOKEN=$token POINTS=$points wrk_run "intake-$provider-full" $intake_wrk -d${seconds}s --latency -s "$bench/intake.lua" "http://127.0.0.1:$appport"
  sleep 1; stored=$(( $(count_dossiers) - before ))
  incomplete=$(sql_value "$(cat "$bench/verify.sql" | grep -v '^--')")
  log "$provider: $stored dossiers stored during the measured runs (wrk counted $all_total answers); incomplete dossiers: $incomplete"
  [ "$incomplete" -eq 0 ] || die "incomplete dossiers"
  result[$provider,full]=$rps; result[$provider,full_p99]=$p99; result[$provider,full_foreign]=$foreign

  # Lookups of codes received today, uniformly over every bench point and every sequence number all points reached.
  read -r day maxseq < <(sql_value "SELECT \"Day\", min(\"Last\") FROM \"DossierCodeSequences\" WHERE \"AgencyCode\" LIKE '5__.__.19.H19'
    AND \"Day\" = (SELECT max(\"Day\") FROM \"DossierCodeSequences\") GROUP BY \"Day\"")
  log "$provider: public lookup of $(( maxseq * 200 )) codes of day $day, uniformly (warm-up ${lookup_warmup}s)"
  DAY=$day MAXSEQ=$maxseq POINTS=$points wrk $lookup_wrk -d${lookup_warmup}s -s "$bench/lookup.lua" "http://127.0.0.1:$appport" >/dev/null
  DAY=$day MAXSEQ=$maxseq POINTS=$points wrk_run "lookup-$provider" $lookup_wrk -d${seconds}s --latency -s "$bench/lookup.lua" "http://127.0.0.1:$appport"
  result[$provider,lookup]=$rps; result[$provider,lookup_p99]=$p99; result[$provider,lookup_foreign]=$foreign
  result[$provider,lookup_codes]=$(( maxseq * 200 ))

  stop_pid "$app_pid"; app_pid=""
  if [ "$provider" = Sqlite ]; then
    result[Sqlite,file_mb]=$(( $(stat -c %s "$work/motcua.db") / 1048576 ))
  else
    result[Postgres,db_mb]=$(sql_value "SELECT pg_database_size('motcua') / 1048576")
  fi
done

# --- the report ------------------------------------------------------------------------------------------------------
elapsed=$(( $(date +%s) - started ))
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }
{
  echo "Generated by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') in ${elapsed} s."
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) memory,"
  echo "$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r). Load generator, server and database share these cores."
  echo "Versions: .NET runtime $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ {v=$2} END {print v}'), PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}'),"
  echo "SQLite $(grep -o '"SourceGear.sqlite3/[0-9.]*"' "$out/app/MotCua.Web.deps.json" | head -1 | tr -d '"' | cut -d/ -f2) (SourceGear.sqlite3, bundled with the app), $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}'), pgbench $(pgbench --version | awk '{print $3}')."
  echo "PostgreSQL settings: $pg_settings."
  echo
  echo "Each figure is the best of $repeat consecutive measured runs of ${seconds} s (pgbench: 20 s), after the warm-ups described below."
  echo
  row "Measure" "Result" "Baseline (same run)" "Ratio" "Goal" "Goal"
  row "---" "---:" "---:" "---:" "---" "---"
  for provider in $providers; do
    r=$(ratio "${result[$provider,lookup]}" "$bare_rps")
    row "Public lookup, $(name "$provider") (req/s)" "${result[$provider,lookup]}" "bare Kestrel $bare_rps" "$r" ">= 0.4 x bare" "$(met "$r" 0.4)"
  done
  for provider in $providers; do
    if [ "$provider" = Postgres ]; then
      r=$(ratio "${result[Postgres,empty]}" "$pgbench_tps")
      row "Intake, PostgreSQL (dossiers/s)" "${result[Postgres,empty]}" "pgbench insert-only $pgbench_tps TPS" "$r" ">= 0.3 x pgbench" "$(met "$r" 0.3)"
    else
      row "Intake, SQLite (dossiers/s)" "${result[Sqlite,empty]}" "-" "-" ">= 1,000/s" "$(met "${result[Sqlite,empty]}" 1000)"
    fi
  done
  for provider in $providers; do
    r=$(ratio "${result[$provider,full]}" "${result[$provider,empty]}")
    row "Intake, $(name "$provider"), ${result[$provider,rows_after]} dossiers stored (dossiers/s)" "${result[$provider,full]}" "empty database ${result[$provider,empty]}" "$r" ">= 0.9 x empty" "$(met "$r" 0.9)"
  done
  echo
  echo "Latency p99: bare Kestrel $bare_p99;$(for p in $providers; do printf ' %s lookup %s, intake %s (empty) / %s (full);' "$(name "$p")" "${result[$p,lookup_p99]}" "${result[$p,empty_p99]}" "${result[$p,full_p99]}"; done) pgbench average $pgbench_lat."
  echo
  echo "CPU taken by other processes on the machine during each measurement (sampled over 2 s, % of one core; 0 = a quiet machine):"
  echo "bare $bare_foreign, pgbench $pgbench_foreign$(for p in $providers; do printf ', %s intake %s / %s, lookup %s' "$(name "$p")" "${result[$p,empty_foreign]}" "${result[$p,full_foreign]}" "${result[$p,lookup_foreign]}"; done)."
  echo
  echo "Checks: every measured intake stored a complete dossier (4 steps, 4 document components, 1 audit entry, 1 outbox"
  echo "message; counted by \`bench/verify.sql\`, 0 incomplete), and every answer was 2xx.$(for p in $providers; do printf ' %s: %s dossiers stored in the measured empty-database runs, wrk counted %s answers.' "$(name "$p")" "${result[$p,empty_stored]}" "${result[$p,empty_total]}"; done)"
  echo "Bulk load of $rows dossiers:$(for p in $providers; do printf ' %s %s s' "$(name "$p")" "${result[$p,load_seconds]}"; done)$( [ -n "${result[Postgres,db_mb]:-}" ] && printf '; PostgreSQL database %s MB' "${result[Postgres,db_mb]}")$( [ -n "${result[Sqlite,file_mb]:-}" ] && printf '; SQLite file %s MB' "${result[Sqlite,file_mb]}")."
} >"$work/results.md"

history_row=$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' "$(date -u '+%Y-%m-%d %H:%M')" "$bare_rps" "$pgbench_tps" \
  "${result[Postgres,lookup]:--}" "${result[Sqlite,lookup]:--}" "${result[Postgres,empty]:--}" "${result[Postgres,full]:--}" \
  "${result[Sqlite,empty]:--}" "${result[Sqlite,full]:--}" \
  "$(cat "$work"/foreign-* | awk '{s+=$1; n++} END {printf "%.0f", n ? s/n : 0}')")

results=${BENCH_RESULTS:-$bench/RESULTS.md}
if [ ! -f "$results" ]; then
  printf '# Benchmark results\n\n## Latest run\n\n<!-- results:begin -->\n<!-- results:end -->\n\n## All runs\n\n%s\n%s\n<!-- history:begin -->\n<!-- history:end -->\n' \
    "| When (UTC) | Bare Kestrel req/s | pgbench TPS | Lookup PG | Lookup SQLite | Intake PG empty | Intake PG full | Intake SQLite empty | Intake SQLite full | Other CPU % |" \
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|" >"$results"
fi
awk -v block="$work/results.md" -v hist="$history_row" '
  /<!-- results:begin -->/ { print; while ((getline line < block) > 0) print line; skip = 1; next }
  /<!-- results:end -->/ { skip = 0 }
  /<!-- history:begin -->/ { print; print hist; next }
  !skip { print }' "$results" >"$work/RESULTS.new" && mv "$work/RESULTS.new" "$results"

cat "$work/results.md"
log "done in ${elapsed} s; $results updated"
