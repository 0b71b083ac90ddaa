using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Bench.DirectoryQuality;

/// <summary>Every need searched with the product's search and with the keyword baseline, on the same data and filters.</summary>
public sealed record QualityRun(IReadOnlyList<NeedResult> Engine, IReadOnlyList<NeedResult> Baseline, int Services)
{
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
