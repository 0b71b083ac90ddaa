using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Http;
using Perhesilta.Platform.Mail;

namespace Perhesilta.Features.Referrals;

/// <summary>
/// Brings a referral back to the service guides' queue and tells the guide who sent it and the managers of its area.
/// The mail carries the contact's reference code and a link, never the family's details.
/// </summary>
public sealed class ReferralMail(MailOutbox outbox, IStringLocalizer<ReferralText> text, IOptions<PublicAddressOptions> address)
{
    public const string Purpose = "referral-returned";

    /// <summary>
    /// Flags the tracked referral as returned, reopens its contact if it was closed and enqueues the mail, all in the
    /// caller's unit of work: saved together, or not at all.
    /// </summary>
    public async Task ReturnAsync(PerhesiltaDbContext db, Referral referral, ReferralReturn reason, DateTime now, CancellationToken cancellationToken)
    {
        referral.ReturnedToQueueAt = now;
        referral.ReturnReason = reason;
        var contact = await db.Set<Contact>().SingleAsync(c => c.Id == referral.ContactId, cancellationToken);
        Reopen(contact, now);
        await EnqueueAsync(db, referral, contact.ReferenceCode, reason, cancellationToken);
    }

    /// <summary>A closed contact opens again: the family is not yet helped.</summary>
    internal static void Reopen(Contact contact, DateTime now)
    {
        if (contact.Status != ContactStatus.Closed)
        {
            return;
        }

        contact.Status = contact.FirstReachedAt is null ? ContactStatus.InProgress : ContactStatus.Contacted;
        contact.ClosedAt = null;
        contact.ClosedByUserId = null;
        contact.UpdatedAt = now;
        contact.Version = Guid.NewGuid();
    }

    internal async Task EnqueueAsync(PerhesiltaDbContext db, Referral referral, string referenceCode, ReferralReturn reason, CancellationToken cancellationToken)
    {
        var managers = db.Users.Where(u => u.IsActive
            && db.Set<StaffArea>().Any(a => a.UserId == u.Id && a.AreaId == referral.AreaId)
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Manager)));
        var recipients = await db.Users.Where(u => u.IsActive && u.Email != null && (u.Id == referral.SentByUserId || managers.Any(m => m.Id == u.Id)))
            .OrderBy(u => u.Email).Select(u => u.Email).ToListAsync(cancellationToken);
        var service = await db.Set<DirectoryService>().Where(s => s.Id == referral.ServiceId).Select(s => s.Name).SingleAsync(cancellationToken);
        var (subject, body) = InFinnish(() => (
            text["Mail.Returned.Subject", referenceCode].Value,
            string.Join('\n',
                text["Mail.Returned.Body", referenceCode, service.In("fi")].Value,
                text["Return." + reason].Value,
                "",
                text["Mail.Returned.Link"].Value,
                (address.Value.PublicBaseUrl?.TrimEnd('/') ?? "") + $"/desk/contacts/{referral.ContactId}")));
        foreach (var to in recipients)
        {
            outbox.Enqueue(db, to!, subject, body, Purpose);
        }
    }

    private static T InFinnish<T>(Func<T> action)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi");
            return action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }
}
