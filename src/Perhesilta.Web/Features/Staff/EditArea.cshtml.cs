using Microsoft.AspNetCore.Authorization;
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
public sealed class EditAreaModel(PerhesiltaDbContext db, SaveArea save, IStringLocalizer<StaffText> text) : AreaFormPageModel(text)
{
    public Area Area { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new SaveAreaInput
        {
            Code = Area.Code,
            NameFi = Area.NameFi,
            NameSv = Area.NameSv,
            NameEn = Area.NameEn,
            EmergencySocialServicesPhone = Area.EmergencySocialServicesPhone,
            NotificationReceivingUnit = Area.NotificationReceivingUnit,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await save.HandleAsync(id, Input, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Errors.Any)
        {
            Errors = result.Errors;
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        Notice = "Areas.Renamed";
        return RedirectToPage("/Staff/Areas");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var area = await db.Set<Area>().AsNoTracking().Include(a => a.Municipalities).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null)
        {
            return false;
        }

        Area = area;
        return true;
    }
}
