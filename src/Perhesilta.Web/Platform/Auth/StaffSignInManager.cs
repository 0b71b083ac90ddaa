using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// Identity's sign-in with Perhesilta's rules: a deactivated account cannot sign in by any route, and its existing
/// sessions end at the next security-stamp check (within a minute).
/// </summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffUser user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(StaffUser? user, string? securityStamp) =>
        user is { IsActive: true } && await base.ValidateSecurityStampAsync(user, securityStamp);

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is null || !await CanSignInAsync(user))
        {
            return SignInResult.NotAllowed;
        }

        if (await IsLockedOut(user))
        {
            return SignInResult.LockedOut;
        }

        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (!result.Succeeded)
        {
            // Identity does not count wrong recovery codes; guessing them must lock the account like wrong passwords.
            await UserManager.AccessFailedAsync(user);
            return await IsLockedOut(user) ? SignInResult.LockedOut : result;
        }

        return result;
    }

    /// <summary>Completes the second factor set up during a password-only session: the new session counts as MFA.</summary>
    public Task SignInWithSecondFactorAsync(StaffUser user) =>
        SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AuthPolicies.MultiFactorClaimType, AuthPolicies.MultiFactorClaimValue)]);

    /// <summary>
    /// Signs in a person whom the county's staff directory has authenticated. The directory's own MFA counts as the
    /// second factor; otherwise the person continues to the local authenticator step (or to setting one up).
    /// </summary>
    public async Task<SignInResult> DirectorySignInAsync(StaffUser user, bool directoryUsedMfa)
    {
        if (!await CanSignInAsync(user))
        {
            return SignInResult.NotAllowed;
        }

        if (await IsLockedOut(user))
        {
            return SignInResult.LockedOut;
        }

        await Context.SignOutAsync(IdentityConstants.ExternalScheme);
        if (directoryUsedMfa)
        {
            await SignInWithClaimsAsync(
                user,
                isPersistent: false,
                [
                    new Claim(AuthPolicies.MultiFactorClaimType, AuthPolicies.MultiFactorClaimValue),
                    new Claim(ClaimTypes.AuthenticationMethod, DirectorySignIn.Scheme),
                ]);
            return SignInResult.Success;
        }

        return await SignInOrTwoFactorAsync(user, isPersistent: false, loginProvider: DirectorySignIn.Scheme);
    }
}
