#!/usr/bin/env bash
# Benchmarks of issue 5, the service directory's search. Writes the figures into docs/BENCHMARKS.md.
#   bench/directory-search.sh
# 1. Quality: the labelled needs of bench/directory-quality over the demo directory, seeded into a fresh SQLite
#    database: hit@1 and hit@3 of the search beside a SQL LIKE keyword baseline on the same data and filters.
# 2. Speed: the demo directory plus generated services up to SERVICES (5 000) in SQLite; the latency of the search
#    in process (ServiceSearch.SearchAsync), then of GET /api/v1/services/search of the application running as its
#    own Release process on loopback, requested one at a time by a separate process. The needs' texts are the queries.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
services=${SERVICES:-5000}
results=$(mktemp /tmp/perhesilta-directory-results-XXXXXX.jsonl)
# shellcheck source=bench/common.sh
source bench/common.sh

echo "==> Building (Release)"
dotnet build bench/Perhesilta.Bench.DirectoryQuality/Perhesilta.Bench.DirectoryQuality.csproj -c Release -nologo -v q
web=src/Perhesilta.Web/bin/Release/net10.0/Perhesilta.Web.dll
bench=bench/Perhesilta.Bench.DirectoryQuality/bin/Release/net10.0/Perhesilta.Bench.DirectoryQuality.dll
export Logging__LogLevel__Default=Warning Mail__Transport=folder Mail__Folder="$work/mail" Mail__SenderEnabled=false

echo "==> Quality: labelled needs over the demo directory (fresh SQLite database)"
# The application hosted by the benchmark prints its demo banner; only the JSON lines are results.
dotnet "$bench" quality | grep '^{' >>"$results"

echo "==> Speed: $services services, in process"
dotnet "$bench" speed --db "$work/directory.db" --services "$services" | grep '^{' >>"$results"
tail -n 1 "$results"

echo "==> Starting the application"
app_port=$(free_port)
Database__Provider=sqlite ConnectionStrings__Default="Data Source=$work/directory.db" Demo__Enabled=false \
  ServiceDirectory__ApiRateLimitPermits=100000000 ASPNETCORE_URLS="http://127.0.0.1:$app_port" dotnet "$web" >"$work/web.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$app_port/health/ready"

echo "==> Speed: HTTP"
dotnet "$bench" http --url "http://127.0.0.1:$app_port" >>"$results"
tail -n 1 "$results"

echo "{\"elapsedSeconds\": $(( $(date +%s) - started ))}" >>"$results"
echo "==> Writing docs/BENCHMARKS.md"
python3 bench/report.py directory "$results" docs/BENCHMARKS.md
cat "$results"
