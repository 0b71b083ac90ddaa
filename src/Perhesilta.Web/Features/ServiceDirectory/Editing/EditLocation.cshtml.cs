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
public sealed class EditLocationModel(PerhesiltaDbContext db, SaveLocation save, IStringLocalizer<EditingText> text) : EditorPageModel(text)
{
    [BindProperty]
    public LocationInput Input { get; set; } = new();

    /// <summary>Null for a new location.</summary>
    public DirectoryLocation? Location { get; private set; }

    public DirectoryOrganization Organization { get; private set; } = null!;

    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, Guid? organization, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, organization, cancellationToken))
        {
            return NotFound();
        }

        if (Location is not null)
        {
            Input = LocationInput.From(Location);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, Guid? organization, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, organization, cancellationToken))
        {
            return NotFound();
        }

        var result = await save.HandleAsync(Location?.Id, Organization.Id, Input, UserId, cancellationToken);
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
        return Redirect($"/directory/locations/{result.Id}");
    }

    private async Task<bool> LoadAsync(string id, Guid? organizationId, CancellationToken cancellationToken)
    {
        Areas = await AreaChoiceList.LoadAsync(db, cancellationToken);
        if (id != "new")
        {
            if (!Guid.TryParse(id, out var guid))
            {
                return false;
            }

            Location = await db.Set<DirectoryLocation>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == guid, cancellationToken);
            organizationId = Location?.OrganizationId;
        }

        if (organizationId is null || await db.Set<DirectoryOrganization>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) is not { } organization)
        {
            return false;
        }

        Organization = organization;
        return true;
    }
}
