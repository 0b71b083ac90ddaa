using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.ServiceDirectory.Finder;

/// <summary>
/// Everything about one service, for the public and for the guides' links. A service that is no longer in use still
/// opens, with a notice, so that a contact's record of being guided to it keeps its meaning.
/// </summary>
[AllowAnonymous]
[NoClientData]
public sealed class ServiceDetailsModel(ShowServices show, IStringLocalizer<FinderText> text) : PageModel
{
    public ServiceCard Service { get; private set; } = null!;

    /// <summary>The finder with the search the reader came from, so that going back keeps it.</summary>
    public string BackLink { get; private set; } = FinderLinks.Finder;

    public bool HasSearch { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var cards = await show.HandleAsync([id], text["Finder.Closed"].Value, cancellationToken);
        if (cards.Count == 0)
        {
            return NotFound();
        }

        Service = cards[0];
        var search = FinderLinks.SearchOf(Request.Query);
        HasSearch = search.Length > 0;
        BackLink = FinderLinks.Finder + search + (HasSearch ? "#results" : "");
        return Page();
    }
}
