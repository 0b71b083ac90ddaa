using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Staff;

public sealed class CreateStaffAccountInput : StaffAccountFields
{
    public const int MaxEmailLength = 256;

    public string? Email { get; set; }
}

/// <summary>The new account, with its temporary password: shown once to the administrator and stored only as a hash.</summary>
public sealed record CreateStaffAccountResult(FormErrors Errors, string? UserId = null, string? TemporaryPassword = null, DateTime? TemporaryPasswordExpiresAt = null);

/// <summary>
/// An administrator creates a staff account. The person signs in first with a generated temporary password (within
/// its validity), then sets up the authenticator (the second factor) and chooses their own password before they can
/// see anything else.
/// </summary>
public sealed partial class CreateStaffAccount(
    PerhesiltaDbContext db,
    UserManager<StaffUser> users,
    SetupPaths setupPaths,
    ISecurityEvents events,
    TimeProvider clock)
{
    // No look-alike characters (0/O, 1/l/I), so that the password can be read aloud or copied by hand.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";

    public async Task<CreateStaffAccountResult> HandleAsync(CreateStaffAccountInput input, CancellationToken cancellationToken = default)
    {
        var errors = new FormErrors();
        var email = input.Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            errors.Add("email", "Account.Error.EmailRequired");
        }
        else if (email.Length > CreateStaffAccountInput.MaxEmailLength || !EmailPattern().IsMatch(email))
        {
            errors.Add("email", "Account.Error.EmailFormat");
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add("email", "Account.Error.EmailTaken");
        }

        await StaffAccountRules.ValidateAsync(input, errors, db, cancellationToken);
        if (errors.Any)
        {
            return new CreateStaffAccountResult(errors);
        }

        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        setupPaths.IssueTemporaryPassword(user);
        var password = NewTemporaryPassword();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            // Another administrator may have created the same address a moment ago.
            errors.Add("email", created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName") ? "Account.Error.EmailTaken" : "Account.Error.EmailFormat");
            return new CreateStaffAccountResult(errors);
        }

        var roles = await users.AddToRolesAsync(user, input.Roles.Distinct());
        if (!roles.Succeeded)
        {
            throw new InvalidOperationException("Adding roles to a new account failed: " + string.Join("; ", roles.Errors.Select(e => e.Code)));
        }

        var assigned = await StaffAccountRules.AssignAsync(user.Id, input, db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await events.RecordActionAsync(SecurityEventCodes.AccountCreated, user.Id, string.Join(' ', input.Roles.Distinct().Select(r => "+" + r)), cancellationToken);
        if (assigned is not null)
        {
            await events.RecordActionAsync(SecurityEventCodes.AreasChanged, user.Id, assigned, cancellationToken);
        }

        return new CreateStaffAccountResult(errors, user.Id, password, user.TemporaryPasswordExpiresAt);
    }

    /// <summary>One @, no spaces, and a domain with a dot: the address must be one that mail can be sent to.</summary>
    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailPattern();

    /// <summary>Four groups of five random characters (about 115 bits), with every kind of character Identity requires.</summary>
    internal static string NewTemporaryPassword()
    {
        const string all = Upper + Lower + Digits;
        while (true)
        {
            var chars = new char[20];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
            }

            if (chars.Any(Upper.Contains) && chars.Any(Lower.Contains) && chars.Any(Digits.Contains))
            {
                var text = new string(chars);
                return string.Join('-', text[..5], text[5..10], text[10..15], text[15..]);
            }
        }
    }
}
