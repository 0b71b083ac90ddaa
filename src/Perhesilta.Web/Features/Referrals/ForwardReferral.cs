using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Referrals;

/// <summary>
/// The receiving service forwards a referral to another service of the directory that fits the family better. Its own
/// referral ends as declined with the reason (the answer the guide sees) and a new one, with the same shared
/// information, basis and consents in force, starts at the other service with its own reply clock.
/// </summary>
public sealed class ForwardReferral(ReferralChanges changes, PerhesiltaDbContext db, DeadlineClocks clocks, ChangeReferralStatus status, IAccessLog log)
{
    public async Task<(ReferralChangeResult Result, Guid? ForwardedTo)> HandleAsync(Guid id, Guid version, Guid serviceId, string? reason, string userId, CancellationToken cancellationToken = default)
    {
        Guid? created = null;
        var result = await changes.ApplyAsync(id, version, userId, ReferralSide.Professional, async (referral, now) =>
        {
            if (referral.Status is not (ReferralStatus.Sent or ReferralStatus.Received or ReferralStatus.OnHold))
            {
                return ReferralChangeResult.Refuse("Forward.Error.NotOpen");
            }

            var target = await db.Set<DirectoryService>().AsNoTracking().Where(s => s.Id == serviceId && s.Status == ServiceStatus.Active)
                .Select(s => new { s.Id, s.Name }).SingleOrDefaultAsync(cancellationToken);
            if (target is null || target.Id == referral.ServiceId)
            {
                return ReferralChangeResult.Refuse(target is null ? "Forward.Error.ServiceRequired" : "Forward.Error.SameService", "forward-service");
            }

            var cleaned = ChangeReferralStatus.Clean(reason);
            if (cleaned is null || cleaned.Length > ReferralLimits.Reason)
            {
                return ReferralChangeResult.Refuse(cleaned is null ? "Forward.Error.ReasonRequired" : "Respond.Error.ReasonTooLong", "forward-reason");
            }

            // The reason for forwarding is also the answer's reason when the answer is late.
            await status.CompleteClockAsync(referral, now, cleaned, userId, cancellationToken);
            var forwarded = new Referral
            {
                ContactId = referral.ContactId,
                ServiceId = target.Id,
                AreaId = referral.AreaId,
                Shared = referral.Shared,
                Message = referral.Message,
                LegalBasis = referral.LegalBasis,
                LegalBasisExplanation = referral.LegalBasisExplanation,
                OutsideServiceAreaConfirmed = referral.OutsideServiceAreaConfirmed,
                SentAt = now,
                SentByUserId = referral.SentByUserId,
                ForwardedFromReferralId = referral.Id,
                UpdatedAt = now,
            };
            forwarded.Consents.AddRange(referral.Consents.Where(c => c.WithdrawnAt is null).Select(c => new ReferralConsent
            {
                ReferralId = forwarded.Id,
                GivenBy = c.GivenBy,
                Purpose = c.Purpose,
                GivenTo = c.GivenTo,
                Method = c.Method,
                GivenAt = c.GivenAt,
                RecordedByUserId = c.RecordedByUserId,
                RecordedAt = c.RecordedAt,
            }));
            var familyId = await db.Set<Contact>().Where(c => c.Id == referral.ContactId).Select(c => c.FamilyId).SingleAsync(cancellationToken);
            CreateReferral.Send(db, clocks, forwarded, familyId, target.Name.Local(), userId, now);
            changes.Move(referral, ReferralStatus.Declined, cleaned, userId, now);
            referral.ReceivedAt ??= now;
            referral.ForwardedToReferralId = forwarded.Id;
            log.Add(db, AccessAction.Create, "Referral", forwarded.Id.ToString());

            // The forward hands the family's data to another service (luovutus).
            log.Add(db, AccessAction.Disclose, "Referral", forwarded.Id.ToString(), CreateReferral.DisclosurePurpose(forwarded));
            created = forwarded.Id;
            return null;
        }, cancellationToken);

        return (result, result.Outcome == ReferralChangeOutcome.Saved ? created : null);
    }
}
