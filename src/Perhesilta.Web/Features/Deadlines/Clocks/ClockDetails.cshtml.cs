using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>
/// One clock of a contact with its history and the forms that record on it: complete, stop, reopen, correct an event.
/// For the service guides of the contact's area or municipality; viewing it is access-logged with the contact.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class ClockDetailsModel(ShowContact show, PerhesiltaDbContext db, IStringLocalizer<DeskText> deskText, IStringLocalizer<ClockText> text, ShowClocks clocks, TimeProvider time)
    : ClockFormPageModel(show, db, deskText, text, time)
{
    [BindProperty]
    public ClockEventInput Input { get; set; } = new();

    public ClockView Clock { get; private set; } = null!;

    /// <summary>The form that was sent and refused ("complete", "stop", "reopen", "correct"): it shows what was typed.</summary>
    public string? Posted { get; private set; }

    /// <summary>The clock version the forms carry: the one the guide saw while they correct their input.</summary>
    public Guid ClockVersion { get; private set; }

    /// <summary>A form's value: what was typed when that form was sent, else the default.</summary>
    public string? Typed(string form, Func<ClockEventInput, string?> field, string? otherwise = null) => Posted == form ? field(Input) : otherwise;

    public (string Date, string Time) Defaults => Now();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid clockId, CancellationToken cancellationToken) =>
        await ShowAsync(id, clockId, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostCompleteAsync(Guid id, Guid clockId, [FromServices] CompleteClock complete, CancellationToken cancellationToken) =>
        AfterAsync(id, clockId, "complete", complete.HandleAsync(id, clockId, Input, UserId, cancellationToken), "Notice.Completed", cancellationToken);

    public Task<IActionResult> OnPostStopAsync(Guid id, Guid clockId, [FromServices] StopClock stop, CancellationToken cancellationToken) =>
        AfterAsync(id, clockId, "stop", stop.HandleAsync(id, clockId, Input, UserId, cancellationToken), "Notice.Stopped", cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(Guid id, Guid clockId, [FromServices] ReopenClock reopen, CancellationToken cancellationToken) =>
        AfterAsync(id, clockId, "reopen", reopen.HandleAsync(id, clockId, Input, UserId, cancellationToken), "Notice.Reopened", cancellationToken);

    public Task<IActionResult> OnPostCorrectAsync(Guid id, Guid clockId, [FromServices] CorrectClockEvent correct, CancellationToken cancellationToken) =>
        AfterAsync(id, clockId, "correct", correct.HandleAsync(id, clockId, Input, UserId, cancellationToken), "Notice.Corrected", cancellationToken);

    private async Task<IActionResult> AfterAsync(Guid id, Guid clockId, string form, Task<ClockChangeResult> change, string noticeKey, CancellationToken cancellationToken)
    {
        var result = await change;
        switch (result.Outcome)
        {
            case ClockChangeOutcome.Saved:
                ClockNotice = noticeKey;
                return Redirect($"/desk/contacts/{id}/clocks/{clockId}");
            case ClockChangeOutcome.NotFound:
                return NotFound();
            case ClockChangeOutcome.Forbidden:
                return Forbid();
        }

        if (await ShowAsync(id, clockId, cancellationToken) is { } denied)
        {
            return denied;
        }

        // Told of a change made meanwhile, the guide sees the clock as it is now and acts on that version.
        if (result.Outcome == ClockChangeOutcome.Refused)
        {
            (Posted, ClockVersion) = (form, Input.Version);
        }

        ShowRefusal(result.Errors, result.MessageKey);
        return Page();
    }

    /// <summary>Loads the contact and the clock; answers 404/403 when either is missing or not the guide's.</summary>
    private async Task<IActionResult?> ShowAsync(Guid id, Guid clockId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (await clocks.OneAsync(id, clockId, cancellationToken) is not { } clock)
        {
            return NotFound();
        }

        Clock = clock;
        ClockVersion = clock.Clock.Version;
        ViewData["Title"] = Text["Rule." + clock.Clock.Rule].Value;
        return null;
    }
}
