using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

[Authorize(Policy = EditingFeature.Policy)]
[NoClientData]
public sealed class StaleModel(PerhesiltaDbContext db, FindStaleServices find) : PageModel
{
    [FromQuery(Name = "organization")]
    public Guid? OrganizationId { get; set; }

    [FromQuery(Name = "area")]
    public string? Area { get; set; }

    public IReadOnlyList<StaleService> Services { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Services = await find.HandleAsync(OrganizationId, Typed.Clean(Area), cancellationToken);
        Areas = await AreaChoiceList.LoadAsync(db, cancellationToken);
        var organizations = await db.Set<DirectoryOrganization>().AsNoTracking().Select(o => new { o.Id, o.Name.Fi, o.Name.Sv, o.Name.En }).ToListAsync(cancellationToken);
        Organizations = [.. organizations.Select(o => (o.Id, LocalizedText.Of(o.Fi, o.Sv, o.En).Local())).OrderBy(o => o.Item2, StringComparer.CurrentCulture)];
    }
}
