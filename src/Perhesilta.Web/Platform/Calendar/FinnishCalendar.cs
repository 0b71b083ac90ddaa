namespace Perhesilta.Platform.Calendar;

/// <summary>A Finnish public holiday or a day treated like one for deadlines (Act 150/1930 § 5).</summary>
public enum FinnishHoliday
{
    NewYearsDay,
    Epiphany,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    MayDay,
    AscensionDay,
    Whitsunday,
    MidsummerEve,
    MidsummerDay,
    AllSaintsDay,
    IndependenceDay,
    ChristmasEve,
    ChristmasDay,
    BoxingDay,
}

/// <summary>Why a day is not a working day, most specific first: a holiday (or an eve) on a weekend is named as such.</summary>
public enum NonWorkingKind
{
    Holiday,

    /// <summary>Midsummer Eve or Christmas Eve, when <see cref="FinnishCalendar.EvesAreWorkingDays"/> is false.</summary>
    Eve,

    Weekend,

    /// <summary>One of the county's own closure days (<see cref="CountyClosure"/>).</summary>
    Closure,
}

/// <param name="Holiday">The holiday, for <see cref="NonWorkingKind.Holiday"/> and <see cref="NonWorkingKind.Eve"/>.</param>
/// <param name="ClosureReason">The county's reason, for <see cref="NonWorkingKind.Closure"/>.</param>
public sealed record NonWorkingDay(DateOnly Date, NonWorkingKind Kind, FinnishHoliday? Holiday = null, string? ClosureReason = null);

/// <summary>
/// arkipäivä: working days for statutory deadlines. Monday to Friday, except public holidays and the days that
/// Act 150/1930 § 5 treats like them (May Day, Independence Day, Midsummer Eve, Christmas Eve), and the county's own
/// closure days. New Year's Eve is a working day. Whether Midsummer Eve and Christmas Eve count as working days for a
/// deadline's start is not settled in law: <see cref="EvesAreWorkingDays"/> (default false) decides.
/// </summary>
/// <param name="closures">The county's closure days; none when not given (as in the unit tests of the law's days).</param>
public sealed class FinnishCalendar(bool evesAreWorkingDays = false, ICountyClosures? closures = null)
{
    private readonly ICountyClosures _closures = closures ?? CountyClosures.None;

    public bool EvesAreWorkingDays { get; } = evesAreWorkingDays;

    /// <summary>The same calendar with a given set of closures, e.g. the set as it will be once a change is saved.</summary>
    public FinnishCalendar WithClosures(IReadOnlyDictionary<DateOnly, string> closureDays) =>
        new(EvesAreWorkingDays, new CountyClosures(closureDays));

    /// <summary>The county's reason when <paramref name="date"/> is one of its closure days.</summary>
    public string? ClosureOn(DateOnly date) => _closures.ReasonFor(date);

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus, valid for any year).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The holidays of a year, in date order.</summary>
    public static IReadOnlyList<(DateOnly Date, FinnishHoliday Holiday)> Holidays(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            (new DateOnly(year, 1, 1), FinnishHoliday.NewYearsDay),
            (new DateOnly(year, 1, 6), FinnishHoliday.Epiphany),
            (easter.AddDays(-2), FinnishHoliday.GoodFriday),
            (easter, FinnishHoliday.EasterSunday),
            (easter.AddDays(1), FinnishHoliday.EasterMonday),
            (new DateOnly(year, 5, 1), FinnishHoliday.MayDay),
            (easter.AddDays(39), FinnishHoliday.AscensionDay),
            (easter.AddDays(49), FinnishHoliday.Whitsunday),
            (FridayBetween(year, 6, 19), FinnishHoliday.MidsummerEve),
            (FridayBetween(year, 6, 19).AddDays(1), FinnishHoliday.MidsummerDay),
            (SaturdayBetween(year, 10, 31), FinnishHoliday.AllSaintsDay),
            (new DateOnly(year, 12, 6), FinnishHoliday.IndependenceDay),
            (new DateOnly(year, 12, 24), FinnishHoliday.ChristmasEve),
            (new DateOnly(year, 12, 25), FinnishHoliday.ChristmasDay),
            (new DateOnly(year, 12, 26), FinnishHoliday.BoxingDay),
        ];
    }

    public static FinnishHoliday? HolidayOn(DateOnly date)
    {
        foreach (var (day, holiday) in Holidays(date.Year))
        {
            if (day == date)
            {
                return holiday;
            }
        }

        return null;
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        return HolidayOn(date) switch
        {
            null => _closures.ReasonFor(date) is null,
            FinnishHoliday.MidsummerEve or FinnishHoliday.ChristmasEve => EvesAreWorkingDays && _closures.ReasonFor(date) is null,
            _ => false,
        };
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> (both included) that are not working days, and why.</summary>
    public IEnumerable<NonWorkingDay> NonWorkingDays(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                continue;
            }

            var holiday = HolidayOn(day);
            var isEve = holiday is FinnishHoliday.MidsummerEve or FinnishHoliday.ChristmasEve;
            if (holiday is not null && !(isEve && EvesAreWorkingDays))
            {
                yield return new NonWorkingDay(day, isEve ? NonWorkingKind.Eve : NonWorkingKind.Holiday, holiday);
            }
            else if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                yield return new NonWorkingDay(day, NonWorkingKind.Weekend);
            }
            else
            {
                yield return new NonWorkingDay(day, NonWorkingKind.Closure, ClosureReason: _closures.ReasonFor(day));
            }
        }
    }

    /// <summary>
    /// The <paramref name="count"/>th working day after <paramref name="date"/>: "by the 7th working day after" —
    /// the day itself is not counted (150/1930 § 2). A count of 0 gives the date itself if it is a working day,
    /// otherwise the next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        if (count == 0)
        {
            while (!IsWorkingDay(day))
            {
                day = day.AddDays(1);
            }

            return day;
        }

        for (var found = 0; found < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }

    /// <summary>
    /// "Within three months": the same date <paramref name="months"/> later, or the last day of that month when the
    /// date does not exist there (150/1930 § 3). <see cref="DateOnly.AddMonths"/> does exactly that.
    /// </summary>
    public static DateOnly AddMonths(DateOnly date, int months) => date.AddMonths(months);

    /// <summary>Working days from <paramref name="from"/> (not counted) to <paramref name="to"/> (counted); negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private static DateOnly FridayBetween(int year, int month, int firstDay) => WeekdayFrom(new DateOnly(year, month, firstDay), DayOfWeek.Friday);

    private static DateOnly SaturdayBetween(int year, int month, int firstDay) => WeekdayFrom(new DateOnly(year, month, firstDay), DayOfWeek.Saturday);

    private static DateOnly WeekdayFrom(DateOnly first, DayOfWeek weekday) =>
        first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7);
}
