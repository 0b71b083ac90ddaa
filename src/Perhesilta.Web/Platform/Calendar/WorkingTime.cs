using Perhesilta.Platform.Localization;

namespace Perhesilta.Platform.Calendar;

/// <summary>How much working time is left to a deadline, or how much it was missed by.</summary>
/// <param name="Overdue">The deadline has passed (even in the evening, when no working time has passed since).</param>
/// <param name="Amount">Working time left, or working time since the deadline when overdue.</param>
/// <param name="WholeDays">Whole working days in <paramref name="Amount"/>.</param>
public readonly record struct TimeLeft(bool Overdue, TimeSpan Amount, int WholeDays);

/// <summary>How long something took: in the guides' working time, and in calendar time.</summary>
public sealed record ElapsedTime(int WorkingMinutes, int WorkingDayMinutes, TimeSpan Calendar)
{
    /// <summary>The working time as whole working days, hours and minutes.</summary>
    public (int Days, int Hours, int Minutes) WorkingParts =>
        (WorkingMinutes / WorkingDayMinutes, WorkingMinutes % WorkingDayMinutes / 60, WorkingMinutes % 60);
}

/// <summary>
/// Working-hour arithmetic for response targets: time counts only between the start and the end of the working day
/// (Finnish local time) on the calendar's working days. Times are local (Europe/Helsinki); the caller converts.
/// </summary>
public sealed class WorkingTime
{
    private readonly FinnishCalendar _calendar;
    private readonly TimeOnly _dayStarts;
    private readonly TimeOnly _dayEnds;

    public WorkingTime(FinnishCalendar calendar, TimeOnly dayStarts, TimeOnly dayEnds)
    {
        if (dayEnds <= dayStarts)
        {
            throw new ArgumentException("The working day must end after it starts.", nameof(dayEnds));
        }

        _calendar = calendar;
        _dayStarts = dayStarts;
        _dayEnds = dayEnds;
    }

    public TimeSpan WorkingDay => _dayEnds - _dayStarts;

    /// <summary>A target date is met by the end of that day's working hours.</summary>
    public DateTime DeadlineOf(DateOnly targetDate) => targetDate.ToDateTime(_dayEnds);

    /// <summary>Working time between two local times; negative when <paramref name="to"/> is earlier.</summary>
    public TimeSpan Between(DateTime from, DateTime to)
    {
        if (to < from)
        {
            return -Between(to, from);
        }

        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(from); day <= DateOnly.FromDateTime(to); day = day.AddDays(1))
        {
            if (!_calendar.IsWorkingDay(day))
            {
                continue;
            }

            var start = Max(day.ToDateTime(_dayStarts), from);
            var end = Min(day.ToDateTime(_dayEnds), to);
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }

    /// <summary>
    /// How long it took from one instant (UTC) to another, e.g. from a contact's arrival to the first action that
    /// reached the family: a contact that arrives on Friday evening and is answered on Monday at nine took one working
    /// hour, not 63 hours. Nothing when <paramref name="toUtc"/> is not later.
    /// </summary>
    public ElapsedTime Elapsed(DateTime fromUtc, DateTime toUtc)
    {
        var dayMinutes = (int)WorkingDay.TotalMinutes;
        if (toUtc <= fromUtc)
        {
            return new ElapsedTime(0, dayMinutes, TimeSpan.Zero);
        }

        var working = Between(HelsinkiTime.ToLocal(fromUtc), HelsinkiTime.ToLocal(toUtc));
        return new ElapsedTime((int)(working.Ticks / TimeSpan.TicksPerMinute), dayMinutes, toUtc - fromUtc);
    }

    /// <summary>The working time left at <paramref name="now"/> (local) to the end of <paramref name="targetDate"/>'s working day.</summary>
    public TimeLeft Until(DateTime now, DateOnly targetDate)
    {
        var deadline = DeadlineOf(targetDate);
        var overdue = now > deadline;
        var amount = overdue ? Between(deadline, now) : Between(now, deadline);
        return new TimeLeft(overdue, amount, (int)(amount.Ticks / WorkingDay.Ticks));
    }

    /// <summary>
    /// The earliest target date that is not yet overdue at <paramref name="now"/> (local): a target before it has
    /// passed. Lets a query find overdue contacts with a plain date comparison.
    /// </summary>
    public DateOnly FirstTargetNotOverdue(DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        return TimeOnly.FromDateTime(now) > _dayEnds ? today.AddDays(1) : today;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
