using Perhesilta.Platform.Calendar;
using Shouldly;

namespace Perhesilta.UnitTests.Calendar;

/// <summary>The working-day calendar for statutory deadlines (Act 150/1930), against an independent oracle for every day of 2000–2100.</summary>
public sealed class FinnishCalendarTests
{
    private static readonly FinnishCalendar Calendar = new();
    private static readonly FinnishCalendar EvesWorking = new(evesAreWorkingDays: true);

    [Fact]
    public void Easter_Sunday_matches_the_published_dates()
    {
        foreach (var (year, easter) in HolidayOracle.KnownEasters)
        {
            FinnishCalendar.EasterSunday(year).ShouldBe(easter, $"Easter {year}");
            HolidayOracle.GaussEaster(year).ShouldBe(easter, $"the oracle's Easter {year}");
        }
    }

    [Fact]
    public void Easter_Sunday_agrees_with_Gauss_and_is_a_Sunday_between_22_March_and_25_April_in_every_year_from_1900_to_2400()
    {
        for (var year = 1900; year <= 2400; year++)
        {
            var easter = FinnishCalendar.EasterSunday(year);
            easter.ShouldBe(HolidayOracle.GaussEaster(year), $"Easter {year}");
            easter.DayOfWeek.ShouldBe(DayOfWeek.Sunday);
            easter.ShouldBeInRange(new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Fact]
    public void Every_day_from_2000_to_2100_is_classified_as_the_oracle_says()
    {
        var checkedDays = 0;
        foreach (var day in HolidayOracle.EveryDay())
        {
            var expected = HolidayOracle.HolidaysOn(day);
            var actual = FinnishCalendar.HolidayOn(day);
            if (expected.Count == 0)
            {
                actual.ShouldBeNull($"{day:yyyy-MM-dd} is no holiday");
            }
            else
            {
                actual.ShouldNotBeNull($"{day:yyyy-MM-dd} is {string.Join(", ", expected)}");
                expected.ShouldContain(actual.Value, $"{day:yyyy-MM-dd}");
            }

            Calendar.IsWorkingDay(day).ShouldBe(HolidayOracle.IsWorkingDay(day, evesAreWorkingDays: false), $"{day:yyyy-MM-dd} ({day.DayOfWeek})");
            EvesWorking.IsWorkingDay(day).ShouldBe(HolidayOracle.IsWorkingDay(day, evesAreWorkingDays: true), $"{day:yyyy-MM-dd} with eves as working days");
            checkedDays++;
        }

        checkedDays.ShouldBe(36_890);
    }

    [Fact]
    public void Each_year_lists_its_fifteen_holidays_once_each_in_date_order()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var holidays = FinnishCalendar.Holidays(year);
            holidays.Select(h => h.Holiday).ShouldBe(Enum.GetValues<FinnishHoliday>(), ignoreOrder: true);
            holidays.Select(h => h.Date).ShouldBe(holidays.Select(h => h.Date).Order(), $"{year} in date order");
            holidays.ShouldAllBe(h => h.Date.Year == year);
            foreach (var (date, holiday) in holidays)
            {
                HolidayOracle.HolidaysOn(date).ShouldContain(holiday, $"{holiday} {year} on {date:yyyy-MM-dd}");
            }
        }
    }

