#!/usr/bin/env bash
# Issue 6's benchmark (not a test): a province's years of generated dossiers on PostgreSQL, and how fast the statistics
# answer over them, each figure printed beside a baseline measured in the same run, written to bench/RESULTS.md between
# the markers "stats:begin" / "stats:end" (section "Issue 6 (statistics)").
#   generation of 1,000,000 dossiers (seed --generate)                 goal < 600 s on this 2-core machine
#   province-wide indicators for a quarter                              goal <= 1 s      baseline: SELECT count(*) of the dossiers
#   one unit's month                                                    goal <= 100 ms   (same baseline)
#   the full Decision 766 index of all units for a quarter              goal <= 2 s      (same baseline)
#   the public transparency page / open-data API                        goal <= 200 ms   baseline: the app's GET /health
#   peak memory (RSS) of the app through the whole run                  goal <= 512 MB   baseline: the app idle after start
#   intake with the statistics queue vs without it                      goal overhead <= 10 %  (bench/intake.lua, wrk)
#   the catch-up's cost per queued dossier (bench-statistics)                                 beside one intake's share of the machine
#   the leader's dashboard (province quarter, busiest unit's month) and the periodic reports, as HTTP pages/downloads
#                                                                       no goal of their own ("instantly")  baseline: GET /health
# The generation runs in two parts: first 1,000,000 dossiers over the last year (timed: the goal), then the rest over
# the years before it, 1,000,000 a year (10,000,000 = 2016–2025).
# Everything runs on 127.0.0.1 and is stopped on exit. Run as root on Debian (installs what is missing).
# Knobs: BENCH_STATS_DOSSIERS (10000000), BENCH_STATS_YEAR (2025: the last generated year), BENCH_STATS_PG_PORT (55434),
#        BENCH_STATS_APP_PORT (5321), BENCH_SECONDS (10: each intake run), BENCH_WARMUP (30: intake warm-up; tiered JIT
#        needs 20-30 s of load before the intake path runs optimised),
#        BENCH_STATS_QUEUE_OFF (the setting that turns the statistics queue off; default Statistics__QueueEnabled=false),
#        BENCH_REPEAT (3: measured intake runs per setting, the best kept),
#        BENCH_RESULTS (bench/RESULTS.md), BENCH_STATS_MARK ("stats": the markers of the section written; another mark adds
#        a section of its own, e.g. for a re-run of a part at another volume).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
bench="$root/bench"
out="$bench/out"
dossiers=${BENCH_STATS_DOSSIERS:-10000000}
year=${BENCH_STATS_YEAR:-2025}
pgport=${BENCH_STATS_PG_PORT:-55434}
appport=${BENCH_STATS_APP_PORT:-5321}
seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP:-30}
repeat=${BENCH_REPEAT:-3}
mark=${BENCH_STATS_MARK:-stats}
queue_off=${BENCH_STATS_QUEUE_OFF:-Statistics__QueueEnabled=false}
results=${BENCH_RESULTS:-$bench/RESULTS.md}
started=$(date +%s)
bench_name=stats
# shellcheck source=bench/lib.sh
. "$bench/lib.sh"

bench_packages wrk postgresql curl
pgbin=$(pg_bin_dir)

# --- everything this run starts, stopped on exit --------------------------------------------------------------------
work=$(mktemp -d /tmp/motcua-bench-stats.XXXXXX)
chmod 755 "$work"
ports_free BENCH_STATS_PG_PORT="$pgport" BENCH_STATS_APP_PORT="$appport"
app_pid=""
cleanup() {
  stop_pid "$app_pid"
  stop_postgres "$work/pg"
  rm -rf "$work"
}
trap cleanup EXIT

# Other processes on the machine take CPU from the measurement: sample it (as bench/run.sh does).
own='MotCua.Web|postgres|wrk|curl|psql'

log "publishing the app (Release)"
dotnet publish "$root/src/MotCua.Web" -c Release -o "$out/stats-app" -nologo -v q >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; die "publish app"; }

