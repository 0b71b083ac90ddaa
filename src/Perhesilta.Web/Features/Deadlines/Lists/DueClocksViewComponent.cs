using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Deadlines.Lists;

/// <summary>
/// The start page's section of clocks due soon or overdue: a guide's own, a manager's areas'. Renders nothing for
/// those who answer for no clocks (administrators, professionals, directory editors).
/// </summary>
public sealed class DueClocksViewComponent(FindDueClocks find) : ViewComponent
{
    /// <summary>The start page shows the first few; the list has them all.</summary>
    public const int Shown = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var guide = UserClaimsPrincipal.IsInRole(StaffRoles.ServiceGuide);
        if (!guide && !UserClaimsPrincipal.IsInRole(StaffRoles.Manager))
        {
            return Content("");
        }

        var view = guide ? DeadlineView.Mine : DeadlineView.Team;
        var clocks = await find.HandleAsync(UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier)!, new DeadlineQuery(view), HttpContext.RequestAborted);
        return View("/Features/Deadlines/Lists/_DueClocks.cshtml", new DueClocksSection(view, clocks.Rows, guide));
    }
}

public sealed record DueClocksSection(DeadlineView View, IReadOnlyList<DueClockRow> Rows, bool LinksToContacts);
