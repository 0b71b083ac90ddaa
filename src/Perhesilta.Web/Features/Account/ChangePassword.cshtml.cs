using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Account;

/// <summary>
/// Changing one's password. Open to a full session that still has a temporary password (policy
/// <see cref="AuthPolicies.SecondFactor"/>): every other page sends such a session here.
/// </summary>
[Authorize(Policy = AuthPolicies.SecondFactor)]
[NoClientData]
public sealed class ChangePasswordModel(UserManager<StaffUser> users, ChangePassword changePassword) : PageModel
{
    [BindProperty]
    public ChangePassword.Input Input { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public bool Forced { get; private set; }

    public void OnGet() => Forced = AuthPolicies.MustChangePassword(User);

    public async Task<IActionResult> OnPostAsync()
    {
        Forced = AuthPolicies.MustChangePassword(User);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Errors = await changePassword.HandleAsync(user, Input);
        if (Errors.Any)
        {
            return Page();
        }

        return Forced ? LocalRedirect("/staff") : RedirectToPage("/Account/Security", new { passwordChanged = true });
    }
}
