using Microsoft.EntityFrameworkCore;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>
/// Brings a stored record to what an import read, when the two differ: compared by their history snapshots
/// (<see cref="DirectoryHistory.SnapshotOf"/>), so a record that says the same is left alone, version and all.
/// </summary>
internal static class HsdsChanges
{
    /// <returns>The record to version, or null when nothing changed; and whether it is new.</returns>
    public static (IVersionedDirectoryRecord? Saved, bool IsNew) Apply(DbContext db, DirectoryOrganization read, DirectoryOrganization? stored) =>
        Apply(db, read, stored, Copy);

    public static (IVersionedDirectoryRecord? Saved, bool IsNew) Apply(DbContext db, DirectoryLocation read, DirectoryLocation? stored) =>
        Apply(db, read, stored, Copy);

    public static (IVersionedDirectoryRecord? Saved, bool IsNew) Apply(DbContext db, DirectoryService read, DirectoryService? stored) =>
        Apply(db, read, stored, (r, s) => Copy(db, r, s));

    private static (IVersionedDirectoryRecord? Saved, bool IsNew) Apply<T>(DbContext db, T read, T? stored, Action<T, T> copy)
        where T : class, IVersionedDirectoryRecord
    {
        if (stored is null)
        {
            db.Add(read);
            return (read, true);
        }

        if (DirectoryHistory.SnapshotOf(read) == DirectoryHistory.SnapshotOf(stored))
        {
            return (null, false);
        }

        copy(read, stored);
        return (stored, false);
    }

    private static void Copy(DirectoryOrganization read, DirectoryOrganization stored)
    {
        stored.Kind = read.Kind;
        stored.Name = read.Name;
        stored.Description = read.Description;
        stored.Website = read.Website;
        stored.Email = read.Email;
        stored.Phone = read.Phone;
        stored.MunicipalityCode = read.MunicipalityCode;
    }

    private static void Copy(DirectoryLocation read, DirectoryLocation stored)
    {
        stored.OrganizationId = read.OrganizationId;
        stored.Name = read.Name;
        stored.Description = read.Description;
        stored.StreetAddress = read.StreetAddress;
        stored.PostalCode = read.PostalCode;
        stored.City = read.City;
        stored.MunicipalityCode = read.MunicipalityCode;
        stored.Latitude = read.Latitude;
        stored.Longitude = read.Longitude;
        stored.Accessibility = read.Accessibility;
    }

    private static void Copy(DbContext db, DirectoryService read, DirectoryService stored)
    {
        stored.OrganizationId = read.OrganizationId;
        stored.Name = read.Name;
        stored.Description = read.Description;
        stored.Eligibility = read.Eligibility;
        stored.Access = read.Access;
        stored.ApplicationProcess = read.ApplicationProcess;
        stored.MinAge = read.MinAge;
        stored.MaxAge = read.MaxAge;
        stored.Phone = read.Phone;
        stored.Email = read.Email;
        stored.Website = read.Website;
        stored.IsFree = read.IsFree;
        stored.Fees = read.Fees;
        stored.Languages = [.. read.Languages];
        stored.Status = read.Status;
        stored.CheckedOn = read.CheckedOn;

        // Rows keyed by their code (or location) are kept where they stay, so no key is deleted and added in one save.
        var types = read.ServiceTypes.Select(t => t.ServiceTypeCode).ToHashSet(StringComparer.Ordinal);
        stored.ServiceTypes.RemoveAll(t => !types.Contains(t.ServiceTypeCode));
        var newTypes = read.ServiceTypes.Where(t => stored.ServiceTypes.All(s => s.ServiceTypeCode != t.ServiceTypeCode)).ToList();
        stored.ServiceTypes.AddRange(newTypes);
        db.AddRange(newTypes);
        var municipalities = read.Municipalities.Select(m => m.MunicipalityCode).ToHashSet(StringComparer.Ordinal);
        stored.Municipalities.RemoveAll(m => !municipalities.Contains(m.MunicipalityCode));
        var newMunicipalities = read.Municipalities.Where(m => stored.Municipalities.All(s => s.MunicipalityCode != m.MunicipalityCode)).ToList();
        stored.Municipalities.AddRange(newMunicipalities);
        db.AddRange(newMunicipalities);
        var locations = read.Locations.Select(l => l.LocationId).ToHashSet();
        stored.Locations.RemoveAll(l => !locations.Contains(l.LocationId));
        var newLocations = read.Locations.Where(l => stored.Locations.All(s => s.LocationId != l.LocationId)).ToList();
        stored.Locations.AddRange(newLocations);
        stored.OpeningHours.Clear();
        stored.OpeningHours.AddRange(read.OpeningHours);

        // Rows with an id of their own, met through a navigation, would be taken for stored ones: they are added by name.
        db.AddRange(newLocations);
        db.AddRange(read.OpeningHours);
    }
}
