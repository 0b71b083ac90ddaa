using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Perhesilta.Features.Referrals;

/// <summary>A page that changes a referral: how it answers a change, and where it keeps a refusal to show beside its field.</summary>
public abstract class ReferralPageModel : PageModel
{
    /// <summary>A <see cref="ReferralText"/> key of a refused or stale change, and the field it is about.</summary>
    public string? ErrorKey { get; private set; }

    public string? ErrorField { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string? ErrorFor(string field) => ErrorField == field ? ErrorKey : null;

    /// <summary>
    /// Saved: to <paramref name="savedAddress"/> with <paramref name="notice"/>; a referral not found or not the
    /// user's: 404 or 403. Otherwise nothing, with the refusal kept, for the page to show the form again as typed.
    /// </summary>
    protected IActionResult? Settle(ReferralChangeResult result, string savedAddress, string notice)
    {
        switch (result.Outcome)
        {
            case ReferralChangeOutcome.Saved:
                Notice = notice;
                return Redirect(savedAddress);
            case ReferralChangeOutcome.NotFound:
                return NotFound();
            case ReferralChangeOutcome.Forbidden:
                return Forbid();
            case ReferralChangeOutcome.Stale:
                ErrorKey = "Referral.Error.ChangedMeanwhile";
                ErrorField = null;
                return null;
            default:
                (ErrorKey, ErrorField) = (result.MessageKey, result.Field);
                return null;
        }
    }
}
