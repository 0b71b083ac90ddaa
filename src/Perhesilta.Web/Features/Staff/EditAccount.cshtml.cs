using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class EditAccountModel(
    PerhesiltaDbContext db,
    UserManager<StaffUser> users,
    UpdateStaffAccount update,
    SetStaffAccountActive setActive,
    ResetSecondFactor resetSecondFactor,
    IssueTemporaryPassword issueTemporaryPassword,
    TimeProvider clock,
    IStringLocalizer<StaffText> text)
    : StaffFormPageModel(text), IAccountForm
{
    [BindProperty]
    public UpdateStaffAccountInput Input { get; set; } = new();

    public StaffAccountFields Fields => Input;

    public IReadOnlyList<AreaChoice> AreaChoices { get; private set; } = [];

    public StaffUser Account { get; private set; } = null!;

    public bool IsSelf { get; private set; }

    /// <summary>The key of a message about the last action: a success, or why it was refused.</summary>
    [TempData]
    public string? Notice { get; set; }

    public bool NoticeIsError => Notice?.Contains(".Error.", StringComparison.Ordinal) == true;

    /// <summary>A temporary password just given: shown on this response only, never again.</summary>
    public IssuedTemporaryPassword? NewPassword { get; private set; }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new UpdateStaffAccountInput
        {
            DisplayName = Account.DisplayName,
            ConcurrencyStamp = Account.ConcurrencyStamp,
            Roles = [.. await users.GetRolesAsync(Account)],
            AreaCodes = [.. await db.Set<StaffArea>().Where(a => a.UserId == id)
                .Join(db.Set<Area>(), sa => sa.AreaId, a => a.Id, (_, a) => a.Code).ToListAsync(cancellationToken)],
            MunicipalityCodes = [.. await db.Set<StaffMunicipality>().Where(m => m.UserId == id).Select(m => m.MunicipalityCode).ToListAsync(cancellationToken)],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var result = await update.HandleAsync(id, Input, cancellationToken);
        if (result.Outcome == UpdateStaffAccountOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == UpdateStaffAccountOutcome.Saved)
        {
            Notice = "EditAccount.Saved";
            return RedirectToPage(new { id });
        }

        Errors = result.Errors;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken cancellationToken) =>
        await SetActiveAsync(id, active: false, cancellationToken);

    public async Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken cancellationToken) =>
        await SetActiveAsync(id, active: true, cancellationToken);

    public async Task<IActionResult> OnPostResetSecondFactorAsync(string id, CancellationToken cancellationToken)
    {
        if (!await resetSecondFactor.HandleAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Notice = "EditAccount.SecondFactorReset";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostTemporaryPasswordAsync(string id, CancellationToken cancellationToken)
    {
        NewPassword = await issueTemporaryPassword.HandleAsync(id, cancellationToken);
        if (NewPassword is null)
        {
            return NotFound();
        }

        await OnGetAsync(id, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task<IActionResult> SetActiveAsync(string id, bool active, CancellationToken cancellationToken)
    {
        var outcome = await setActive.HandleAsync(id, active, users.GetUserId(User)!, cancellationToken);
        Notice = outcome switch
        {
            SetStaffAccountActiveOutcome.NotFound => null,
            SetStaffAccountActiveOutcome.RefusedForOneself => "EditAccount.Error.DeactivateSelf",
            SetStaffAccountActiveOutcome.RefusedForLastAdministrator => "EditAccount.Error.LastAdministrator",
            _ => active ? "EditAccount.Reactivated" : "EditAccount.Deactivated",
        };
        return outcome == SetStaffAccountActiveOutcome.NotFound ? NotFound() : RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        IsSelf = users.GetUserId(User) == id;
        AreaChoices = await AreaChoiceList.LoadAsync(db, cancellationToken);
        return true;
    }
}
