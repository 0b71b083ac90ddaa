using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Calendar;

public sealed class CountyClosureInput
{
    public const int MaxReasonLength = 200;

    /// <summary>YYYY-MM-DD (the date field) or d.M.yyyy.</summary>
    public string? Date { get; set; }

    public string? Reason { get; set; }
}

/// <param name="Errors">Keys of <see cref="CalendarText"/> per field (<c>date</c>, <c>reason</c>).</param>
/// <param name="ClocksRecalculated">Clocks whose due date the change moved (or confirmed).</param>
public sealed record CountyClosureResult(FormErrors Errors, DateOnly? Date = null, int ClocksRecalculated = 0);

/// <summary>
/// An administrator closes the county's offices for a day (e.g. a bridging day): from then on it is no working day
/// for any deadline, and the running clocks it falls within are recalculated in the same save.
/// </summary>
public sealed class AddCountyClosure(
    PerhesiltaDbContext db,
    FinnishCalendar calendar,
    IOptions<DeadlineOptions> options,
    TimeProvider clock,
    IStringLocalizer<CalendarText> text)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy"];

    public async Task<CountyClosureResult> HandleAsync(CountyClosureInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new FormErrors();
        var date = ParseDate(input.Date, errors);
        if (date is { } day)
        {
            var today = ClosureChanges.Today(clock);
            if (day < today)
            {
                errors.Add("date", "Closure.Error.InPast");
            }
            else if (day > CalendarQuery.Last)
            {
                errors.Add("date", "Closure.Error.OutOfRange", CalendarQuery.Last.ToString("d", CultureInfo.CurrentCulture));
            }
            else if (await db.Set<CountyClosure>().AnyAsync(c => c.Date == day, cancellationToken))
            {
                errors.Add("date", "Closure.Error.AlreadyClosed", day.ToString("d", CultureInfo.CurrentCulture));
            }
            else if (!calendar.IsWorkingDay(day))
            {
                var why = calendar.NonWorkingDays(day, day).Single();
                var name = why.Holiday is { } holiday ? text["Holiday." + holiday].Value : text["Weekend." + day.DayOfWeek].Value;
                errors.Add("date", "Closure.Error.NotWorkingDay", day.ToString("d", CultureInfo.CurrentCulture), name);
            }
        }

        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            errors.Add("reason", "Closure.Error.ReasonRequired");
        }
        else if (reason.Length > CountyClosureInput.MaxReasonLength)
        {
            errors.Add("reason", "Closure.Error.ReasonTooLong", CountyClosureInput.MaxReasonLength);
        }

        if (errors.Any)
        {
            return new CountyClosureResult(errors);
        }

        var closure = new CountyClosure { Date = date!.Value, Reason = reason!, CreatedByUserId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        try
        {
            var recalculated = await ClosureChanges.SaveAsync(db, calendar, options.Value, closure.Date, _ =>
            {
                db.Add(closure);
                return Task.FromResult(true);
            }, cancellationToken);
            return new CountyClosureResult(errors, closure.Date, recalculated ?? 0);
        }
        catch (DbUpdateException ex) when (ConstraintViolations.IsUnique(ex))
        {
            // Another administrator closed the same day a moment earlier.
            db.ChangeTracker.Clear();
            errors.Add("date", "Closure.Error.AlreadyClosed", closure.Date.ToString("d", CultureInfo.CurrentCulture));
            return new CountyClosureResult(errors);
        }
    }

    private static DateOnly? ParseDate(string? value, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("date", "Closure.Error.DateRequired");
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add("date", "Closure.Error.DateFormat");
            return null;
        }

        return date;
    }
}
