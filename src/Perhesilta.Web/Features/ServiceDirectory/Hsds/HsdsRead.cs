using Perhesilta.Features.Reference;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>What the reader needs of the reference data: municipalities by code and name, and each service type's usual access.</summary>
public sealed class HsdsReferenceData(IReadOnlyList<Municipality> municipalities, IReadOnlyDictionary<string, string> serviceTypeAccess)
{
    private readonly Dictionary<string, string> _byName = municipalities
        .SelectMany(m => new[] { (m.NameFi, m.Code), (m.NameSv ?? m.NameFi, m.Code) })
        .DistinctBy(n => n.Item1.ToUpperInvariant())
        .ToDictionary(n => n.Item1, n => n.Code, StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _codes = municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>A municipality named by its code or by its Finnish or Swedish name; otherwise the text as it is, which the rules then refuse.</summary>
    public string? Municipality(string? codeOrName)
    {
        var text = codeOrName?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return _codes.Contains(text) ? text : _byName.GetValueOrDefault(text, text);
    }

    public ServiceAccess AccessOf(string serviceType) =>
        serviceTypeAccess.GetValueOrDefault(serviceType) == "referral" ? ServiceAccess.Referral : ServiceAccess.Self;
}

/// <summary>
/// A record read from HSDS, and where each of its model fields came from, so that a rule broken by the mapped record
/// is reported at the HSDS field ("OpeningHours[2].ClosesAt" → "service_at_locations[0].schedules[1].closes_at").
/// </summary>
public sealed class HsdsRead<T>(T record)
{
    private static readonly Dictionary<string, string> Leaves = new(StringComparer.Ordinal)
    {
        ["Weekday"] = "byday",
        ["ValidFrom"] = "valid_from",
        ["ValidTo"] = "valid_to",
        ["OpensAt"] = "opens_at",
        ["ClosesAt"] = "closes_at",
        ["LocationId"] = "location_id",
        ["Note"] = "notes",
    };

    public T Record { get; } = record;

    public Dictionary<string, string> Paths { get; } = new(StringComparer.Ordinal);

    public string HsdsField(string modelField)
    {
        var parts = modelField.Split('.');
        var path = Paths.GetValueOrDefault(parts[0]) ?? Snake(parts[0]);
        foreach (var part in parts.Skip(1))
        {
            path += part switch
            {
                "Fi" => "",
                "Sv" or "En" => ":" + part.ToLowerInvariant(),
                _ => "." + (Leaves.GetValueOrDefault(part) ?? Snake(part)),
            };
        }

        return path;
    }

    private static string Snake(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
