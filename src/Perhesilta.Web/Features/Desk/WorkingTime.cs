using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Desk;

/// <summary>How long something took: in the guides' working time, and in calendar time.</summary>
public sealed record ElapsedTime(int WorkingMinutes, int WorkingDayMinutes, TimeSpan Calendar)
{
    /// <summary>The working time as whole working days, hours and minutes.</summary>
    public (int Days, int Hours, int Minutes) WorkingParts =>
        (WorkingMinutes / WorkingDayMinutes, WorkingMinutes % WorkingDayMinutes / 60, WorkingMinutes % 60);
}

/// <summary>
/// Working time between two instants: the minutes that fall within the working hours (Finnish time) of working days.
/// A contact that arrives on Friday evening and is answered on Monday at nine took one working hour, not 63 hours.
/// </summary>
public sealed class WorkingTime(FinnishCalendar calendar, TimeOnly dayStarts, TimeOnly dayEnds)
{
    public ElapsedTime Between(DateTime fromUtc, DateTime toUtc)
    {
        var dayMinutes = (int)(dayEnds - dayStarts).TotalMinutes;
        if (toUtc <= fromUtc)
        {
            return new ElapsedTime(0, dayMinutes, TimeSpan.Zero);
        }

        var from = HelsinkiTime.ToLocal(fromUtc);
        var to = HelsinkiTime.ToLocal(toUtc);
        var minutes = 0L;
        for (var day = DateOnly.FromDateTime(from); day <= DateOnly.FromDateTime(to); day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            var start = Later(day.ToDateTime(dayStarts), from);
            var end = Earlier(day.ToDateTime(dayEnds), to);
            if (end > start)
            {
                minutes += (end - start).Ticks / TimeSpan.TicksPerMinute;
            }
        }

        return new ElapsedTime((int)minutes, dayMinutes, toUtc - fromUtc);
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;
}
