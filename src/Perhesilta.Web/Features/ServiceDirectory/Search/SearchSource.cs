namespace Perhesilta.Features.ServiceDirectory.Search;

/// <summary>An active service as the search sees it.</summary>
internal sealed record SearchableService(
    Guid Id,
    LocalizedText Name,
    LocalizedText Description,
    LocalizedText Eligibility,
    IReadOnlyList<string> ServiceTypes,
    IReadOnlyList<string> Municipalities,
    int MinAge,
    int MaxAge);

/// <summary>What the index is built from: the active services and the taxonomy's names and relations.</summary>
/// <param name="TopicServiceTypes">For a topic, its service types in the taxonomy's rank order (0 = first).</param>
internal sealed record SearchSource(
    IReadOnlyList<SearchableService> Services,
    IReadOnlyDictionary<string, LocalizedText> ServiceTypeNames,
    IReadOnlyDictionary<string, LocalizedText> TopicNames,
    IReadOnlyDictionary<string, LocalizedText> MunicipalityNames,
    IReadOnlyDictionary<string, IReadOnlyList<string>> TopicServiceTypes);
