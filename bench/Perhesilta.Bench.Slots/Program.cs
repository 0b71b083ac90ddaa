using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perhesilta.Bench.Slots;
using Perhesilta.Platform.Scheduling;
using Perhesilta.UnitTests.Scheduling;

// Prints JSON lines for bench/report.py: the data, each search timed on its own (both ways, checked to agree), and
// BenchmarkDotNet's statistics of the same two methods.
var calendars = new Calendars();
var busy = calendars.People.Select(p => p.Busy.Count).ToList();
Console.WriteLine(JsonSerializer.Serialize(new
{
    kind = "data",
    participants = calendars.People.Count,
    required = Calendars.Required,
    busyPerParticipantMin = busy.Min(),
    busyPerParticipantMax = busy.Max(),
    busyTotal = busy.Sum(),
    searches = calendars.Queries.Count,
    Calendars.DurationMinutes,
    Calendars.StepMinutes,
    Calendars.Limit,
    Calendars.SearchWorkingDays,
}));

var workingDaysToFifth = new List<int>();
var calendar = new Perhesilta.Platform.Calendar.FinnishCalendar();
foreach (var query in calendars.Queries)
{
    var found = SlotFinder.Find(query, Calendars.Limit);
    var expected = NaiveSlotScan.Find(query, Calendars.Limit);
    if (!found.Select(Describe).SequenceEqual(expected.Select(Describe)))
    {
        Console.Error.WriteLine($"The finder and the scan disagree for the search from {query.From:O}.");
        return 1;
    }

    workingDaysToFifth.Add(found.Count < Calendars.Limit
        ? Calendars.SearchWorkingDays
        : calendar.WorkingDaysBetween(SlotFinder.LocalDateOf(query.From), SlotFinder.LocalDateOf(found[^1].StartsAt)) + 1);
}

workingDaysToFifth.Sort();
Console.WriteLine(JsonSerializer.Serialize(new
{
    kind = "agreement",
    searches = calendars.Queries.Count,
    fiveFound = calendars.Queries.Count(q => SlotFinder.Find(q, Calendars.Limit).Count == Calendars.Limit),
    workingDaysToFifthMedian = workingDaysToFifth[workingDaysToFifth.Count / 2],
    workingDaysToFifthMax = workingDaysToFifth[^1],
}));

if (args.Contains("--data-only"))
{
    return 0;
}

Timed("finder", q => SlotFinder.Find(q, Calendars.Limit), rounds: 20);
Timed("minute scan", q => NaiveSlotScan.Find(q, Calendars.Limit), rounds: 2);

var config = ManualConfig.CreateEmpty()
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(30))
    .AddColumnProvider(DefaultColumnProviders.Instance)
    .AddColumn(StatisticColumn.P95)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddLogger(ConsoleLogger.Default);
var summary = BenchmarkRunner.Run<SlotBenchmarks>(config);
foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
{
    var statistics = report.ResultStatistics!;
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        kind = "benchmarkdotnet",
        method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name,
        iterations = statistics.N,
        meanMs = Ms(statistics.Mean),
        p95Ms = Ms(statistics.Percentiles.P95),
        stdDevMs = Ms(statistics.StandardDeviation),
        allocatedKb = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? Math.Round(bytes / 1024.0, 1) : (double?)null,
    }));
}

return 0;

// Each search timed on its own, in rounds after a warm-up round: the latency a caller sees, per call.
void Timed(string method, Func<SlotQuery, IReadOnlyList<FoundSlot>> find, int rounds)
{
    calendars.Queries.ToList().ForEach(q => find(q));
    var times = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        foreach (var query in calendars.Queries)
        {
            var started = Stopwatch.GetTimestamp();
            find(query);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    times.Sort();
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        kind = "latency",
        method,
        calls = times.Count,
        p50Ms = Round(Percentile(times, 0.50)),
        p95Ms = Round(Percentile(times, 0.95)),
        p99Ms = Round(Percentile(times, 0.99)),
        maxMs = Round(times[^1]),
    }));
}

static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

static double Round(double ms) => Math.Round(ms, 3);

static double Ms(double nanoseconds) => Math.Round(nanoseconds / 1_000_000, 3);

static string Describe(FoundSlot slot) =>
    string.Create(CultureInfo.InvariantCulture, $"{slot.StartsAt:O} {slot.EndsAt:O} {string.Join(",", slot.Free)}");
