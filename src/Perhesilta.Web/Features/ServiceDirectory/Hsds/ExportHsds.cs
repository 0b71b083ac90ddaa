using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>
/// The directory, or one organisation of it, as an HSDS 3.0 package (<see cref="HsdsPackage"/>): its organisations,
/// its locations and its services of every status, each valid against its own schema. Main texts in Finnish, the
/// Swedish and English ones as translation attributes, so the import reads back exactly what was written.
/// </summary>
public sealed class ExportHsds(PerhesiltaDbContext db, TimeProvider clock)
{
    /// <returns>Null when <paramref name="organizationId"/> names no organisation.</returns>
    public async Task<HsdsPackage?> HandleAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var organizations = await db.Set<DirectoryOrganization>().AsNoTracking()
            .Where(o => organizationId == null || o.Id == organizationId)
            .OrderBy(o => o.Id)
            .ToListAsync(cancellationToken);
        if (organizationId is not null && organizations.Count == 0)
        {
            return null;
        }

        var locations = await db.Set<DirectoryLocation>().AsNoTracking()
            .Where(l => organizationId == null || l.OrganizationId == organizationId)
            .OrderBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var services = await db.Set<DirectoryService>().AsNoTracking().WithRows()
            .Where(s => organizationId == null || s.OrganizationId == organizationId)
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);

        // A service of the organisation may be given at another organisation's premises: the package carries those too.
        var missing = services.SelectMany(s => s.Locations.Select(l => l.LocationId)).Except(locations.Select(l => l.Id)).ToList();
        if (missing.Count > 0)
        {
            locations.AddRange(await db.Set<DirectoryLocation>().AsNoTracking().Where(l => missing.Contains(l.Id)).OrderBy(l => l.Id).ToListAsync(cancellationToken));
            var owners = locations.Select(l => l.OrganizationId).Except(organizations.Select(o => o.Id)).ToList();
            organizations.AddRange(await db.Set<DirectoryOrganization>().AsNoTracking().Where(o => owners.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync(cancellationToken));
        }

        var writer = await WriterAsync(db, HsdsVocabulary.MainLanguage, cancellationToken);
        return new HsdsPackage
        {
            GeneratedAt = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Organizations = [.. organizations.Select(writer.Organization)],
            Locations = [.. locations.Select(writer.Location)],
            Services = [.. services.Select(s => writer.Service(s, null, null))],
        };
    }

    public static async Task<HsdsWriter> WriterAsync(DbContext db, string language, CancellationToken cancellationToken)
    {
        var types = await db.Set<ServiceType>().AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.NameFi, cancellationToken);
        var municipalities = await db.Set<Municipality>().AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.NameFi, cancellationToken);
        return new HsdsWriter(new HsdsNames(types, municipalities), language);
    }
}
