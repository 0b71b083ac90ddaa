using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Staff;

public enum SetStaffAccountActiveOutcome
{
    Done,
    NotFound,

    /// <summary>An administrator may not lock themselves out.</summary>
    RefusedForOneself,

    /// <summary>Someone must remain who can administer the accounts.</summary>
    RefusedForLastAdministrator,
}

/// <summary>
/// Deactivates or reactivates a staff account. A deactivated account cannot sign in and its sessions end at once; its
/// history stays, so accounts are never deleted.
/// </summary>
public sealed class SetStaffAccountActive(PerhesiltaDbContext db, UserManager<StaffUser> users, StaffSessions sessions, ISecurityEvents events)
{
    public async Task<SetStaffAccountActiveOutcome> HandleAsync(string userId, bool active, string actingUserId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return SetStaffAccountActiveOutcome.NotFound;
        }

        if (!active)
        {
            if (user.Id == actingUserId)
            {
                return SetStaffAccountActiveOutcome.RefusedForOneself;
            }

            if (user.IsActive
                && await users.IsInRoleAsync(user, StaffRoles.Administrator)
                && !await StaffAccountRules.AnotherActiveAdministratorExistsAsync(user.Id, db, cancellationToken))
            {
                return SetStaffAccountActiveOutcome.RefusedForLastAdministrator;
            }
        }

        if (user.IsActive == active)
        {
            return SetStaffAccountActiveOutcome.Done;
        }

        user.IsActive = active;
        var result = active ? await users.UpdateAsync(user) : await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Changing whether an account is active failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        if (!active)
        {
            await sessions.EndAllAsync(user.Id, StaffSessions.Reasons.Deactivated, cancellationToken);
        }

        await events.RecordActionAsync(active ? SecurityEventCodes.AccountReactivated : SecurityEventCodes.AccountDeactivated, user.Id, cancellationToken: cancellationToken);
        return SetStaffAccountActiveOutcome.Done;
    }
}
