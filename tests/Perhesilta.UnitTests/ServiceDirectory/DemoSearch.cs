using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Perhesilta.Features.Demo;
using Perhesilta.Features.Reference;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Features.ServiceDirectory.Search;
using Perhesilta.Platform.Text;
using Perhesilta.UnitTests.Infrastructure;
using Perhesilta.UnitTests.Text;

namespace Perhesilta.UnitTests.ServiceDirectory;

/// <summary>
/// The demo directory built from the shipped catalogue and reference files, without a database, and the search over
/// it as the application ranks it: the engine's rules tested on realistic data in milliseconds.
/// </summary>
internal static class DemoSearch
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    private static readonly Lazy<Reference> Files = new(LoadReference);
    private static readonly Lazy<DemoDirectoryBuilder.Built> Built = new(() =>
        new DemoDirectoryBuilder(DemoDirectoryCatalogue.Load(), Files.Value.Municipalities, Files.Value.Types, Today).Build());

    private static readonly Lazy<SearchIndex> Index = new(() => new SearchIndex(Source(), SharedAnalyzer.Analyzer));
    private static readonly Lazy<ServiceRanking> Ranking = new(() =>
        new ServiceRanking(SharedAnalyzer.Analyzer, EverydayWords.Load().ToDictionary(c => c.Id, StringComparer.Ordinal)));

    public static DemoDirectoryBuilder.Built DemoDirectory => Built.Value;

    public static IReadOnlyList<Municipality> Municipalities => Files.Value.Municipalities;

    public static IReadOnlyDictionary<string, ServiceType> ServiceTypes => Files.Value.Types;

    public static IReadOnlyList<ServiceSearchHit> Search(string? text, string language = "fi", string? municipality = "244", int[]? ages = null, string[]? topics = null, int limit = 10) =>
        Ranking.Value.Rank(Index.Value, new ServiceSearchQuery(text, language, municipality, ages ?? [], topics ?? [], limit), Wording(language));

    public static IReadOnlyList<ServiceSearchHit> Search(ServiceSearchQuery query) =>
        Ranking.Value.Rank(Index.Value, query, Wording(query.AnswerLanguage ?? query.Language));

    public static SearchWording Wording(string language)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "" }), NullLoggerFactory.Instance);
        return SearchWording.For(new StringLocalizer<SearchText>(factory), language);
    }

    private static SearchSource Source()
    {
        var reference = Files.Value;
        var services = DemoDirectory.Services.Select(s => new SearchableService(
            s.Id, s.Name, s.Description, s.Eligibility,
            [.. s.ServiceTypes.Select(t => t.ServiceTypeCode)], [.. s.Municipalities.Select(m => m.MunicipalityCode)], s.MinAge, s.MaxAge)).ToList();
        return new SearchSource(
            services,
            reference.Types.Values.ToDictionary(t => t.Code, t => LocalizedText.Of(t.NameFi, t.NameSv, t.NameEn), StringComparer.Ordinal),
            reference.Topics,
            reference.Municipalities.ToDictionary(m => m.Code, m => LocalizedText.Of(m.NameFi, m.NameSv), StringComparer.Ordinal),
            reference.TopicServiceTypes);
    }

    private static Reference LoadReference()
    {
        using var taxonomy = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.WebProject, "Reference", "taxonomy.json")));
        using var places = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.WebProject, "Reference", "municipalities.json")));
        string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value.GetString() : null;

        var areas = places.RootElement.GetProperty("areas").EnumerateArray().Select((a, i) => new Area
        {
            Id = i + 1,
            Code = Text(a, "code")!,
            NameFi = Text(a, "fi")!,
            NameSv = Text(a, "sv"),
            NameEn = Text(a, "en"),
        }).ToDictionary(a => a.Code, StringComparer.Ordinal);
        var municipalities = places.RootElement.GetProperty("municipalities").EnumerateArray().Select(m => new Municipality
        {
            Code = Text(m, "code")!,
            NameFi = Text(m, "fi")!,
            NameSv = Text(m, "sv"),
            SubRegionCode = Text(m, "area")!,
            Area = areas[Text(m, "area")!],
            AreaId = areas[Text(m, "area")!].Id,
        }).OrderBy(m => m.Code, StringComparer.Ordinal).ToList();
        var types = taxonomy.RootElement.GetProperty("serviceTypes").EnumerateArray().Select(t => new ServiceType
        {
            Code = Text(t, "code")!,
            NameFi = Text(t, "fi")!,
            NameSv = Text(t, "sv"),
            NameEn = Text(t, "en"),
            Provider = Text(t, "provider")!,
            Access = Text(t, "access")!,
            MinAge = t.GetProperty("ages")[0].GetInt32(),
            MaxAge = t.GetProperty("ages")[1].GetInt32(),
        }).ToDictionary(t => t.Code, StringComparer.Ordinal);
        var topics = taxonomy.RootElement.GetProperty("topics").EnumerateArray()
            .ToDictionary(t => Text(t, "code")!, t => LocalizedText.Of(Text(t, "fi"), Text(t, "sv"), Text(t, "en")), StringComparer.Ordinal);
        var relations = taxonomy.RootElement.GetProperty("topicServiceTypes").EnumerateObject()
            .ToDictionary(p => p.Name, p => (IReadOnlyList<string>)[.. p.Value.EnumerateArray().Select(v => v.GetString()!)], StringComparer.Ordinal);
        return new Reference(municipalities, types, topics, relations);
    }

    private sealed record Reference(
        IReadOnlyList<Municipality> Municipalities,
        IReadOnlyDictionary<string, ServiceType> Types,
        IReadOnlyDictionary<string, LocalizedText> Topics,
        IReadOnlyDictionary<string, IReadOnlyList<string>> TopicServiceTypes);
}
