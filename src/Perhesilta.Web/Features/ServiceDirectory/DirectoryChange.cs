using System.Text.Json;
using System.Text.Json.Serialization;

namespace Perhesilta.Features.ServiceDirectory;

public enum DirectoryRecordKind
{
    Organization,

    Service,

    Location,
}

/// <summary>Where a change came from.</summary>
public enum DirectoryChangeSource
{
    /// <summary>A directory editor or administrator in the editing pages.</summary>
    Editor,

    /// <summary>An HSDS import.</summary>
    Import,

    /// <summary>The demo directory of the embedded default.</summary>
    Seed,
}

/// <summary>
/// One saved version of an organisation, a service or a location: who, when, from where, and the whole record as
/// it was after the change (<see cref="Snapshot"/>, JSON). What changed is the difference to the previous version.
/// Rows are never rewritten.
/// </summary>
public sealed class DirectoryChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DirectoryRecordKind RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public int Version { get; set; }

    public DateTime ChangedAt { get; set; }

    public string? ChangedByUserId { get; set; }

    public DirectoryChangeSource Source { get; set; }

    /// <summary>The record was removed from the directory by this change; <see cref="Snapshot"/> is the last state.</summary>
    public bool IsRemoval { get; set; }

    public required string Snapshot { get; set; }
}

/// <summary>
/// Saves a version: raises the record's <see cref="IVersionedDirectoryRecord.Version"/>, stamps who and when, and adds
/// the <see cref="DirectoryChange"/> with the record's snapshot, in the same unit of work as the change itself.
/// A service's snapshot includes its types, municipalities, locations and opening hours: load them first.
/// </summary>
public static class DirectoryHistory
{
    internal static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static DirectoryChange Record(
        Microsoft.EntityFrameworkCore.DbContext db,
        IVersionedDirectoryRecord record,
        DirectoryChangeSource source,
        string? userId,
        DateTime now,
        bool removal = false)
    {
        record.Version++;
        record.UpdatedAt = now;
        record.UpdatedByUserId = userId;
        var change = new DirectoryChange
        {
            RecordKind = KindOf(record),
            RecordId = record.Id,
            Version = record.Version,
            ChangedAt = now,
            ChangedByUserId = userId,
            Source = source,
            IsRemoval = removal,
            Snapshot = SnapshotOf(record),
        };
        db.Add(change);
        return change;
    }

    public static DirectoryRecordKind KindOf(IVersionedDirectoryRecord record) => record switch
    {
        DirectoryOrganization => DirectoryRecordKind.Organization,
        DirectoryService => DirectoryRecordKind.Service,
        DirectoryLocation => DirectoryRecordKind.Location,
        _ => throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "Not a directory record."),
    };

    /// <summary>The record as JSON, with collections in a stable order so that equal states give equal text.</summary>
    public static string SnapshotOf(IVersionedDirectoryRecord record) => record switch
    {
        DirectoryOrganization o => JsonSerializer.Serialize(
            new OrganizationSnapshot(o.Kind, o.Name, o.Description, o.Website, o.Email, o.Phone, o.MunicipalityCode),
            SnapshotJson),
        DirectoryService s => JsonSerializer.Serialize(
            new ServiceSnapshot(
                s.OrganizationId,
                s.Name,
                s.Description,
                s.Eligibility,
                s.Access,
                s.ApplicationProcess,
                s.MinAge,
                s.MaxAge,
                s.Phone,
                s.Email,
                s.Website,
                s.IsFree,
                s.Fees,
                [.. s.Languages.Order(StringComparer.Ordinal)],
                s.Status,
                s.CheckedOn,
                [.. s.ServiceTypes.Select(t => t.ServiceTypeCode).Order(StringComparer.Ordinal)],
                [.. s.Municipalities.Select(m => m.MunicipalityCode).Order(StringComparer.Ordinal)],
                [.. s.Locations.Select(l => l.LocationId).Order()],
                [.. s.OpeningHours
                    .OrderBy(h => h.LocationId).ThenBy(h => h.ValidFrom).ThenBy(h => h.Weekday).ThenBy(h => h.OpensAt)
                    .Select(h => new OpeningHoursSnapshot(h.LocationId, h.Weekday, h.ValidFrom, h.ValidTo, h.OpensAt, h.ClosesAt, h.IsClosed, h.Note))]),
            SnapshotJson),
        DirectoryLocation l => JsonSerializer.Serialize(
            new LocationSnapshot(l.OrganizationId, l.Name, l.Description, l.StreetAddress, l.PostalCode, l.City, l.MunicipalityCode, l.Latitude, l.Longitude, l.Accessibility),
            SnapshotJson),
        _ => throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "Not a directory record."),
    };

    public sealed record OrganizationSnapshot(
        OrganizationKind Kind, LocalizedText Name, LocalizedText Description, string? Website, string? Email, string? Phone, string? MunicipalityCode);

    public sealed record ServiceSnapshot(
        Guid OrganizationId,
        LocalizedText Name,
        LocalizedText Description,
        LocalizedText Eligibility,
        ServiceAccess Access,
        LocalizedText ApplicationProcess,
        int MinAge,
        int MaxAge,
        string? Phone,
        string? Email,
        string? Website,
        bool IsFree,
        LocalizedText Fees,
        IReadOnlyList<string> Languages,
        ServiceStatus Status,
        DateOnly CheckedOn,
        IReadOnlyList<string> ServiceTypes,
        IReadOnlyList<string> Municipalities,
        IReadOnlyList<Guid> Locations,
        IReadOnlyList<OpeningHoursSnapshot> OpeningHours);

    public sealed record OpeningHoursSnapshot(
        Guid? LocationId, int? Weekday, DateOnly? ValidFrom, DateOnly? ValidTo, TimeOnly? OpensAt, TimeOnly? ClosesAt, bool IsClosed, LocalizedText Note);

    public sealed record LocationSnapshot(
        Guid OrganizationId,
        LocalizedText Name,
        LocalizedText Description,
        string StreetAddress,
        string PostalCode,
        string City,
        string MunicipalityCode,
        double? Latitude,
        double? Longitude,
        LocalizedText Accessibility);
}
