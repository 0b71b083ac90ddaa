using System.Text.Json;
using Perhesilta.Features.ServiceDirectory;

namespace Perhesilta.Bench.DirectoryQuality;

/// <summary>One labelled need of bench/directory-quality/needs.json.</summary>
public sealed record Need(string Id, string Language, string Text, string Municipality, int? ChildAge, IReadOnlyList<string> ExpectedServiceTypes)
{
    /// <summary>
    /// The half the ranking was tuned on: needs with an odd number (fi-001, fi-003 …). The even half is held out and
    /// reported on its own, so that tuning cannot hide behind the overall figure.
    /// </summary>
    public bool IsTuning => int.Parse(Id[(Id.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 1;
}

/// <summary>What a search found for a need: the service types of its results, best first.</summary>
public sealed record NeedResult(Need Need, IReadOnlyList<IReadOnlyList<string>> ResultTypes)
{
    public bool HitAt(int k) => ResultTypes.Take(k).Any(types => types.Any(Need.ExpectedServiceTypes.Contains));
}

/// <summary>hit@1 and hit@3 of a set of results, overall and by language and half.</summary>
public sealed record QualityFigures(string Label, string Group, int Needs, double HitAt1, double HitAt3)
{
    public static IEnumerable<QualityFigures> Of(string label, IReadOnlyList<NeedResult> results)
    {
        var groups = new List<(string Name, Func<NeedResult, bool> Filter)>
        {
            ("all", _ => true),
            ("fi", r => r.Need.Language == "fi"),
            ("sv", r => r.Need.Language == "sv"),
            ("en", r => r.Need.Language == "en"),
            ("tuned half", r => r.Need.IsTuning),
            ("held-out half", r => !r.Need.IsTuning),
        };
        foreach (var (name, filter) in groups)
        {
            var group = results.Where(filter).ToList();
            if (group.Count > 0)
            {
                yield return new QualityFigures(label, name, group.Count, Rate(group, 1), Rate(group, 3));
            }
        }
    }

    private static double Rate(List<NeedResult> results, int k) => Math.Round(results.Count(r => r.HitAt(k)) / (double)results.Count, 3);
}

/// <summary>The labelled set and how the product's search is run on it (shared by the benchmark and the quality-gate test).</summary>
public static class QualitySet
{
    /// <summary>hit@3: results beyond the third are not looked at.</summary>
    public const int Depth = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<Need> Load(string path) =>
        JsonSerializer.Deserialize<List<Need>>(File.ReadAllText(path), Json) ?? throw new InvalidOperationException($"{path} is empty.");

    /// <summary>A need as a search: its text, language, municipality and the child's age when given; no topics chosen.</summary>
    public static ServiceSearchQuery QueryOf(Need need) =>
        new(need.Text, need.Language, need.Municipality, need.ChildAge is { } age ? [age] : [], [], Depth);

    public static async Task<IReadOnlyList<NeedResult>> SearchAsync(ServiceSearch search, IReadOnlyList<Need> needs)
    {
        var results = new List<NeedResult>();
        foreach (var need in needs)
        {
            var hits = await search.SearchAsync(QueryOf(need), CancellationToken.None);
            results.Add(new NeedResult(need, [.. hits.Select(h => h.ServiceTypes)]));
        }

        return results;
    }

    /// <summary>bench/directory-quality/needs.json, found from the working directory upwards.</summary>
    public static string DefaultPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "directory-quality", "needs.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("bench/directory-quality/needs.json was not found above " + AppContext.BaseDirectory);
    }
}
