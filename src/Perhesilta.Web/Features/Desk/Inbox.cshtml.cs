using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.Desk;

/// <summary>The guides' inbox: the open contacts of their areas. It shows no names, contact details or free text.</summary>
[Authorize(Policy = DeskFeature.InboxPolicy)]
[NoClientData]
public sealed class InboxModel(FindOpenContacts find) : PageModel
{
    public const string SortByRespondBy = "respond-by";

    public InboxPage Inbox { get; private set; } = null!;

    public InboxOrder Order { get; private set; }

    public async Task OnGetAsync(string? sort, int? pageNumber, CancellationToken cancellationToken)
    {
        Order = sort == SortByRespondBy ? InboxOrder.RespondBy : InboxOrder.Arrived;
        Inbox = await find.HandleAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, Order, pageNumber ?? 1, cancellationToken);
    }

    public string PageUrl(int pageNumber) =>
        "/desk?" + (Order == InboxOrder.RespondBy ? "sort=" + SortByRespondBy + "&" : "") + "pageNumber=" + pageNumber.ToString(CultureInfo.InvariantCulture);
}
