using System.Globalization;
using System.Text.Json;
using Perhesilta.Bench.Load;

// A load generator for the benchmarks, run as its own process against a server on loopback.
//   --url http://127.0.0.1:5101 --target api|form|baseline (--rate 100 | --concurrency 16) --seconds 30 [--warmup 5] [--label x]
//   --url … --target desk --data desk-bench.json [--queue-rate 10] [--contact-rate 20] [--concurrency 4] [--seconds 30]
//         [--peak-seconds 20] [--sessions 8] [--queue-paths "/desk,/desk?sort=respond-by"] [--pages contact,queue] [--label x]
// Fixed-rate runs measure latency from each request's scheduled start (no coordinated omission); fixed-concurrency
// runs find the peak throughput. Prints one JSON line per run.
var options = Options.Parse(args);
if (options.Target == "desk")
{
    return await DeskRun.RunAsync(options);
}

using var targets = new TargetFactory(options.Url);
var target = await targets.CreateAsync(options.Target, sessions: Math.Max(options.Concurrency, 32));
await Measurement.WarmUpAsync(target, TimeSpan.FromSeconds(options.WarmUpSeconds));
var figures = await Measurement.RunAsync(target, options.Rate, options.Concurrency, TimeSpan.FromSeconds(options.Seconds));
Console.WriteLine(Output.Report(options.Label, options.Target, options.Rate > 0 ? $"rate {options.Rate}/s" : $"concurrency {options.Concurrency}", figures));
return figures.Errors > figures.Requests / 100 ? 1 : 0;

internal sealed record Options(string Url, string Target, int Rate, int Concurrency, int Seconds, int WarmUpSeconds, string Label, Func<string, string, string> Value)
{
    public int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new Options(Value("url", "http://127.0.0.1:5101"), Value("target", "api"), Number("rate", 0), Number("concurrency", 16), Number("seconds", 20), Number("warmup", 5), Value("label", ""), Value);
    }
}

/// <summary>One run's figures as the JSON line bench/report.py reads.</summary>
internal static class Output
{
    public static string Report(string label, string target, string mode, Figures figures) => JsonSerializer.Serialize(new
    {
        label,
        target,
        mode,
        requests = figures.Requests,
        errors = figures.Errors,
        perSecond = figures.PerSecond,
        p50 = figures.P50,
        p95 = figures.P95,
        p99 = figures.P99,
    });
}
