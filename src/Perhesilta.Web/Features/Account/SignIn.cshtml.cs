using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Account;

/// <summary>The first step of signing in: e-mail and password. The second factor follows on <c>/account/two-factor</c>.</summary>
[AllowAnonymous]
[NoClientData]
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync() => await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            Error = "SignIn.Error.Missing";
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null || !user.IsActive)
        {
            Error = "SignIn.Error.Invalid";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl = LocalOrNull(ReturnUrl) });
        }

        if (result.IsLockedOut)
        {
            Error = "SignIn.Error.LockedOut";
            return Page();
        }

        if (!result.Succeeded)
        {
            Error = "SignIn.Error.Invalid";
            return Page();
        }

        // Signed in with a password only: the second factor must be set up before anything else.
        return RedirectToPage("/Account/SetupAuthenticator");
    }

    private string? LocalOrNull(string? url) => url is not null && Url.IsLocalUrl(url) ? url : null;

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