    [Theory]
    [InlineData(2024, "2024-06-21", "2024-11-02")]
    [InlineData(2025, "2025-06-20", "2025-11-01")]
    [InlineData(2026, "2026-06-19", "2026-10-31")]
    [InlineData(2027, "2027-06-25", "2027-11-06")]
    [InlineData(2030, "2030-06-21", "2030-11-02")]
    public void Midsummer_Eve_and_All_Saints_Day_fall_on_the_known_dates(int year, string midsummerEve, string allSaints)
    {
        var holidays = FinnishCalendar.Holidays(year).ToDictionary(h => h.Holiday, h => h.Date);
        holidays[FinnishHoliday.MidsummerEve].ShouldBe(DateOnly.Parse(midsummerEve, System.Globalization.CultureInfo.InvariantCulture));
        holidays[FinnishHoliday.MidsummerDay].ShouldBe(holidays[FinnishHoliday.MidsummerEve].AddDays(1));
        holidays[FinnishHoliday.AllSaintsDay].ShouldBe(DateOnly.Parse(allSaints, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void May_Day_and_Ascension_Day_share_1_May_2008_and_it_is_no_working_day()
    {
        FinnishCalendar.Holidays(2008).Where(h => h.Date == new DateOnly(2008, 5, 1)).Select(h => h.Holiday)
            .ShouldBe([FinnishHoliday.MayDay, FinnishHoliday.AscensionDay]);
        Calendar.IsWorkingDay(new DateOnly(2008, 5, 1)).ShouldBeFalse();
    }

    [Fact]
    public void New_Years_Eve_is_a_working_day_on_a_weekday()
    {
        foreach (var year in Enumerable.Range(2000, 101))
        {
            var eve = new DateOnly(year, 12, 31);
            FinnishCalendar.HolidayOn(eve).ShouldBeNull();
            Calendar.IsWorkingDay(eve).ShouldBe(eve.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{eve:yyyy-MM-dd}");
        }
    }

    [Theory]
    [InlineData("2026-06-19")]
    [InlineData("2026-12-24")]
    [InlineData("2025-06-20")]
    [InlineData("2025-12-24")]
    public void Midsummer_Eve_and_Christmas_Eve_on_a_weekday_follow_the_setting(string eve)
    {
        var day = DateOnly.Parse(eve, System.Globalization.CultureInfo.InvariantCulture);
        Calendar.EvesAreWorkingDays.ShouldBeFalse();
        Calendar.IsWorkingDay(day).ShouldBeFalse();
        EvesWorking.IsWorkingDay(day).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2026-12-06")]
    [InlineData("2027-12-06")]
    [InlineData("2026-05-01")]
    [InlineData("2026-04-03")]
    [InlineData("2026-04-06")]
    [InlineData("2026-05-14")]
    [InlineData("2027-01-06")]
    public void Holidays_on_a_weekday_are_never_working_days_whatever_the_eve_setting(string holiday)
    {
        var day = DateOnly.Parse(holiday, System.Globalization.CultureInfo.InvariantCulture);
        Calendar.IsWorkingDay(day).ShouldBeFalse();
        EvesWorking.IsWorkingDay(day).ShouldBeFalse();
    }

    [Theory]
    // A contact on the Friday before Palm Sunday: Good Friday and Easter Monday do not count.
    [InlineData("2026-03-27", 7, false, "2026-04-09")]
    // On Maundy Thursday: the 7th working day is ten days after Easter.
    [InlineData("2026-04-02", 7, false, "2026-04-15")]
    // Received on Good Friday (through the web form): the receipt day is not counted, nor the holidays after it.
    [InlineData("2026-04-03", 7, false, "2026-04-15")]
    [InlineData("2026-04-04", 1, false, "2026-04-07")]
    // A Friday before Christmas: Christmas Eve, Christmas Day and the weekend pass; New Year's Eve counts.
    [InlineData("2026-12-18", 7, false, "2026-12-31")]
    [InlineData("2026-12-18", 7, true, "2026-12-30")]
    // The week of Midsummer: the eve counts only when the setting says so.
    [InlineData("2026-06-18", 7, false, "2026-06-30")]
    [InlineData("2026-06-18", 7, true, "2026-06-29")]
    // Over New Year and Epiphany.
    [InlineData("2026-12-30", 3, false, "2027-01-05")]
    [InlineData("2026-12-30", 4, false, "2027-01-07")]
    // May Day on a Friday and Ascension Day two weeks later.
    [InlineData("2026-04-30", 1, false, "2026-05-04")]
    [InlineData("2026-05-13", 1, false, "2026-05-15")]
    // An ordinary week.
    [InlineData("2026-11-16", 7, false, "2026-11-25")]
    public void The_nth_working_day_after_a_date_skips_the_date_itself_weekends_and_holidays(string from, int count, bool evesAreWorkingDays, string expected)
    {
        var calendar = evesAreWorkingDays ? EvesWorking : Calendar;
        calendar.AddWorkingDays(Date(from), count).ShouldBe(Date(expected));
        calendar.WorkingDaysBetween(Date(from), Date(expected)).ShouldBe(count);
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-23")]
    [InlineData("2026-11-21", "2026-11-23")]
    [InlineData("2026-04-03", "2026-04-07")]
    [InlineData("2026-12-24", "2026-12-28")]
    public void Zero_working_days_after_a_date_is_the_date_itself_or_the_next_working_day(string from, string expected) =>
        Calendar.AddWorkingDays(Date(from), 0).ShouldBe(Date(expected));

    [Fact]
    public void A_negative_number_of_working_days_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(2026, 11, 23), -1));

    [Fact]
    public void Adding_working_days_agrees_with_the_oracle_from_every_day_of_2000_to_2100()
    {
        foreach (var evesAreWorkingDays in new[] { false, true })
        {
            var calendar = evesAreWorkingDays ? EvesWorking : Calendar;
            foreach (var day in HolidayOracle.EveryDay())
            {
                var expected = day;
                for (var found = 0; found < 7;)
                {
                    expected = expected.AddDays(1);
                    if (HolidayOracle.IsWorkingDay(expected, evesAreWorkingDays))
                    {
                        found++;
                    }
                }

                var seventh = calendar.AddWorkingDays(day, 7);
                seventh.ShouldBe(expected, $"7 working days after {day:yyyy-MM-dd}");
                calendar.WorkingDaysBetween(day, seventh).ShouldBe(7);
                calendar.WorkingDaysBetween(seventh, day).ShouldBe(-7);
            }
        }
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-23", 0)]
    [InlineData("2026-11-20", "2026-11-23", 1)]
    [InlineData("2026-11-21", "2026-11-22", 0)]
    [InlineData("2026-12-23", "2026-12-28", 1)]
    [InlineData("2026-01-01", "2026-12-31", 252)]
    [InlineData("2026-12-31", "2026-01-01", -252)]
    public void Working_days_between_two_dates_count_the_later_date_but_not_the_earlier(string from, string to, int expected) =>
        Calendar.WorkingDaysBetween(Date(from), Date(to)).ShouldBe(expected);

    [Fact]
    public void The_working_days_of_a_year_are_counted_as_the_oracle_counts_them()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var expected = HolidayOracle.EveryDay(year, year).Count(d => d.Year == year && d.Month * 100 + d.Day > 101 && HolidayOracle.IsWorkingDay(d, false));
            Calendar.WorkingDaysBetween(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).ShouldBe(expected, $"{year}");
        }
    }

    [Theory]
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2025-11-30", 3, "2026-02-28")]
    [InlineData("2023-11-30", 3, "2024-02-29")]
    [InlineData("2026-03-31", 3, "2026-06-30")]
    [InlineData("2026-05-15", 3, "2026-08-15")]
    [InlineData("2026-10-31", 3, "2027-01-31")]
    [InlineData("2099-12-31", 2, "2100-02-28")]
    public void Months_later_is_the_same_date_or_the_last_day_of_a_shorter_month(string from, int months, string expected) =>
        FinnishCalendar.AddMonths(Date(from), months).ShouldBe(Date(expected));

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
