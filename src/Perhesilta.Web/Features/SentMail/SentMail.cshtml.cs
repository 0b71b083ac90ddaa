using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.SentMail;

/// <summary>The outbox as administrators see it: what was sent, what waits and what failed, with recipients masked.</summary>
[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class SentMailModel(FindSentMail find) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    // Not "page": Razor Pages uses that route value for the page's own path.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public FindSentMail.Result Result { get; private set; } = new([], 1, false, false);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await find.HandleAsync(Status, PageNumber, cancellationToken);

    /// <summary>The address of another page of the same list.</summary>
    public string PageUrl(int page) => "/admin/sent-mail" + QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status,
        ["pageNumber"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
