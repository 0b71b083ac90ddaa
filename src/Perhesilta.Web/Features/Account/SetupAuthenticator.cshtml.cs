using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Account;

/// <summary>
/// Setting up the authenticator app, for a person signed in with a password only and only on an open setup path (a
/// temporary password not yet changed, or a second-factor reset, within its validity). Confirming with a code ends
/// the account's other sessions, turns this one into a full (MFA) session and shows the recovery codes once.
/// </summary>
[Authorize(Policy = AuthPolicies.SignedIn)]
[NoClientData]
public sealed class SetupAuthenticatorModel(
    UserManager<StaffUser> users,
    StaffSignInManager signIn,
    SetupPaths setupPaths,
    StaffSessions sessions,
    ISecurityEvents events,
    EnableAuthenticator enableAuthenticator) : PageModel
{
    [BindProperty]
    public EnableAuthenticator.Input Input { get; set; } = new();

    public AuthenticatorSetup? Setup { get; private set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Filled once the setup succeeded: shown on this response only.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    /// <summary>Set when the way to set up has expired (or was never opened): the person asks an administrator.</summary>
    public bool Expired { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null || user.TwoFactorEnabled)
        {
            return await AlreadySetUpAsync(user);
        }

        if (!setupPaths.CanSetUpSecondFactor(user))
        {
            return await ExpiredAsync();
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

        if (!setupPaths.CanSetUpSecondFactor(user))
        {
            return await ExpiredAsync();
        }

        var result = await enableAuthenticator.HandleAsync(user, Input);
        if (result.ErrorKey is not null)
        {
            Errors.Add("code", result.ErrorKey);
            Setup = await enableAuthenticator.PrepareAsync(user, cancellationToken);
            return Page();
        }

        // Any other session of the account (another password-only one on the same setup path) ends; this one goes on.
        await sessions.EndAllAsync(user.Id, StaffSessions.Reasons.SecondFactorChanged, cancellationToken);
        await signIn.SignInWithSecondFactorAsync(user);
        await events.RecordAsync(SecurityEventCodes.SecondFactorSetUp, SecurityOutcome.Success, user.Id, cancellationToken: cancellationToken);
        RecoveryCodes = result.RecoveryCodes;
        return Page();
    }

    private async Task<IActionResult> ExpiredAsync()
    {
        await signIn.SignOutAsync();
        Expired = true;
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
