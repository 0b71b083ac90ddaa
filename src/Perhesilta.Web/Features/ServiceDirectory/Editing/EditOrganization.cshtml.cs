using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

[Authorize(Policy = EditingFeature.Policy)]
[NoClientData]
public sealed class EditOrganizationModel(PerhesiltaDbContext db, SaveOrganization save, IStringLocalizer<EditingText> text) : EditorPageModel(text)
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new() { Kind = nameof(OrganizationKind.Ngo) };

    /// <summary>Null for a new organisation.</summary>
    public DirectoryOrganization? Organization { get; private set; }

    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Organization is not null)
        {
            Input = OrganizationInput.From(Organization);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await save.HandleAsync(Organization?.Id, Input, UserId, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Saved)
        {
            Show(result);
            Input.Version = result.Conflict?.CurrentVersion ?? Input.Version;
            return Page();
        }

        Notice = "Notice.Saved";
        return Redirect($"/directory/organizations/{result.Id}");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Areas = await AreaChoiceList.LoadAsync(db, cancellationToken);
        if (id == "new")
        {
            return true;
        }

        if (!Guid.TryParse(id, out var guid))
        {
            return false;
        }

        Organization = await db.Set<DirectoryOrganization>().AsNoTracking()
            .Include(o => o.Services).Include(o => o.Locations).AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == guid, cancellationToken);
        return Organization is not null;
    }
}
