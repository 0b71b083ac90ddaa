#!/usr/bin/env bash
# Benchmark of issue 4: the service guide's queue page and contact page on PostgreSQL with 10 000 open and 1 000 000
# closed contacts. A throwaway cluster (durable settings, fsync on) is migrated, the generator in
# bench/Perhesilta.Bench.DeskData fills it, the application runs as its own Release process on loopback, and a separate
# load-generator process signs in as service guides and requests the pages. Writes the figures into docs/BENCHMARKS.md.
#   bench/desk.sh [SECONDS]        (default 30 s per fixed-rate run, 20 s per peak run)
# Environment: OPEN (10000), CLOSED (1000000), QUEUE_PATHS (the queue variants requested, comma-separated).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
seconds=${1:-30}
peak_seconds=$(( seconds * 2 / 3 ))
open=${OPEN:-10000}
closed=${CLOSED:-1000000}
queue_paths=${QUEUE_PATHS:-/desk,/desk?view=new,/desk?sort=arrival,/desk?view=closed,/desk?pageNumber=2,/desk?municipality=564}
results=$(mktemp /tmp/perhesilta-desk-results-XXXXXX.jsonl)
# shellcheck source=bench/common.sh
source bench/common.sh

echo "==> Building (Release)"
dotnet build src/Perhesilta.Web/Perhesilta.Web.csproj -c Release -nologo -v q
dotnet build bench/Perhesilta.Bench.DeskData/Perhesilta.Bench.DeskData.csproj -c Release -nologo -v q
dotnet build bench/Perhesilta.Bench.Load/Perhesilta.Bench.Load.csproj -c Release -nologo -v q
web=src/Perhesilta.Web/bin/Release/net10.0/Perhesilta.Web.dll
generator=bench/Perhesilta.Bench.DeskData/bin/Release/net10.0/Perhesilta.Bench.DeskData.dll
load=bench/Perhesilta.Bench.Load/bin/Release/net10.0/Perhesilta.Bench.Load.dll

echo "==> Starting PostgreSQL"
# With the memory and WAL sizes a production server of a database this size (about 3 GB) would be given.
connection=$(start_postgres perhesilta_desk shared_buffers=1GB effective_cache_size=4GB max_wal_size=4GB)

export Database__Provider=postgres ConnectionStrings__Default=$connection Logging__LogLevel__Default=Warning \
  Mail__Transport=folder Mail__Folder="$work/mail" Mail__SenderEnabled=false

# The demo seeding gives the service guide whose sign-in (demo password and TOTP secret) the generated guides copy.
echo "==> Migrating"
Demo__Enabled=true dotnet "$web" migrate >/dev/null

echo "==> Generating $open open and $closed closed contacts"
dotnet "$generator" --connection "$connection" --open "$open" --closed "$closed" --out "$work/desk-bench.json" >>"$results"
tail -n 1 "$results"

echo "==> Starting the application"
app_port=$(free_port)
Demo__Enabled=false ASPNETCORE_URLS="http://127.0.0.1:$app_port" dotnet "$web" >"$work/web.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$app_port/health/ready"

echo "==> Load: queue and contact pages, each at a fixed rate for $seconds s and 4 concurrent for $peak_seconds s"
status=0
dotnet "$load" --url "http://127.0.0.1:$app_port" --target desk --data "$work/desk-bench.json" --seconds "$seconds" \
  --peak-seconds "$peak_seconds" --warmup 10 --concurrency 4 --queue-rate 10 --contact-rate 20 --queue-paths "$queue_paths" --label postgres \
  >>"$results" || status=$?

echo "{\"elapsedSeconds\": $(( $(date +%s) - started )), \"queuePaths\": \"$queue_paths\"}" >>"$results"
echo "==> Writing docs/BENCHMARKS.md"
python3 bench/report.py desk "$results" docs/BENCHMARKS.md
cat "$results"
if [ "$status" -ne 0 ]; then
  # The figures are recorded as they were, but an answer other than 200 fails the benchmark.
  echo "The desk benchmark FAILED: pages answered with errors or timed out (the application's log follows)." >&2
  tail -n 40 "$work/web.log" >&2
  exit 1
fi
