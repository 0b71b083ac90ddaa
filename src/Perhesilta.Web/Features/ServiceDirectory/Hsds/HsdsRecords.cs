using System.Text.Json;
using System.Text.Json.Serialization;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

// The HSDS 3.0 objects the directory writes and reads: the fields it uses, named as in the schemas (snake_case
// through HsdsJson.Options). A field left null is not written.

public sealed class HsdsOrganization
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public List<HsdsPhone>? Phones { get; set; }

    public List<HsdsAttributeLink>? Attributes { get; set; }
}

public sealed class HsdsService
{
    public string? Id { get; set; }

    public string? OrganizationId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public string? Email { get; set; }

    public string? Status { get; set; }

    public string? ApplicationProcess { get; set; }

    public string? FeesDescription { get; set; }

    public string? EligibilityDescription { get; set; }

    public double? MinimumAge { get; set; }

    public double? MaximumAge { get; set; }

    public string? AssuredDate { get; set; }

    public string? LastModified { get; set; }

    public List<HsdsPhone>? Phones { get; set; }

    public List<HsdsSchedule>? Schedules { get; set; }

    public List<HsdsServiceArea>? ServiceAreas { get; set; }

    public List<HsdsServiceAtLocation>? ServiceAtLocations { get; set; }

    public List<HsdsLanguage>? Languages { get; set; }

    public HsdsOrganization? Organization { get; set; }

    public List<HsdsCostOption>? CostOptions { get; set; }

    public List<HsdsAttributeLink>? Attributes { get; set; }
}

public sealed class HsdsLocation
{
    public string? Id { get; set; }

    public string? LocationType { get; set; }

    public string? OrganizationId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public List<HsdsAddress>? Addresses { get; set; }

    public List<HsdsAccessibility>? Accessibility { get; set; }

    public List<HsdsAttributeLink>? Attributes { get; set; }
}

public sealed class HsdsServiceAtLocation
{
    public string? Id { get; set; }

    public string? ServiceId { get; set; }

    public string? LocationId { get; set; }

    public List<HsdsSchedule>? Schedules { get; set; }

    public HsdsLocation? Location { get; set; }
}

public sealed class HsdsSchedule
{
    public string? Id { get; set; }

    public string? ServiceId { get; set; }

    public string? LocationId { get; set; }

    public string? ServiceAtLocationId { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidTo { get; set; }

    public string? Freq { get; set; }

    public string? Byday { get; set; }

    public string? OpensAt { get; set; }

    public string? ClosesAt { get; set; }

    public string? Notes { get; set; }

    public List<HsdsAttributeLink>? Attributes { get; set; }
}

public sealed class HsdsPhone
{
    public string? Id { get; set; }

    public string? ServiceId { get; set; }

    public string? OrganizationId { get; set; }

    public string? Number { get; set; }
}

public sealed class HsdsServiceArea
{
    public string? Id { get; set; }

    public string? ServiceId { get; set; }

    public string? Name { get; set; }

    public string? Extent { get; set; }

    public string? ExtentType { get; set; }
}

public sealed class HsdsLanguage
{
    public string? Id { get; set; }

    public string? ServiceId { get; set; }

    public string? Name { get; set; }

    public string? Code { get; set; }
}

public sealed class HsdsCostOption
{
    public string? Id { get; set; }

    public string? ServiceId { get; set; }

    public string? Option { get; set; }

    public string? Currency { get; set; }

    public double? Amount { get; set; }
}

public sealed class HsdsAddress
{
    public string? Id { get; set; }

    public string? LocationId { get; set; }

    [JsonPropertyName("address_1")]
    public string? Address1 { get; set; }

    public string? City { get; set; }

    public string? StateProvince { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? AddressType { get; set; }
}

public sealed class HsdsAccessibility
{
    public string? Id { get; set; }

    public string? LocationId { get; set; }

    public string? Description { get; set; }

    public List<HsdsAttributeLink>? Attributes { get; set; }
}

/// <summary>An HSDS 3.0 attribute: it links a record to a taxonomy term (there is no taxonomy_terms list on a service).</summary>
public sealed class HsdsAttributeLink
{
    public string? Id { get; set; }

    public string? LinkId { get; set; }

    public string? TaxonomyTermId { get; set; }

    public string? LinkType { get; set; }

    public string? LinkEntity { get; set; }

    public string? Value { get; set; }

    public HsdsTaxonomyTerm? TaxonomyTerm { get; set; }
}

public sealed class HsdsTaxonomyTerm
{
    public string? Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Taxonomy { get; set; }

    public string? TaxonomyId { get; set; }

    public string? Language { get; set; }

    public HsdsTaxonomy? TaxonomyDetail { get; set; }
}

public sealed class HsdsTaxonomy
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Version { get; set; }
}

/// <summary>
/// The export file: the organisations, locations and services of the directory (or of one organisation), each a
/// record of its own HSDS 3.0 schema, related by their ids.
/// </summary>
public sealed class HsdsPackage
{
    public string HsdsVersion { get; set; } = "3.0";

    public string? GeneratedAt { get; set; }

    public List<HsdsOrganization> Organizations { get; set; } = [];

    public List<HsdsLocation> Locations { get; set; } = [];

    public List<HsdsService> Services { get; set; } = [];
}

/// <summary>A page of an HSDS API list (the Page schema of the HSDS 3.0 OpenAPI document).</summary>
public sealed record HsdsPage<T>(
    int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public static class HsdsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
    };
}
