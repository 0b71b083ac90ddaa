using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

/// <summary>Where every member of staff lands after signing in: a section for each of their roles.</summary>
[NoClientData]
public sealed class StartModel(PerhesiltaDbContext db, UserManager<StaffUser> users) : PageModel
{
    public string DisplayName { get; private set; } = "";

    /// <summary>For a service guide or a professional: the areas they serve, with their municipalities.</summary>
    public IReadOnlyList<AreaChoice> ServedAreas { get; private set; } = [];

    /// <summary>Single municipalities served outside those areas.</summary>
    public IReadOnlyList<MunicipalityChoice> ServedMunicipalities { get; private set; } = [];

    public bool ShowsServedAreas { get; private set; }

    /// <summary>For a manager: their areas and who works in each.</summary>
    public IReadOnlyList<ManagedArea>? ManagedAreas { get; private set; }

    public AccountCounts? Accounts { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User)!;
        DisplayName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);

        var allAreas = await AreaChoiceList.LoadAsync(db, cancellationToken);
        var myAreaCodes = await db.Set<StaffArea>().Where(s => s.UserId == userId)
            .Join(db.Set<Area>(), s => s.AreaId, a => a.Id, (_, a) => a.Code)
            .ToListAsync(cancellationToken);
        var myAreas = allAreas.Where(a => myAreaCodes.Contains(a.Code)).ToList();

        ShowsServedAreas = User.IsInRole(StaffRoles.ServiceGuide) || User.IsInRole(StaffRoles.Professional);
        if (ShowsServedAreas)
        {
            ServedAreas = myAreas;
            var municipalityCodes = await db.Set<StaffMunicipality>().Where(s => s.UserId == userId).Select(s => s.MunicipalityCode).ToListAsync(cancellationToken);
            ServedMunicipalities = allAreas
                .Where(a => !myAreaCodes.Contains(a.Code))
                .SelectMany(a => a.Municipalities)
                .Where(m => municipalityCodes.Contains(m.Code))
                .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToList();
        }

        if (User.IsInRole(StaffRoles.Manager))
        {
            ManagedAreas = await CountStaffAsync(myAreas, cancellationToken);
        }

        if (User.IsInRole(StaffRoles.Administrator))
        {
            Accounts = new AccountCounts(
                await db.Users.CountAsync(u => u.IsActive, cancellationToken),
                await db.Users.CountAsync(u => !u.IsActive, cancellationToken),
                await db.Users.CountAsync(u => u.IsActive && !u.TwoFactorEnabled, cancellationToken));
        }
    }

    /// <summary>
    /// Active service guides and professionals per area: those who serve the whole area or one of its municipalities.
    /// </summary>
    private async Task<IReadOnlyList<ManagedArea>> CountStaffAsync(IReadOnlyList<AreaChoice> areas, CancellationToken cancellationToken)
    {
        var codes = areas.Select(a => a.Code).ToList();
        var byArea = await db.Set<StaffArea>()
            .Join(db.Set<Area>(), s => s.AreaId, a => a.Id, (s, a) => new { s.UserId, a.Code })
            .Where(x => codes.Contains(x.Code))
            .ToListAsync(cancellationToken);
        var byMunicipality = await db.Set<StaffMunicipality>()
            .Join(db.Set<Municipality>(), s => s.MunicipalityCode, m => m.Code, (s, m) => new { s.UserId, m.AreaId })
            .Join(db.Set<Area>(), x => x.AreaId, a => a.Id, (x, a) => new { x.UserId, a.Code })
            .Where(x => codes.Contains(x.Code))
            .ToListAsync(cancellationToken);
        var servingIds = byArea.Concat(byMunicipality).Select(x => x.UserId).Distinct().ToList();
        var activeRoles = await db.UserRoles
            .Where(ur => servingIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Join(db.Users.Where(u => u.IsActive), x => x.UserId, u => u.Id, (x, _) => x)
            .ToListAsync(cancellationToken);

        int Count(string areaCode, string role) => byArea.Concat(byMunicipality)
            .Where(x => x.Code == areaCode)
            .Select(x => x.UserId)
            .Distinct()
            .Count(id => activeRoles.Exists(r => r.UserId == id && r.Name == role));

        return areas
            .Select(a => new ManagedArea(a, Count(a.Code, StaffRoles.ServiceGuide), Count(a.Code, StaffRoles.Professional)))
            .ToList();
    }

    public sealed record ManagedArea(AreaChoice Area, int ServiceGuides, int Professionals);

    public sealed record AccountCounts(int Active, int Inactive, int ActiveWithoutSecondFactor);
}
