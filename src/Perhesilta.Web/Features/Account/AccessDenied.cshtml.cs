using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Account;

/// <summary>
/// Where the staff cookie sends a person whom a page refused. Without a second factor the way on is to set one up;
/// with a temporary password, to change it; otherwise the answer is a plain 403.
/// </summary>
[AllowAnonymous]
[NoClientData]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class AccessDeniedModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!AuthPolicies.HasSecondFactor(User))
        {
            return RedirectToPage("/Account/SetupAuthenticator");
        }

        if (AuthPolicies.MustChangePassword(User))
        {
            return RedirectToPage("/Account/ChangePassword");
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
