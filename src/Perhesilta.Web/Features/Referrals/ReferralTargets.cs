using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Referrals;

/// <summary>A service a family can be referred to, as the referral form shows it.</summary>
public sealed record ReferralTarget(Guid Id, string Name, string Organization, bool ServesMunicipality, bool ServesAges, int MinAge, int MaxAge)
{
    public bool Outside => !ServesMunicipality || !ServesAges;
}

public sealed record ProfessionalChoice(string Id, string Name);

/// <summary>What the referral form and its handler ask of the directory: the service, whether it serves the family, and its professionals.</summary>
internal static class ReferralTargets
{
    /// <summary>An active service of the directory, compared with the contact's municipality and children; null when there is none.</summary>
    public static async Task<ReferralTarget?> FindAsync(PerhesiltaDbContext db, Guid contactId, Guid serviceId, CancellationToken cancellationToken)
    {
        var service = await db.Set<DirectoryService>().AsNoTracking()
            .Include(s => s.Municipalities)
            .Include(s => s.Organization)
            .SingleOrDefaultAsync(s => s.Id == serviceId && s.Status == ServiceStatus.Active, cancellationToken);
        var contact = await db.Set<Contact>().AsNoTracking().Include(c => c.Children).SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (service is null || contact is null)
        {
            return null;
        }

        var mapping = await db.Set<SituationMapping>().AsNoTracking().Include(m => m.Members).SingleOrDefaultAsync(m => m.ContactId == contactId, cancellationToken);
        var ages = SuggestServices.AgesOf(contact, mapping);

        // No known age says nothing against the service; one child of its ages is enough.
        var servesAges = ages.Count == 0 || ages.Any(a => a >= service.MinAge && a <= service.MaxAge);
        var servesMunicipality = service.Municipalities.Any(m => m.MunicipalityCode == contact.MunicipalityCode);
        return new ReferralTarget(service.Id, service.Name.Local(), service.Organization?.Name.Local() ?? "", servesMunicipality, servesAges, service.MinAge, service.MaxAge);
    }

    /// <summary>The active professionals who work in the service, by name.</summary>
    public static async Task<IReadOnlyList<ProfessionalChoice>> ProfessionalsOfAsync(PerhesiltaDbContext db, Guid serviceId, CancellationToken cancellationToken) =>
        await db.Set<ServiceProfessional>().AsNoTracking()
            .Where(p => p.ServiceId == serviceId)
            .Join(ActiveProfessionals(db), p => p.UserId, u => u.Id, (_, u) => new { u.Id, u.DisplayName })
            .OrderBy(p => p.DisplayName)
            .Select(p => new ProfessionalChoice(p.Id, p.DisplayName))
            .ToListAsync(cancellationToken);

    public static IQueryable<StaffUser> ActiveProfessionals(PerhesiltaDbContext db) =>
        db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Professional)));
}
