using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;
using Perhesilta.Platform.Scheduling;

namespace Perhesilta.Bench.Slots;

/// <summary>
/// Two years (2027–2028) of office calendars for twelve people: on each working day two to six meetings of 15 minutes
/// to an hour and a half, starting between 07:30 and 17:30 Finnish time, about 2 000 busy times each; eight of them are
/// required. The searches start at 08:00 on every third working day of 2027; the fifth common hour of the eight lies
/// weeks ahead, so a search reads a good part of its 60 working days.
/// </summary>
internal sealed class Calendars
{
    public const int Participants = 12;
    public const int Required = 8;
    public const int DurationMinutes = 60;
    public const int StepMinutes = 15;
    public const int Limit = 5;
    public const int SearchWorkingDays = 60;

    private static readonly int[] Lengths = [15, 30, 30, 45, 60, 90];

    public Calendars(int seed = 7)
    {
        var calendar = new FinnishCalendar();
        var random = new Random(seed);
        var days = Days(new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31)).Where(calendar.IsWorkingDay).ToList();
        var hours = WeeklyHours.On(WeeklyHours.MondayToFriday, new DayWindow(8 * 60, 16 * 60));
        People = [.. Enumerable.Range(0, Participants).Select(i => new SlotParticipant(
            Guid.CreateVersion7(),
            i < Required,
            hours,
            [.. days.SelectMany(day => Enumerable.Range(0, random.Next(2, 7)).Select(_ => Meeting(day, random)))]))];
        Queries = [.. days.Where(d => d.Year == 2027).Where((_, i) => i % 3 == 0).Select(day => new SlotQuery(
            HelsinkiTime.ToUtc(day.ToDateTime(new TimeOnly(8, 0))),
            HelsinkiTime.ToUtc(calendar.AddWorkingDays(day, SearchWorkingDays - 1).AddDays(1).ToDateTime(TimeOnly.MinValue)),
            DurationMinutes,
            StepMinutes,
            calendar.IsWorkingDay,
            People))];
    }

    public IReadOnlyList<SlotParticipant> People { get; }

    /// <summary>One search per starting day, each over the next 60 working days.</summary>
    public IReadOnlyList<SlotQuery> Queries { get; }

    private static TimeInterval Meeting(DateOnly day, Random random)
    {
        var start = HelsinkiTime.ToUtc(day.ToDateTime(new TimeOnly(7, 30)).AddMinutes(random.Next(0, 41) * 15));
        return new TimeInterval(start, start.AddMinutes(Lengths[random.Next(Lengths.Length)]));
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
