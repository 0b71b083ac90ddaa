using System.Diagnostics;
using System.Text.Json;

namespace Perhesilta.Bench.DirectoryQuality;

// The directory's search benchmarks (issue 5).
//   quality [--needs PATH] [--misses]   hit@1/hit@3 of the search and of a SQL LIKE keyword baseline on the labelled
//                                       needs, over the demo directory seeded into a fresh SQLite database
//   speed --db PATH [--services N]      seeds the demo directory into PATH, adds generated services up to N (5 000)
//                                       and measures the in-process search's latency
//   http --url URL --db PATH            measures the latency of GET /api/v1/services/search of a running application
// Each prints one JSON line per figure on standard output, for bench/report.py.
internal static class DirectoryBench
{
    public static async Task<int> Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "quality";
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        switch (command)
        {
            case "quality":
            {
                var needs = QualitySet.Load(Option("--needs") ?? QualitySet.DefaultPath());
                var folder = Directory.CreateTempSubdirectory("perhesilta-quality-");
                try
                {
                    var started = Stopwatch.StartNew();
                    await using var app = new BenchApp(Path.Combine(folder.FullName, "quality.db"));
                    _ = app.Services;
                    var seeded = started.Elapsed.TotalSeconds;
                    var run = await QualityRun.RunAsync(app.Services, needs);
                    Console.Error.WriteLine($"Started and seeded in {seeded:0.0} s; {needs.Count} needs searched.");
                    foreach (var figure in QualityFigures.Of("engine", run.Engine).Concat(QualityFigures.Of("keyword baseline", run.Baseline)))
                    {
                        Console.WriteLine(JsonSerializer.Serialize(figure, json));
                    }

                    Console.WriteLine(JsonSerializer.Serialize(new { kind = "quality-run", seedSeconds = Math.Round(seeded, 1), services = run.Services }, json));
                    if (args.Contains("--misses"))
                    {
                        // Only the tuned half's misses are shown: looking at the held-out half would make it a tuning set too.
                        foreach (var miss in run.Engine.Where(r => r.Need.IsTuning && !r.HitAt(3)))
                        {
                            Console.Error.WriteLine($"MISS {miss.Need.Id} [{string.Join(",", miss.Need.ExpectedServiceTypes)}] {miss.Need.Text}");
                            Console.Error.WriteLine("     got " + string.Join(" | ", miss.ResultTypes.Select(t => string.Join(",", t))));
                        }
                    }
                }
                finally
                {
                    folder.Delete(recursive: true);
                }

                break;
            }

            case "speed":
                await SpeedRun.InProcessAsync(Option("--db") ?? throw new ArgumentException("--db is required"), int.Parse(Option("--services") ?? "5000", System.Globalization.CultureInfo.InvariantCulture), json);
                break;

            case "http":
                await SpeedRun.HttpAsync(
                    new Uri(Option("--url") ?? throw new ArgumentException("--url is required")),
                    Option("--needs") ?? QualitySet.DefaultPath(),
                    json);
                break;

            default:
                Console.Error.WriteLine($"Unknown command {command}: quality, speed or http.");
                return 2;
        }

        return 0;
    }
}
