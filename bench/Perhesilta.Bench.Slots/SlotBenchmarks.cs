using BenchmarkDotNet.Attributes;
using Perhesilta.Platform.Scheduling;
using Perhesilta.UnitTests.Scheduling;

namespace Perhesilta.Bench.Slots;

/// <summary>The finder beside the minute-by-minute scan, each call the next of the searches in turn.</summary>
public class SlotBenchmarks
{
    private Calendars _calendars = null!;
    private int _next;

    [GlobalSetup]
    public void Setup() => _calendars = new Calendars();

    [Benchmark]
    public int Finder() => SlotFinder.Find(NextQuery(), Calendars.Limit).Count;

    [Benchmark(Baseline = true)]
    public int MinuteScan() => NaiveSlotScan.Find(NextQuery(), Calendars.Limit).Count;

    private SlotQuery NextQuery() => _calendars.Queries[_next++ % _calendars.Queries.Count];
}
