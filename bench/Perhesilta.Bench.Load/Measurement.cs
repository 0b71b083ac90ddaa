using System.Diagnostics;

namespace Perhesilta.Bench.Load;

/// <summary>Latency percentiles and throughput of one run.</summary>
internal sealed record Figures(int Requests, int Errors, double PerSecond, double? P50, double? P95, double? P99);

/// <summary>
/// Sends requests to a target at a fixed rate (latency counted from each request's scheduled start, so that a stall is
/// not hidden) or with a fixed number of concurrent senders (the peak), after a warm-up that is not counted.
/// </summary>
internal static class Measurement
{
    /// <summary>JIT and tiered compilation, connection pools, the database's cache: a few seconds of real load.</summary>
    public static async Task WarmUpAsync(ITarget target, TimeSpan duration, int workers = 8)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                await target.SendAsync(CancellationToken.None);
            }
        })));
    }

    public static async Task<Figures> RunAsync(ITarget target, int rate, int concurrency, TimeSpan duration)
    {
        var latencies = new List<double>(capacity: 200_000);
        var errors = 0;
        var gate = new Lock();
        var clock = Stopwatch.StartNew();

        async Task Measure(TimeSpan scheduledAt)
        {
            var ok = await target.SendAsync(CancellationToken.None);
            var elapsed = clock.Elapsed - scheduledAt;
            lock (gate)
            {
                if (ok)
                {
                    latencies.Add(elapsed.TotalMilliseconds);
                }
                else
                {
                    errors++;
                }
            }
        }

        var running = new List<Task>();
        if (rate > 0)
        {
            var interval = TimeSpan.FromSeconds(1.0 / rate);
            for (var n = 0; ; n++)
            {
                var scheduledAt = interval * n;
                if (scheduledAt >= duration)
                {
                    break;
                }

                var wait = scheduledAt - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                running.Add(Measure(scheduledAt));
            }
        }
        else
        {
            for (var worker = 0; worker < concurrency; worker++)
            {
                running.Add(Task.Run(async () =>
                {
                    while (clock.Elapsed < duration)
                    {
                        await Measure(clock.Elapsed);
                    }
                }));
            }
        }

        await Task.WhenAll(running);
        var seconds = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        return new Figures(latencies.Count, errors, Math.Round(latencies.Count / seconds, 1), Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99));
    }

    /// <summary>None when nothing succeeded: JSON has no NaN, and the report marks the target not met.</summary>
    private static double? Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? null : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 2);
}
