using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>
/// The areas and single municipalities a member of staff serves (the same scope as <see cref="ContactScope.ServedBy"/>),
/// read once so that the queue's queries filter contacts by plain lists an index can use.
/// </summary>
public sealed record ServedPlaces(IReadOnlyList<int> AreaIds, IReadOnlyList<string> MunicipalityCodes)
{
    public static async Task<ServedPlaces> LoadAsync(PerhesiltaDbContext db, string userId, CancellationToken cancellationToken)
    {
        var areaIds = await db.Set<StaffArea>().Where(a => a.UserId == userId).Select(a => a.AreaId).ToListAsync(cancellationToken);
        var municipalities = await db.Set<StaffMunicipality>().Where(m => m.UserId == userId).Select(m => m.MunicipalityCode).ToListAsync(cancellationToken);
        return new ServedPlaces(areaIds, municipalities);
    }

    public bool IsEmpty => AreaIds.Count == 0 && MunicipalityCodes.Count == 0;
}

internal static class ServedPlacesQueries
{
    /// <summary>The contacts of the open statuses, written as an IN list of constants so the status-led indexes apply.</summary>
    public static IQueryable<Contact> Open(this IQueryable<Contact> contacts) =>
        contacts.Where(c => c.Status == ContactStatus.Received || c.Status == ContactStatus.InProgress || c.Status == ContactStatus.Contacted);

    /// <summary>Those not yet contacted: the response target still runs for them.</summary>
    public static bool AwaitsResponse(ContactStatus status) => status is ContactStatus.Received or ContactStatus.InProgress;

    public static IQueryable<Contact> In(this IQueryable<Contact> contacts, ServedPlaces places)
    {
        var areaIds = places.AreaIds.ToList();
        var municipalities = places.MunicipalityCodes.ToList();
        return municipalities.Count == 0
            ? contacts.Where(c => areaIds.Contains(c.AreaId))
            : contacts.Where(c => areaIds.Contains(c.AreaId) || municipalities.Contains(c.MunicipalityCode));
    }
}
