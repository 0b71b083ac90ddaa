using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

[Authorize(Policy = EditingFeature.Policy)]
[NoClientData]
public sealed class EditServiceModel(
    PerhesiltaDbContext db,
    SaveService save,
    MarkServiceChecked markChecked,
    RemoveService remove,
    TimeProvider clock,
    IStringLocalizer<EditingText> text) : EditorPageModel(text)
{
    /// <summary>Empty rows the "more rows" button adds.</summary>
    public const int MoreRows = 5;

    [BindProperty]
    public ServiceInput Input { get; set; } = new();

    /// <summary>Null for a new service.</summary>
    public DirectoryService? Service { get; private set; }

    public DirectoryOrganization Organization { get; private set; } = null!;

    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> ServiceTypes { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Locations { get; private set; } = [];

    public bool IsStale => Service is { Status: ServiceStatus.Active } s && s.CheckedOn < DirectoryDates.StaleBefore(DirectoryDates.Today(clock));

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, Guid? organization, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, organization, cancellationToken))
        {
            return NotFound();
        }

        Input = Service is null
            ? new ServiceInput { Access = nameof(ServiceAccess.Self), Status = nameof(ServiceStatus.Active), MinAge = "0", MaxAge = "17", CheckedOn = Typed.Date(DirectoryDates.Today(clock)), Languages = ["fi"] }
            : ServiceInput.From(Service);
        Input.PadRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, Guid? organization, string? more, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, organization, cancellationToken))
        {
            return NotFound();
        }

        if (more is not null)
        {
            Input.PadRows(more == "weekly" ? MoreRows : 0, more == "exceptions" ? MoreRows : 0);
            return Page();
        }

        var result = await save.HandleAsync(Service?.Id, Organization.Id, Input, UserId, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Saved)
        {
            Show(result);
            Input.Version = result.Conflict?.CurrentVersion ?? Input.Version;
            Input.PadRows();
            return Page();
        }

        Notice = "Notice.Saved";
        return Redirect($"/directory/services/{result.Id}");
    }

    public async Task<IActionResult> OnPostCheckedAsync(Guid id, string? returnTo, CancellationToken cancellationToken)
    {
        if (!await markChecked.HandleAsync(id, UserId, cancellationToken))
        {
            return NotFound();
        }

        Notice = "Notice.Checked";
        return Redirect(returnTo == "stale" ? "/directory/stale" : $"/directory/services/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        var organizationId = await db.Set<DirectoryService>().Where(s => s.Id == id).Select(s => (Guid?)s.OrganizationId).SingleOrDefaultAsync(cancellationToken);
        switch (await remove.HandleAsync(id, UserId, cancellationToken))
        {
            case RemoveServiceOutcome.NotFound:
                return NotFound();
            case RemoveServiceOutcome.InUse:
                Notice = "Notice.InUse";
                return Redirect($"/directory/services/{id}");
            default:
                Notice = "Notice.Removed";
                return Redirect($"/directory/organizations/{organizationId}");
        }
    }

    private async Task<bool> LoadAsync(string id, Guid? organizationId, CancellationToken cancellationToken)
    {
        if (id != "new")
        {
            if (!Guid.TryParse(id, out var guid))
            {
                return false;
            }

            Service = await db.Set<DirectoryService>().AsNoTracking().WithRows().SingleOrDefaultAsync(s => s.Id == guid, cancellationToken);
            organizationId = Service?.OrganizationId;
        }

        if (organizationId is null || await db.Set<DirectoryOrganization>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) is not { } organization)
        {
            return false;
        }

        Organization = organization;
        Areas = await AreaChoiceList.LoadAsync(db, cancellationToken);
        var types = await db.Set<ServiceType>().AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        ServiceTypes = [.. types.Select(t => (t.Code, t.LocalName()))];
        var locations = await db.Set<DirectoryLocation>().AsNoTracking().Where(l => l.OrganizationId == organization.Id).ToListAsync(cancellationToken);
        Locations = [.. locations.Select(l => (l.Id.ToString(), $"{l.Name.Local()}, {l.StreetAddress}")).OrderBy(l => l.Item2, StringComparer.CurrentCulture)];
        return true;
    }
}

/// <summary>One opening-hours row of the service form, for <c>_HoursRow.cshtml</c>.</summary>
public sealed record HoursRowView(EditServiceModel Page, string List, int Index, HoursInput Row)
{
    public string Path(string property) => $"{List}[{Index}].{property}";
}
