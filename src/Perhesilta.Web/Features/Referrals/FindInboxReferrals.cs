using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Referrals;

/// <summary>A row of the professional's inbox: no names or free text, so the list shows no client data.</summary>
public sealed record InboxRow(Guid Id, string Service, ReferralStatus Status, DateTime SentAt, bool ToMe, DateOnly? FirstAppointmentOn);

/// <summary>The referrals of the services a professional works in, and those addressed to them: open ones first, newest first.</summary>
public sealed class FindInboxReferrals(PerhesiltaDbContext db)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<InboxRow>> HandleAsync(string userId, bool openOnly, CancellationToken cancellationToken = default)
    {
        var referrals = ReferralAccess.ForProfessional(db, userId).AsNoTracking();
        if (openOnly)
        {
            referrals = referrals.Where(r => r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received || r.Status == ReferralStatus.Accepted
                || r.Status == ReferralStatus.InProgress || r.Status == ReferralStatus.OnHold);
        }

        var rows = await referrals.OrderByDescending(r => r.SentAt).Take(Limit)
            .Select(r => new { r.Id, r.ServiceId, r.Status, r.SentAt, r.ToProfessionalUserId, r.FirstAppointmentOn })
            .ToListAsync(cancellationToken);
        var serviceIds = rows.Select(r => r.ServiceId).Distinct().ToList();
        var names = await db.Set<DirectoryService>().AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return [.. rows
            .Select(r => new InboxRow(r.Id, names[r.ServiceId].Local(), r.Status, r.SentAt, r.ToProfessionalUserId == userId, r.FirstAppointmentOn))
            .OrderBy(r => r.Status is ReferralStatus.Sent or ReferralStatus.Received ? 0 : 1)];
    }

    /// <summary>The services the professional works in, by name, for the inbox's heading.</summary>
    public async Task<IReadOnlyList<string>> ServicesOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        var services = await db.Set<ServiceProfessional>().AsNoTracking().Where(p => p.UserId == userId)
            .Join(db.Set<DirectoryService>(), p => p.ServiceId, s => s.Id, (_, s) => s.Name).ToListAsync(cancellationToken);
        return [.. services.Select(n => n.Local()).Order(StringComparer.CurrentCulture)];
    }
}
