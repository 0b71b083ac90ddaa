using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Bench.DirectoryQuality;

/// <summary>Every need searched with the product's search and with the keyword baseline, on the same data and filters.</summary>
public sealed record QualityRun(IReadOnlyList<NeedResult> Engine, IReadOnlyList<NeedResult> Baseline, int Services)
{
    /// <summary>Seeds a fresh database, searches every need both ways and prints the figures.</summary>
    public static async Task ReportAsync(IReadOnlyList<Need> needs, bool misses, JsonSerializerOptions json)
    {
        var folder = Directory.CreateTempSubdirectory("perhesilta-quality-");
        try
        {
            var started = Stopwatch.StartNew();
            await using var app = new BenchApp(Path.Combine(folder.FullName, "quality.db"));
            _ = app.Services;
            var seeded = started.Elapsed.TotalSeconds;
            var run = await RunAsync(app.Services, needs);
            foreach (var figure in QualityFigures.Of("engine", run.Engine).Concat(QualityFigures.Of("keyword baseline", run.Baseline)))
            {
                Console.WriteLine(JsonSerializer.Serialize(figure, json));
            }

            Console.WriteLine(JsonSerializer.Serialize(new { kind = "quality-run", seedSeconds = Math.Round(seeded, 1), services = run.Services }, json));

            // Only the tuning half's misses are shown: looking at the held-out half would make it a tuning set too.
            foreach (var miss in run.Engine.Where(r => misses && r.Need.IsTuning && !r.HitAt(QualitySet.Depth)))
            {
                await Console.Error.WriteLineAsync($"MISS {miss.Need.Id} [{string.Join(",", miss.Need.ExpectedServiceTypes)}] {miss.Need.Text}");
                await Console.Error.WriteLineAsync("     got " + string.Join(" | ", miss.ResultTypes.Select(t => string.Join(",", t))));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static async Task<QualityRun> RunAsync(IServiceProvider services, IReadOnlyList<Need> needs)
    {
        var engine = await QualitySet.SearchAsync(services.GetRequiredService<ServiceSearch>(), needs);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var baseline = new KeywordBaseline(db);
        var keyword = new List<NeedResult>();
        foreach (var need in needs)
        {
            keyword.Add(new NeedResult(need, await baseline.SearchAsync(need.Text, need.Language, need.Municipality, need.ChildAge, QualitySet.Depth)));
        }

        return new QualityRun(engine, keyword, await db.Set<DirectoryService>().CountAsync());
    }
}
