using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>Which page of a list the HSDS API is asked for (1-based), and in which language its texts are.</summary>
public readonly record struct HsdsQuery(int Page, int PerPage, string Language);

/// <summary>
/// The records of the HSDS API: pages of services (fully nested: organisation, locations, schedules), organisations
/// and locations in a stable order, or one by its id. Services are the active ones unless another status is asked for.
/// </summary>
public sealed class FindHsdsRecords(PerhesiltaDbContext db)
{
    public async Task<HsdsPage<HsdsService>> ServicesAsync(HsdsQuery query, ServiceStatus? status, CancellationToken cancellationToken)
    {
        var all = db.Set<DirectoryService>().Where(s => status == null || s.Status == status);
        var total = await all.CountAsync(cancellationToken);
        var page = await all.AsNoTracking().WithRows().OrderBy(s => s.Id).Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).ToListAsync(cancellationToken);
        return Page(query, total, await NestedAsync(page, query.Language, cancellationToken));
    }

    public async Task<HsdsService?> ServiceAsync(Guid id, string language, CancellationToken cancellationToken)
    {
        var service = await db.Set<DirectoryService>().AsNoTracking().WithRows().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return service is null ? null : (await NestedAsync([service], language, cancellationToken))[0];
    }

    public async Task<HsdsPage<HsdsOrganization>> OrganizationsAsync(HsdsQuery query, CancellationToken cancellationToken)
    {
        var total = await db.Set<DirectoryOrganization>().CountAsync(cancellationToken);
        var page = await db.Set<DirectoryOrganization>().AsNoTracking().OrderBy(o => o.Id).Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).ToListAsync(cancellationToken);
        var writer = await ExportHsds.WriterAsync(db, query.Language, cancellationToken);
        return Page(query, total, [.. page.Select(writer.Organization)]);
    }

    public async Task<HsdsOrganization?> OrganizationAsync(Guid id, string language, CancellationToken cancellationToken)
    {
        var organization = await db.Set<DirectoryOrganization>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return organization is null ? null : (await ExportHsds.WriterAsync(db, language, cancellationToken)).Organization(organization);
    }

    public async Task<HsdsPage<HsdsLocation>> LocationsAsync(HsdsQuery query, CancellationToken cancellationToken)
    {
        var total = await db.Set<DirectoryLocation>().CountAsync(cancellationToken);
        var page = await db.Set<DirectoryLocation>().AsNoTracking().OrderBy(l => l.Id).Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).ToListAsync(cancellationToken);
        var writer = await ExportHsds.WriterAsync(db, query.Language, cancellationToken);
        return Page(query, total, [.. page.Select(writer.Location)]);
    }

    public async Task<HsdsLocation?> LocationAsync(Guid id, string language, CancellationToken cancellationToken)
    {
        var location = await db.Set<DirectoryLocation>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return location is null ? null : (await ExportHsds.WriterAsync(db, language, cancellationToken)).Location(location);
    }

    private async Task<List<HsdsService>> NestedAsync(List<DirectoryService> services, string language, CancellationToken cancellationToken)
    {
        var organizationIds = services.Select(s => s.OrganizationId).Distinct().ToList();
        var locationIds = services.SelectMany(s => s.Locations.Select(l => l.LocationId)).Distinct().ToList();
        var organizations = await db.Set<DirectoryOrganization>().AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var locations = await db.Set<DirectoryLocation>().AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var writer = await ExportHsds.WriterAsync(db, language, cancellationToken);
        return [.. services.Select(s => writer.Service(s, organizations.GetValueOrDefault(s.OrganizationId), locations))];
    }

    private static HsdsPage<T> Page<T>(HsdsQuery query, int total, List<T> contents)
    {
        var pages = (total + query.PerPage - 1) / query.PerPage;
        return new HsdsPage<T>(total, pages, query.Page, contents.Count, query.Page == 1, query.Page >= pages, contents.Count == 0, contents);
    }
}
