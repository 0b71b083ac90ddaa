using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Staff;

public sealed class UpdateStaffAccountInput : StaffAccountFields
{
    /// <summary>Identity's concurrency stamp as it was when the form was shown: a change made meanwhile is not overwritten.</summary>
    public string? ConcurrencyStamp { get; set; }
}

public enum UpdateStaffAccountOutcome
{
    Saved,
    Invalid,
    NotFound,

    /// <summary>Someone changed the account after the form was shown; nothing was saved.</summary>
    ChangedMeanwhile,
}

public sealed record UpdateStaffAccountResult(UpdateStaffAccountOutcome Outcome, FormErrors Errors);

/// <summary>An administrator changes a person's name, roles, areas and single municipalities; role and area changes are security events.</summary>
public sealed class UpdateStaffAccount(PerhesiltaDbContext db, UserManager<StaffUser> users, ISecurityEvents events)
{
    public async Task<UpdateStaffAccountResult> HandleAsync(string userId, UpdateStaffAccountInput input, CancellationToken cancellationToken = default)
    {
        var errors = new FormErrors();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new UpdateStaffAccountResult(UpdateStaffAccountOutcome.NotFound, errors);
        }

        if (user.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            errors.Add("name", "Account.Error.ChangedMeanwhile");
            return new UpdateStaffAccountResult(UpdateStaffAccountOutcome.ChangedMeanwhile, errors);
        }

        await StaffAccountRules.ValidateAsync(input, errors, db, cancellationToken);
        var current = await users.GetRolesAsync(user);
        var wanted = input.Roles.Distinct().ToList();
        if (!errors.Any
            && user.IsActive
            && current.Contains(StaffRoles.Administrator)
            && !wanted.Contains(StaffRoles.Administrator)
            && !await StaffAccountRules.AnotherActiveAdministratorExistsAsync(user.Id, db, cancellationToken))
        {
            errors.Add("roles", "Account.Error.LastAdministrator");
        }

        if (errors.Any)
        {
            return new UpdateStaffAccountResult(UpdateStaffAccountOutcome.Invalid, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = input.DisplayName!.Trim();
        var removed = current.Except(wanted).ToList();
        var added = wanted.Except(current).ToList();
        var results = new List<IdentityResult>();
        if (removed.Count > 0)
        {
            results.Add(await users.RemoveFromRolesAsync(user, removed));
        }

        if (added.Count > 0)
        {
            results.Add(await users.AddToRolesAsync(user, added));
        }

        // Saves the name and checks the concurrency stamp once more against the database, for an edit that raced this one.
        results.Add(await users.UpdateAsync(user));
        if (results.Any(r => !r.Succeeded))
        {
            errors.Add("name", "Account.Error.ChangedMeanwhile");
            return new UpdateStaffAccountResult(UpdateStaffAccountOutcome.ChangedMeanwhile, errors);
        }

        var assigned = await StaffAccountRules.AssignAsync(user.Id, input, db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (added.Count + removed.Count > 0)
        {
            var roleChanges = added.Select(r => "+" + r).Concat(removed.Select(r => "-" + r));
            await events.RecordActionAsync(SecurityEventCodes.RolesChanged, user.Id, string.Join(' ', roleChanges), cancellationToken);
        }

        if (assigned is not null)
        {
            await events.RecordActionAsync(SecurityEventCodes.AreasChanged, user.Id, assigned, cancellationToken);
        }

        return new UpdateStaffAccountResult(UpdateStaffAccountOutcome.Saved, errors);
    }
}
