using System.Text.Json;
using System.Text.Json.Serialization;
using Perhesilta.Features.ServiceDirectory;

namespace Perhesilta.Features.Demo;

/// <summary>
/// The demo directory's templates (Features/Demo/demo-directory.json): organisations, and services that become one
/// service per municipality, per area or one for the whole county.
/// </summary>
internal sealed record DemoDirectoryCatalogue(
    IReadOnlyDictionary<string, DemoPlace> Places,
    IReadOnlyDictionary<string, string> AreaCentres,
    IReadOnlyList<string> Streets,
    IReadOnlyList<DemoOrganisation> Organisations,
    IReadOnlyList<DemoServiceTemplate> Services)
{
    public const string ResourceName = "Perhesilta.Features.Demo.demo-directory.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static DemoDirectoryCatalogue Load()
    {
        using var stream = typeof(DemoDirectoryCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<DemoDirectoryCatalogue>(stream, Options)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }
}

/// <summary>A municipality's name in the genitive ("Kempeleen"), whether it is a town, and its postal code.</summary>
internal sealed record DemoPlace(string Genitive, bool Town, string PostalCode);

internal sealed record DemoOrganisation(
    string Key,
    OrganizationKind Kind,
    DemoText Name,
    DemoText Description,
    string Website,
    string Email,
    DemoText Location,
    bool PerArea = false,
    bool PerMunicipality = false);

/// <param name="Scope">"municipality", "area" or "county".</param>
/// <param name="Hours">The weekly pattern: clinic, school, office, evening, morning, allday or helpline.</param>
/// <param name="Ages">Overrides the ages of the service types, e.g. a parish's family club for small children.</param>
internal sealed record DemoServiceTemplate(
    IReadOnlyList<string> Types,
    string Organisation,
    string Scope,
    string Hours,
    IReadOnlyList<string> Languages,
    DemoText Name,
    DemoText Description,
    DemoText Eligibility,
    DemoText Process,
    DemoText? Fees = null,
    bool Free = true,
    IReadOnlyList<int>? Ages = null);

internal sealed record DemoText(string Fi, string Sv, string En)
{
    /// <summary>The text with {place} (and {owner}) filled in, language by language.</summary>
    public LocalizedText With(DemoText? place = null, DemoText? owner = null) => LocalizedText.Of(
        Fill(Fi, place?.Fi, owner?.Fi), Fill(Sv, place?.Sv, owner?.Sv), Fill(En, place?.En, owner?.En));

    private static string Fill(string text, string? place, string? owner) => text
        .Replace("{place}", place, StringComparison.Ordinal)
        .Replace("{owner}", owner, StringComparison.Ordinal);
}
