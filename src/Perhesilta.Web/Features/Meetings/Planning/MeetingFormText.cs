using Microsoft.Extensions.Localization;
using Perhesilta.Features.Referrals;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>
/// The meeting forms' texts for the desk's work-form base: a key of planning first, then of referrals (the consent's
/// fields and messages, shared with the referral form), else the desk's own.
/// </summary>
public sealed class MeetingFormText(IStringLocalizer<PlanningText> planning, ReferralFormText referrals) : IStringLocalizer
{
    public LocalizedString this[string name] => planning[name] is { ResourceNotFound: false } found ? found : referrals[name];

    public LocalizedString this[string name, params object[] arguments] =>
        planning[name, arguments] is { ResourceNotFound: false } found ? found : referrals[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        planning.GetAllStrings(includeParentCultures).Concat(referrals.GetAllStrings(includeParentCultures));
}
