using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Deadlines.Lists;

/// <summary>
/// The clocks due soon or overdue (or, as a filter, all running) for me, my team or one of my areas. Reference codes,
/// rules, due dates, who answers and time left only: no names or free text of clients.
/// </summary>
[Authorize(Policy = DeskFeature.InboxPolicy)]
[NoClientData]
public sealed class DeadlinesModel(FindDueClocks find) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DeadlineView? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public DueClocks Clocks { get; private set; } = new([], []);

    /// <summary>Guides open the contact from the list; a manager reads contacts only through the desk, for a stated purpose.</summary>
    public bool LinksToContacts { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        LinksToContacts = User.IsInRole(StaffRoles.ServiceGuide);
        View ??= LinksToContacts ? DeadlineView.Mine : DeadlineView.Team;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        Clocks = await find.HandleAsync(userId, new DeadlineQuery(View.Value, Area, All), cancellationToken);
        if (View == DeadlineView.Area && Area is null && Clocks.Areas.Count > 0)
        {
            Area = Clocks.Areas[0].Id;
            Clocks = await find.HandleAsync(userId, new DeadlineQuery(View.Value, Area, All), cancellationToken);
        }
    }
}
