using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>A guide starts a clock by hand on a contact (e.g. a client plan when a client relationship starts).</summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class NewClockModel(ShowContact show, PerhesiltaDbContext db, IStringLocalizer<DeskText> deskText, IStringLocalizer<ClockText> text, StartClock start, TimeProvider time)
    : ClockFormPageModel(show, db, deskText, text, time)
{
    [BindProperty]
    public StartClockInput Input { get; set; } = new();

    public IReadOnlyList<AssignableGuide> Guides { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        (Input.Date, Input.Time) = Now();
        Guides = await start.ResponsibleChoicesAsync(Contact, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await start.HandleAsync(id, Input, UserId, cancellationToken);
        switch (result.Outcome)
        {
            case ClockChangeOutcome.Saved:
                ClockNotice = "Notice.Started";
                return Redirect($"/desk/contacts/{id}/clocks/{result.ClockId}");
            case ClockChangeOutcome.NotFound:
                return NotFound();
            case ClockChangeOutcome.Forbidden:
                return Forbid();
        }

        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Guides = await start.ResponsibleChoicesAsync(Contact, cancellationToken);
        ShowRefusal(result.Errors, null);
        return Page();
    }
}
