using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;
using Shouldly;

namespace Perhesilta.UnitTests.Calendar;

/// <summary>Time to first contact in working time: the working hours (8–16, Finnish time) of working days only.</summary>
public sealed class ElapsedWorkingTimeTests
{
    private static readonly WorkingTime Time = new(new FinnishCalendar(), new TimeOnly(8, 0), new TimeOnly(16, 0));

    private static DateTime Helsinki(int year, int month, int day, int hour, int minute = 0) =>
        HelsinkiTime.ToUtc(new DateTime(year, month, day, hour, minute, 0));

    [Theory]
    // Within one working day (Monday 23.11.2026).
    [InlineData(2026, 11, 23, 9, 0, 2026, 11, 23, 11, 30, 150)]
    // Before opening to after closing: the whole working day.
    [InlineData(2026, 11, 23, 6, 0, 2026, 11, 23, 20, 0, 480)]
    // Friday evening to Monday 9.00: one working hour.
    [InlineData(2026, 11, 20, 18, 0, 2026, 11, 23, 9, 0, 60)]
    // Friday 15.00 to Monday 9.00: one hour on Friday, one on Monday.
    [InlineData(2026, 11, 20, 15, 0, 2026, 11, 23, 9, 0, 120)]
    // Over Christmas: Wednesday 23.12 15.00 to Monday 28.12 9.00 skips Christmas Eve, Christmas Day and the weekend.
    [InlineData(2026, 12, 23, 15, 0, 2026, 12, 28, 9, 0, 120)]
    // Across the change to summer time (Sunday 29.3.2026): Friday 15.00 to Monday 8.30.
    [InlineData(2026, 3, 27, 15, 0, 2026, 3, 30, 8, 30, 90)]
    // Reached on a Saturday: no working time passed since Friday evening.
    [InlineData(2026, 11, 20, 17, 0, 2026, 11, 21, 10, 0, 0)]
    public void Working_minutes_count_only_working_hours_of_working_days(int y1, int m1, int d1, int h1, int min1, int y2, int m2, int d2, int h2, int min2, int expected)
    {
        var elapsed = Time.Elapsed(Helsinki(y1, m1, d1, h1, min1), Helsinki(y2, m2, d2, h2, min2));

        elapsed.WorkingMinutes.ShouldBe(expected);
    }

    [Fact]
    public void Working_time_splits_into_working_days_hours_and_minutes_and_calendar_time_is_kept()
    {
        // Monday 9.00 to Wednesday 11.15: 7 h + 8 h + 3 h 15 min = 18 h 15 min = 2 working days 2 h 15 min.
        var elapsed = Time.Elapsed(Helsinki(2026, 11, 23, 9), Helsinki(2026, 11, 25, 11, 15));

        elapsed.WorkingParts.ShouldBe((2, 2, 15));
        elapsed.Calendar.ShouldBe(new TimeSpan(2, 2, 15, 0));
    }

    [Fact]
    public void A_moment_before_the_start_counts_as_no_time()
    {
        var elapsed = Time.Elapsed(Helsinki(2026, 11, 23, 12), Helsinki(2026, 11, 23, 9));

        (elapsed.WorkingMinutes, elapsed.Calendar).ShouldBe((0, TimeSpan.Zero));
    }
}
