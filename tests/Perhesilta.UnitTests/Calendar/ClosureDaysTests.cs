using Perhesilta.Platform.Calendar;
using Shouldly;

namespace Perhesilta.UnitTests.Calendar;

/// <summary>The county's own closure days in the working-day arithmetic, and why each non-working day is one.</summary>
public sealed class ClosureDaysTests
{
    // Friday 2.1.2026, between New Year's Day and the weekend: a typical bridging day.
    private static readonly DateOnly BridgingDay = new(2026, 1, 2);

    private static readonly FinnishCalendar WithBridgingDay = new FinnishCalendar().WithClosures(new Dictionary<DateOnly, string>
    {
        [BridgingDay] = "Välipäivä: toimipisteet suljettu",
    });

    [Fact]
    public void A_closure_day_is_no_working_day_and_the_days_around_it_are_unchanged()
    {
        new FinnishCalendar().IsWorkingDay(BridgingDay).ShouldBeTrue();
        WithBridgingDay.IsWorkingDay(BridgingDay).ShouldBeFalse();
        WithBridgingDay.IsWorkingDay(BridgingDay.AddDays(-1)).ShouldBeFalse("New Year's Day");
        WithBridgingDay.IsWorkingDay(BridgingDay.AddDays(3)).ShouldBeTrue("Monday 5.1.");
        WithBridgingDay.ClosureOn(BridgingDay).ShouldBe("Välipäivä: toimipisteet suljettu");
        WithBridgingDay.ClosureOn(BridgingDay.AddDays(3)).ShouldBeNull();
    }

    [Fact]
    public void A_closure_day_moves_a_seventh_working_day_deadline_by_one_day()
    {
        // Fri 19.12.2025 → Mon 5.1.2026 without it (domain-fi §3); with 2.1.2026 closed, Wednesday 7.1. (6.1. is Epiphany).
        new FinnishCalendar().AddWorkingDays(new DateOnly(2025, 12, 19), 7).ShouldBe(new DateOnly(2026, 1, 5));
        WithBridgingDay.AddWorkingDays(new DateOnly(2025, 12, 19), 7).ShouldBe(new DateOnly(2026, 1, 7));
        WithBridgingDay.WorkingDaysBetween(new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 5)).ShouldBe(1);
    }

    [Fact]
    public void A_closure_on_an_eve_counts_when_the_setting_makes_the_eves_working_days()
    {
        var eve = new DateOnly(2026, 12, 24);
        var evesWorking = new FinnishCalendar(evesAreWorkingDays: true);
        evesWorking.IsWorkingDay(eve).ShouldBeTrue();
        evesWorking.WithClosures(new Dictionary<DateOnly, string> { [eve] = "Jouluaatto: toimipisteet suljettu" }).IsWorkingDay(eve).ShouldBeFalse();
        evesWorking.WithClosures(new Dictionary<DateOnly, string>()).EvesAreWorkingDays.ShouldBeTrue();
    }

    [Fact]
    public void Non_working_days_name_the_holiday_the_eve_the_weekend_or_the_closure()
    {
        var days = WithBridgingDay.NonWorkingDays(new DateOnly(2025, 12, 20), new DateOnly(2026, 1, 6)).ToList();

        days.Select(d => (d.Date.Day, d.Kind, d.Holiday)).ShouldBe(
        [
            (20, NonWorkingKind.Weekend, null),
            (21, NonWorkingKind.Weekend, null),
            (24, NonWorkingKind.Eve, FinnishHoliday.ChristmasEve),
            (25, NonWorkingKind.Holiday, FinnishHoliday.ChristmasDay),
            (26, NonWorkingKind.Holiday, FinnishHoliday.BoxingDay),
            (27, NonWorkingKind.Weekend, null),
            (28, NonWorkingKind.Weekend, null),
            (1, NonWorkingKind.Holiday, FinnishHoliday.NewYearsDay),
            (2, NonWorkingKind.Closure, null),
            (3, NonWorkingKind.Weekend, null),
            (4, NonWorkingKind.Weekend, null),
            (6, NonWorkingKind.Holiday, FinnishHoliday.Epiphany),
        ]);
        days.Single(d => d.Kind == NonWorkingKind.Closure).ClosureReason.ShouldBe("Välipäivä: toimipisteet suljettu");
    }

    [Fact]
    public void A_holiday_on_a_weekend_is_named_as_the_holiday_and_an_eve_counted_as_working_on_a_weekday_is_not_listed()
    {
        var midsummer = new FinnishCalendar().NonWorkingDays(new DateOnly(2026, 6, 19), new DateOnly(2026, 6, 21)).ToList();
        midsummer.Select(d => d.Holiday).ShouldBe([FinnishHoliday.MidsummerEve, FinnishHoliday.MidsummerDay, null]);
        midsummer.Select(d => d.Kind).ShouldBe([NonWorkingKind.Eve, NonWorkingKind.Holiday, NonWorkingKind.Weekend]);

        var evesWorking = new FinnishCalendar(evesAreWorkingDays: true).NonWorkingDays(new DateOnly(2026, 6, 19), new DateOnly(2026, 6, 21)).ToList();
        evesWorking.Select(d => d.Date.Day).ShouldBe([20, 21]);

        // Christmas Eve 2022 was a Saturday: with the eves as working days it is simply a weekend day.
        new FinnishCalendar(evesAreWorkingDays: true).NonWorkingDays(new DateOnly(2022, 12, 24), new DateOnly(2022, 12, 24)).Single().Kind.ShouldBe(NonWorkingKind.Weekend);
        new FinnishCalendar().NonWorkingDays(new DateOnly(2022, 12, 24), new DateOnly(2022, 12, 24)).Single().Kind.ShouldBe(NonWorkingKind.Eve);
    }

    [Fact]
    public void The_non_working_days_of_a_year_and_its_working_days_add_up_to_the_year()
    {
        var calendar = new FinnishCalendar();
        for (var year = 2000; year <= 2100; year++)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            var nonWorking = calendar.NonWorkingDays(first, last).Count();
            var working = calendar.WorkingDaysBetween(first.AddDays(-1), last);
            (nonWorking + working).ShouldBe(last.DayNumber - first.DayNumber + 1, $"{year}");
        }
    }
}
