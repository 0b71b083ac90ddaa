using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Account;

/// <summary>One's own account security: the second factor, the recovery codes left and new ones, the password.</summary>
[Authorize(Policy = AuthPolicies.Staff)]
[NoClientData]
public sealed class SecurityModel(UserManager<StaffUser> users, ISecurityEvents events) : PageModel
{
    public bool TwoFactorEnabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>New recovery codes, shown on the response that created them only.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public bool PasswordChanged { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool passwordChanged = false)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        PasswordChanged = passwordChanged;
        await DescribeAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRegenerateAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            // Recovery codes stand in for the authenticator; without one they would be of no use.
            return RedirectToPage("/Account/SetupAuthenticator");
        }

        // The old codes stop working at once: only the new ones are stored.
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableAuthenticator.RecoveryCodeCount) ?? []];
        await events.RecordActionAsync(SecurityEventCodes.RecoveryCodesRenewed);
        await DescribeAsync(user);
        return Page();
    }

    private async Task DescribeAsync(StaffUser user)
    {
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
    }
}
