using System.Globalization;
using Perhesilta.Platform.Calendar;
using Perhesilta.UnitTests.Infrastructure;
using Shouldly;

namespace Perhesilta.UnitTests.Calendar;

/// <summary>
/// The calendar against an independent reference: the Finnish holidays of 2000–2100 as the npm package date-holidays
/// lists them (Reference/README.md says how the file was made), with its one known difference from the law.
/// </summary>
public sealed class ReferenceHolidaysTests
{
    private static readonly Dictionary<string, FinnishHoliday> Names = new(StringComparer.Ordinal)
    {
        ["New Year's Day"] = FinnishHoliday.NewYearsDay,
        ["Epiphany"] = FinnishHoliday.Epiphany,
        ["Good Friday"] = FinnishHoliday.GoodFriday,
        ["Easter Sunday"] = FinnishHoliday.EasterSunday,
        ["Easter Monday"] = FinnishHoliday.EasterMonday,
        ["Labour Day"] = FinnishHoliday.MayDay,
        ["Ascension Day"] = FinnishHoliday.AscensionDay,
        ["Pentecost"] = FinnishHoliday.Whitsunday,
        ["Midsummer Eve"] = FinnishHoliday.MidsummerEve,
        ["Midsummer Day"] = FinnishHoliday.MidsummerDay,
        ["All Saints' Day"] = FinnishHoliday.AllSaintsDay,
        ["Independence Day"] = FinnishHoliday.IndependenceDay,
        ["Christmas Eve"] = FinnishHoliday.ChristmasEve,
        ["Christmas Day"] = FinnishHoliday.ChristmasDay,
        ["Boxing Day"] = FinnishHoliday.BoxingDay,
    };

    private static readonly Lazy<IReadOnlyList<ReferenceDay>> Reference = new(Load);

    [Fact]
    public void The_reference_covers_every_year_from_2000_to_2100_with_sixteen_days_each()
    {
        Reference.Value.GroupBy(d => d.Date.Year).Select(g => g.Key).ShouldBe(Enumerable.Range(2000, 101));
        Reference.Value.GroupBy(d => d.Date.Year).ShouldAllBe(g => g.Count() == 16);
    }

    [Fact]
    public void Every_year_has_the_same_holidays_on_the_same_dates_as_the_reference_except_New_Years_Eve()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var expected = Reference.Value
                .Where(d => d.Date.Year == year && d.Name != "New Year's Eve")
                .Select(d => (d.Date, Names[d.Name]))
                .OrderBy(d => d.Date).ThenBy(d => d.Item2)
                .ToList();
            var actual = FinnishCalendar.Holidays(year).OrderBy(h => h.Date).ThenBy(h => h.Holiday).ToList();
            actual.ShouldBe(expected, $"{year}");
        }
    }

    [Fact]
    public void Every_day_from_2000_to_2100_is_a_working_day_exactly_when_the_reference_says_it_is_no_holiday()
    {
        foreach (var evesAreWorkingDays in new[] { false, true })
        {
            var calendar = new FinnishCalendar(evesAreWorkingDays);
            var closed = Reference.Value
                .Where(d => d.Name != "New Year's Eve")
                .Where(d => !(evesAreWorkingDays && d.Name is "Midsummer Eve" or "Christmas Eve"))
                .Select(d => d.Date)
                .ToHashSet();
            var days = 0;
            for (var day = new DateOnly(2000, 1, 1); day <= new DateOnly(2100, 12, 31); day = day.AddDays(1))
            {
                var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                calendar.IsWorkingDay(day).ShouldBe(!weekend && !closed.Contains(day), $"{day:yyyy-MM-dd} ({day.DayOfWeek}), eves working: {evesAreWorkingDays}");
                days++;
            }

            days.ShouldBe(36_890);
        }
    }

    [Fact]
    public void The_reference_treats_New_Years_Eve_as_a_bank_holiday_but_for_deadlines_it_is_a_working_day()
    {
        var eves = Reference.Value.Where(d => d.Name == "New Year's Eve").ToList();
        eves.Count.ShouldBe(101);
        foreach (var eve in eves)
        {
            eve.Date.Month.ShouldBe(12);
            eve.Date.Day.ShouldBe(31);
            eve.Type.ShouldBe("bank");
            FinnishCalendar.HolidayOn(eve.Date).ShouldBeNull();
            var weekday = eve.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            new FinnishCalendar().IsWorkingDay(eve.Date).ShouldBe(weekday, $"{eve.Date:yyyy-MM-dd}");
        }

        // Fri 19.12.2025 → Mon 5.1.2026 only because Wed 31.12.2025 counts (domain-fi §3).
        new FinnishCalendar().AddWorkingDays(new DateOnly(2025, 12, 19), 7).ShouldBe(new DateOnly(2026, 1, 5));
    }

    [Fact]
    public void The_reference_marks_only_the_two_eves_and_New_Years_Eve_as_bank_days()
    {
        Reference.Value.Where(d => d.Type == "bank").Select(d => d.Name).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(["Christmas Eve", "Midsummer Eve", "New Year's Eve"]);
        Reference.Value.Where(d => d.Type != "bank").ShouldAllBe(d => d.Type == "public");
    }

    private static List<ReferenceDay> Load()
    {
        var path = Path.Combine(RepositoryFiles.Root, "tests", "Perhesilta.UnitTests", "Calendar", "Reference", "date-holidays-fi-2000-2100.csv");
        var lines = File.ReadAllLines(path);
        lines[0].ShouldBe("date,type,name");
        return lines.Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(',', 3))
            .Select(cells => new ReferenceDay(DateOnly.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), cells[1], cells[2]))
            .ToList();
    }

    private sealed record ReferenceDay(DateOnly Date, string Type, string Name);
}
