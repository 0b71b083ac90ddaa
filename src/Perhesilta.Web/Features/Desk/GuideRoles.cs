using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>Who counts as a service guide for the desk's changes: an active account in the service guide role.</summary>
internal static class GuideRoles
{
    public static IQueryable<StaffUser> ActiveGuides(PerhesiltaDbContext db) =>
        db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.ServiceGuide)));

    public static Task<bool> IsActiveGuideAsync(PerhesiltaDbContext db, string userId, CancellationToken cancellationToken) =>
        ActiveGuides(db).AnyAsync(u => u.Id == userId, cancellationToken);
}
