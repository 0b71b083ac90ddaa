using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Mail;

namespace Perhesilta.Features.SentMail;

/// <summary>One message in full (it may name a family's matter), so every view is logged; a failed one can be sent again.</summary>
[Authorize(Policy = AuthPolicies.Administrator)]
[ClientData(ResendMail.RecordType)]
public sealed class SentMessageModel(PerhesiltaDbContext db, ResendMail resend) : PageModel
{
    public OutgoingMail Mail { get; private set; } = null!;

    /// <summary>The text key of a notice about the last action, if any.</summary>
    public string? Notice { get; private set; }

    public bool NoticeIsError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool resent, CancellationToken cancellationToken)
    {
        if (resent)
        {
            Notice = "Message.Resent";
        }

        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        switch (await resend.HandleAsync(id, cancellationToken))
        {
            case ResendMail.Outcome.Resent:
                return RedirectToPage(new { id, resent = true });
            case ResendMail.Outcome.NotFailed:
                Notice = "Message.ResendRefused";
                NoticeIsError = true;
                return await ShowAsync(id, cancellationToken);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var mail = await db.Set<OutgoingMail>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mail is null)
        {
            return NotFound();
        }

        Mail = mail;
        return Page();
    }
}
