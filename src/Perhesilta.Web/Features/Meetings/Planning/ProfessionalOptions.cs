using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Referrals;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>
/// One professional the request form offers: a professional of a directory service ("the school social worker of
/// Kempele"), or a Perhesilta user by name. <see cref="Value"/> is what the form sends.
/// </summary>
public sealed record ProfessionalOption(string Value, string UserId, Guid? ServiceId, string Name, string Group, string? Email, bool IsGuide);

/// <summary>The professionals a guide may invite: those linked to directory services, then every active professional and guide by name.</summary>
public static class ProfessionalOptions
{
    private const string ByNamePrefix = "user/";

    public static async Task<IReadOnlyList<ProfessionalOption>> ListAsync(PerhesiltaDbContext db, string organizerUserId, string byNameGroup, CancellationToken cancellationToken)
    {
        var professionals = ReferralTargets.ActiveProfessionals(db);
        var linked = await db.Set<ServiceProfessional>().AsNoTracking()
            .Join(professionals, p => p.UserId, u => u.Id, (p, u) => new { p.ServiceId, u.Id, u.DisplayName, u.Email })
            .Join(db.Set<DirectoryService>().AsNoTracking(), p => p.ServiceId, s => s.Id, (p, s) => new { p.ServiceId, p.Id, p.DisplayName, p.Email, s.Name })
            .ToListAsync(cancellationToken);
        var guides = await GuideRoles.ActiveGuides(db).Select(u => u.Id).ToListAsync(cancellationToken);
        var people = await db.Users.AsNoTracking()
            .Where(u => u.Id != organizerUserId && (professionals.Any(p => p.Id == u.Id) || GuideRoles.ActiveGuides(db).Any(g => g.Id == u.Id)))
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);

        var byService = linked
            .Select(p => new ProfessionalOption($"{p.ServiceId:D}/{p.Id}", p.Id, p.ServiceId, p.DisplayName, p.Name.Local(), p.Email, IsGuide: false))
            .OrderBy(o => o.Group, StringComparer.CurrentCulture).ThenBy(o => o.Name, StringComparer.CurrentCulture);
        var byName = people
            .Select(p => new ProfessionalOption(ByNamePrefix + p.Id, p.Id, null, p.DisplayName, byNameGroup, p.Email, guides.Contains(p.Id)))
            .OrderBy(o => o.Name, StringComparer.CurrentCulture);
        return [.. byService, .. byName];
    }
}
