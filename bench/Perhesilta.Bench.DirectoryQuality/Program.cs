using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Perhesilta.Bench.DirectoryQuality;

/// <summary>
/// The directory's search benchmarks (issue 5). Each command prints one JSON line per figure for bench/report.py.
/// <list type="bullet">
/// <item><c>quality [--needs PATH] [--misses]</c>: hit@1/hit@3 of the search and of a SQL LIKE keyword baseline on the
/// labelled needs, over the demo directory seeded into a fresh SQLite database; <c>--misses</c> lists the tuning
/// half's misses.</item>
/// <item><c>speed --db PATH [--services N]</c>: seeds the demo directory into PATH, adds generated services up to N
/// (5 000) and measures the in-process search.</item>
/// <item><c>http --url URL [--needs PATH]</c>: measures GET /api/v1/services/search of a running application.</item>
/// </list>
/// </summary>
internal static class DirectoryBench
{
    public static async Task<int> Main(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        var needs = Option("--needs") ?? QualitySet.DefaultPath();
        switch (args.FirstOrDefault() ?? "quality")
        {
            case "quality":
                await QualityRun.ReportAsync(QualitySet.Load(needs), args.Contains("--misses"), json);
                return 0;
            case "speed":
                await SpeedRun.InProcessAsync(
                    Option("--db") ?? throw new ArgumentException("--db is required"),
                    int.Parse(Option("--services") ?? "5000", CultureInfo.InvariantCulture),
                    json);
                return 0;
            case "http":
                await SpeedRun.HttpAsync(new Uri(Option("--url") ?? throw new ArgumentException("--url is required")), needs, json);
                return 0;
            default:
                await Console.Error.WriteLineAsync("Commands: quality, speed or http.");
                return 2;
        }
    }
}
