using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Auth;
using QRCoder;

namespace Perhesilta.Features.Account;

/// <summary>
/// Sets up the second factor of an account that has none: shows a new authenticator key, and once the person proves
/// with a code that their app has it, turns two-factor sign-in on and hands out recovery codes (shown once).
/// </summary>
public sealed class EnableAuthenticator(UserManager<StaffUser> users, IUserStore<StaffUser> store)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The key to show, created on first visit and kept until the setup is confirmed.</summary>
    public async Task<AuthenticatorSetup> PrepareAsync(StaffUser user, CancellationToken cancellationToken)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Through the store rather than ResetAuthenticatorKeyAsync: that also renews the security stamp, which
            // would end the very session that is setting up the key.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<StaffUser>)store).SetAuthenticatorKeyAsync(user, key, cancellationToken);

            // The time steps used with an earlier key say nothing about the new one.
            user.LastTotpTimeStep = null;
            var saved = await users.UpdateAsync(user);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException("Saving the authenticator key failed: " + string.Join("; ", saved.Errors.Select(e => e.Code)));
            }
        }

        var uri = AuthenticatorKey.Uri(user.Email ?? user.UserName ?? user.Id, key);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new AuthenticatorSetup(AuthenticatorKey.Format(key), uri, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    /// <summary>Checks the code and, when it is right, enables the second factor and returns the recovery codes.</summary>
    public async Task<Result> HandleAsync(StaffUser user, Input input)
    {
        var code = TotpCode.Normalize(input.Code);
        if (code is null)
        {
            return Result.Refused(string.IsNullOrWhiteSpace(input.Code) ? "TwoFactor.Error.Missing" : "TwoFactor.Error.Format");
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return Result.Refused("Setup.Error.Invalid");
        }

        // The setup path is spent: a reset opens the way to one authenticator only.
        SetupPaths.CloseSecondFactorSetup(user);
        var enabled = await users.SetTwoFactorEnabledAsync(user, true);
        if (!enabled.Succeeded)
        {
            return Result.Refused("Setup.Error.Invalid");
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return Result.Enabled([.. codes ?? []]);
    }

    public sealed class Input
    {
        public string? Code { get; set; }
    }

    public sealed record Result(string? ErrorKey, IReadOnlyList<string> RecoveryCodes)
    {
        public static Result Refused(string errorKey) => new(errorKey, []);

        public static Result Enabled(IReadOnlyList<string> codes) => new(null, codes);
    }
}

public sealed record AuthenticatorSetup(string FormattedKey, string Uri, string QrCodeDataUri);

/// <summary>What a person may type for a six-digit code: spaces and a hyphen in the middle are allowed.</summary>
public static class TotpCode
{
    public static string? Normalize(string? input)
    {
        var code = (input ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return code.Length == 6 && code.All(char.IsAsciiDigit) ? code : null;
    }
}
