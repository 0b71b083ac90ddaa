namespace Perhesilta.Features.Referrals;

/// <summary>
/// A guide records that a person withdrew their consent. The consent stays as it was given, with the withdrawal on it;
/// once no consent is in force (and no legal basis was named) the receiving service sees only that it was withdrawn.
/// </summary>
public sealed class WithdrawConsent(ReferralChanges changes)
{
    public async Task<ReferralChangeResult> HandleAsync(Guid referralId, Guid consentId, Guid version, string? note, string userId, CancellationToken cancellationToken = default) =>
        await changes.ApplyAsync(referralId, version, userId, ReferralSide.Guide, (referral, now) =>
        {
            var consent = referral.Consents.Find(c => c.Id == consentId);
            var cleaned = ChangeReferralStatus.Clean(note);
            ReferralChangeResult? refusal = consent switch
            {
                null => ReferralChangeResult.Refuse("Withdraw.Error.Unknown"),
                { WithdrawnAt: not null } => ReferralChangeResult.Refuse("Withdraw.Error.Already"),
                _ when cleaned?.Length > ReferralLimits.Reason => ReferralChangeResult.Refuse("Withdraw.Error.NoteTooLong", "withdraw-note-" + consentId),
                _ => null,
            };
            if (refusal is null)
            {
                consent!.WithdrawnAt = now;
                consent.WithdrawalRecordedByUserId = userId;
                consent.WithdrawalNote = cleaned;
            }

            return Task.FromResult(refusal);
        }, cancellationToken);
}
