using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.HelpRequests;

/// <summary>
/// A page opened with a private status token (the confirmation and the status page). It is never indexed, cached or
/// passed on as a referrer, and an unknown token gets the same plain "not found" page as any missing page.
/// </summary>
public abstract class StatusPageModel(PerhesiltaDbContext db) : PageModel
{
    public Contact Contact { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public string? EmergencyPhone { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (!ContactCodes.LooksLikeStatusToken(token))
        {
            return NotFound();
        }

        var hash = ContactCodes.HashStatusToken(token);
        var contact = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.StatusTokenHash == hash, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        Contact = contact;
        EmergencyPhone = await db.Set<Area>().Where(a => a.Id == contact.AreaId).Select(a => a.EmergencySocialServicesPhone).SingleOrDefaultAsync(cancellationToken);
        Token = token;
        return Page();
    }

    public bool IsNotification => Contact.NeedsImmediateUrgencyAssessment;

    /// <summary>The answer is given on the status page: anonymous advice, and a consultation without contact details.</summary>
    public bool AnswerOnStatusPage => Contact.ContactMethod == PreferredContactMethod.StatusPage;
}
