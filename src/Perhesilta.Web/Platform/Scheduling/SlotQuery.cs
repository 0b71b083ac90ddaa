namespace Perhesilta.Platform.Scheduling;

/// <summary>A part of a day in local (Finnish) time, in minutes from midnight: <c>[Start, End)</c>, End at most 1440.</summary>
internal readonly record struct DayWindow(int Start, int End)
{
    public const int MinutesPerDay = 24 * 60;

    public static DayWindow WholeDay { get; } = new(0, MinutesPerDay);

    /// <summary>From a start and an end time; an end of 00:00 means midnight at the end of the day.</summary>
    public static DayWindow From(TimeOnly start, TimeOnly end) =>
        new((start.Hour * 60) + start.Minute, end == TimeOnly.MinValue ? MinutesPerDay : (end.Hour * 60) + end.Minute);
}

/// <summary>When someone can meet on each weekday, in local time; a weekday without windows has no time at all.</summary>
internal sealed class WeeklyHours
{
    private readonly IReadOnlyList<DayWindow>[] _days = new IReadOnlyList<DayWindow>[7];

    public WeeklyHours(IEnumerable<(DayOfWeek Day, DayWindow Window)> windows)
    {
        var days = new List<DayWindow>[7];
        foreach (var (day, window) in windows)
        {
            if (window.End > window.Start)
            {
                (days[(int)day] ??= []).Add(window);
            }
        }

        for (var i = 0; i < 7; i++)
        {
            _days[i] = days[i] is { } list ? [.. list.OrderBy(w => w.Start)] : [];
        }
    }

    /// <summary>The same window on each of the given days.</summary>
    public static WeeklyHours On(IEnumerable<DayOfWeek> days, params DayWindow[] windows) =>
        new(days.SelectMany(day => windows.Select(window => (day, window))));

    public static IReadOnlyList<DayOfWeek> MondayToFriday { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static IReadOnlyList<DayOfWeek> EveryDay { get; } = Enum.GetValues<DayOfWeek>();

    public IReadOnlyList<DayWindow> On(DayOfWeek day) => _days[(int)day];
}

/// <summary>A time interval in UTC: <c>[Start, End)</c>.</summary>
internal readonly record struct TimeInterval(DateTime Start, DateTime End);

/// <param name="Hours">When they can meet (working hours, or the family's wishes); null: at any time of day.</param>
/// <param name="Busy">When they are not free (UTC), in any order, overlapping or not.</param>
internal sealed record SlotParticipant(Guid Id, bool Required, WeeklyHours? Hours, IReadOnlyList<TimeInterval> Busy);

/// <summary>What to look for: a slot of <paramref name="DurationMinutes"/> between two instants.</summary>
/// <param name="From">The earliest start (UTC).</param>
/// <param name="To">The latest end (UTC).</param>
/// <param name="StepMinutes">Slots start on this grid, counted from local midnight (09:00, 09:15, … for 15).</param>
/// <param name="IsWorkingDay">Whether a local date may have meetings; a slot lies within one local day.</param>
/// <param name="Frame">Hours every slot must lie within, whoever takes part; null: none.</param>
/// <param name="RequireEveryone">Treat the optional participants as required.</param>
/// <param name="NonOverlapping">Each slot starts at or after the end of the previous one, rather than on every grid point.</param>
internal sealed record SlotQuery(
    DateTime From,
    DateTime To,
    int DurationMinutes,
    int StepMinutes,
    Func<DateOnly, bool> IsWorkingDay,
    IReadOnlyList<SlotParticipant> Participants,
    WeeklyHours? Frame = null,
    bool RequireEveryone = false,
    bool NonOverlapping = false);

/// <summary>A slot found: every required participant is free, and <paramref name="Free"/> lists all who are.</summary>
internal sealed record FoundSlot(DateTime StartsAt, DateTime EndsAt, IReadOnlyList<Guid> Free);
