using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Referrals;

/// <summary>The professional's referral inbox: the referrals of their services and those addressed to them, nothing else.</summary>
[Authorize(Policy = AuthPolicies.Professional)]
[NoClientData]
public sealed class InboxModel(FindInboxReferrals find) : PageModel
{
    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Services { get; private set; } = [];

    public bool All { get; private set; }

    public async Task OnGetAsync(string? view, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        All = view == "all";
        Rows = await find.HandleAsync(userId, !All, cancellationToken);
        Services = await find.ServicesOfAsync(userId, cancellationToken);
    }
}
