using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.ServiceDirectory.Finder;

public sealed record ServiceAddress(Guid Id, string Name, string StreetAddress, string PostalCode, string City, string? Accessibility);

/// <summary>The hours of one place, with the place's name (null for the service's own hours, e.g. phone hours).</summary>
public sealed record ServiceHours(string? Place, HoursBlock Hours);

/// <summary>A service as the finder and the desk show it, in the reader's language.</summary>
public sealed record ServiceCard(
    Guid Id,
    string Name,
    string Description,
    string? Eligibility,
    ServiceAccess Access,
    string? ApplicationProcess,
    int MinAge,
    int MaxAge,
    string? Phone,
    string? Email,
    string? Website,
    bool IsFree,
    string? Fees,
    IReadOnlyList<string> Languages,
    string Organization,
    OrganizationKind OrganizationKind,
    IReadOnlyList<ServiceAddress> Addresses,
    IReadOnlyList<ServiceHours> Hours,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> ServiceTypes,
    ServiceStatus Status,
    DateOnly CheckedOn)
{
    /// <summary>The phone number as a <c>tel:</c> link wants it: digits and a leading plus only.</summary>
    public string? PhoneLink => Phone is null ? null : "tel:" + new string([.. Phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);

    /// <summary>Whether the service serves every age, so that no age range needs saying.</summary>
    public bool AllAges => MinAge == 0 && MaxAge >= DirectoryLimits.MaxAge;
}

/// <summary>Loads services for showing, in the order asked, in the reader's language; unknown ids are left out.</summary>
public sealed class ShowServices(PerhesiltaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ServiceCard>> HandleAsync(IReadOnlyList<Guid> ids, string closedText, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var services = await db.Set<DirectoryService>().AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Include(s => s.Organization)
            .Include(s => s.Locations).ThenInclude(l => l.Location)
            .Include(s => s.OpeningHours)
            .Include(s => s.Municipalities)
            .Include(s => s.ServiceTypes)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var municipalityCodes = services.SelectMany(s => s.Municipalities.Select(m => m.MunicipalityCode)).Distinct().ToList();
        var municipalities = await db.Set<Municipality>().AsNoTracking().Where(m => municipalityCodes.Contains(m.Code)).ToListAsync(cancellationToken);
        var typeCodes = services.SelectMany(s => s.ServiceTypes.Select(t => t.ServiceTypeCode)).Distinct().ToList();
        var types = await db.Set<ServiceType>().AsNoTracking().Where(t => typeCodes.Contains(t.Code)).ToListAsync(cancellationToken);

        var culture = CultureInfo.CurrentCulture;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var byId = services.ToDictionary(s => s.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id =>
        {
            var s = byId[id];
            var addresses = s.Locations.Where(l => l.Location is not null).Select(l => l.Location!)
                .OrderBy(l => l.Name.In(language), comparer)
                .Select(l => new ServiceAddress(l.Id, l.Name.In(language), l.StreetAddress, l.PostalCode, l.City, Optional(l.Accessibility, language)))
                .ToList();
            var hours = HoursSummary.Of(s.OpeningHours, today, culture, closedText)
                .Select(b => new ServiceHours(addresses.FirstOrDefault(a => a.Id == b.LocationId)?.Name, b))
                .ToList();
            return new ServiceCard(
                s.Id,
                s.Name.In(language),
                s.Description.In(language),
                Optional(s.Eligibility, language),
                s.Access,
                Optional(s.ApplicationProcess, language),
                s.MinAge,
                s.MaxAge,
                s.Phone,
                s.Email,
                s.Website,
                s.IsFree,
                s.IsFree ? null : Optional(s.Fees, language),
                [.. s.Languages.Select(LanguageName)],
                s.Organization?.Name.In(language) ?? "",
                s.Organization?.Kind ?? OrganizationKind.County,
                addresses,
                hours,
                [.. municipalities.Where(m => s.Municipalities.Any(a => a.MunicipalityCode == m.Code)).Select(m => m.LocalName()).Order(comparer)],
                [.. types.Where(t => s.ServiceTypes.Any(x => x.ServiceTypeCode == t.Code)).OrderBy(t => t.SortOrder).Select(t => t.LocalName())],
                s.Status,
                s.CheckedOn);
        })];
    }

    /// <summary>A language code as the reader's language names it: "sv" is "ruotsi" to a Finnish reader and "svenska" to a Swedish one.</summary>
    public static string LanguageName(string code)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(code).DisplayName;
            return name.StartsWith("Unknown", StringComparison.Ordinal) ? code : name;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static string? Optional(LocalizedText text, string language) => text.IsEmpty ? null : text.In(language);
}
