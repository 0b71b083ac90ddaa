using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>The location form as typed; <see cref="Version"/> is the version the editor opened.</summary>
public sealed class LocationInput
{
    public int Version { get; set; }

    public LocalizedText Name { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    public string? StreetAddress { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? MunicipalityCode { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public LocalizedText Accessibility { get; set; } = new();

    public static LocationInput From(DirectoryLocation l) => new()
    {
        Version = l.Version,
        Name = l.Name.Copy(),
        Description = l.Description.Copy(),
        StreetAddress = l.StreetAddress,
        PostalCode = l.PostalCode,
        City = l.City,
        MunicipalityCode = l.MunicipalityCode,
        Latitude = Typed.Coordinate(l.Latitude),
        Longitude = Typed.Coordinate(l.Longitude),
        Accessibility = l.Accessibility.Copy(),
    };
}

/// <summary>An editor adds a location (a place where an organisation's services are given) or changes one.</summary>
public sealed class SaveLocation(
    PerhesiltaDbContext db,
    SaveConflicts saving,
    TimeProvider clock,
    IStringLocalizer<DirectoryText> rules,
    IStringLocalizer<EditingText> text)
{
    /// <summary>Adds a location to <paramref name="organizationId"/> when <paramref name="id"/> is null, otherwise saves a new version of it.</summary>
    public async Task<SaveResult> HandleAsync(Guid? id, Guid organizationId, LocationInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new EditorErrors();
        DirectoryLocation? location;
        if (id is { } existing)
        {
            location = await db.Set<DirectoryLocation>().SingleOrDefaultAsync(l => l.Id == existing, cancellationToken);
        }
        else
        {
            location = await db.Set<DirectoryOrganization>().AnyAsync(o => o.Id == organizationId, cancellationToken)
                ? new DirectoryLocation { OrganizationId = organizationId, StreetAddress = "", PostalCode = "", City = "", MunicipalityCode = "" }
                : null;
        }

        if (location is null)
        {
            return new SaveResult(errors, NotFound: true);
        }

        var candidate = new DirectoryLocation
        {
            Id = location.Id,
            OrganizationId = location.OrganizationId,
            Name = Typed.Clean(input.Name),
            Description = Typed.Clean(input.Description),
            StreetAddress = Typed.Clean(input.StreetAddress) ?? "",
            PostalCode = Typed.Clean(input.PostalCode) ?? "",
            City = Typed.Clean(input.City) ?? "",
            MunicipalityCode = Typed.Clean(input.MunicipalityCode) ?? "",
            Accessibility = Typed.Clean(input.Accessibility),
        };
        foreach (var (field, typed) in new[] { ("Latitude", input.Latitude), ("Longitude", input.Longitude) })
        {
            if (!Typed.TryCoordinate(typed, out var value))
            {
                errors.Add(FieldIds.Of(field), FieldLabels.For(field, text), text["Error.Coordinate"]);
            }
            else if (field == "Latitude")
            {
                candidate.Latitude = value;
            }
            else
            {
                candidate.Longitude = value;
            }
        }

        var codes = await DirectoryCodes.LoadAsync(db, cancellationToken);
        FieldLabels.AddRuleErrors(errors, DirectoryRules.Check(candidate, codes, DirectoryDates.Today(clock)), field => field, rules, text);
        if (errors.Any)
        {
            return new SaveResult(errors);
        }

        DirectoryRecords.CopyContent(candidate, location);
        if (id is null)
        {
            db.Add(location);
        }

        var conflict = await saving.SaveAsync(location, input.Version, userId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new SaveResult(errors, location.Id, conflict);
    }
}
