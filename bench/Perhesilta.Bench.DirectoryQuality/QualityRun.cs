using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Bench.DirectoryQuality;

/// <summary>Every need searched with the product's search and with the keyword baseline, on the same data and filters.</summary>
public sealed record QualityRun(IReadOnlyList<NeedResult> Engine, IReadOnlyList<NeedResult> Baseline, int Services)
{
    public const int Depth = 3;

    public static ServiceSearchQuery QueryOf(Need need) =>
        new(need.Text, need.Language, need.Municipality, need.ChildAge is { } age ? [age] : [], [], Depth);

    public static async Task<IReadOnlyList<NeedResult>> EngineAsync(ServiceSearch search, IReadOnlyList<Need> needs)
    {
        var results = new List<NeedResult>();
        foreach (var need in needs)
        {
            var hits = await search.SearchAsync(QueryOf(need), CancellationToken.None);
            results.Add(new NeedResult(need, [.. hits.Select(h => h.ServiceTypes)]));
        }

        return results;
    }

    public static async Task<QualityRun> RunAsync(IServiceProvider services, IReadOnlyList<Need> needs)
    {
        var engine = await EngineAsync(services.GetRequiredService<ServiceSearch>(), needs);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var baseline = new KeywordBaseline(db);
        var keyword = new List<NeedResult>();
        foreach (var need in needs)
        {
            keyword.Add(new NeedResult(need, await baseline.SearchAsync(need.Text, need.Language, need.Municipality, need.ChildAge, Depth)));
        }

        return new QualityRun(engine, keyword, await db.Set<DirectoryService>().CountAsync());
    }
}