# --- a private PostgreSQL, durable defaults, more WAL between checkpoints for the bulk load ---------------------------
log "starting PostgreSQL on 127.0.0.1:$pgport"
start_postgres "$work/pg" "$pgport" -c shared_buffers=512MB -c max_wal_size=8GB -c checkpoint_timeout=30min
psql_ -d postgres -c "CREATE DATABASE motcua"
sql_value() { psql_ -d motcua -tA -F' ' -c "$1"; }
cs="Host=127.0.0.1;Port=$pgport;Username=motcua;Password=motcua;Database=motcua;Max Auto Prepare=64;Auto Prepare Min Usages=2;No Reset On Close=true;Maximum Pool Size=16"
app() { ( cd "$out/stats-app" && env ASPNETCORE_ENVIRONMENT=Benchmark Database__Provider=Postgres ConnectionStrings__Postgres="$cs" \
  Logging__LogLevel__Default=Warning "$@" ); }

# --- generation ----------------------------------------------------------------------------------------------------
# generate DOSSIERS FROM TO LABEL: runs the generator, timing it and sampling its peak resident memory (VmHWM) each second.
generate() {
  local f="$work/generate-$4.txt"
  log "generating $1 dossiers $2..$3 ($4)"
  local t0; t0=$(date +%s.%N)
  ( cd "$out/stats-app" && exec env ASPNETCORE_ENVIRONMENT=Benchmark Database__Provider=Postgres ConnectionStrings__Postgres="$cs" \
      Logging__LogLevel__Default=Warning ./MotCua.Web seed --generate --dossiers "$1" --from "$2" --to "$3" ) >"$f" 2>&1 &
  local pid=$! peak=0
  while kill -0 "$pid" 2>/dev/null; do
    local hwm; hwm=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ "${hwm:-0}" -gt "$peak" ] && peak=$hwm
    sleep 1
  done
  wait "$pid" || { cat "$f" >&2; die "generation $4"; }
  local t1; t1=$(date +%s.%N)
  grep -E '^(Generated|Generating|Warning)' "$f" >&2 || true
  gen_seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.0f", b - a}')
  gen_line=$(grep '^Generated' "$f")
  gen_peak=$peak
}
first=$(( dossiers < 1000000 ? dossiers : 1000000 ))
foreign_gen_file="$work/foreign-gen"; ( sleep 30; foreign_cpu "$own" >"$foreign_gen_file" ) &
gen_sampler=$!
generate "$first" "$year-01-01" "$year-12-31" first
wait "$gen_sampler" 2>/dev/null || true
gen1_seconds=$gen_seconds; gen1_line=$gen_line; gen1_peak=$gen_peak; gen1_foreign=$(cat "$foreign_gen_file" 2>/dev/null || echo "?")
rest=$(( dossiers - first ))
gen2_line="-"; gen2_seconds=0
if [ "$rest" -gt 0 ]; then
  years=$(( (rest + 999999) / 1000000 ))
  generate "$rest" "$(( year - years ))-01-01" "$(( year - 1 ))-12-31" rest
  gen2_seconds=$gen_seconds; gen2_line=$gen_line
fi
stored=$(sql_value 'SELECT count(*) FROM "Dossiers"')
db_mb=$(sql_value "SELECT pg_database_size('motcua') / 1048576")
log "$stored dossiers stored, database $db_mb MB"
psql_ -d motcua -c "VACUUM ANALYZE" -c "CHECKPOINT"

# --- statistics queries in-process, beside SELECT count(*) --------------------------------------------------------------
q_from="$year-10-01"
log "timing the statistics queries (quarter from $q_from)"
app ./MotCua.Web bench-statistics --quarter "$q_from" >"$work/timing.txt" 2>&1 || { cat "$work/timing.txt" >&2; die "bench-statistics"; }
grep '^timing' "$work/timing.txt" >&2
timing() { awk -v n="$1" -v k="$2" '$1 == "timing" && index($2, n) == 1 { for (i = 3; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) print kv[2] } }' "$work/timing.txt" | head -1; }
psql_count_ms=$(psql_ -d motcua -tA -c '\timing on' -c 'SELECT count(*) FROM "Dossiers"' | awk '/^Time:/ {print $2}')

