using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

public sealed record QueueChoice(string Value, string Name);

/// <summary>The choices of the queue's filters: the reader's own areas and municipalities, the topics, and the guides of those areas.</summary>
public sealed record QueueChoices(IReadOnlyList<QueueChoice> Areas, IReadOnlyList<QueueChoice> Municipalities, IReadOnlyList<QueueChoice> Topics, IReadOnlyList<QueueChoice> Guides)
{
    public static async Task<QueueChoices> LoadAsync(PerhesiltaDbContext db, string userId, ServedPlaces places, CancellationToken cancellationToken)
    {
        var areaIds = places.AreaIds.ToList();
        var codes = places.MunicipalityCodes.ToList();
        var areas = (await db.Set<Area>().AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToListAsync(cancellationToken))
            .Select(a => new QueueChoice(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.LocalName())).OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        var municipalities = (await db.Set<Municipality>().AsNoTracking().Where(m => areaIds.Contains(m.AreaId) || codes.Contains(m.Code)).ToListAsync(cancellationToken))
            .Select(m => new QueueChoice(m.Code, m.LocalName())).OrderBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        var topics = (await db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken))
            .Select(t => new QueueChoice(t.Code, t.LocalName())).ToList();
        var guides = await (
            from user in db.Users.AsNoTracking()
            join userRole in db.Set<IdentityUserRole<string>>() on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == StaffRoles.ServiceGuide && user.IsActive && user.Id != userId
                && db.Set<StaffArea>().Any(a => a.UserId == user.Id && areaIds.Contains(a.AreaId))
            orderby user.DisplayName
            select new QueueChoice(user.Id, user.DisplayName)).ToListAsync(cancellationToken);
        return new QueueChoices(areas, municipalities, topics, guides);
    }
}
