using Perhesilta.Platform.Calendar;

namespace Perhesilta.UnitTests.Calendar;

/// <summary>
/// An independent statement of the Finnish holidays, written differently from the calendar under test: Easter by
/// Gauss's algorithm (checked against a table of known dates), the moving Saturdays and Friday as "the one in this
/// week of dates", and each date asked about one by one rather than listed per year.
/// </summary>
internal static class HolidayOracle
{
    /// <summary>Easter Sundays from published tables.</summary>
    public static readonly IReadOnlyDictionary<int, DateOnly> KnownEasters = new Dictionary<int, DateOnly>
    {
        [2000] = new(2000, 4, 23),
        [2001] = new(2001, 4, 15),
        [2002] = new(2002, 3, 31),
        [2003] = new(2003, 4, 20),
        [2004] = new(2004, 4, 11),
        [2005] = new(2005, 3, 27),
        [2006] = new(2006, 4, 16),
        [2007] = new(2007, 4, 8),
        [2008] = new(2008, 3, 23),
        [2009] = new(2009, 4, 12),
        [2010] = new(2010, 4, 4),
        [2011] = new(2011, 4, 24),
        [2012] = new(2012, 4, 8),
        [2013] = new(2013, 3, 31),
        [2014] = new(2014, 4, 20),
        [2015] = new(2015, 4, 5),
        [2016] = new(2016, 3, 27),
        [2017] = new(2017, 4, 16),
        [2018] = new(2018, 4, 1),
        [2019] = new(2019, 4, 21),
        [2020] = new(2020, 4, 12),
        [2021] = new(2021, 4, 4),
        [2022] = new(2022, 4, 17),
        [2023] = new(2023, 4, 9),
        [2024] = new(2024, 3, 31),
        [2025] = new(2025, 4, 20),
        [2026] = new(2026, 4, 5),
        [2027] = new(2027, 3, 28),
        [2028] = new(2028, 4, 16),
        [2029] = new(2029, 4, 1),
        [2030] = new(2030, 4, 21),
        [2038] = new(2038, 4, 25),
        [2100] = new(2100, 3, 28),
    };

    /// <summary>Gauss's Easter algorithm for the Gregorian calendar, with its two exceptions.</summary>
    public static DateOnly GaussEaster(int year)
    {
        var a = year % 19;
        var b = year % 4;
        var c = year % 7;
        var k = year / 100;
        var p = ((8 * k) + 13) / 25;
        var q = k / 4;
        var m = (15 - p + k - q) % 30;
        var n = (4 + k - q) % 7;
        var d = ((19 * a) + m) % 30;
        var e = ((2 * b) + (4 * c) + (6 * d) + n) % 7;
        if (d == 29 && e == 6)
        {
            return new DateOnly(year, 4, 19);
        }

        if (d == 28 && e == 6 && ((11 * m) + 11) % 30 < 19)
        {
            return new DateOnly(year, 4, 18);
        }

        return new DateOnly(year, 3, 22).AddDays(d + e);
    }

    /// <summary>Every holiday that falls on <paramref name="day"/> (two can coincide: May Day and Ascension Day in 2008).</summary>
    public static IReadOnlySet<FinnishHoliday> HolidaysOn(DateOnly day)
    {
        var found = new HashSet<FinnishHoliday>();
        var easterOffset = day.DayNumber - GaussEaster(day.Year).DayNumber;
        var (month, date, weekday) = (day.Month, day.Day, day.DayOfWeek);
        Add(month == 1 && date == 1, FinnishHoliday.NewYearsDay);
        Add(month == 1 && date == 6, FinnishHoliday.Epiphany);
        Add(easterOffset == -2, FinnishHoliday.GoodFriday);
        Add(easterOffset == 0, FinnishHoliday.EasterSunday);
        Add(easterOffset == 1, FinnishHoliday.EasterMonday);
        Add(month == 5 && date == 1, FinnishHoliday.MayDay);
        Add(easterOffset == 39, FinnishHoliday.AscensionDay);
        Add(easterOffset == 49, FinnishHoliday.Whitsunday);
        Add(month == 6 && date is >= 19 and <= 25 && weekday == DayOfWeek.Friday, FinnishHoliday.MidsummerEve);
        Add(month == 6 && date is >= 20 and <= 26 && weekday == DayOfWeek.Saturday, FinnishHoliday.MidsummerDay);
        Add(((month == 10 && date == 31) || (month == 11 && date <= 6)) && weekday == DayOfWeek.Saturday, FinnishHoliday.AllSaintsDay);
        Add(month == 12 && date == 6, FinnishHoliday.IndependenceDay);
        Add(month == 12 && date == 24, FinnishHoliday.ChristmasEve);
        Add(month == 12 && date == 25, FinnishHoliday.ChristmasDay);
        Add(month == 12 && date == 26, FinnishHoliday.BoxingDay);
        return found;

        void Add(bool applies, FinnishHoliday holiday)
        {
            if (applies)
            {
                found.Add(holiday);
            }
        }
    }

    /// <summary>A working day for deadlines: a weekday that is no holiday; the two eves count as the setting says.</summary>
    public static bool IsWorkingDay(DateOnly day, bool evesAreWorkingDays)
    {
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        return !HolidaysOn(day).Any(h => !(evesAreWorkingDays && h is FinnishHoliday.MidsummerEve or FinnishHoliday.ChristmasEve));
    }

    public static IEnumerable<DateOnly> EveryDay(int firstYear = 2000, int lastYear = 2100)
    {
        for (var day = new DateOnly(firstYear, 1, 1); day.Year <= lastYear; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
