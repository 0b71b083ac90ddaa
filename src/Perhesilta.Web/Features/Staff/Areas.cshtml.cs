using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class AreasModel(PerhesiltaDbContext db, MoveMunicipality move, DeleteArea delete) : PageModel
{
    public IReadOnlyList<AreaRow> Rows { get; private set; } = [];

    public IReadOnlyList<AreaChoice> AreaChoices { get; private set; } = [];

    /// <summary>The key of a message about the last action: a success, or why it was refused.</summary>
    [TempData]
    public string? Notice { get; set; }

    public bool NoticeIsError => Notice?.Contains(".Error.", StringComparison.Ordinal) == true;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostMoveAsync(MoveMunicipalityInput input, CancellationToken cancellationToken)
    {
        Notice = await move.HandleAsync(input, cancellationToken) ?? "Areas.Moved";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? areaCode, CancellationToken cancellationToken)
    {
        Notice = await delete.HandleAsync(areaCode, cancellationToken) ?? "Areas.Deleted";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        AreaChoices = await AreaChoiceList.LoadAsync(db, cancellationToken);
        var areas = await db.Set<Area>().AsNoTracking().ToDictionaryAsync(a => a.Code, cancellationToken);
        var staffCounts = await db.Set<StaffArea>()
            .GroupBy(s => s.AreaId)
            .Select(g => new { AreaId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AreaId, g => g.Count, cancellationToken);
        Rows = AreaChoices
            .Select(choice => (Choice: choice, Area: areas[choice.Code]))
            .Select(x => new AreaRow(x.Area.Id, x.Area.Code, x.Choice.Name, x.Choice.Municipalities, staffCounts.GetValueOrDefault(x.Area.Id)))
            .ToList();
    }

    public sealed record AreaRow(int Id, string Code, string Name, IReadOnlyList<MunicipalityChoice> Municipalities, int StaffCount)
    {
        public bool CanBeDeleted => Municipalities.Count == 0 && StaffCount == 0;
    }
}
