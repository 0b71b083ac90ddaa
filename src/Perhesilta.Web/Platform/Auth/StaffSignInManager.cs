using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.Security;

namespace Perhesilta.Platform.Auth;

/// <summary>What the password step of signing in led to.</summary>
public enum PasswordSignIn
{
    /// <summary>Wrong e-mail or password, throttled, deactivated or locked: one answer for all, so nothing is revealed.</summary>
    Refused,

    /// <summary>The password was right; the authenticator code comes next.</summary>
    SecondFactorRequired,

    /// <summary>Signed in with a password only, on an open setup path: the authenticator is set up next.</summary>
    SetUpSecondFactor,

    /// <summary>The right temporary password, but past its validity.</summary>
    TemporaryPasswordExpired,

    /// <summary>The right password, no second factor, and no open way to set one up.</summary>
    SetupExpired,
}

/// <summary>
/// Identity's sign-in with Perhesilta's rules: a deactivated account cannot sign in by any route; password attempts are
/// throttled by client address and account instead of locking the account; every attempt is a security event.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation,
    SignInThrottle throttle,
    SetupPaths setupPaths,
    ISecurityEvents events)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static string? _dummyHash;

    public override async Task<bool> CanSignInAsync(StaffUser user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(StaffUser? user, string? securityStamp) =>
        user is { IsActive: true } && await base.ValidateSecurityStampAsync(user, securityStamp);

    /// <summary>
    /// The first step of signing in. Known and unknown accounts, wrong passwords and refused attempts take the same
    /// work (a password hash is verified in each case) and get the same answer; only the right password learns more.
    /// </summary>
    public async Task<PasswordSignIn> PasswordStepAsync(string email, string password)
    {
        var cancellationToken = Context.RequestAborted;
        var user = await UserManager.FindByEmailAsync(email);
        var refusal = await throttle.RefusalAsync(ClientAddress.Of(Context), user?.Id ?? "", cancellationToken);
        if (user is null || refusal is not null)
        {
            VerifyDummyPassword(password);
            await (refusal is null
                ? FailedAsync(null, SecurityEventCodes.Reasons.UnknownAccount)
                : events.RecordAsync(SecurityEventCodes.SignInThrottled, SecurityOutcome.Failure, user?.Id, refusal, cancellationToken: cancellationToken));
            return PasswordSignIn.Refused;
        }

        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            await FailedAsync(user.Id, SecurityEventCodes.Reasons.WrongPassword);
            return PasswordSignIn.Refused;
        }

        if (!user.IsActive || await UserManager.IsLockedOutAsync(user))
        {
            await FailedAsync(user.Id, user.IsActive ? SecurityEventCodes.Reasons.LockedOut : SecurityEventCodes.Reasons.Inactive);
            return PasswordSignIn.Refused;
        }

        if (setupPaths.TemporaryPasswordExpired(user))
        {
            await FailedAsync(user.Id, SecurityEventCodes.Reasons.TemporaryPasswordExpired);
            return PasswordSignIn.TemporaryPasswordExpired;
        }

        if (!user.TwoFactorEnabled && !setupPaths.CanSetUpSecondFactor(user))
        {
            await FailedAsync(user.Id, SecurityEventCodes.Reasons.SetupExpired);
            return PasswordSignIn.SetupExpired;
        }

        await events.RecordAsync(SecurityEventCodes.SignInPassword, SecurityOutcome.Success, user.Id, cancellationToken: cancellationToken);
        var result = await SignInOrTwoFactorAsync(user, isPersistent: false);
        return result.RequiresTwoFactor ? PasswordSignIn.SecondFactorRequired : PasswordSignIn.SetUpSecondFactor;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var lockedBefore = user is not null && await UserManager.IsLockedOutAsync(user);
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        await RecordSecondFactorAsync(user, lockedBefore, result, "authenticator");
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is null || !await CanSignInAsync(user))
        {
            return SignInResult.NotAllowed;
        }

        if (await IsLockedOut(user))
        {
            await RecordSecondFactorAsync(user, lockedBefore: true, SignInResult.LockedOut, "recovery-code");
            return SignInResult.LockedOut;
        }

        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (!result.Succeeded)
        {
            // Identity does not count wrong recovery codes; guessing them must lock the account like wrong codes.
            await UserManager.AccessFailedAsync(user);
            result = await IsLockedOut(user) ? SignInResult.LockedOut : result;
        }

        await RecordSecondFactorAsync(user, lockedBefore: false, result, "recovery-code");
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

    private Task FailedAsync(string? accountId, string reason) =>
        events.RecordAsync(SecurityEventCodes.SignInPassword, SecurityOutcome.Failure, accountId, reason, cancellationToken: Context.RequestAborted);

    private async Task RecordSecondFactorAsync(StaffUser? user, bool lockedBefore, SignInResult result, string method)
    {
        if (user is null)
        {
            return;
        }

        if (result.Succeeded)
        {
            await events.RecordAsync(SecurityEventCodes.SignInSecondFactor, SecurityOutcome.Success, user.Id, method);
            return;
        }

        await events.RecordAsync(
            SecurityEventCodes.SignInSecondFactor,
            SecurityOutcome.Failure,
            user.Id,
            method + " " + (result.IsLockedOut ? SecurityEventCodes.Reasons.LockedOut : SecurityEventCodes.Reasons.WrongCode));
        if (result.IsLockedOut && !lockedBefore)
        {
            await events.RecordAsync(SecurityEventCodes.AccountLockedOut, SecurityOutcome.Failure, user.Id, method);
        }
    }

    /// <summary>Verifies the password against a hash no account has, taking the time a real check takes.</summary>
    private void VerifyDummyPassword(string password)
    {
        var dummy = new StaffUser { DisplayName = "" };
        _dummyHash ??= UserManager.PasswordHasher.HashPassword(dummy, RandomNumberGenerator.GetHexString(32));
        UserManager.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, password);
    }
}
