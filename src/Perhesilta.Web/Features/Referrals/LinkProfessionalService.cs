using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Referrals;

/// <summary>A directory service a professional works in, as the administrator's page lists it.</summary>
public sealed record LinkedService(Guid Id, string Name, string Organization);

/// <summary>
/// An administrator says which services of the directory a professional works in: whose referral inbox they see.
/// Answers a <see cref="ReferralText"/> key when refused, null when done.
/// </summary>
public sealed class LinkProfessionalService(PerhesiltaDbContext db)
{
    public async Task<string?> LinkAsync(string userId, Guid serviceId, CancellationToken cancellationToken = default)
    {
        if (!await IsProfessionalAsync(userId, cancellationToken))
        {
            return "Professionals.Error.NotProfessional";
        }

        if (!await db.Set<DirectoryService>().AnyAsync(s => s.Id == serviceId && s.Status == ServiceStatus.Active, cancellationToken))
        {
            return "Professionals.Error.ServiceUnavailable";
        }

        if (await db.Set<ServiceProfessional>().AnyAsync(p => p.UserId == userId && p.ServiceId == serviceId, cancellationToken))
        {
            return "Professionals.Error.AlreadyLinked";
        }

        db.Add(new ServiceProfessional { UserId = userId, ServiceId = serviceId });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> UnlinkAsync(string userId, Guid serviceId, CancellationToken cancellationToken = default) =>
        await db.Set<ServiceProfessional>().Where(p => p.UserId == userId && p.ServiceId == serviceId).ExecuteDeleteAsync(cancellationToken) == 0
            ? "Professionals.Error.NotLinked"
            : null;

    public async Task<IReadOnlyList<LinkedService>> LinkedAsync(string userId, CancellationToken cancellationToken = default)
    {
        var services = await db.Set<ServiceProfessional>().AsNoTracking().Where(p => p.UserId == userId)
            .Join(db.Set<DirectoryService>().Include(s => s.Organization), p => p.ServiceId, s => s.Id, (_, s) => s)
            .ToListAsync(cancellationToken);
        return [.. services.Select(s => new LinkedService(s.Id, s.Name.Local(), s.Organization?.Name.Local() ?? "")).OrderBy(s => s.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Whether the account has the professional role, active or not: an inactive one may be prepared for their return.</summary>
    public Task<bool> IsProfessionalAsync(string userId, CancellationToken cancellationToken = default) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Professional), cancellationToken);
}
