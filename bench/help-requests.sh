#!/usr/bin/env bash
# Benchmark of issue 3: submissions per second and latency of the public form and the JSON API, on SQLite and on
# PostgreSQL, side by side with a bare ADO.NET baseline that inserts the same rows. Each server runs as its own
# process on loopback; the load generator is a separate process. Writes the figures into docs/BENCHMARKS.md.
#   bench/help-requests.sh [SECONDS]        (default 30 s per fixed-rate run, 20 s per peak run)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
peak_seconds=$(( seconds * 2 / 3 ))
results=$(mktemp /tmp/perhesilta-bench-results-XXXXXX.jsonl)
# shellcheck source=bench/common.sh
source bench/common.sh

echo "==> Building (Release)"
dotnet build src/Perhesilta.Web/Perhesilta.Web.csproj -c Release -nologo -v q
dotnet build bench/Perhesilta.Bench.Baseline/Perhesilta.Bench.Baseline.csproj -c Release -nologo -v q
dotnet build bench/Perhesilta.Bench.Load/Perhesilta.Bench.Load.csproj -c Release -nologo -v q
web=src/Perhesilta.Web/bin/Release/net10.0/Perhesilta.Web.dll
baseline=bench/Perhesilta.Bench.Baseline/bin/Release/net10.0/Perhesilta.Bench.Baseline.dll
load=bench/Perhesilta.Bench.Load/bin/Release/net10.0/Perhesilta.Bench.Load.dll

run_provider() {
  local provider=$1 connection=$2 app_port base_port
  app_port=$(free_port)
  base_port=$(free_port)
  export Database__Provider=$provider ConnectionStrings__Default=$connection Demo__Enabled=false \
    Logging__LogLevel__Default=Warning HelpRequests__RateLimitPermits=100000000 Mail__Transport=folder Mail__Folder="$work/mail-$provider" Mail__SenderEnabled=false
  echo "==> $provider: migrating"
  dotnet "$web" migrate >/dev/null
  ASPNETCORE_URLS="http://127.0.0.1:$app_port" dotnet "$web" >"$work/web-$provider.log" 2>&1 &
  pids+=($!)
  ASPNETCORE_URLS="http://127.0.0.1:$base_port" dotnet "$baseline" >"$work/baseline-$provider.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$app_port/health/ready"
  wait_for "http://127.0.0.1:$base_port/"
  for target in api form baseline; do
    local port=$app_port
    [ "$target" = baseline ] && port=$base_port
    echo "==> $provider: $target at 100/s for $seconds s"
    dotnet "$load" --url "http://127.0.0.1:$port" --target "$target" --rate 100 --seconds "$seconds" --label "$provider" >>"$results"
    echo "==> $provider: $target at peak (16 concurrent) for $peak_seconds s"
    dotnet "$load" --url "http://127.0.0.1:$port" --target "$target" --concurrency 16 --seconds "$peak_seconds" --label "$provider" >>"$results"
  done
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  pids=()
}

run_provider sqlite "Data Source=$work/bench.db"
run_provider postgres "$(start_postgres perhesilta_bench)"

echo "==> Writing docs/BENCHMARKS.md"
python3 bench/report.py help-requests "$results" docs/BENCHMARKS.md
cat "$results"
