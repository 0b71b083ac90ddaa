using Microsoft.AspNetCore.Identity;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Account;

/// <summary>
/// A person changes their own password; a temporary one given by an administrator must be changed before anything
/// else. Every other session of the account ends (the security stamp changes); this one is renewed.
/// </summary>
public sealed class ChangePassword(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, StaffSessions sessions, ISecurityEvents events)
{
    public async Task<FormErrors> HandleAsync(StaffUser user, Input input)
    {
        var errors = new FormErrors();
        if (string.IsNullOrEmpty(input.CurrentPassword))
        {
            errors.Add("current-password", "ChangePassword.Error.CurrentMissing");
        }

        if (string.IsNullOrEmpty(input.NewPassword))
        {
            errors.Add("new-password", "ChangePassword.Error.NewMissing");
        }
        else
        {
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, input.NewPassword);
                foreach (var error in result.Errors)
                {
                    errors.Add("new-password", "ChangePassword.Error." + error.Code);
                }
            }

            if (input.NewPassword == input.CurrentPassword)
            {
                errors.Add("new-password", "ChangePassword.Error.SameAsCurrent");
            }
        }

        if (!string.IsNullOrEmpty(input.NewPassword) && input.ConfirmPassword != input.NewPassword)
        {
            errors.Add("confirm-password", "ChangePassword.Error.Mismatch");
        }

        if (errors.Any)
        {
            return errors;
        }

        var changed = await users.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!);
        if (!changed.Succeeded)
        {
            errors.Add("current-password", changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? "ChangePassword.Error.CurrentWrong"
                : "ChangePassword.Error.Failed");
            return errors;
        }

        if (user.MustChangePassword)
        {
            SetupPaths.CloseTemporaryPassword(user);
            await users.UpdateAsync(user);
        }

        // Every session of the account ends, a copy of this one's cookie too; this person goes on in a renewed session
        // (with its second factor, the new security stamp and without the temporary-password mark).
        await sessions.EndAllAsync(user.Id, StaffSessions.Reasons.PasswordChanged);
        await signIn.RefreshSignInAsync(user);
        await events.RecordAsync(SecurityEventCodes.PasswordChanged, SecurityOutcome.Success, user.Id);
        return errors;
    }

    public sealed class Input
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
