using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Staff;

/// <summary>
/// For a person who lost their authenticator: the old key and recovery codes stop working, their sessions end, and
/// at the next sign-in they must set up a new authenticator before anything else.
/// </summary>
public sealed class ResetSecondFactor(UserManager<StaffUser> users, IUserStore<StaffUser> store)
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
        Check(await users.UpdateSecurityStampAsync(user));
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
