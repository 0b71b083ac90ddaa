#!/usr/bin/env bash
# Benchmark of issue 3: submissions per second and latency of the public form and the JSON API, on SQLite and on
# PostgreSQL, side by side with a bare ADO.NET baseline that inserts the same rows. Each server runs as its own
# process on loopback; the load generator is a separate process. Writes the figures into docs/BENCHMARKS.md.
#   bench/help-requests.sh [SECONDS]        (default 30 s per fixed-rate run, 20 s per peak run)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
peak_seconds=$(( seconds * 2 / 3 ))
work=$(mktemp -d /tmp/perhesilta-bench-XXXXXX)
chmod 755 "$work"  # the postgres user runs the throwaway cluster inside it
results=$(mktemp /tmp/perhesilta-bench-results-XXXXXX.jsonl)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -d "$work/pg" ]; then runuser -u postgres -- /usr/lib/postgresql/*/bin/pg_ctl -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> Building (Release)"
dotnet build src/Perhesilta.Web/Perhesilta.Web.csproj -c Release -nologo -v q
dotnet build bench/Perhesilta.Bench.Baseline/Perhesilta.Bench.Baseline.csproj -c Release -nologo -v q
dotnet build bench/Perhesilta.Bench.Load/Perhesilta.Bench.Load.csproj -c Release -nologo -v q
web=src/Perhesilta.Web/bin/Release/net10.0/Perhesilta.Web.dll
baseline=bench/Perhesilta.Bench.Baseline/bin/Release/net10.0/Perhesilta.Bench.Baseline.dll
load=bench/Perhesilta.Bench.Load/bin/Release/net10.0/Perhesilta.Bench.Load.dll

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_for() {
  for _ in $(seq 1 120); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 0.5
  done
  echo "The server at $1 did not start." >&2
  return 1
}

start_postgres() {
  local bin port
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  port=$(free_port)
  mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
  runuser -u postgres -- "$bin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Durable settings as in production (fsync on): the figures must not flatter the database.
  runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg/data" -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200" \
    -l "$work/pg/server.log" -w start >/dev/null
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=perhesilta_bench;Maximum Pool Size=100"
}

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
run_provider postgres "$(start_postgres)"

echo "==> Writing docs/BENCHMARKS.md"
python3 bench/report.py help-requests "$results" docs/BENCHMARKS.md
cat "$results"