# --- the app as a server: public page and open-data API beside /health; memory; intake with and without the queue --------
start_app() {  # extra env settings...
  ( cd "$out/stats-app" && exec env ASPNETCORE_ENVIRONMENT=Benchmark ASPNETCORE_URLS="http://127.0.0.1:$appport" \
      Database__Provider=Postgres ConnectionStrings__Postgres="$cs" Database__AutoMigrate=true Demo__Seed=true \
      RateLimits__PublicLookupPerMinute=1000000000 RateLimits__LoginPerMinute=1000000 Logging__LogLevel__Default=Warning "$@" \
      ./MotCua.Web >"$work/app.log" 2>&1 ) &
  app_pid=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$appport/health" >/dev/null && break; kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$appport/health" >/dev/null || { cat "$work/app.log" >&2; die "the app did not start"; }
  # The app's process is the child of the subshell: find MotCua.Web itself for its memory.
  server_pid=$(pgrep -P "$app_pid" -x MotCua.Web || echo "$app_pid")
}
# The app's high-water mark of resident memory, in MB (VmHWM), read just before it is stopped.
peak_rss() { awk '/VmHWM/ {print int($2/1024)}' "/proc/$server_pid/status"; }
# http_ms NAME URL: median of 10 warm GETs (after 3 warm-ups), in ms; "n/a" when the answer is not 200. The first (cold)
# answer's time goes to $work/cold-NAME: caches of the app make the warm figure flatter than a first visitor sees.
# Further arguments go to curl (a bearer token for the staff pages).
http_ms() {
  local name=$1 url=$2; shift 2
  local code; code=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$@" "$url")
  awk '{printf "%.1f", $2 * 1000}' <<<"$code" >"$work/cold-$name"
  [ "${code%% *}" = 200 ] || { echo "n/a(${code%% *})"; return; }
  for _ in 1 2 3; do curl -s -o /dev/null "$@" "$url"; done
  for _ in $(seq 1 10); do curl -s -o /dev/null -w '%{time_total}\n' "$@" "$url"; done | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] * 1000}'
}
cold() { cat "$work/cold-$1" 2>/dev/null || echo "?"; }

log "starting the app (statistics queue on)"
start_app
idle_rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$server_pid/status")
health_ms=$(http_ms health "http://127.0.0.1:$appport/health")
page_ms=$(http_ms page "http://127.0.0.1:$appport/cong-khai")
api_ms=$(http_ms api "http://127.0.0.1:$appport/api/v1/public/statistics?from=$q_from&to=$year-12-31")
index_api_ms=$(http_ms index "http://127.0.0.1:$appport/api/v1/public/index766?from=$q_from&to=$year-12-31")
log "GET /health $health_ms ms, /cong-khai $page_ms ms, /api/v1/public/statistics (quarter) $api_ms ms, /api/v1/public/index766 $index_api_ms ms"

