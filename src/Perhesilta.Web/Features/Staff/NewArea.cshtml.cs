using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Staff;

[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class NewAreaModel(SaveArea save, IStringLocalizer<StaffText> text) : AreaFormPageModel(text)
{
    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await save.HandleAsync(null, Input, cancellationToken);
        if (result.Errors.Any)
        {
            Errors = result.Errors;
            return Page();
        }

        Notice = "Areas.Created";
        return RedirectToPage("/Staff/Areas");
    }
}
