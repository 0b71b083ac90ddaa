using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Account;

/// <summary>
/// Setting up the authenticator app, for a person signed in with a password only. Confirming with a code turns the
/// session into a full (MFA) one and shows the recovery codes once.
/// </summary>
[Authorize(Policy = AuthPolicies.SignedIn)]
[NoClientData]
public sealed class SetupAuthenticatorModel(
    UserManager<StaffUser> users,
    StaffSignInManager signIn,
    EnableAuthenticator enableAuthenticator) : PageModel
{
    [BindProperty]
    public EnableAuthenticator.Input Input { get; set; } = new();

    public AuthenticatorSetup? Setup { get; private set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Filled once the setup succeeded: shown on this response only.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null || user.TwoFactorEnabled)
        {
            return await AlreadySetUpAsync(user);
        }

        Setup = await enableAuthenticator.PrepareAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null || user.TwoFactorEnabled)
        {
            return await AlreadySetUpAsync(user);
        }

        var result = await enableAuthenticator.HandleAsync(user, Input);
        if (result.ErrorKey is not null)
        {
            Errors.Add("code", result.ErrorKey);
            Setup = await enableAuthenticator.PrepareAsync(user, cancellationToken);
            return Page();
        }

        await signIn.SignInWithSecondFactorAsync(user);
        RecoveryCodes = result.RecoveryCodes;
        return Page();
    }

    private async Task<IActionResult> AlreadySetUpAsync(StaffUser? user)
    {
        if (user is not null && AuthPolicies.HasSecondFactor(User))
        {
            return RedirectToPage("/Account/Security");
        }

        // A password alone must never replace an existing second factor: start signing in again.
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
