using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Account;

/// <summary>
/// Finds the Perhesilta account of a person the county's staff directory has signed in. The directory's stable
/// subject (<c>oid</c> where the directory gives one, as Microsoft Entra ID does, else <c>sub</c>), under the one
/// configured issuer, is the key: stored as an Identity external login on the first sign-in and matched alone
/// afterwards, so a changed or reused e-mail address in the directory reaches no other account. The first link is
/// made by e-mail only when the directory vouches for the address (<c>email_verified</c>, or Entra's
/// <c>xms_edov</c>): an address a user may type into their own directory profile must not open someone's account.
/// </summary>
public sealed class MatchDirectoryAccount(UserManager<StaffUser> users, ISecurityEvents events, IConfiguration configuration)
{
    /// <summary>The account, or why none was matched (a reason of <see cref="SecurityEventCodes.Reasons"/>).</summary>
    public sealed record Match(StaffUser? User, string? Refusal);

    public async Task<Match> HandleAsync(ClaimsPrincipal external)
    {
        var issuer = DirectorySignIn.Issuer(configuration);
        var subject = external.FindFirst("oid") ?? external.FindFirst("sub");
        if (subject is null || string.IsNullOrWhiteSpace(subject.Value))
        {
            return new Match(null, SecurityEventCodes.Reasons.NoAccount);
        }

        // The handler has already refused tokens of other issuers; this keeps a link from ever being made under one.
        if (subject.Issuer != issuer)
        {
            return new Match(null, SecurityEventCodes.Reasons.WrongIssuer);
        }

        var linked = await users.FindByLoginAsync(issuer, subject.Value);
        if (linked is not null)
        {
            return linked.IsActive ? new Match(linked, null) : new Match(null, SecurityEventCodes.Reasons.Inactive);
        }

        var email = external.FindFirst("email")?.Value;
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            return new Match(null, SecurityEventCodes.Reasons.NoAccount);
        }

        if (!IsTrue(external, "email_verified") && !IsTrue(external, "xms_edov"))
        {
            return new Match(null, SecurityEventCodes.Reasons.EmailNotVerified);
        }

        if (!user.IsActive)
        {
            return new Match(null, SecurityEventCodes.Reasons.Inactive);
        }

        // One directory identity per account: an account already linked to another subject is not taken over.
        if ((await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == issuer)
            || !(await users.AddLoginAsync(user, new UserLoginInfo(issuer, subject.Value, DirectorySignIn.Scheme))).Succeeded)
        {
            return new Match(null, SecurityEventCodes.Reasons.LinkedToAnother);
        }

        await events.RecordAsync(SecurityEventCodes.DirectoryLinked, SecurityOutcome.Success, user.Id);
        return new Match(user, null);
    }

    private static bool IsTrue(ClaimsPrincipal principal, string type) =>
        string.Equals(principal.FindFirst(type)?.Value, "true", StringComparison.OrdinalIgnoreCase);
}
