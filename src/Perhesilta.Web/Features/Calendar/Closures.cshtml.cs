using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Calendar;

/// <summary>The county's closure days: an administrator adds a day with its reason, or removes a coming one.</summary>
[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class ClosuresModel(
    PerhesiltaDbContext db,
    AddCountyClosure add,
    RemoveCountyClosure remove,
    FinnishCalendar calendar,
    UserManager<StaffUser> users,
    TimeProvider clock,
    IStringLocalizer<CalendarText> text) : PageModel
{
    /// <summary>Past closures shown for reference, this far back.</summary>
    public const int PastMonthsShown = 12;

    [BindProperty]
    public CountyClosureInput Input { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public IReadOnlyList<ClosureRow> Coming { get; private set; } = [];

    public IReadOnlyList<ClosureRow> Past { get; private set; } = [];

    public bool EvesAreWorkingDays => calendar.EvesAreWorkingDays;

    /// <summary>The key of a message about the last action, and its date argument.</summary>
    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? NoticeDate { get; set; }

    [TempData]
    public int? NoticeClocks { get; set; }

    public bool NoticeIsError => Notice?.Contains(".Error.", StringComparison.Ordinal) == true;

    public string? ErrorFor(string field) => Errors.For(field) is { } error ? text[error.Key, error.Args].Value : null;

    public string? ErrorIdFor(string field) => Errors.For(field) is null ? null : field + "-error";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var result = await add.HandleAsync(Input, users.GetUserId(User)!, cancellationToken);
        if (result.Errors.Any)
        {
            Errors = result.Errors;
            await LoadAsync(cancellationToken);
            return Page();
        }

        (Notice, NoticeDate, NoticeClocks) = ("Closures.Added", Format(result.Date!.Value), result.ClocksRecalculated);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? date, CancellationToken cancellationToken)
    {
        var (outcome, day) = await remove.HandleAsync(date, cancellationToken);
        Notice = outcome switch
        {
            RemoveClosureOutcome.Removed => "Closures.Removed",
            RemoveClosureOutcome.InPast => "Closures.Error.PastStays",
            _ => "Closures.Error.NotFound",
        };
        NoticeDate = day is { } d ? Format(d) : date;
        return RedirectToPage();
    }

    public static string Format(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = ClosureChanges.Today(clock);
        var since = today.AddMonths(-PastMonthsShown);
        var rows = await db.Set<CountyClosure>()
            .Where(c => c.Date >= since)
            .OrderBy(c => c.Date)
            .Join(db.Users, c => c.CreatedByUserId, u => u.Id, (c, u) => new ClosureRow(c.Date, c.Reason, u.DisplayName))
            .ToListAsync(cancellationToken);
        Coming = rows.Where(r => r.Date >= today).ToList();
        Past = rows.Where(r => r.Date < today).OrderByDescending(r => r.Date).ToList();
    }

    public sealed record ClosureRow(DateOnly Date, string Reason, string AddedBy)
    {
        public string Iso => CalendarQuery.Iso(Date);
    }
}
