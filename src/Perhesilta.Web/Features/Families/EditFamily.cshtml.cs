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
        await LoadAsync(id, cancellationToken);

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
                Members = [];
                var shown = await LoadAsync(id, cancellationToken);
                ErrorKey = "Family.Error.ChangedMeanwhile";
                return shown;
            default:
                Errors = result.Errors;
                return await KeepInputAsync(id, version, cancellationToken);
        }
    }

    /// <summary>"More rows": the form comes back as typed with empty rows added; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowsAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        AddBlankRows();
        return await KeepInputAsync(id, version, cancellationToken);
    }

    private async Task<IActionResult> KeepInputAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        var result = await show.HandleAsync(id, UserId, cancellationToken);
        if (result.Access != ContactAccess.Found)
        {
            return result.Access == ContactAccess.NotFound ? NotFound() : Forbid();
        }

        (FamilyId, Version) = (id, version);
        return Page();
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await show.HandleAsync(id, UserId, cancellationToken);
        switch (result.Access)
        {
            case ContactAccess.NotFound:
                return NotFound();
            case ContactAccess.Forbidden:
                return Forbid();
            default:
                var family = result.View!.Family;
                (FamilyId, Version) = (family.Id, family.Version);
                Members = family.Members.Select(FamilyMemberInput.From).ToList();
                AddBlankRows(2);
                return Page();
        }
    }
}
