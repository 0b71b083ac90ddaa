using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Desk;

/// <summary>The guide records work done for a contact: which work form, when, how long, and a note.</summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class NewActionModel(ShowContact show, PerhesiltaDbContext db, IStringLocalizer<DeskText> text, RecordAction record, TimeProvider clock)
    : WorkFormPageModel(show, db, text)
{
    [BindProperty]
    public ActionInput Input { get; set; } = new();

    /// <summary>The number a reception visit recorded now would get.</summary>
    public int NextVisitNumber { get; private set; }

    public int VisitsInModel => record.ReceptionVisitsInModel;

    public bool NextVisitPastModel => record.IsPastModel(NextVisitNumber);

    public bool NextVisitNeedsConfirmation => record.NeedsConfirmation(NextVisitNumber);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        var now = HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        Input = new ActionInput { Date = now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Time = now.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) };
        await ShowAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await record.HandleAsync(id, Input, UserId, cancellationToken);
        var answer = await AfterSaveAsync(id, Input.Version, result, "Action.Notice.Saved", cancellationToken);
        if (answer is PageResult)
        {
            await ShowAsync(id, cancellationToken);
        }

        return answer;
    }

    private async Task ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        NextVisitNumber = await record.NextVisitNumberAsync(id, cancellationToken);
        ShowClosed();
    }
}
