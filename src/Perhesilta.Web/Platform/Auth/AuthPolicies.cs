using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// Authorisation policies. Every endpoint needs <see cref="Staff"/> unless it says otherwise (the fallback policy),
/// and <see cref="Staff"/> needs a second factor: no client data is shown to a password alone.
/// </summary>
public static class AuthPolicies
{
    /// <summary>
    /// Signed in with password and a second factor (TOTP, a recovery code, or the county's directory with MFA), and
    /// no temporary password waiting to be changed.
    /// </summary>
    public const string Staff = "Staff";

    /// <summary>Signed in with a second factor, a temporary password allowed: only for changing that password.</summary>
    public const string SecondFactor = "SecondFactor";

    /// <summary>Signed in with a password only: may set up the second factor and nothing else.</summary>
    public const string SignedIn = "SignedIn";

    public const string ServiceGuide = "Role:" + StaffRoles.ServiceGuide;
    public const string Professional = "Role:" + StaffRoles.Professional;
    public const string Manager = "Role:" + StaffRoles.Manager;
    public const string Administrator = "Role:" + StaffRoles.Administrator;
    public const string DirectoryEditor = "Role:" + StaffRoles.DirectoryEditor;

    /// <summary>The claim that SignInManager adds when the second factor was used.</summary>
    public const string MultiFactorClaimType = "amr";
    public const string MultiFactorClaimValue = "mfa";

    public static void Add(AuthorizationOptions options)
    {
        var secondFactor = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(MultiFactorClaimType, MultiFactorClaimValue)
            .Build();
        var staff = new AuthorizationPolicyBuilder()
            .Combine(secondFactor)
            .RequireAssertion(context => !MustChangePassword(context.User))
            .Build();
        options.AddPolicy(Staff, staff);
        options.AddPolicy(SecondFactor, secondFactor);
        options.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        foreach (var role in StaffRoles.All)
        {
            options.AddPolicy("Role:" + role, policy => policy.Combine(staff).RequireRole(role));
        }

        options.FallbackPolicy = staff;
    }

    /// <summary>A feature's policy: staff (second factor, no temporary password waiting) in any of <paramref name="roles"/>.</summary>
    public static void AddStaffInRoles(this AuthorizationOptions options, string name, params string[] roles) =>
        options.AddPolicy(name, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(MultiFactorClaimType, MultiFactorClaimValue)
            .RequireAssertion(context => !MustChangePassword(context.User))
            .RequireRole(roles));

    public static bool HasSecondFactor(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.HasClaim(MultiFactorClaimType, MultiFactorClaimValue);

    public static bool MustChangePassword(ClaimsPrincipal user) => user.HasClaim(c => c.Type == StaffClaims.MustChangePassword);
}

public static class StaffClaims
{
    public const string DisplayName = "perhesilta:name";

    /// <summary>Present while the account has a temporary password; the person must choose their own first.</summary>
    public const string MustChangePassword = "perhesilta:must-change-password";
}
