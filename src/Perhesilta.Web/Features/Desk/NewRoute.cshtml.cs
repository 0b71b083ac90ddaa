using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Desk;

/// <summary>The guide records a statutory request or notification made from a contact.</summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class NewRouteModel(ShowContact show, PerhesiltaDbContext db, IStringLocalizer<DeskText> text, RecordStatutoryRoute record, TimeProvider clock)
    : WorkFormPageModel(show, db, text)
{
    [BindProperty]
    public RouteInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        var now = HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        Input = new RouteInput
        {
            Date = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Time = now.ToString("HH:mm", CultureInfo.InvariantCulture),

            // Most requests go to the area's own intake; the guide may name another unit.
            ToUnit = await record.DefaultUnitAsync(Contact.AreaId, cancellationToken),
        };
        ShowClosed();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var answer = await AfterSaveAsync(id, Input.Version, await record.HandleAsync(id, Input, UserId, cancellationToken), "Route.Notice.Saved", cancellationToken);
        if (answer is PageResult)
        {
            ShowClosed();
        }

        return answer;
    }
}
