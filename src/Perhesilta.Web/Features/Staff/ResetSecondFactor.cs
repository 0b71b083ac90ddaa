using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Staff;

/// <summary>
/// For a person who lost their authenticator: the old key and recovery codes stop working, their sessions end at once,
/// and at their next sign-in, within <see cref="AuthOptions.SetupValidHours"/>, they set up a new authenticator before
/// anything else. After that time the way is closed, and the administrator resets it again.
/// </summary>
public sealed class ResetSecondFactor(
    UserManager<StaffUser> users,
    IUserStore<StaffUser> store,
    SetupPaths setupPaths,
    StaffSessions sessions,
    ISecurityEvents events)
{
    public async Task<bool> HandleAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        await ((IUserTwoFactorRecoveryCodeStore<StaffUser>)store).ReplaceCodesAsync(user, [], cancellationToken);
        user.LastTotpTimeStep = null;
        setupPaths.OpenSecondFactorSetup(user);
        Check(await users.UpdateSecurityStampAsync(user));
        await sessions.EndAllAsync(user.Id, StaffSessions.Reasons.SecondFactorChanged, cancellationToken);
        await events.RecordActionAsync(SecurityEventCodes.SecondFactorReset, user.Id, cancellationToken: cancellationToken);
        return true;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Resetting the second factor failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
