using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Families;

/// <summary>
/// A family's record: its members (the only page that shows their identity codes) and all its contacts. For the
/// guides of the family's area or municipality, or of any of its contacts; viewing it is access-logged.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Family")]
public sealed class FamilyDetailsModel(ShowFamily show) : PageModel
{
    public FamilyView View { get; private set; } = null!;

    [TempData]
    public string? FamilyNotice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await show.HandleAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        if (this.RefusalFor(result.Access) is { } refusal)
        {
            return refusal;
        }

        View = result.View!;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
