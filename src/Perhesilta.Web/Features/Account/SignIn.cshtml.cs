using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Account;

/// <summary>The first step of signing in: e-mail and password. The second factor follows on <c>/account/two-factor</c>.</summary>
[AllowAnonymous]
[NoClientData]
public sealed class SignInModel(StaffSignInManager signIn, IAuthenticationSchemeProvider schemes, IOptions<AuthOptions> options) : PageModel
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

    /// <summary>A problem with the whole attempt (wrong credentials, throttled, expired) rather than with one field.</summary>
    public string? Error { get; private set; }

    /// <summary>How long signing in pauses after too many failures, for the message.</summary>
    public int ThrottleMinutes => options.Value.SignInThrottleMinutes;

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

        // Wrong, unknown, deactivated, locked and throttled all get one answer, so that the page tells nobody which
        // accounts exist; only the right password learns that a temporary password or a setup has expired.
        var step = await signIn.PasswordStepAsync(Input.Email!.Trim(), Input.Password!);
        switch (step)
        {
            case PasswordSignIn.SecondFactorRequired:
                return RedirectToPage("/Account/TwoFactor", new { ReturnUrl = LocalOrNull(ReturnUrl) });
            case PasswordSignIn.SetUpSecondFactor:
                // Signed in with a password only: the second factor must be set up before anything else.
                return RedirectToPage("/Account/SetupAuthenticator");
            default:
                Error = step switch
                {
                    PasswordSignIn.TemporaryPasswordExpired => "SignIn.Error.TemporaryPasswordExpired",
                    PasswordSignIn.SetupExpired => "SignIn.Error.SetupExpired",
                    _ => "SignIn.Error.Invalid",
                };
                return Page();
        }
    }

    private async Task FindDirectoryAsync() => DirectoryAvailable = await schemes.GetSchemeAsync(DirectorySignIn.Scheme) is not null;

    private string? LocalOrNull(string? url) => url is not null && Url.IsLocalUrl(url) ? url : null;

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
