using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Account;

/// <summary>Signing out: a POST (from the layout's button); a GET shows the same button on a page of its own.</summary>
[AllowAnonymous]
[NoClientData]
public sealed class SignOutModel(SignInManager<StaffUser> signIn, ISecurityEvents events) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await events.RecordActionAsync(SecurityEventCodes.SignedOut);
        }

        // Ends the server-side session too (StaffSessionCookie), so that a copy of the cookie stops working at once.
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn", new { signedOut = true });
    }
}