# The leader's pages as a director opens them (bearer token of the center's supervisor, who sees the whole province):
# the dashboard of the province for the quarter and of the busiest unit for its last month, and the periodic reports.
supervisor=$(token_of "http://127.0.0.1:$appport" supervisor@demo.motcua.vn); [ -n "$supervisor" ] || die "supervisor login failed"
as_supervisor=(-H "Authorization: Bearer $supervisor")
unit_code=$(grep -o 'unit-month-total\[[^]]*\]' "$work/timing.txt" | head -1 | sed 's/.*\[\(.*\)\]/\1/')
m_from="$year-12-01"; q_to="$year-12-31"
staff_url="http://127.0.0.1:$appport/can-bo/lanh-dao"
dash_province_ms=$(http_ms dash-province "$staff_url/thong-ke?from=$q_from&to=$q_to" "${as_supervisor[@]}")
dash_unit_ms=$(http_ms dash-unit "$staff_url/thong-ke?agency=$unit_code&from=$m_from&to=$q_to" "${as_supervisor[@]}")
report_processing_ms=$(http_ms rep-processing "$staff_url/bao-cao/giai-quyet.xlsx?from=$q_from&to=$q_to" "${as_supervisor[@]}")
report_overdue_ms=$(http_ms rep-overdue "$staff_url/bao-cao/qua-han.xlsx?from=$q_from&to=$q_to" "${as_supervisor[@]}")
report_satisfaction_ms=$(http_ms rep-satisfaction "$staff_url/bao-cao/hai-long.xlsx?from=$q_from&to=$q_to" "${as_supervisor[@]}")
report_officers_ms=$(http_ms rep-officers "$staff_url/bao-cao/can-bo.xlsx?agency=$unit_code&from=$m_from&to=$q_to" "${as_supervisor[@]}")
report_overdue_pdf_ms=$(http_ms rep-overdue-pdf "$staff_url/bao-cao/qua-han.pdf?agency=$unit_code&from=$m_from&to=$q_to" "${as_supervisor[@]}")
log "dashboard: province quarter $dash_province_ms ms, $unit_code month $dash_unit_ms ms; reports (xlsx, province quarter): processing $report_processing_ms ms, overdue $report_overdue_ms ms, satisfaction $report_satisfaction_ms ms; officers ($unit_code month) $report_officers_ms ms; overdue pdf ($unit_code month) $report_overdue_pdf_ms ms"

sql_file() { psql_ -d motcua -f "$1" >/dev/null; }
sql_file "$bench/points.sql"
points=$(sql_value "SELECT \"Code\" FROM \"Agencies\" WHERE \"Code\" LIKE '5__.__.19.H19' ORDER BY \"Code\"" | paste -sd,)
intake() {  # label: warm-up, then $repeat measured runs, best kept
  local token; token=$(token_of "http://127.0.0.1:$appport" reception@demo.motcua.vn); [ -n "$token" ] || die "login failed"
  TOKEN=$token POINTS=$points wrk -t2 -c32 -d${warmup}s -s "$bench/intake.lua" "http://127.0.0.1:$appport" >/dev/null
  local best=0
  for r in $(seq 1 "$repeat"); do
    ( sleep 3; foreign_cpu "$own" >"$work/foreign-intake-$1-$r" ) &
    local sampler=$!
    TOKEN=$token POINTS=$points wrk -t2 -c32 -d${seconds}s -s "$bench/intake.lua" "http://127.0.0.1:$appport" >"$work/wrk-$1-$r.txt" 2>&1
    wait "$sampler" || true
    local rps non2xx; rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$work/wrk-$1-$r.txt")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$work/wrk-$1-$r.txt")
    [ -z "$non2xx" ] || die "intake $1: $non2xx answers were not 2xx"
    log "intake ($1) #$r: $rps dossiers/s (other processes $(cat "$work/foreign-intake-$1-$r")% CPU)"
    [ "$rps" -gt "$best" ] && { best=$rps; intake_foreign=$(cat "$work/foreign-intake-$1-$r"); }
  done
  intake_rps=$best
}
intake on; intake_on=$intake_rps; intake_on_foreign=$intake_foreign
app_peak_on=$(peak_rss)
stop_pid "$app_pid"; app_pid=""

log "starting the app with the statistics queue off ($queue_off)"
start_app "$queue_off"
queued() { sql_value "SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('\"StatisticsChanges\"', 'Id')::regclass), 0)"; }
queued_before=$(queued)
intake off; intake_off=$intake_rps; intake_off_foreign=$intake_foreign
# The switch is honoured only if the intakes of the "off" run queued nothing.
queue_switch=honoured; [ "$(queued)" = "$queued_before" ] || queue_switch="NOT honoured (the off run queued too)"
app_peak_off=$(peak_rss)
stop_pid "$app_pid"; app_pid=""

