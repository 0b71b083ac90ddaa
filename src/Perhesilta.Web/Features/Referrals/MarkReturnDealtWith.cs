namespace Perhesilta.Features.Referrals;

/// <summary>
/// The guide has found the family another route for a referral that came back: its flag leaves the queue. Why it came
/// back stays recorded, so the round does not return it again.
/// </summary>
public sealed class MarkReturnDealtWith(ReferralChanges changes)
{
    public async Task<ReferralChangeResult> HandleAsync(Guid referralId, Guid version, string userId, CancellationToken cancellationToken = default) =>
        await changes.ApplyAsync(referralId, version, userId, ReferralSide.Guide, (referral, _) =>
        {
            if (referral.ReturnedToQueueAt is null)
            {
                return Task.FromResult<ReferralChangeResult?>(ReferralChangeResult.Refuse("Returned.Error.NotReturned"));
            }

            referral.ReturnedToQueueAt = null;
            return Task.FromResult<ReferralChangeResult?>(null);
        }, cancellationToken);
}
