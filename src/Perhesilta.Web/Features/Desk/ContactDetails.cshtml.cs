using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Desk;

/// <summary>
/// One contact with everything the asker gave and the desk's own records, for the service guides of its area or
/// municipality; viewing it is access-logged. A manager of the area reads it, without changing anything, after
/// choosing why (the purpose goes to the log). Others get 403: the record exists, but not for them.
/// </summary>
[Authorize(Policy = DeskFeature.InboxPolicy)]
[ClientData("Contact")]
public sealed class ContactDetailsModel(ShowContact show, AssignContact assign) : PageModel
{
    public ContactView View { get; private set; } = null!;

    /// <summary>Guides act on the contact; a manager only reads it.</summary>
    public bool CanChange { get; private set; }

    /// <summary>A manager has not yet said why they open the contact; the page asks that and shows nothing else.</summary>
    public bool AsksPurpose { get; private set; }

    public ContactAccessPurpose? Purpose { get; private set; }

    public IReadOnlyList<AssignableGuide> AssignChoices { get; private set; } = [];

    /// <summary>The <see cref="DeskText"/> key of a refused or stale change and its arguments, shown above the contact.</summary>
    public string? ErrorKey { get; private set; }

    public object[] ErrorArgs { get; private set; } = [];

    /// <summary>The id of the field a refusal is about, so the message is shown next to it too.</summary>
    public string? ErrorField { get; private set; }

    /// <summary>What the guide typed as an advice answer, kept when it could not be saved.</summary>
    public string? Answer { get; private set; }

    /// <summary>What the guide typed as "waiting for", kept when it could not be saved.</summary>
    public string? WaitingFor { get; private set; }

    /// <summary>The guide chosen as assignee, kept when the assignment could not be saved.</summary>
    public string? Assignee { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private bool IsGuide => User.IsInRole(StaffRoles.ServiceGuide);

    public async Task<IActionResult> OnGetAsync(Guid id, ContactAccessPurpose? purpose, CancellationToken cancellationToken)
    {
        if (!IsGuide)
        {
            Purpose = purpose is { } chosen && Enum.IsDefined(chosen) ? chosen : null;
            AsksPurpose = Purpose is null;
        }

        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid id, Guid version, [FromServices] ClaimContact claim, CancellationToken cancellationToken) =>
        IsGuide ? await AfterChangeAsync(id, await claim.HandleAsync(id, version, UserId, cancellationToken), "Contact.Notice.Started", cancellationToken) : Forbid();

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, Guid version, [FromServices] ReleaseContact release, CancellationToken cancellationToken) =>
        IsGuide ? await AfterChangeAsync(id, await release.HandleAsync(id, version, UserId, cancellationToken), "Contact.Notice.Released", cancellationToken) : Forbid();

    public async Task<IActionResult> OnPostAssignAsync(Guid id, Guid version, string? assignee, CancellationToken cancellationToken)
    {
        (Assignee, ErrorField) = (assignee, "assignee");
        return IsGuide ? await AfterChangeAsync(id, await assign.HandleAsync(id, version, assignee, UserId, cancellationToken), "Contact.Notice.Assigned", cancellationToken) : Forbid();
    }

    public async Task<IActionResult> OnPostWaitingAsync(Guid id, Guid version, string? waitingFor, [FromServices] SetWaitingFor waiting, CancellationToken cancellationToken)
    {
        (WaitingFor, ErrorField) = (waitingFor, "waiting-for");
        return IsGuide ? await AfterChangeAsync(id, await waiting.HandleAsync(id, version, waitingFor, UserId, cancellationToken), "Contact.Notice.Waiting", cancellationToken) : Forbid();
    }

    public async Task<IActionResult> OnPostClearWaitingAsync(Guid id, Guid version, [FromServices] SetWaitingFor waiting, CancellationToken cancellationToken) =>
        IsGuide ? await AfterChangeAsync(id, await waiting.ClearAsync(id, version, UserId, cancellationToken), "Contact.Notice.WaitingCleared", cancellationToken) : Forbid();

    public async Task<IActionResult> OnPostContactedAsync(Guid id, Guid version, [FromServices] MarkFamilyContacted mark, CancellationToken cancellationToken) =>
        IsGuide ? await AfterChangeAsync(id, await mark.HandleAsync(id, version, UserId, cancellationToken), "Contact.Notice.Contacted", cancellationToken) : Forbid();

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid version, string? answer, [FromServices] AnswerAdvice answerAdvice, CancellationToken cancellationToken)
    {
        (Answer, ErrorField) = (answer, "answer");
        return IsGuide ? await AfterChangeAsync(id, await answerAdvice.HandleAsync(id, version, answer, UserId, cancellationToken), "Contact.Notice.Answered", cancellationToken) : Forbid();
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
            default:
                (ErrorKey, ErrorArgs) = StaleMessage.Of(result);
                ErrorField = result.Outcome == ContactChangeOutcome.Refused ? ErrorField : null;
                break;
        }

        // Shown again as it is now, so the guide sees what changed, with what they typed kept in its form. It answers
        // 200 like any form with an error, and so the page filter logs this view of the contact too.
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
        }

        View = result.View!;
        CanChange = IsGuide;
        if (AsksPurpose)
        {
            HttpContext.ShowsNoClientData();
        }
        else if (Purpose is { } purpose)
        {
            HttpContext.LogViewWithPurpose(purpose.Code());
        }

        if (CanChange && View.Contact.Status != ContactStatus.Closed)
        {
            AssignChoices = await assign.ChoicesAsync(View.Contact, cancellationToken);
        }

        return Page();
    }
}

/// <summary>The message of a refused or stale change: a stale one names who changed the contact meanwhile, and when.</summary>
internal static class StaleMessage
{
    public static (string Key, object[] Args) Of(ContactChangeResult result) => result switch
    {
        { Outcome: ContactChangeOutcome.Stale, ChangedBy: { } by, ChangedAt: { } at } => ("Contact.Error.ChangedMeanwhileBy", [by, HelsinkiTime.Format(at)]),
        { Outcome: ContactChangeOutcome.Stale } => ("Contact.Error.ChangedMeanwhile", []),
        _ => (result.MessageKey!, result.MessageArgs.ToArray()),
    };
}
