using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;

namespace Perhesilta.Features.Referrals;

/// <summary>
/// The referral forms' texts for the desk's work-form base: a key of referrals first, else the desk's own (the
/// messages about a closed contact or one changed meanwhile).
/// </summary>
public sealed class ReferralFormText(IStringLocalizer<ReferralText> referrals, IStringLocalizer<DeskText> desk) : IStringLocalizer
{
    public LocalizedString this[string name] => referrals[name] is { ResourceNotFound: false } found ? found : desk[name];

    public LocalizedString this[string name, params object[] arguments] =>
        referrals[name, arguments] is { ResourceNotFound: false } found ? found : desk[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        referrals.GetAllStrings(includeParentCultures).Concat(desk.GetAllStrings(includeParentCultures));
}
