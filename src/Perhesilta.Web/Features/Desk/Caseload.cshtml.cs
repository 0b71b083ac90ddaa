using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>
/// Caseload: a guide's own open contacts, oldest target first; a manager's open contacts per guide and per area of
/// the areas they manage. No names, contact details or free text of clients.
/// </summary>
[Authorize(Policy = DeskFeature.InboxPolicy)]
[NoClientData]
public sealed class CaseloadModel(FindQueuedContacts find, FindCaseload caseload, PerhesiltaDbContext db, IStringLocalizer<DeskText> text) : PageModel
{
    public QueuePage? Mine { get; private set; }

    public ManagerCaseload? Managed { get; private set; }

    public async Task OnGetAsync(int? pageNumber, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        if (User.IsInRole(StaffRoles.ServiceGuide))
        {
            var places = await ServedPlaces.LoadAsync(db, userId, cancellationToken);
            Mine = await find.HandleAsync(userId, places, new QueueQuery(QueueView.Mine, QueueSort.Target, PageNumber: pageNumber ?? 1), cancellationToken);
        }

        if (User.IsInRole(StaffRoles.Manager))
        {
            Managed = await caseload.HandleAsync(userId, cancellationToken);
        }
    }

    public string TimeLeftText(TimeLeft left) => TimeLeftTexts.Of(text, left);
}
