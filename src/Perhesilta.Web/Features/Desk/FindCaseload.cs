using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Desk;

/// <summary>Open contacts counted for a manager: all, those past their response target, those nobody has taken, those waiting.</summary>
public sealed record CaseloadCounts(string Name, int Total, int Overdue, int Unassigned, int Waiting);

public sealed record ManagerCaseload(IReadOnlyList<CaseloadCounts> Areas, IReadOnlyList<CaseloadCounts> Guides);

/// <summary>
/// The open contacts of the areas a manager manages, per area and per guide. Counts only: no client data. A guide's
/// own caseload is the queue's "mine" view in target order (<see cref="FindQueuedContacts"/>).
/// </summary>
public sealed class FindCaseload(PerhesiltaDbContext db, TimeProvider clock, WorkingTime workingTime)
{
    public async Task<ManagerCaseload> HandleAsync(string managerId, CancellationToken cancellationToken = default)
    {
        var areaIds = await db.Set<StaffArea>().Where(a => a.UserId == managerId).Select(a => a.AreaId).ToListAsync(cancellationToken);
        if (areaIds.Count == 0)
        {
            return new ManagerCaseload([], []);
        }

        // A target before this date has passed; the comparison is a plain date, so the counts stay one indexed query each.
        var overdueBefore = workingTime.FirstTargetNotOverdue(HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var open = db.Set<Contact>().AsNoTracking().Open().Where(c => areaIds.Contains(c.AreaId));
        var byArea = await open.GroupBy(c => c.AreaId).Select(g => new
        {
            g.Key,
            Total = g.Count(),
            Overdue = g.Count(c => (c.Status == ContactStatus.Received || c.Status == ContactStatus.InProgress) && c.RespondBy < overdueBefore),
            Unassigned = g.Count(c => c.AssignedToUserId == null),
            Waiting = g.Count(c => c.WaitingFor != null),
        }).ToListAsync(cancellationToken);
        var byGuide = await open.Where(c => c.AssignedToUserId != null).GroupBy(c => c.AssignedToUserId!).Select(g => new
        {
            g.Key,
            Total = g.Count(),
            Overdue = g.Count(c => (c.Status == ContactStatus.Received || c.Status == ContactStatus.InProgress) && c.RespondBy < overdueBefore),
            Waiting = g.Count(c => c.WaitingFor != null),
        }).ToListAsync(cancellationToken);

        var areas = (await db.Set<Area>().AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToListAsync(cancellationToken))
            .Select(a => (a.Id, Name: a.LocalName())).OrderBy(a => a.Name, StringComparer.CurrentCulture);
        var assigneeIds = byGuide.Select(g => g.Key).ToList();
        var guides = await (
            from user in db.Users.AsNoTracking()
            where assigneeIds.Contains(user.Id)
                || (db.Set<StaffArea>().Any(a => a.UserId == user.Id && areaIds.Contains(a.AreaId))
                    && db.Set<IdentityUserRole<string>>().Any(r => r.UserId == user.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == StaffRoles.ServiceGuide))
                    && user.IsActive)
            select new { user.Id, user.DisplayName }).ToListAsync(cancellationToken);

        return new ManagerCaseload(
            [.. areas.Select(a => byArea.FirstOrDefault(g => g.Key == a.Id) is { } g
                ? new CaseloadCounts(a.Name, g.Total, g.Overdue, g.Unassigned, g.Waiting)
                : new CaseloadCounts(a.Name, 0, 0, 0, 0))],
            [.. guides.OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).Select(u => byGuide.FirstOrDefault(g => g.Key == u.Id) is { } g
                ? new CaseloadCounts(u.DisplayName, g.Total, g.Overdue, 0, g.Waiting)
                : new CaseloadCounts(u.DisplayName, 0, 0, 0, 0))]);
    }
}
