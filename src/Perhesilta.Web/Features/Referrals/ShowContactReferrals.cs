using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Referrals;

/// <summary>A referral in the contact's list: where it stands, and how long the family waited for its first appointment.</summary>
public sealed record ReferralRow(
    Guid Id,
    Guid ContactId,
    string Service,
    string? Professional,
    ReferralStatus Status,
    string? StatusReason,
    DateTime SentAt,
    DateOnly? FirstAppointmentOn,
    DateOnly? HelpStartedOn,
    DateTime? ReturnedToQueueAt,
    ReferralReturn? ReturnReason,
    bool SharingInForce,
    Guid Version)
{
    /// <summary>Days from the referral to the family's first appointment (the loop's headline figure); null until booked.</summary>
    public int? DaysToFirstAppointment => FirstAppointmentOn is { } on ? on.DayNumber - DateOnly.FromDateTime(HelsinkiTime.ToLocal(SentAt)).DayNumber : null;

    public bool Returned => ReturnedToQueueAt is not null;
}

/// <summary>One referral in full, for the guide of its contact: consents, history and names.</summary>
public sealed record ReferralDetails(Referral Referral, ReferralRow Row, string ContactReference, string SentBy, IReadOnlyDictionary<string, string> Names)
{
    public string NameOf(string? userId) => userId is not null && Names.TryGetValue(userId, out var name) ? name : "";
}

/// <summary>The referrals of a contact as its guides see them.</summary>
public sealed class ShowContactReferrals(PerhesiltaDbContext db)
{
    public async Task<IReadOnlyList<ReferralRow>> ListAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        var referrals = await db.Set<Referral>().AsNoTracking().Include(r => r.Consents)
            .Where(r => r.ContactId == contactId).OrderByDescending(r => r.SentAt).ToListAsync(cancellationToken);
        return await RowsAsync(referrals, cancellationToken);
    }

    /// <summary>The referral when it belongs to <paramref name="contactId"/>; the caller has checked that the guide serves the contact.</summary>
    public async Task<ReferralDetails?> DetailsAsync(Guid contactId, Guid referralId, CancellationToken cancellationToken = default)
    {
        var referral = await db.Set<Referral>().AsNoTracking().Include(r => r.Consents).Include(r => r.Events)
            .SingleOrDefaultAsync(r => r.Id == referralId && r.ContactId == contactId, cancellationToken);
        if (referral is null)
        {
            return null;
        }

        referral.Consents.Sort((a, b) => a.GivenAt.CompareTo(b.GivenAt));
        referral.Events.Sort((a, b) => a.At.CompareTo(b.At));
        var row = (await RowsAsync([referral], cancellationToken))[0];
        var userIds = referral.Events.Select(e => e.ByUserId).Concat(referral.Consents.Select(c => c.RecordedByUserId))
            .Concat(referral.Consents.Select(c => c.WithdrawalRecordedByUserId)).Append(referral.SentByUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var reference = await db.Set<Contact>().Where(c => c.Id == contactId).Select(c => c.ReferenceCode).SingleAsync(cancellationToken);
        return new ReferralDetails(referral, row, reference, names.GetValueOrDefault(referral.SentByUserId, ""), names);
    }

    private async Task<List<ReferralRow>> RowsAsync(List<Referral> referrals, CancellationToken cancellationToken)
    {
        var serviceIds = referrals.Select(r => r.ServiceId).Distinct().ToList();
        var services = await db.Set<DirectoryService>().AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var professionalIds = referrals.Select(r => r.ToProfessionalUserId).OfType<string>().Distinct().ToList();
        var professionals = await db.Users.AsNoTracking().Where(u => professionalIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. referrals.Select(r => new ReferralRow(
            r.Id,
            r.ContactId,
            services[r.ServiceId].Local(),
            r.ToProfessionalUserId is { } p ? professionals.GetValueOrDefault(p) : null,
            r.Status,
            r.StatusReason,
            r.SentAt,
            r.FirstAppointmentOn,
            r.HelpStartedOn,
            r.ReturnedToQueueAt,
            r.ReturnReason,
            ReferralAccess.SharingInForce(r),
            r.Version))];
    }
}
