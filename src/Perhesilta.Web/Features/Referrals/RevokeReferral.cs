using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Referrals;

/// <summary>
/// The guide revokes a referral that is still open (e.g. the family no longer wants it, or withdrew its consent): the
/// service no longer owes an answer, so the reply clock stops with the same reason.
/// </summary>
public sealed class RevokeReferral(ReferralChanges changes, PerhesiltaDbContext db, DeadlineClocks clocks)
{
    public async Task<ReferralChangeResult> HandleAsync(Guid referralId, Guid version, string? reason, string userId, CancellationToken cancellationToken = default) =>
        await changes.ApplyAsync(referralId, version, userId, ReferralSide.Guide, async (referral, now) =>
        {
            if (!ReferralStatuses.Next(referral.Status).Contains(ReferralStatus.Revoked))
            {
                return ReferralChangeResult.Refuse("Revoke.Error.NotOpen");
            }

            var cleaned = ChangeReferralStatus.Clean(reason);
            if (cleaned is null || cleaned.Length > ReferralLimits.Reason)
            {
                return ReferralChangeResult.Refuse(cleaned is null ? "Revoke.Error.ReasonRequired" : "Revoke.Error.ReasonTooLong", "revoke-reason");
            }

            var running = await db.Set<DeadlineClock>().Include(c => c.Events)
                .Where(c => c.ReferralId == referral.Id && c.State == ClockState.Running).ToListAsync(cancellationToken);
            foreach (var clock in running.Where(c => clocks.Check(c, ClockEventKind.Stopped, now, cleaned) is null))
            {
                clocks.Record(clock, ClockEventKind.Stopped, now, cleaned, userId);
            }

            changes.Move(referral, ReferralStatus.Revoked, cleaned, userId, now);
            return null;
        }, cancellationToken);
}
