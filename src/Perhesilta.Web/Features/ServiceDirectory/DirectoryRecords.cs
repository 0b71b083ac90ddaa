using Microsoft.EntityFrameworkCore;

namespace Perhesilta.Features.ServiceDirectory;

/// <summary>
/// Brings a stored record to the content of a checked candidate (from the editing pages or an import), the one way:
/// every field its snapshot holds, and a service's rows. Identity, version and who-changed stay; the caller saves
/// through <see cref="DirectoryHistory.Record"/>.
/// </summary>
public static class DirectoryRecords
{
    /// <summary>Services with every row their snapshot (and their HSDS record) holds: types, municipalities, locations, opening hours.</summary>
    public static IQueryable<DirectoryService> WithRows(this IQueryable<DirectoryService> services) => services
        .Include(s => s.ServiceTypes)
        .Include(s => s.Municipalities)
        .Include(s => s.Locations)
        .Include(s => s.OpeningHours)
        .AsSplitQuery();

    public static void CopyContent(DirectoryOrganization from, DirectoryOrganization to)
    {
        to.Kind = from.Kind;
        to.Name = from.Name;
        to.Description = from.Description;
        to.Website = from.Website;
        to.Email = from.Email;
        to.Phone = from.Phone;
        to.MunicipalityCode = from.MunicipalityCode;
    }

    public static void CopyContent(DirectoryLocation from, DirectoryLocation to)
    {
        to.OrganizationId = from.OrganizationId;
        to.Name = from.Name;
        to.Description = from.Description;
        to.StreetAddress = from.StreetAddress;
        to.PostalCode = from.PostalCode;
        to.City = from.City;
        to.MunicipalityCode = from.MunicipalityCode;
        to.Latitude = from.Latitude;
        to.Longitude = from.Longitude;
        to.Accessibility = from.Accessibility;
    }

    /// <summary>Also the service's types, municipalities, locations and opening hours; <paramref name="to"/> must have them loaded.</summary>
    public static void CopyContent(DbContext db, DirectoryService from, DirectoryService to)
    {
        to.OrganizationId = from.OrganizationId;
        to.Name = from.Name;
        to.Description = from.Description;
        to.Eligibility = from.Eligibility;
        to.Access = from.Access;
        to.ApplicationProcess = from.ApplicationProcess;
        to.MinAge = from.MinAge;
        to.MaxAge = from.MaxAge;
        to.Phone = from.Phone;
        to.Email = from.Email;
        to.Website = from.Website;
        to.IsFree = from.IsFree;
        to.Fees = from.Fees;
        to.Languages = [.. from.Languages];
        to.Status = from.Status;
        to.CheckedOn = from.CheckedOn;

        // Rows keyed by code (or location) are kept where they stay: removing and adding the same key in one unit of work would collide.
        Sync(db, to.ServiceTypes, from.ServiceTypes, t => t.ServiceTypeCode);
        Sync(db, to.Municipalities, from.Municipalities, m => m.MunicipalityCode);
        Sync(db, to.Locations, from.Locations, l => l.LocationId);
        to.OpeningHours.Clear();
        foreach (var hours in from.OpeningHours)
        {
            Added(db, to.OpeningHours, hours);
        }
    }

    private static void Sync<T, TKey>(DbContext db, List<T> current, List<T> wanted, Func<T, TKey> key)
        where T : class
    {
        var wantedKeys = wanted.Select(key).ToHashSet();
        current.RemoveAll(item => !wantedKeys.Contains(key(item)));
        var currentKeys = current.Select(key).ToHashSet();
        foreach (var item in wanted.Where(item => !currentKeys.Contains(key(item))))
        {
            Added(db, current, item);
        }
    }

    /// <summary>
    /// Adds a new row as new: found only through the collection, a row whose generated key is already set (a Guid
    /// made in code) would be taken for an existing one and updated instead of inserted.
    /// </summary>
    private static void Added<T>(DbContext db, List<T> collection, T item)
        where T : class
    {
        db.Add(item);
        collection.Add(item);
    }
}
