using Perhesilta.Features.Reference;

namespace Perhesilta.Features.ServiceDirectory;

/// <summary>Who runs an organisation; decides how the directory and the finder group it.</summary>
public enum OrganizationKind
{
    /// <summary>The wellbeing services county (hyvinvointialue) or one of its units.</summary>
    County,

    Municipality,

    /// <summary>järjestö: a non-governmental organisation.</summary>
    Ngo,

    /// <summary>seurakunta.</summary>
    Parish,

    /// <summary>A state agency, e.g. Kela or the legal aid office's debt advice.</summary>
    State,
}

/// <summary>How a family gets to a service (taxonomy "access").</summary>
public enum ServiceAccess
{
    /// <summary>The family contacts the service itself (itseohjautuvasti).</summary>
    Self,

    /// <summary>Needs a referral or a decision, e.g. from a doctor or a social worker.</summary>
    Referral,
}

/// <summary>HSDS service.status.</summary>
public enum ServiceStatus
{
    Active,

    Inactive,

    Defunct,

    TemporarilyClosed,
}

/// <summary>Something of the directory whose every change is kept (<see cref="DirectoryChange"/>).</summary>
public interface IVersionedDirectoryRecord
{
    Guid Id { get; }

    /// <summary>1 for the first saved version, raised by one at every change; also the optimistic concurrency token.</summary>
    int Version { get; set; }

    DateTime UpdatedAt { get; set; }

    /// <summary>Null when the change came from an import or the demo seed.</summary>
    string? UpdatedByUserId { get; set; }
}

/// <summary>An organisation that provides services: the county, a municipality, an NGO, a parish or a state agency (HSDS organization).</summary>
public sealed class DirectoryOrganization : IVersionedDirectoryRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public OrganizationKind Kind { get; set; }

    public LocalizedText Name { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    public string? Website { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>For a municipality or a parish: the municipality it belongs to.</summary>
    public string? MunicipalityCode { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedByUserId { get; set; }

    public List<DirectoryService> Services { get; } = [];

    public List<DirectoryLocation> Locations { get; } = [];
}

/// <summary>A service a family can be guided to (HSDS service).</summary>
public sealed class DirectoryService : IVersionedDirectoryRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public DirectoryOrganization? Organization { get; set; }

    public LocalizedText Name { get; set; } = new();

    /// <summary>What the service offers.</summary>
    public LocalizedText Description { get; set; } = new();

    /// <summary>Who it is for (HSDS eligibility_description).</summary>
    public LocalizedText Eligibility { get; set; } = new();

    public ServiceAccess Access { get; set; }

    /// <summary>How to get there: book a time, call, drop in, ask for a referral (HSDS application_process).</summary>
    public LocalizedText ApplicationProcess { get; set; } = new();

    /// <summary>The youngest age served, in whole years (0 = from birth; the maternity clinic serves the expecting family).</summary>
    public int MinAge { get; set; }

    /// <summary>The oldest age served, in whole years; at most <see cref="DirectoryLimits.MaxAge"/>.</summary>
    public int MaxAge { get; set; } = DirectoryLimits.MaxAge;

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public bool IsFree { get; set; } = true;

    /// <summary>What it costs when it is not free (HSDS fees_description).</summary>
    public LocalizedText Fees { get; set; } = new();

    /// <summary>The languages the service is given in, ISO 639-1 codes ("fi", "sv", "en", "se", "ar" …).</summary>
    public List<string> Languages { get; set; } = [];

    public ServiceStatus Status { get; set; } = ServiceStatus.Active;

    /// <summary>When someone last confirmed that the information is true; the stale list shows those past 12 months.</summary>
    public DateOnly CheckedOn { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedByUserId { get; set; }

    public List<DirectoryServiceType> ServiceTypes { get; } = [];

    /// <summary>The municipalities whose families the service serves; a service is never offered elsewhere.</summary>
    public List<DirectoryServiceArea> Municipalities { get; } = [];

    public List<ServiceAtLocation> Locations { get; } = [];

    public List<OpeningHours> OpeningHours { get; } = [];
}

/// <summary>A service's classification with a taxonomy service-type code.</summary>
public sealed class DirectoryServiceType
{
    public Guid ServiceId { get; set; }

    public required string ServiceTypeCode { get; set; }

    public ServiceType? ServiceType { get; set; }
}

/// <summary>A municipality a service covers (HSDS service_area).</summary>
public sealed class DirectoryServiceArea
{
    public Guid ServiceId { get; set; }

    public required string MunicipalityCode { get; set; }

    public Municipality? Municipality { get; set; }
}

/// <summary>A place where services are given (HSDS location, physical).</summary>
public sealed class DirectoryLocation : IVersionedDirectoryRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public DirectoryOrganization? Organization { get; set; }

    public LocalizedText Name { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    public required string StreetAddress { get; set; }

    public required string PostalCode { get; set; }

    /// <summary>The postal locality (postitoimipaikka), e.g. "Oulu".</summary>
    public required string City { get; set; }

    public required string MunicipalityCode { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Accessibility of the premises (HSDS accessibility), e.g. step-free entrance, induction loop.</summary>
    public LocalizedText Accessibility { get; set; } = new();

    public int Version { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedByUserId { get; set; }
}

/// <summary>A service given at a location (HSDS service_at_location).</summary>
public sealed class ServiceAtLocation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public Guid LocationId { get; set; }

    public DirectoryLocation? Location { get; set; }
}

/// <summary>
/// Opening hours (HSDS schedule). A weekly row has <see cref="Weekday"/> and no dates; an exception (a holiday, a
/// summer closure, a different day) has <see cref="ValidFrom"/>–<see cref="ValidTo"/> and overrides the weekly rows on
/// those dates. Either is closed, or open from <see cref="OpensAt"/> to a later <see cref="ClosesAt"/>.
/// </summary>
public sealed class OpeningHours
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    /// <summary>The location the hours are for; null for the service's own hours, e.g. its phone hours.</summary>
    public Guid? LocationId { get; set; }

    /// <summary>ISO weekday, 1 = Monday … 7 = Sunday, for a weekly row.</summary>
    public int? Weekday { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public TimeOnly? OpensAt { get; set; }

    public TimeOnly? ClosesAt { get; set; }

    public bool IsClosed { get; set; }

    /// <summary>E.g. "puhelinaika", "juhannus"; shown next to the hours.</summary>
    public LocalizedText Note { get; set; } = new();

    public bool IsException => ValidFrom is not null;
}

public static class DirectoryLimits
{
    public const int MaxAge = 120;

    public const int Name = 300;

    public const int Description = 4000;

    public const int ShortText = 1000;

    public const int Contact = 320;

    public const int Code = 64;

    /// <summary>A search text longer than this is refused rather than cut; nobody types a need this long.</summary>
    public const int Query = 1000;

    /// <summary>Information not checked within this many months is on the stale list.</summary>
    public const int StaleAfterMonths = 12;
}
