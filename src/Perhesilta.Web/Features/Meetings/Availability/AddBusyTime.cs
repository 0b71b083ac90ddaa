using System.Globalization;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>A busy time typed by hand, in Finnish time: without times it covers whole days.</summary>
public sealed class BusyTimeInput
{
    public string? StartDate { get; set; }

    public string? StartTime { get; set; }

    public string? EndDate { get; set; }

    public string? EndTime { get; set; }

    public string? Note { get; set; }
}

/// <summary>A staff member marks a time they are not free (a training day, a holiday).</summary>
public sealed class AddBusyTime(PerhesiltaDbContext db, TimeProvider clock)
{
    /// <summary>The longest busy time typed at once (e.g. a long leave), in days.</summary>
    public const int MaxDays = 366;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy"];

    /// <summary>Errors per field (<c>busy-start-date</c>, <c>busy-start-time</c>, <c>busy-end-date</c>, <c>busy-end-time</c>, <c>busy-note</c>).</summary>
    public async Task<FormErrors> HandleAsync(string userId, BusyTimeInput input, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var startDate = ParseDate(input.StartDate, "busy-start-date", errors, required: true);
        var endDate = ParseDate(input.EndDate, "busy-end-date", errors, required: false) ?? startDate;
        var startTime = SaveWorkingHours.ParseTime(input.StartTime, "busy-start-time", errors, required: false);
        var endTime = SaveWorkingHours.ParseTime(input.EndTime, "busy-end-time", errors, required: false);
        var hasStartTime = !string.IsNullOrWhiteSpace(input.StartTime);
        var hasEndTime = !string.IsNullOrWhiteSpace(input.EndTime);
        if (hasStartTime != hasEndTime)
        {
            errors.Add(hasStartTime ? "busy-end-time" : "busy-start-time", "Busy.Error.BothTimesOrNeither");
        }

        var note = input.Note?.Trim();
        if (note?.Length > AvailabilityLimits.Note)
        {
            errors.Add("busy-note", "Busy.Error.NoteTooLong", AvailabilityLimits.Note);
        }

        if (errors.Any || startDate is not { } first || endDate is not { } last)
        {
            return errors;
        }

        // Whole days run from Finnish midnight to the midnight after the last day.
        var startsAt = HelsinkiTime.ToUtc(first.ToDateTime(startTime ?? TimeOnly.MinValue));
        var endsAt = endTime is { } e ? HelsinkiTime.ToUtc(last.ToDateTime(e)) : HelsinkiTime.ToUtc(last.AddDays(1).ToDateTime(TimeOnly.MinValue));
        if (endsAt <= startsAt)
        {
            errors.Add(hasEndTime && last == first ? "busy-end-time" : "busy-end-date", "Busy.Error.EndBeforeStart");
        }
        else if (endsAt <= clock.GetUtcNow().UtcDateTime)
        {
            errors.Add("busy-end-date", "Busy.Error.InPast");
        }
        else if (endsAt - startsAt > TimeSpan.FromDays(MaxDays))
        {
            errors.Add("busy-end-date", "Busy.Error.TooLong", MaxDays);
        }

        if (errors.Any)
        {
            return errors;
        }

        db.Add(new StaffBusyTime { UserId = userId, StartsAt = startsAt, EndsAt = endsAt, Source = BusySource.Manual, Note = string.IsNullOrEmpty(note) ? null : note });
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    private static DateOnly? ParseDate(string? value, string field, FormErrors errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Busy.Error.DateRequired");
            }

            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(field, "Busy.Error.DateFormat");
            return null;
        }

        return date;
    }
}
