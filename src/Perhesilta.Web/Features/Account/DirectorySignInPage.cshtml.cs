using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Account;

/// <summary>
/// Sign-in through the county's staff directory (OpenID Connect), when configured: the POST sends the person to the
/// directory, and the directory's answer comes back here as a GET. Only an existing, active account with the same
/// e-mail address is signed in; accounts are never created from the directory.
/// </summary>
[AllowAnonymous]
[NoClientData]
public sealed class DirectorySignInPageModel(
    StaffSignInManager signIn,
    UserManager<StaffUser> users,
    IAuthenticationSchemeProvider schemes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>Where to continue once signed in. A link, not a redirect: see <see cref="OnGetAsync"/>.</summary>
    public string? ContinueUrl { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await schemes.GetSchemeAsync(DirectorySignIn.Scheme) is null)
        {
            return NotFound();
        }

        var back = DirectorySignIn.ReturnPath + (LocalOrNull(ReturnUrl) is { } url ? "?returnUrl=" + Uri.EscapeDataString(url) : "");
        return Challenge(new AuthenticationProperties { RedirectUri = back }, DirectorySignIn.Scheme);
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var email = external.Principal.FindFirst("email")?.Value;
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email);
        if (user is null || !user.IsActive)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            Error = "Directory.Error.NoAccount";
            return Page();
        }

        var mfa = external.Principal.HasClaim(AuthPolicies.MultiFactorClaimType, AuthPolicies.MultiFactorClaimValue);
        var result = await signIn.DirectorySignInAsync(user, mfa);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl = LocalOrNull(ReturnUrl) });
        }

        if (!result.Succeeded)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            Error = result.IsLockedOut ? "SignIn.Error.LockedOut" : "Directory.Error.NoAccount";
            return Page();
        }

        // This request is the end of a redirect chain that began at the directory, another site: a browser would not
        // send our SameSite=Strict cookie on a further redirect, so the person continues by a link of our own page.
        ContinueUrl = mfa ? LocalOrNull(ReturnUrl) ?? "/staff" : "/account/setup-authenticator";
        return Page();
    }

    private string? LocalOrNull(string? url) => url is not null && Url.IsLocalUrl(url) ? url : null;
}
