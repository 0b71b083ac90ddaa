namespace Perhesilta.Features.Referrals;

/// <summary>Strings of referrals: the guide's referral form and list, the professional's inbox. Resources: ReferralText.*.resx.</summary>
public sealed class ReferralText;
