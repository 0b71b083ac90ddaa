using Microsoft.AspNetCore.Mvc;
using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Referrals;

public sealed record ContactReferralsSection(Contact Contact, bool CanRefer, bool CanChange, IReadOnlyList<ReferralRow> Referrals);

/// <summary>
/// The referrals of a contact on its page: each with its status, the days to the first appointment and, when it came
/// back to the queue, the flag the guide clears once they have dealt with it. The page has checked the reader's access.
/// </summary>
public sealed class ContactReferralsViewComponent(ShowContactReferrals show) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Contact contact, bool canChange)
    {
        var referrals = await show.ListAsync(contact.Id, HttpContext.RequestAborted);
        var canRefer = canChange && contact.Status != ContactStatus.Closed && contact.Kind != ContactKind.AnonymousAdvice;
        return View("/Features/Referrals/_ContactReferrals.cshtml", new ContactReferralsSection(contact, canRefer, canChange, referrals));
    }
}
