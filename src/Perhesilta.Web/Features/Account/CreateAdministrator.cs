using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;
using Perhesilta.Platform.Operations;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Account;

/// <summary>
/// <c>create-admin --email x --name "Y"</c>: creates the first administrator of a production installation, where no
/// default password exists. The random temporary password is printed once; the person must change it and set up
/// their authenticator at first sign-in.
/// </summary>
public sealed class CreateAdministrator : IAdminCommand
{
    // No look-alike characters (0/O, 1/l/I), so that the password can be read from a terminal and typed.
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int PasswordLength = 20;

    private readonly TextWriter _output;
    private readonly TextWriter _error;

    public CreateAdministrator()
        : this(Console.Out, Console.Error)
    {
    }

    internal CreateAdministrator(TextWriter output, TextWriter error)
    {
        _output = output;
        _error = error;
    }

    public string Name => "create-admin";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var email = Option(args, "--email")?.Trim();
        var name = Option(args, "--name")?.Trim();
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(name))
        {
            await _error.WriteLineAsync("Usage: create-admin --email <address> --name \"<full name>\"");
            return 2;
        }

        if (!new EmailAddressAttribute().IsValid(email))
        {
            await _error.WriteLineAsync($"'{email}' is not an e-mail address.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await _error.WriteLineAsync("The database is not up to date; run the 'migrate' command first.");
            return 1;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var setupPaths = scope.ServiceProvider.GetRequiredService<SetupPaths>();
        var events = scope.ServiceProvider.GetRequiredService<ISecurityEvents>();
        var password = NewPassword();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (!existing.MustChangePassword || !await users.IsInRoleAsync(existing, StaffRoles.Administrator))
            {
                await _error.WriteLineAsync($"An account with the e-mail address {email} already exists; nothing was changed.");
                return 1;
            }

            // An administrator who never got to choose a password (say, the first one's temporary password expired)
            // gets a new temporary password, or the installation would have nobody to administer it.
            Check(await users.RemovePasswordAsync(existing));
            Check(await users.AddPasswordAsync(existing, password));
            setupPaths.IssueTemporaryPassword(existing);
            Check(await users.UpdateAsync(existing));
            await events.RecordAsync(SecurityEventCodes.TemporaryPasswordIssued, SecurityOutcome.Success, null, Name, existing.Id, cancellationToken);
            await _output.WriteLineAsync($"The administrator {email} had not yet chosen a password: gave a new temporary password.");
            await WritePasswordAsync(password, existing);
            return 0;
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await roles.RoleExistsAsync(StaffRoles.Administrator))
        {
            Check(await roles.CreateAsync(new IdentityRole(StaffRoles.Administrator)));
        }

        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        setupPaths.IssueTemporaryPassword(user);
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, StaffRoles.Administrator));
        await transaction.CommitAsync(cancellationToken);
        await events.RecordAsync(SecurityEventCodes.AccountCreated, SecurityOutcome.Success, null, Name, user.Id, cancellationToken);

        await _output.WriteLineAsync($"Created the administrator {email} ({name}).");
        await WritePasswordAsync(password, user);
        await _output.WriteLineAsync("At first sign-in they choose their own password and set up an authenticator app.");
        return 0;
    }

    private async Task WritePasswordAsync(string password, StaffUser user)
    {
        await _output.WriteLineAsync($"Temporary password (shown only now): {password}");
        await _output.WriteLineAsync(
            $"It works until {HelsinkiTime.ToLocal(user.TemporaryPasswordExpiresAt!.Value):yyyy-MM-dd HH:mm} (Finnish time); after that, run this command again for a new one.");
    }

    internal static string NewPassword()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Alphabet, PasswordLength);
            if (password.Any(char.IsAsciiLetterUpper) && password.Any(char.IsAsciiLetterLower) && password.Any(char.IsAsciiDigit))
            {
                return password;
            }
        }
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Creating the administrator failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
