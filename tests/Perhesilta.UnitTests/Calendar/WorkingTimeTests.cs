using Perhesilta.Platform.Calendar;
using Shouldly;

namespace Perhesilta.UnitTests.Calendar;

/// <summary>Response targets counted in working hours 8–16 on Finnish working days.</summary>
public sealed class WorkingTimeTests
{
    private static readonly WorkingTime Time = new(new FinnishCalendar(), new TimeOnly(8, 0), new TimeOnly(16, 0));

    // Monday 16 November 2026 is an ordinary working day.
    private static DateTime At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0);

    [Theory]
    [InlineData(11, 16, 11, 0, 11, 16, 5)]
    [InlineData(11, 16, 7, 0, 11, 16, 8)]
    [InlineData(11, 16, 18, 0, 11, 17, 8)]
    [InlineData(11, 16, 15, 30, 11, 17, 8.5)]
    [InlineData(11, 20, 12, 0, 11, 23, 12)]
    [InlineData(11, 21, 10, 0, 11, 23, 8)]
    [InlineData(11, 22, 23, 0, 11, 23, 8)]
    public void Working_time_left_counts_only_working_hours_of_working_days(int month, int day, int hour, int minute, int targetMonth, int targetDay, double hoursLeft)
    {
        var left = Time.Until(At(month, day, hour, minute), new DateOnly(2026, targetMonth, targetDay));

        left.Overdue.ShouldBeFalse();
        left.Amount.ShouldBe(TimeSpan.FromHours(hoursLeft));
    }

    [Fact]
    public void Whole_working_days_are_counted_from_the_hours_left()
    {
        // Monday 10:00 to the end of Wednesday: 6 + 8 + 8 hours.
        var left = Time.Until(At(11, 16, 10), new DateOnly(2026, 11, 18));

        left.Amount.ShouldBe(TimeSpan.FromHours(22));
        left.WholeDays.ShouldBe(2);
    }

    [Fact]
    public void A_public_holiday_on_a_weekday_is_not_counted()
    {
        // Monday 5 Jan 2026 at noon; Tuesday 6 Jan is Epiphany; the target is Wednesday 7 Jan.
        var left = Time.Until(At(1, 5, 12), new DateOnly(2026, 1, 7));

        left.Amount.ShouldBe(TimeSpan.FromHours(4 + 8));
    }

    [Fact]
    public void Christmas_and_the_eves_are_skipped_unless_the_eves_are_working_days()
    {
        // Wednesday 23 Dec 2026 at 16:00; 24–27 Dec are Christmas Eve, Christmas, Boxing Day and a Sunday.
        var now = At(12, 23, 16);
        var target = new DateOnly(2026, 12, 28);

        Time.Until(now, target).Amount.ShouldBe(TimeSpan.FromHours(8));
        new WorkingTime(new FinnishCalendar(evesAreWorkingDays: true), new TimeOnly(8, 0), new TimeOnly(16, 0))
            .Until(now, target).Amount.ShouldBe(TimeSpan.FromHours(16));
    }

    [Fact]
    public void A_target_is_overdue_in_the_evening_of_its_day_though_no_working_time_has_passed()
    {
        var left = Time.Until(At(11, 16, 19), new DateOnly(2026, 11, 16));

        left.Overdue.ShouldBeTrue();
        left.Amount.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Overdue_time_is_counted_in_working_hours_across_a_weekend()
    {
        // The target was Friday 20 Nov; it is Monday 23 Nov at 11:00.
        var left = Time.Until(At(11, 23, 11), new DateOnly(2026, 11, 20));

        left.Overdue.ShouldBeTrue();
        left.Amount.ShouldBe(TimeSpan.FromHours(3));
        left.WholeDays.ShouldBe(0);
    }

    [Fact]
    public void Overdue_by_more_than_a_working_day_counts_whole_days()
    {
        // The target was Thursday 19 Nov; it is Tuesday 24 Nov at 9:00: Friday and Monday have passed.
        var left = Time.Until(At(11, 24, 9), new DateOnly(2026, 11, 19));

        left.Amount.ShouldBe(TimeSpan.FromHours(17));
        left.WholeDays.ShouldBe(2);
    }

    [Fact]
    public void The_working_time_between_two_moments_is_the_same_either_way_round()
    {
        Time.Between(At(11, 16, 12), At(11, 17, 12)).ShouldBe(TimeSpan.FromHours(8));
        Time.Between(At(11, 17, 12), At(11, 16, 12)).ShouldBe(TimeSpan.FromHours(-8));
    }

    [Theory]
    [InlineData(9, 16)]
    [InlineData(16, 16)]
    [InlineData(17, 17)]
    [InlineData(0, 16)]
    public void Targets_before_the_first_one_not_yet_overdue_have_passed(int hour, int firstDayNotOverdue)
    {
        Time.FirstTargetNotOverdue(At(11, 16, hour)).ShouldBe(new DateOnly(2026, 11, firstDayNotOverdue));
    }

    [Fact]
    public void A_working_day_that_ends_before_it_starts_is_refused()
    {
        Should.Throw<ArgumentException>(() => new WorkingTime(new FinnishCalendar(), new TimeOnly(16, 0), new TimeOnly(8, 0)));
    }
}