# --- the report ------------------------------------------------------------------------------------------------------
elapsed=$(( $(date +%s) - started ))
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a ~ /^[0-9.]+$/) printf "%.2f", a / b; else print "n/a" }'; }
le() { awk -v v="$1" -v g="$2" 'BEGIN { if (v !~ /^[0-9.]+$/) print "not measured"; else print (v + 0 <= g + 0) ? "met" : "NOT met" }'; }
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }
base=$(timing baseline-count-dossiers median_ms)
overhead=$(awk -v on="$intake_on" -v off="$intake_off" 'BEGIN { if (off > 0) printf "%.1f", (off - on) / off * 100; else print "n/a" }')
peak=$(( app_peak_on > app_peak_off ? app_peak_on : app_peak_off ))
{
  echo "Generated by \`bench/stats/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') in ${elapsed} s, with $stored dossiers stored (PostgreSQL database $db_mb MB)."
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) memory; PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') (fsync on, shared_buffers 512MB, max_wal_size 8GB)."
  echo "Query figures: in-process (\`MotCua.Web bench-statistics\`), one cold run then the median of 5 warm runs, each in a new scope; HTTP figures: median of 10 warm curl GETs."
  echo
  row "Measure" "Result" "Baseline (same run)" "Ratio" "Goal" "Goal"
  row "---" "---:" "---:" "---:" "---" "---"
  row "Generate 1,000,000 dossiers (s, wall: start-up, writing and statistics rebuild)" "$gen1_seconds" "-" "-" "< 600 s" "$(awk -v s="$gen1_seconds" 'BEGIN {print (s < 600) ? "met" : "NOT met"}')"
  for m in province-quarter-total province-quarter-by-unit; do
    v=$(timing $m median_ms); row "Province, quarter: $m (ms, warm; cold $(timing $m cold_ms))" "${v:-n/a}" "count(*) $base ms" "$(ratio "$v" "$base")" "<= 1,000 ms" "$(le "$v" 1000)"
  done
  v=$(timing unit-month-total median_ms); row "One unit's month (ms, warm; cold $(timing unit-month-total cold_ms))" "${v:-n/a}" "count(*) $base ms" "$(ratio "$v" "$base")" "<= 100 ms" "$(le "$v" 100)"
  v=$(timing index766-all-units-quarter median_ms); row "Decision 766 index, all units, quarter (ms, warm; cold $(timing index766-all-units-quarter cold_ms))" "${v:-n/a}" "count(*) $base ms" "$(ratio "$v" "$base")" "<= 2,000 ms" "$(le "$v" 2000)"
  row "Public page /cong-khai (ms, warm median; first $(cold page))" "$page_ms" "GET /health $health_ms ms" "$(ratio "$page_ms" "$health_ms")" "<= 200 ms" "$(le "$page_ms" 200)"
  row "Open data /api/v1/public/statistics, quarter (ms, warm; first $(cold api))" "$api_ms" "GET /health $health_ms ms" "$(ratio "$api_ms" "$health_ms")" "<= 200 ms" "$(le "$api_ms" 200)"
  row "Open data /api/v1/public/index766, quarter (ms, warm; first $(cold index))" "$index_api_ms" "GET /health $health_ms ms" "$(ratio "$index_api_ms" "$health_ms")" "-" "-"
  row "Leader dashboard, province, quarter (ms, warm; first $(cold dash-province))" "$dash_province_ms" "GET /health $health_ms ms" "$(ratio "$dash_province_ms" "$health_ms")" "-" "-"
  row "Leader dashboard, busiest unit ($unit_code), month (ms, warm; first $(cold dash-unit))" "$dash_unit_ms" "GET /health $health_ms ms" "$(ratio "$dash_unit_ms" "$health_ms")" "-" "-"
  row "Report: processing by unit and field, province, quarter, xlsx (ms, warm; first $(cold rep-processing))" "$report_processing_ms" "GET /health $health_ms ms" "$(ratio "$report_processing_ms" "$health_ms")" "-" "-"
  row "Report: late and overdue list, province, quarter, xlsx (ms, warm; first $(cold rep-overdue))" "$report_overdue_ms" "GET /health $health_ms ms" "$(ratio "$report_overdue_ms" "$health_ms")" "-" "-"
  row "Report: satisfaction and feedback, province, quarter, xlsx (ms, warm; first $(cold rep-satisfaction))" "$report_satisfaction_ms" "GET /health $health_ms ms" "$(ratio "$report_satisfaction_ms" "$health_ms")" "-" "-"
  row "Report: officers of $unit_code, month, xlsx (ms, warm; first $(cold rep-officers))" "$report_officers_ms" "GET /health $health_ms ms" "$(ratio "$report_officers_ms" "$health_ms")" "-" "-"
  row "Report: late and overdue list of $unit_code, month, pdf (ms, warm; first $(cold rep-overdue-pdf))" "$report_overdue_pdf_ms" "GET /health $health_ms ms" "$(ratio "$report_overdue_pdf_ms" "$health_ms")" "-" "-"
  row "Peak RSS of the app (MB)" "$peak" "idle after start $idle_rss MB" "$(ratio "$peak" "$idle_rss")" "<= 512 MB" "$(le "$peak" 512)"
  row "Intake with the statistics queue (dossiers/s; switch $queue_off $queue_switch)" "$intake_on" "queue off $intake_off" "$(ratio "$intake_on" "$intake_off")" "overhead <= 10 %" "$( [ "$queue_switch" = honoured ] || { echo "not measured ($overhead %)"; exit 0; }; awk -v o="$overhead" 'BEGIN { if (o !~ /^-?[0-9.]+$/) print "n/a"; else print (o + 0 <= 10) ? "met (" o " %)" : "NOT met (" o " %)" }')"
  v=$(timing catch-up-per-dossier median_ms)
  intake_cost=$(awk -v r="$intake_off" -v n="$(nproc)" 'BEGIN { if (r > 0) printf "%.3f", n * 1000 / r; else print "n/a" }')
  row "Catch-up per dossier (ms: the background job's refresh of one queued dossier, 5,000 at once)" "${v:-n/a}" "one intake's share of the machine (cores / intakes per s) $intake_cost ms" "$(ratio "$v" "$intake_cost")" "-" "-"
  echo
  echo "Generation: $gen1_line (peak RSS of the generator $gen1_peak MB; other processes ${gen1_foreign}% CPU)$( [ "$rest" -gt 0 ] && printf '; then %s' "$gen2_line")."
  echo "psql \`SELECT count(*) FROM \"Dossiers\"\`: $psql_count_ms ms. Intake: other processes $intake_on_foreign% (queue on) / $intake_off_foreign% (queue off) CPU."
} >"$work/results.md"

if [ ! -f "$results" ]; then printf '# Benchmark results\n' >"$results"; fi
if ! grep -q "<!-- $mark:begin -->" "$results"; then
  printf '\n## Issue 6 (statistics%s)\n\nWritten by `bench/stats/run.sh` (see the script head for what each figure is and its baseline).\n\n<!-- %s:begin -->\n<!-- %s:end -->\n' \
    "$( [ "$mark" = stats ] || echo ", $mark")" "$mark" "$mark" >>"$results"
fi
awk -v block="$work/results.md" -v begin="<!-- $mark:begin -->" -v end="<!-- $mark:end -->" '
  $0 == begin { print; while ((getline line < block) > 0) print line; skip = 1; next }
  $0 == end { skip = 0 }
  !skip { print }' "$results" >"$work/RESULTS.new" && cp "$work/RESULTS.new" "$results"

cat "$work/results.md"
log "done in ${elapsed} s; $results updated"
