using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Account;

/// <summary>
/// Sign-in through the county's staff directory (OpenID Connect), when configured: the POST sends the person to the
/// directory, and the directory's answer comes back here as a GET. Only an existing, active account linked to the
/// directory identity (see <see cref="MatchDirectoryAccount"/>) is signed in; accounts are never created from the directory.
/// </summary>
[AllowAnonymous]
[NoClientData]
public sealed class DirectorySignInPageModel(
    StaffSignInManager signIn,
    MatchDirectoryAccount match,
    ISecurityEvents events,
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

        var (user, refusal) = await match.HandleAsync(external.Principal);
        if (user is null)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            await events.RecordAsync(SecurityEventCodes.SignInDirectory, SecurityOutcome.Failure, null, refusal);
            Error = "Directory.Error.NoAccount";
            return Page();
        }

        var mfa = external.Principal.HasClaim(AuthPolicies.MultiFactorClaimType, AuthPolicies.MultiFactorClaimValue);
        var result = await signIn.DirectorySignInAsync(user, mfa);
        if (result.RequiresTwoFactor)
        {
            await events.RecordAsync(SecurityEventCodes.SignInDirectory, SecurityOutcome.Success, user.Id, "password");
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl = LocalOrNull(ReturnUrl) });
        }

        if (!result.Succeeded)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            await events.RecordAsync(SecurityEventCodes.SignInDirectory, SecurityOutcome.Failure, user.Id,
                result.IsLockedOut ? SecurityEventCodes.Reasons.LockedOut : SecurityEventCodes.Reasons.Inactive);
            Error = result.IsLockedOut ? "SignIn.Error.LockedOut" : "Directory.Error.NoAccount";
            return Page();
        }

        await events.RecordAsync(SecurityEventCodes.SignInDirectory, SecurityOutcome.Success, user.Id, mfa ? "mfa" : "password");

        // This request is the end of a redirect chain that began at the directory, another site: a browser would not
        // send our SameSite=Strict cookie on a further redirect, so the person continues by a link of our own page.
        ContinueUrl = mfa ? LocalOrNull(ReturnUrl) ?? "/staff" : "/account/setup-authenticator";
        return Page();
    }

    private string? LocalOrNull(string? url) => url is not null && Url.IsLocalUrl(url) ? url : null;
}
