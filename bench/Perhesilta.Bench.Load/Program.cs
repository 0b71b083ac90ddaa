using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Perhesilta.Bench.Load;

// A load generator for the help-request benchmark, run as its own process against a server on loopback.
//   --url http://127.0.0.1:5101 --target api|form|baseline (--rate 100 | --concurrency 16) --seconds 30 [--warmup 5] [--label x]
// Fixed-rate runs measure latency from each request's scheduled start (no coordinated omission); fixed-concurrency
// runs find the peak throughput. Prints one JSON line with the figures.
var options = Options.Parse(args);
using var targets = new TargetFactory(options.Url);
var target = await targets.CreateAsync(options.Target, sessions: Math.Max(options.Concurrency, 32));

// Warm-up: JIT and tiered compilation, connection pools, the database's cache — a few seconds of real load.
var warmUpUntil = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
{
    while (warmUpUntil.Elapsed < TimeSpan.FromSeconds(options.WarmUpSeconds))
    {
        await target.SendAsync(CancellationToken.None);
    }
})));

var latencies = new List<double>(capacity: 200_000);
var errors = 0;
var gate = new Lock();
var clock = Stopwatch.StartNew();
var duration = TimeSpan.FromSeconds(options.Seconds);

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
if (options.Rate > 0)
{
    var interval = TimeSpan.FromSeconds(1.0 / options.Rate);
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
    for (var worker = 0; worker < options.Concurrency; worker++)
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
var result = new
{
    label = options.Label,
    target = options.Target,
    mode = options.Rate > 0 ? $"rate {options.Rate}/s" : $"concurrency {options.Concurrency}",
    requests = latencies.Count,
    errors,
    perSecond = Math.Round(latencies.Count / seconds, 1),
    p50 = Percentile(latencies, 0.50),
    p95 = Percentile(latencies, 0.95),
    p99 = Percentile(latencies, 0.99),
};
Console.WriteLine(JsonSerializer.Serialize(result));
return errors > latencies.Count / 100 ? 1 : 0;

static double Percentile(List<double> sorted, double p) =>
    sorted.Count == 0 ? double.NaN : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 2);

internal sealed record Options(string Url, string Target, int Rate, int Concurrency, int Seconds, int WarmUpSeconds, string Label)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new Options(Value("url", "http://127.0.0.1:5101"), Value("target", "api"), Number("rate", 0), Number("concurrency", 16), Number("seconds", 20), Number("warmup", 5), Value("label", ""));
    }
}
