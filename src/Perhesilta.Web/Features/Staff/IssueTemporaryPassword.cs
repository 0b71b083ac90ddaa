using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Staff;

/// <summary>The new temporary password, shown once to the administrator, and until when it works.</summary>
public sealed record IssuedTemporaryPassword(string Password, DateTime ExpiresAt);

/// <summary>
/// For a person who forgot their password, or whose temporary password expired before they used it: an administrator
/// gives a new temporary password. The old password stops working and every session of the account ends; the person
/// signs in with the new one (and their authenticator, or sets one up if they have none) within
/// <see cref="AuthOptions.SetupValidHours"/> and chooses their own password.
/// </summary>
public sealed class IssueTemporaryPassword(UserManager<StaffUser> users, SetupPaths setupPaths, StaffSessions sessions, ISecurityEvents events)
{
    public async Task<IssuedTemporaryPassword?> HandleAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var password = CreateStaffAccount.NewTemporaryPassword();
        setupPaths.IssueTemporaryPassword(user);

        // The reset token changes the password and the security stamp and saves the temporary-password mark with them.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            throw new InvalidOperationException("Giving a temporary password failed: " + string.Join("; ", reset.Errors.Select(e => e.Code)));
        }

        await sessions.EndAllAsync(user.Id, StaffSessions.Reasons.TemporaryPassword, cancellationToken);
        await events.RecordActionAsync(SecurityEventCodes.TemporaryPasswordIssued, user.Id, cancellationToken: cancellationToken);
        return new IssuedTemporaryPassword(password, user.TemporaryPasswordExpiresAt!.Value);
    }
}
