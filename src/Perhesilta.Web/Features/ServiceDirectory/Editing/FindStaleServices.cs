using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

public sealed record StaleService(
    Guid Id, string Name, Guid OrganizationId, string Organization, IReadOnlyList<string> Municipalities, DateOnly CheckedOn, DateTime UpdatedAt);

/// <summary>
/// The stale list: active services whose information nobody has confirmed for more than
/// <see cref="DirectoryLimits.StaleAfterMonths"/> months, oldest first, optionally of one organisation or serving one area.
/// </summary>
public sealed class FindStaleServices(PerhesiltaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaleService>> HandleAsync(Guid? organizationId, string? areaCode, CancellationToken cancellationToken = default)
    {
        var staleBefore = DirectoryDates.StaleBefore(DirectoryDates.Today(clock));
        var services = db.Set<DirectoryService>().AsNoTracking().Where(s => s.Status == ServiceStatus.Active && s.CheckedOn < staleBefore);
        if (organizationId is { } organization)
        {
            services = services.Where(s => s.OrganizationId == organization);
        }

        if (areaCode is not null)
        {
            services = services.Where(s => s.Municipalities.Any(m => m.Municipality!.Area!.Code == areaCode));
        }

        var rows = await services.OrderBy(s => s.CheckedOn).ThenBy(s => s.Name.Fi)
            .Select(s => new
            {
                s.Id,
                s.Name.Fi,
                s.Name.Sv,
                s.Name.En,
                s.OrganizationId,
                OrgFi = s.Organization!.Name.Fi,
                OrgSv = s.Organization.Name.Sv,
                OrgEn = s.Organization.Name.En,
                Municipalities = s.Municipalities.Select(m => m.MunicipalityCode).ToList(),
                s.CheckedOn,
                s.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        var names = await db.Set<Municipality>().AsNoTracking().ToListAsync(cancellationToken);
        var nameOf = names.ToDictionary(m => m.Code, m => m.LocalName());
        return [.. rows.Select(s => new StaleService(
            s.Id,
            LocalizedText.Of(s.Fi, s.Sv, s.En).Local(),
            s.OrganizationId,
            LocalizedText.Of(s.OrgFi, s.OrgSv, s.OrgEn).Local(),
            [.. s.Municipalities.Select(m => nameOf.GetValueOrDefault(m, m)).Order(StringComparer.CurrentCulture)],
            s.CheckedOn,
            s.UpdatedAt))];
    }
}
