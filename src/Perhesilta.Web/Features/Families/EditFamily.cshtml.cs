using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Families;

/// <summary>
/// Correcting, adding and removing members of a family, on the version the guide saw. The form shows the members'
/// details, so each view is logged; the same guides as on the family page.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Family")]
public sealed class EditFamilyModel(ShowFamily show, IStringLocalizer<FamilyText> text) : FamilyFormPageModel(text)
{
    public Guid FamilyId { get; private set; }

    /// <summary>The version the form edits: the one loaded, or the one the guide's form carried.</summary>
    public Guid Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, Guid version, [FromServices] EditFamilyMembers edit, CancellationToken cancellationToken)
    {
        var result = await edit.HandleAsync(id, version, Members, UserId, cancellationToken);
        switch (result.Outcome)
        {
            case ContactChangeOutcome.Saved:
                TempData["FamilyNotice"] = "Family.Notice.Saved";
                return RedirectToPage("/Families/FamilyDetails", new { id });
            case ContactChangeOutcome.NotFound:
                return NotFound();
            case ContactChangeOutcome.Forbidden:
                return Forbid();
            case ContactChangeOutcome.Stale:
                // What the guide typed was based on details that have since changed; the form shows them as they are now.
                var shown = await ShowAsync(id, null, cancellationToken);
                ErrorKey = "Family.Error.ChangedMeanwhile";
                return shown;
            default:
                Errors = result.Errors;
                return await ShowAsync(id, version, cancellationToken);
        }
    }

    /// <summary>"More rows": the form comes back as typed with empty rows added; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowsAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        AddBlankRows();
        return await ShowAsync(id, version, cancellationToken);
    }

    /// <param name="keptVersion">The version the guide's form carried, to show their rows as typed; null to load the members.</param>
    private async Task<IActionResult> ShowAsync(Guid id, Guid? keptVersion, CancellationToken cancellationToken)
    {
        var result = await show.HandleAsync(id, UserId, cancellationToken);
        if (this.RefusalFor(result.Access) is { } refusal)
        {
            return refusal;
        }

        var family = result.View!.Family;
        FamilyId = family.Id;
        if (keptVersion is { } version)
        {
            Version = version;
        }
        else
        {
            Version = family.Version;
            Members = family.Members.Select(FamilyMemberInput.From).ToList();
            AddBlankRows(2);
        }

        return Page();
    }
}
