using Perhesilta.Platform.Text;

namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>
/// The active services, searchable: a text index per language (built when that language is first searched), the
/// services by municipality, and the taxonomy's topic → service-type relations. Immutable once built; a change to the
/// directory builds a new one (<see cref="ServiceSearch"/>).
/// </summary>
internal sealed class SearchIndex
{
    private readonly Dictionary<TextLanguage, Lazy<TextIndex>> texts;
    private readonly Dictionary<string, int[]> byMunicipality;
    private readonly int[] all;

    public SearchIndex(SearchSource source, TextAnalyzer analyzer)
    {
        Source = source;
        Services = source.Services;
        all = [.. Enumerable.Range(0, Services.Count)];
        byMunicipality = Enumerable.Range(0, Services.Count)
            .SelectMany(i => Services[i].Municipalities.Select(m => (m, i)))
            .GroupBy(p => p.m, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.i).ToArray(), StringComparer.Ordinal);
        texts = Enum.GetValues<TextLanguage>().ToDictionary(
            language => language,
            language => new Lazy<TextIndex>(() => new TextIndex(Documents(language.Code()), analyzer, language)));
    }

    public SearchSource Source { get; }

    public IReadOnlyList<SearchableService> Services { get; }

    public TextIndex Text(TextLanguage language) => texts[language].Value;

    /// <summary>The services serving <paramref name="municipalityCode"/> (all when null), by position in <see cref="Services"/>.</summary>
    public int[] Serving(string? municipalityCode) =>
        municipalityCode is null ? all : byMunicipality.GetValueOrDefault(municipalityCode) ?? [];

    /// <summary>What is indexed of a service, with each field's weight: its name most, then its types' names.</summary>
    private List<IReadOnlyList<(string Text, float Weight)>> Documents(string language) =>
        [.. Services.Select(s => (IReadOnlyList<(string, float)>)
        [
            (s.Name.In(language), SearchWeights.NameField),
            .. s.ServiceTypes.Select(t => (Source.ServiceTypeNames.GetValueOrDefault(t)?.In(language) ?? t, SearchWeights.ServiceTypeField)),
            (s.Description.In(language), SearchWeights.DescriptionField),
            (s.Eligibility.In(language), SearchWeights.EligibilityField),
        ])];
}

/// <summary>How much each signal counts; tuned on half of bench/directory-quality (see docs/BENCHMARKS.md).</summary>
internal static class SearchWeights
{
    public const float NameField = 3f;
    public const float ServiceTypeField = 2f;
    public const float DescriptionField = 1f;
    public const float EligibilityField = 0.5f;

    /// <summary>A query's words: base forms fully, roots at half weight, the everyday layer's terms nearly fully.</summary>
    public const float EverydayTerm = 0.8f;

    /// <summary>A word of the index one typo away from a query word that is not in the index.</summary>
    public const float NearTerm = 0.6f;

    /// <summary>A topic → service type relation at rank 0; later ranks count less.</summary>
    public const float Topic = 4f;

    /// <summary>A service type named outright by an everyday phrase of the query ("kuraattori").</summary>
    public const float EverydayServiceType = 3f;

    /// <summary>A service of the one municipality above a service of an area, above a county-wide one.</summary>
    public const float LocalService = 0.5f;

    public const float AreaService = 0.25f;

    /// <summary>Each service of a type already ranked above counts this much of its score.</summary>
    public const float RepeatedType = 0.75f;

    /// <summary>A service for a narrow age range around the child's age above one for all ages.</summary>
    public const float AgeFit = 0.3f;
}
