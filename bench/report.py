#!/usr/bin/env python3
"""Writes one benchmark's figures into docs/BENCHMARKS.md, between its own markers, with the machine it ran on.

    bench/report.py help-requests results.jsonl docs/BENCHMARKS.md
    bench/report.py desk results.jsonl docs/BENCHMARKS.md
    bench/report.py directory results.jsonl docs/BENCHMARKS.md
    bench/report.py slots results.jsonl docs/BENCHMARKS.md
"""
import datetime
import json
import os
import platform
import re
import subprocess
import sys


def machine() -> str:
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next((int(l.split()[1]) // 1024 // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    pg = subprocess.run("ls -d /usr/lib/postgresql/*/ | sort -V | tail -n 1", shell=True, capture_output=True, text=True).stdout.strip().rstrip("/").split("/")[-1]
    return f"{os.cpu_count()} cores ({cpu}), {mem} GiB, {platform.system()} {platform.release()}, .NET SDK {dotnet}, PostgreSQL {pg}"


def help_requests(rows: list) -> str:
    out = ["| database | what | load | done | errors | per s | p50 ms | p95 ms | p99 ms |", "|---|---|---|---:|---:|---:|---:|---:|---:|"]
    names = {"api": "JSON API", "form": "public form (no JS)", "baseline": "bare ADO.NET baseline"}
    for r in rows:
        out.append(f"| {r['label']} | {names[r['target']]} | {r['mode']} | {r['requests']} | {r['errors']} | {r['perSecond']} | {r['p50']} | {r['p95']} | {r['p99']} |")
    out.append("")
    out.append("Peak throughput of the product relative to the baseline (target ≥ 50 %):")
    out.append("")
    for db in sorted({r["label"] for r in rows}):
        peak = {r["target"]: r["perSecond"] for r in rows if r["label"] == db and r["mode"].startswith("concurrency")}
        base = peak.get("baseline") or float("nan")
        for target in ("api", "form"):
            if target in peak:
                share = 100 * peak[target] / base
                verdict = "met" if share >= 50 else "NOT met"
                out.append(f"- {db}, {names[target]}: {peak[target]} / {base} per s = {share:.0f} % ({verdict})")
    out.append("")
    out.append("At 100 submissions/s, p95 under 50 ms:")
    out.append("")
    for r in rows:
        if r["mode"].startswith("rate") and r["target"] != "baseline":
            verdict = "met" if r["p95"] < 50 else "NOT met"
            out.append(f"- {r['label']}, {names[r['target']]}: p95 {r['p95']} ms ({verdict})")
    return "\n".join(out)


def ms(value) -> str:
    return "–" if value is None else str(value)


def desk(rows: list) -> str:
    data = next(r for r in rows if "open" in r)
    run = next((r for r in rows if "elapsedSeconds" in r), {})
    pages = [r for r in rows if "target" in r]
    sizes = ", ".join(f"{table} {count:,}".replace(",", " ") for table, count in data["rows"].items())
    out = [
        f"Data: {data['open']:,} open and {data['closed']:,} closed contacts".replace(",", " ")
        + f" ({data['databaseMb']} MB), {data['guides']} service guides; rows: {sizes}."
        + f" Generated in {data['totalSeconds']} s; the whole run took {run.get('elapsedSeconds', '?')} s."
        # Other work on the machine shows in the tail latencies; the load average says how much there was.
        + " Load average when the run ended (1/5/15 min): " + " / ".join(f"{x:.1f}" for x in os.getloadavg()) + ".",
        "",
        f"Queue variants requested in turn: {', '.join('`' + p + '`' for p in run.get('queuePaths', '').split(',') if p)}.",
        "",
        "| page | load | done | errors | per s | p50 ms | p95 ms | p99 ms |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    names = {"queue": "queue `/desk`", "contact": "contact `/desk/contacts/{id}`"}
    for r in pages:
        out.append(f"| {names[r['target']]} | {r['mode']} | {r['requests']} | {r['errors']} | {r['perSecond']} | {ms(r['p50'])} | {ms(r['p95'])} | {ms(r['p99'])} |")
    out.append("")
    out.append("Targets (at the fixed rate, without errors):")
    out.append("")
    for target, limit in (("queue", 150), ("contact", 100)):
        for r in pages:
            if r["target"] == target and r["mode"].startswith("rate"):
                met = r["p95"] is not None and r["p95"] < limit and r["errors"] == 0
                errors = f", {r['errors']} errors" if r["errors"] else ""
                out.append(f"- {names[target]}: p95 {ms(r['p95'])} ms, target under {limit} ms{errors} ({'met' if met else 'NOT met'})")
    return "\n".join(out)


def directory(rows: list) -> str:
    quality = [r for r in rows if "hitAt3" in r]
    run = next((r for r in rows if r.get("kind") == "quality-run"), {})
    speed = [r for r in rows if r.get("kind") == "speed"]
    elapsed = next((r["elapsedSeconds"] for r in rows if "elapsedSeconds" in r), "?")
    out = [
        f"Quality over the demo directory ({run.get('services', '?')} services, seeded with the reference data into a fresh"
        f" SQLite database in {run.get('seedSeconds', '?')} s, start-up included); the whole run took {elapsed} s."
        # Other work on the machine shows in the tail latencies; the load average says how much there was.
        + " Load average when the run ended (1/5/15 min): " + " / ".join(f"{x:.1f}" for x in os.getloadavg()) + ".",
        "",
        "| search | needs | hit@1 | hit@3 |",
        "|---|---:|---:|---:|",
    ]
    for r in quality:
        out.append(f"| {r['label']}, {r['group']} | {r['needs']} | {r['hitAt1']:.3f} | {r['hitAt3']:.3f} |")
    engine = next((r for r in quality if r["label"] == "engine" and r["group"] == "all"), None)
    if engine:
        out += ["", f"- hit@3 {engine['hitAt3']:.3f}, target ≥ 0.9 ({'met' if engine['hitAt3'] >= 0.9 else 'NOT met'})"]
    out += ["", "| speed | services | queries | p50 ms | p95 ms | p99 ms | max ms |", "|---|---:|---:|---:|---:|---:|---:|"]
    services = next((r["services"] for r in speed if r.get("services")), "?")
    for r in speed:
        out.append(f"| {r['target']} | {services} | {r['queries']} | {r['p50']} | {r['p95']} | {r['p99']} | {r['max']} |")
    out.append("")
    for r in speed:
        errors = f", {r['errors']} errors" if r.get("errors") else ""
        met = r["p95"] < 20 and not r.get("errors")
        out.append(f"- {r['target']}: p95 {r['p95']} ms, target under 20 ms{errors} ({'met' if met else 'NOT met'})")
    build = next((r.get("indexBuildMs") for r in speed if r.get("indexBuildMs")), None)
    if build:
        out.append(f"- building the index of {services} services in all three languages (after a change): {build:.0f} ms")
    return "\n".join(out)


def slots(rows: list) -> str:
    data = next(r for r in rows if r.get("kind") == "data")
    agreement = next(r for r in rows if r.get("kind") == "agreement")
    latency = [r for r in rows if r.get("kind") == "latency"]
    bdn = [r for r in rows if r.get("kind") == "benchmarkdotnet"]
    elapsed = next((r["elapsedSeconds"] for r in rows if "elapsedSeconds" in r), "?")
    out = [
        f"{data['participants']} participants ({data['required']} required) with {data['busyPerParticipantMin']}–{data['busyPerParticipantMax']}"
        f" busy times each over 2027–2028 ({data['busyTotal']} in all), working hours 08–16; {data['searches']} searches"
        f" (from 08:00 on every third working day of 2027), each for the earliest {data['Limit']} slots of"
        f" {data['DurationMinutes']} min on a {data['StepMinutes']}-minute grid in the next {data['SearchWorkingDays']} working days."
        f" The finder and the scan gave the same slots in every search; {agreement['fiveFound']} of {agreement['searches']} found all five,"
        f" the fifth lying a median {agreement['workingDaysToFifthMedian']} (at most {agreement['workingDaysToFifthMax']}) working days ahead."
        f" The run took {elapsed} s. Load average when it ended (1/5/15 min): " + " / ".join(f"{x:.1f}" for x in os.getloadavg()) + ".",
        "",
        "Each search timed on its own (the latency a caller sees):",
        "",
        "| method | calls | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in latency:
        out.append(f"| {r['method']} | {r['calls']} | {r['p50Ms']} | {r['p95Ms']} | {r['p99Ms']} | {r['maxMs']} |")
    out += [
        "",
        "BenchmarkDotNet (in process, 30 iterations; each operation is the next search in turn, so the statistics are of"
        " iteration means over the searches):",
        "",
        "| method | iterations | mean ms | P95 ms | std dev ms | allocated KB/op |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in bdn:
        out.append(f"| {r['method']} | {r['iterations']} | {r['meanMs']} | {r['p95Ms']} | {r['stdDevMs']} | {r['allocatedKb'] if r['allocatedKb'] is not None else '–'} |")
    out.append("")
    finder = next((r for r in latency if r["method"] == "finder"), None)
    scan = next((r for r in latency if r["method"] == "minute scan"), None)
    if finder:
        out.append(f"- finder: p95 {finder['p95Ms']} ms per search, target under 10 ms ({'met' if finder['p95Ms'] < 10 else 'NOT met'})")
    if finder and scan and finder["p50Ms"] > 0:
        out.append(f"- the minute scan takes {scan['p50Ms'] / finder['p50Ms']:.0f} times as long at the median")
    return "\n".join(out)


def main() -> None:
    name, results, doc = sys.argv[1:4]
    rows = [json.loads(l) for l in open(results) if l.strip()]
    body = {"help-requests": help_requests, "desk": desk, "directory": directory, "slots": slots}[name](rows)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    section = f"<!-- {name}:start -->\nLast run {stamp} on {machine()}.\n\n{body}\n<!-- {name}:end -->"
    text = open(doc, encoding="utf-8").read()
    pattern = re.compile(rf"<!-- {re.escape(name)}:start -->.*?<!-- {re.escape(name)}:end -->", re.S)
    if not pattern.search(text):
        sys.exit(f"{doc} has no <!-- {name}:start --> … <!-- {name}:end --> section")
    open(doc, "w", encoding="utf-8").write(pattern.sub(lambda _: section, text))


if __name__ == "__main__":
    main()
