using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>HSDS for staff: download the directory or one organisation, the way to the import, the imports of the last day.</summary>
[Authorize(Policy = HsdsFeature.Policy)]
[NoClientData]
public sealed class HsdsModel(PerhesiltaDbContext db, HsdsImportJobs jobs) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public IReadOnlyList<HsdsImportJob> Imports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var organizations = await db.Set<DirectoryOrganization>().AsNoTracking().ToListAsync(cancellationToken);
        Organizations = [.. organizations
            .Select(o => (o.Id, Name: o.Name.Local()))
            .OrderBy(o => o.Name, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true))];
        Imports = jobs.Recent();
    }
}
