#!/usr/bin/env bash
# Benchmark of issue 7, the slot finder of network meetings. Writes the figures into docs/BENCHMARKS.md.
#   bench/meeting-slots.sh
# 12 participants with two years of busy times each (about 2 000), the earliest 5 slots of an hour in the next 60
# working days: the finder (Platform/Scheduling/SlotFinder) beside the minute-by-minute scan the unit tests check it
# against, first each search timed on its own, then BenchmarkDotNet in process. No database and no server.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
results=$(mktemp /tmp/perhesilta-slots-results-XXXXXX.jsonl)

echo "==> Building (Release)"
dotnet build bench/Perhesilta.Bench.Slots/Perhesilta.Bench.Slots.csproj -c Release -nologo -v q

echo "==> Running"
# BenchmarkDotNet writes its own report to the console; only the JSON lines are results.
dotnet bench/Perhesilta.Bench.Slots/bin/Release/net10.0/Perhesilta.Bench.Slots.dll | tee "$results.log" | grep '^{' >>"$results"

echo "{\"elapsedSeconds\": $(( $(date +%s) - started ))}" >>"$results"
echo "==> Writing docs/BENCHMARKS.md"
python3 bench/report.py slots "$results" docs/BENCHMARKS.md
cat "$results"
rm -f "$results" "$results.log"
