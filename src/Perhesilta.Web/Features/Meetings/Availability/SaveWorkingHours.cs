using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>One weekday of the working-hours form: whether the person works that day, and from when to when (Finnish time).</summary>
public sealed class WorkingDayInput
{
    public DayOfWeek Day { get; set; }

    public bool Works { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }
}

public sealed class WorkingHoursInput
{
    public List<WorkingDayInput> Days { get; set; } = [];

    /// <summary>Monday first, as a Finnish week.</summary>
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}

/// <summary>
/// A staff member's working hours, one period per weekday. Once a person has rows, they are the whole week: a day off
/// has no row (the slot finder then has no time on it); only a person with no rows at all has the county's default.
/// </summary>
public sealed class SaveWorkingHours(PerhesiltaDbContext db)
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    /// <summary>Errors per field <c>day-{Day}-start</c>/<c>-end</c>, keys of <see cref="AvailabilityText"/>.</summary>
    public async Task<FormErrors> HandleAsync(string userId, WorkingHoursInput input, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var rows = new List<StaffWorkingHours>();
        foreach (var day in WorkingHoursInput.Week)
        {
            var given = input.Days.Find(d => d.Day == day);
            if (given is not { Works: true })
            {
                continue;
            }

            var start = ParseTime(given.Start, $"day-{day}-start", errors);
            var end = ParseTime(given.End, $"day-{day}-end", errors);
            if (start is { } s && end is { } e)
            {
                if (e <= s)
                {
                    errors.Add($"day-{day}-end", "Hours.Error.EndBeforeStart");
                }
                else
                {
                    rows.Add(new StaffWorkingHours { UserId = userId, Day = day, Start = s, End = e });
                }
            }
        }

        if (!errors.Any && rows.Count == 0)
        {
            errors.Add($"day-{DayOfWeek.Monday}-works", "Hours.Error.NoWorkingDay");
        }

        if (errors.Any)
        {
            return errors;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<StaffWorkingHours>().Where(h => h.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return errors;
    }

    /// <summary>Back to the county's default hours: the person's own rows are removed.</summary>
    public async Task ResetAsync(string userId, CancellationToken cancellationToken) =>
        await db.Set<StaffWorkingHours>().Where(h => h.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    internal static TimeOnly? ParseTime(string? value, string field, FormErrors errors, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Time.Error.Required");
            }

            return null;
        }

        if (!TimeOnly.TryParseExact(value.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(field, "Time.Error.Format");
            return null;
        }

        return time;
    }
}
