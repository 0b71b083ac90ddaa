using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// Verifies authenticator codes (TOTP, RFC 6238: 30-second steps, six digits, SHA-1) and accepts each time step at
/// most once per account: a code that was already used, or one older than it, is refused (RFC 6238 §5.2). One step of
/// clock drift either way is allowed.
/// </summary>
internal sealed class ReplayProofAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<StaffUser>
{
    public const string Name = "PerhesiltaAuthenticator";

    private static readonly VerificationWindow Drift = new(previous: 1, future: 1);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The code comes from the person's app, never from us.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, Drift))
        {
            return false;
        }

        if (user.LastTotpTimeStep is { } last && step <= last)
        {
            return false;
        }

        // The concurrency stamp makes two simultaneous uses of one code fail for all but one of them.
        user.LastTotpTimeStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
