using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Staff;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>
/// A staff member's availability: their own (<c>/availability</c>) or, for an administrator, anyone's
/// (<c>/admin/staff/{id}/availability</c>). Both pages show the same sections and post the same forms.
/// </summary>
public abstract class AvailabilityPageModel(ShowAvailability show, IStringLocalizer<AvailabilityText> text) : PageModel
{
    [BindProperty]
    public WorkingHoursInput Hours { get; set; } = new();

    [BindProperty]
    public BusyTimeInput Busy { get; set; } = new();

    [BindProperty]
    public string? FeedUrl { get; set; }

    public FormErrors Errors { get; private set; } = new();

    public AvailabilityView View { get; private set; } = null!;

    /// <summary>Whether the page is the person's own (else an administrator's view of someone else's).</summary>
    public abstract bool IsOwn { get; }

    /// <summary>The key of a message about the last action; an error key when it contains ".Error.".</summary>
    [TempData]
    public string? Notice { get; set; }

    public bool NoticeIsError => Notice?.Contains(".Error.", StringComparison.Ordinal) == true;

    public string? ErrorFor(string field) => Errors.For(field) is { } error ? text[error.Key, error.Args].Value : null;

    public string? ErrorIdFor(string field) => Errors.For(field) is null ? null : field + "-error";

    /// <summary>How long ago, in words: "3 hours", "2 days".</summary>
    public string Age(DateTime at)
    {
        var age = View.Now - at;
        return age.TotalDays >= 1 ? text["Age.Days", (int)age.TotalDays].Value
            : age.TotalHours >= 1 ? text["Age.Hours", (int)age.TotalHours].Value
            : text["Age.Minutes", Math.Max(0, (int)age.TotalMinutes)].Value;
    }

    /// <summary>Whose availability the request is about; null when there is no such person.</summary>
    protected abstract string? TargetUserId();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostHoursAsync([FromServices] SaveWorkingHours save, CancellationToken cancellationToken) =>
        await ActAsync(async user => (await save.HandleAsync(user, Hours, cancellationToken), "Hours.Saved"), keepHours: true, cancellationToken);

    public async Task<IActionResult> OnPostDefaultHoursAsync([FromServices] SaveWorkingHours save, CancellationToken cancellationToken) =>
        await ActAsync(async user =>
        {
            await save.ResetAsync(user, cancellationToken);
            return (new FormErrors(), "Hours.DefaultsRestored");
        }, keepHours: false, cancellationToken);

    public async Task<IActionResult> OnPostAddBusyAsync([FromServices] AddBusyTime add, CancellationToken cancellationToken) =>
        await ActAsync(async user => (await add.HandleAsync(user, Busy, cancellationToken), "Busy.Added"), keepHours: false, cancellationToken);

    public async Task<IActionResult> OnPostRemoveBusyAsync(Guid busyId, [FromServices] RemoveBusyTime remove, CancellationToken cancellationToken) =>
        await ActAsync(async user => (new FormErrors(), await remove.HandleAsync(user, busyId, cancellationToken) ? "Busy.Removed" : "Busy.Error.NotFound"), keepHours: false, cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? calendarFile, [FromServices] ImportCalendarFile import, CancellationToken cancellationToken) =>
        await ActAsync(async user =>
        {
            var errors = new FormErrors();
            if (calendarFile is null || calendarFile.Length == 0)
            {
                errors.Add("calendar-file", "Feed.Error.NoFile");
                return (errors, null);
            }

            await using var stream = calendarFile.OpenReadStream();
            if (await import.HandleAsync(user, calendarFile.FileName, stream, cancellationToken) is { } error)
            {
                errors.Add("calendar-file", "Feed.Error." + error, AvailabilityLimits.MaxCalendarChars / 1_000_000, CalendarReader.MaxBusyTimes);
            }

            return (errors, "Feed.Imported");
        }, keepHours: false, cancellationToken);

    public async Task<IActionResult> OnPostSubscribeAsync([FromServices] SubscribeCalendar subscribe, CancellationToken cancellationToken) =>
        await ActAsync(async user =>
        {
            var errors = new FormErrors();
            if (await subscribe.HandleAsync(user, FeedUrl, cancellationToken) is { } error)
            {
                errors.Add("calendar-url", "Feed.Error." + error, AvailabilityLimits.MaxCalendarChars / 1_000_000, CalendarReader.MaxBusyTimes);
            }

            return (errors, "Feed.Subscribed");
        }, keepHours: false, cancellationToken);

    public async Task<IActionResult> OnPostRefreshAsync([FromServices] RefreshCalendarFeeds refresh, CancellationToken cancellationToken) =>
        await ActAsync(async user => (new FormErrors(), await refresh.RefreshNowAsync(user, cancellationToken) switch
        {
            RefreshOutcome.Refreshed => "Feed.Refreshed",
            RefreshOutcome.Failed => "Feed.Error.RefreshFailed",
            RefreshOutcome.Busy => "Feed.Error.RefreshBusy",
            _ => "Feed.Error.NotFound",
        }), keepHours: false, cancellationToken);

    public async Task<IActionResult> OnPostRemoveFeedAsync([FromServices] RemoveCalendarFeed remove, CancellationToken cancellationToken) =>
        await ActAsync(async user => (new FormErrors(), await remove.HandleAsync(user, cancellationToken) ? "Feed.Removed" : "Feed.Error.NotFound"), keepHours: false, cancellationToken);

    /// <summary>The working-hours form as shown: what was typed after an error, else the saved (or default) week.</summary>
    public WorkingDayInput DayInput(DayOfWeek day)
    {
        if (Hours.Days.Find(d => d.Day == day) is { } typed)
        {
            return typed;
        }

        var saved = View.Week.Single(w => w.Day == day);
        return new WorkingDayInput { Day = day, Works = saved.Works, Start = saved.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), End = saved.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) };
    }

    private async Task<IActionResult> ActAsync(Func<string, Task<(FormErrors Errors, string? Notice)>> action, bool keepHours, CancellationToken cancellationToken)
    {
        if (TargetUserId() is not { } user || await show.HandleAsync(user, cancellationToken) is null)
        {
            return NotFound();
        }

        var (errors, notice) = await action(user);
        if (!errors.Any)
        {
            Notice = notice;
            return RedirectToPage();
        }

        Errors = errors;
        if (!keepHours)
        {
            Hours = new WorkingHoursInput();
        }

        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (TargetUserId() is not { } user || await show.HandleAsync(user, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
