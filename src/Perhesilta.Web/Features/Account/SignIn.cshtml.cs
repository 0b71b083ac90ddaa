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
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IAuthenticationSchemeProvider schemes) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set by the cookie handler when a request came with a session that had ended.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Expired { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>A problem with the whole attempt (wrong credentials, lockout) rather than with one field.</summary>
    public string? Error { get; private set; }

    public bool DirectoryAvailable { get; private set; }

    public async Task OnGetAsync()
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        await FindDirectoryAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await FindDirectoryAsync();
        Expired = false;
        SignedOut = false;
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            Errors.Add("email", "SignIn.Error.EmailMissing");
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            Errors.Add("password", "SignIn.Error.PasswordMissing");
        }

        if (Errors.Any)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            Error = "SignIn.Error.Invalid";
            return Page();
        }

        // A deactivated account is refused by StaffSignInManager (NotAllowed) with the same message as a wrong
        // password, so that the page does not tell which accounts exist.
        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
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

    private async Task FindDirectoryAsync() => DirectoryAvailable = await schemes.GetSchemeAsync(DirectorySignIn.Scheme) is not null;

    private string? LocalOrNull(string? url) => url is not null && Url.IsLocalUrl(url) ? url : null;

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
