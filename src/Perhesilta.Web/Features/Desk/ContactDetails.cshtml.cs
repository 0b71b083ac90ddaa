using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Desk;

/// <summary>
/// One contact with everything the asker gave, for the service guides of its area or municipality; viewing it is
/// access-logged. Other guides get 403, as does every other role: the record exists, but not for them.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class ContactDetailsModel(ShowContact show) : PageModel
{
    public ContactView View { get; private set; } = null!;

    /// <summary>The <see cref="DeskText"/> key of a refused or stale change, shown above the contact.</summary>
    public string? ErrorKey { get; private set; }

    /// <summary>What the guide typed as an advice answer, kept when it could not be saved.</summary>
    public string? Answer { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(Guid id, Guid version, [FromServices] StartHandlingContact start, CancellationToken cancellationToken) =>
        await AfterChangeAsync(id, await start.HandleAsync(id, version, UserId, cancellationToken), "Contact.Notice.Started", cancellationToken);

    public async Task<IActionResult> OnPostContactedAsync(Guid id, Guid version, [FromServices] MarkFamilyContacted mark, CancellationToken cancellationToken) =>
        await AfterChangeAsync(id, await mark.HandleAsync(id, version, UserId, cancellationToken), "Contact.Notice.Contacted", cancellationToken);

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid version, string? answer, [FromServices] AnswerAdvice answerAdvice, CancellationToken cancellationToken)
    {
        Answer = answer;
        return await AfterChangeAsync(id, await answerAdvice.HandleAsync(id, version, answer, UserId, cancellationToken), "Contact.Notice.Answered", cancellationToken);
    }

    private async Task<IActionResult> AfterChangeAsync(Guid id, ContactChangeResult result, string noticeKey, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case ContactChangeOutcome.Saved:
                Notice = noticeKey;
                return RedirectToPage("/Desk/ContactDetails", new { id });
            case ContactChangeOutcome.NotFound:
                return NotFound();
            case ContactChangeOutcome.Forbidden:
                return Forbid();
            case ContactChangeOutcome.Stale:
                ErrorKey = "Contact.Error.ChangedMeanwhile";
                break;
            default:
                ErrorKey = result.MessageKey;
                break;
        }

        // Shown again as it is now, so the guide sees what changed. It answers 200 like any form with an error, and
        // so the page filter logs this view of the contact too.
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await show.HandleAsync(id, UserId, cancellationToken);
        switch (result.Access)
        {
            case ContactAccess.NotFound:
                return NotFound();
            case ContactAccess.Forbidden:
                return Forbid();
            default:
                View = result.View!;
                return Page();
        }
    }
}
