using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>The directory's front for its editors: services or organisations found by name and filters, and how many services are stale.</summary>
[Authorize(Policy = EditingFeature.Policy)]
[NoClientData]
public sealed class IndexModel(PerhesiltaDbContext db, FindDirectoryRecords find) : PageModel
{
    [FromQuery(Name = "show")]
    public string? Show { get; set; }

    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery(Name = "kind")]
    public OrganizationKind? Kind { get; set; }

    [FromQuery(Name = "type")]
    public string? ServiceType { get; set; }

    [FromQuery(Name = "municipality")]
    public string? Municipality { get; set; }

    [FromQuery(Name = "status")]
    public ServiceStatus? Status { get; set; }

    [FromQuery(Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public bool Organizations => Show == "organizations";

    public DirectoryPage Result { get; private set; } = null!;

    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> ServiceTypes { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Areas = await AreaChoiceList.LoadAsync(db, cancellationToken);
        var types = await db.Set<ServiceType>().AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        ServiceTypes = [.. types.Select(t => (t.Code, t.LocalName()))];
        Result = await find.HandleAsync(
            new DirectoryQuery(Organizations, Search, Kind, Typed.Clean(ServiceType), Typed.Clean(Municipality), Status, PageNumber), cancellationToken);
    }

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["show"] = Show,
            ["q"] = Search,
            ["kind"] = Kind?.ToString(),
            ["type"] = ServiceType,
            ["municipality"] = Municipality,
            ["status"] = Status?.ToString(),
            ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/directory", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
