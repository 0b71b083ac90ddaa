using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class NewAccountModel(PerhesiltaDbContext db, CreateStaffAccount create, IStringLocalizer<StaffText> text)
    : StaffFormPageModel(text), IAccountForm
{
    [BindProperty]
    public CreateStaffAccountInput Input { get; set; } = new();

    public StaffAccountFields Fields => Input;

    public IReadOnlyList<AreaChoice> AreaChoices { get; private set; } = [];

    /// <summary>Set once the account exists: the temporary password is shown on this response and never again.</summary>
    public CreateStaffAccountResult? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        AreaChoices = await AreaChoiceList.LoadAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await create.HandleAsync(Input, cancellationToken);
        if (result.Errors.Any)
        {
            Errors = result.Errors;
            AreaChoices = await AreaChoiceList.LoadAsync(db, cancellationToken);
            return Page();
        }

        Created = result;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
