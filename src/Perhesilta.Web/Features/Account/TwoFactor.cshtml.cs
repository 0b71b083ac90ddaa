using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Account;

/// <summary>The second step of signing in: the six-digit code of the authenticator app (TOTP, RFC 6238).</summary>
[AllowAnonymous]
[NoClientData]
public sealed class TwoFactorModel(SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty]
    public TwoFactorInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            // The password step has expired or never happened.
            return RedirectToPage("/Account/SignIn");
        }

        var code = TotpCode.Normalize(Input.Code);
        if (code is null)
        {
            Errors.Add("code", string.IsNullOrWhiteSpace(Input.Code) ? "TwoFactor.Error.Missing" : "TwoFactor.Error.Format");
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }

        Errors.Add("code", result.IsLockedOut ? "SignIn.Error.LockedOut" : "TwoFactor.Error.Invalid");
        return Page();
    }

    public sealed class TwoFactorInput
    {
        public string? Code { get; set; }
    }
}
