using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Data;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// Identity's EF Core user store, with the authenticator key and the recovery codes encrypted at rest with ASP.NET Core
/// Data Protection (the key ring of the cookies). Identity's own personal-data protection would also encrypt the
/// e-mail addresses and names, which the administrators' search reads, and needs a lookup protector of our own: so
/// exactly these two tokens are protected here. A value written before this protection (plain text) is still read,
/// and <see cref="ProtectAuthenticatorTokens"/> encrypts such values at start-up.
/// </summary>
internal sealed class StaffUserStore(PerhesiltaDbContext context, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserStore<StaffUser, IdentityRole, PerhesiltaDbContext>(context, describer)
{
    public override async Task SetTokenAsync(StaffUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken)
    {
        var stored = value is not null && AuthenticatorTokens.IsProtected(loginProvider, name) ? AuthenticatorTokens.Protect(protection, value) : value;
        await base.SetTokenAsync(user, loginProvider, name, stored, cancellationToken);
    }

    public override async Task<string?> GetTokenAsync(StaffUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var stored = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return stored is not null && AuthenticatorTokens.IsProtected(loginProvider, name) ? AuthenticatorTokens.Unprotect(protection, stored) : stored;
    }
}

/// <summary>The tokens that hold second-factor secrets, and how they are stored.</summary>
public static class AuthenticatorTokens
{
    /// <summary>Identity's own names of the tokens (private constants of its <c>UserStoreBase</c>).</summary>
    public const string LoginProvider = "[AspNetUserStore]";
    public const string AuthenticatorKey = "AuthenticatorKey";
    public const string RecoveryCodes = "RecoveryCodes";

    /// <summary>Marks a protected value; a value without it is from before the protection.</summary>
    public const string Prefix = "dp1:";

    private const string Purpose = "Perhesilta.Auth.AuthenticatorTokens.v1";

    public static bool IsProtected(string loginProvider, string name) =>
        loginProvider == LoginProvider && name is AuthenticatorKey or RecoveryCodes;

    public static string Protect(IDataProtectionProvider protection, string value) =>
        Prefix + protection.CreateProtector(Purpose).Protect(value);

    public static string Unprotect(IDataProtectionProvider protection, string stored) =>
        stored.StartsWith(Prefix, StringComparison.Ordinal) ? protection.CreateProtector(Purpose).Unprotect(stored[Prefix.Length..]) : stored;
}

/// <summary>
/// At start-up (and in the <c>migrate</c> command), encrypts the authenticator keys and recovery codes that a version
/// before the protection stored as plain text, so that none is left readable in the database or its backups.
/// </summary>
internal sealed class ProtectAuthenticatorTokens(IDataProtectionProvider protection) : IDataSeeder
{
    public int Order => 5;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        var plain = await db.UserTokens
            .Where(t => t.LoginProvider == AuthenticatorTokens.LoginProvider
                && (t.Name == AuthenticatorTokens.AuthenticatorKey || t.Name == AuthenticatorTokens.RecoveryCodes)
                && t.Value != null && !t.Value.StartsWith(AuthenticatorTokens.Prefix))
            .ToListAsync(cancellationToken);
        foreach (var token in plain)
        {
            token.Value = AuthenticatorTokens.Protect(protection, token.Value!);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
