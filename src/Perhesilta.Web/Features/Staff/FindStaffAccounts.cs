using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

public sealed class FindStaffAccountsQuery
{
    public const int PageSize = 25;

    /// <summary>Part of a name or an e-mail address.</summary>
    public string? Search { get; set; }

    public string? Role { get; set; }

    public string? Area { get; set; }

    /// <summary><c>active</c>, <c>inactive</c>, or empty for both.</summary>
    public string? Status { get; set; }

    public int PageNumber { get; set; } = 1;
}

public sealed record StaffAccountRow(
    string Id,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Areas,
    bool SecondFactor,
    bool IsActive);

public sealed record StaffAccountPage(IReadOnlyList<StaffAccountRow> Rows, int Total, int PageNumber, int PageCount);

/// <summary>The staff accounts an administrator looks for: by name or e-mail, role, area and status, a page at a time.</summary>
public sealed class FindStaffAccounts(PerhesiltaDbContext db)
{
    public async Task<StaffAccountPage> HandleAsync(FindStaffAccountsQuery query, CancellationToken cancellationToken = default)
    {
        var users = db.Users.AsQueryable();
        if (query.Status == "active")
        {
            users = users.Where(u => u.IsActive);
        }
        else if (query.Status == "inactive")
        {
            users = users.Where(u => !u.IsActive);
        }

        if (!string.IsNullOrEmpty(query.Role))
        {
            var roleIds = db.Roles.Where(r => r.Name == query.Role).Select(r => r.Id);
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        }

        if (!string.IsNullOrEmpty(query.Area))
        {
            var areaIds = db.Set<Area>().Where(a => a.Code == query.Area).Select(a => a.Id);
            users = users.Where(u => db.Set<StaffArea>().Any(sa => sa.UserId == u.Id && areaIds.Contains(sa.AreaId)));
        }

        // Staff accounts number in the hundreds: the text search runs here so that it folds case the same way for
        // Ä and Ö on SQLite as on PostgreSQL, and the order is the Finnish alphabetical one.
        var candidates = await users
            .Select(u => new { u.Id, u.DisplayName, Email = u.Email ?? "", u.TwoFactorEnabled, u.IsActive })
            .ToListAsync(cancellationToken);
        var search = query.Search?.Trim() ?? "";
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
        var matching = candidates
            .Where(u => search.Length == 0
                || u.DisplayName.Contains(search, StringComparison.CurrentCultureIgnoreCase)
                || u.Email.Contains(search, StringComparison.OrdinalIgnoreCase))
            .OrderBy(u => u.DisplayName, comparer)
            .ThenBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var pageCount = Math.Max(1, (matching.Count + FindStaffAccountsQuery.PageSize - 1) / FindStaffAccountsQuery.PageSize);
        var pageNumber = Math.Clamp(query.PageNumber, 1, pageCount);
        var page = matching.Skip((pageNumber - 1) * FindStaffAccountsQuery.PageSize).Take(FindStaffAccountsQuery.PageSize).ToList();
        var ids = page.Select(u => u.Id).ToList();

        var roles = await db.UserRoles
            .Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var areas = await db.Set<StaffArea>()
            .Where(sa => ids.Contains(sa.UserId))
            .Join(db.Set<Area>(), sa => sa.AreaId, a => a.Id, (sa, a) => new { sa.UserId, Area = a })
            .ToListAsync(cancellationToken);

        var rows = page.Select(u => new StaffAccountRow(
                u.Id,
                u.DisplayName,
                u.Email,
                StaffRoles.All.Where(role => roles.Exists(r => r.UserId == u.Id && r.Name == role)).ToList(),
                areas.Where(a => a.UserId == u.Id).Select(a => a.Area.LocalName()).Order(comparer).ToList(),
                u.TwoFactorEnabled,
                u.IsActive))
            .ToList();
        return new StaffAccountPage(rows, matching.Count, pageNumber, pageCount);
    }
}
