using Perhesilta.Platform.Scheduling;

namespace Perhesilta.UnitTests.Scheduling;

/// <summary>
/// The slot finder's oracle and benchmark baseline: a minute-by-minute scan. Every minute of the range gets its local
/// time from .NET's own time zone data (not NodaTime's, which the finder uses) and a free/busy mark per participant;
/// then each grid minute is tried by checking every minute of the slot. Simple enough to be obviously right.
/// </summary>
internal static class NaiveSlotScan
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static IReadOnlyList<FoundSlot> Find(SlotQuery query, int limit)
    {
        var start = new DateTime((query.From.Ticks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        var minutes = (int)Math.Max(0, (query.To - start).Ticks / TimeSpan.TicksPerMinute);
        var local = new DateTime[minutes];
        for (var i = 0; i < minutes; i++)
        {
            local[i] = TimeZoneInfo.ConvertTimeFromUtc(start.AddMinutes(i), Helsinki);
        }

        var inFrame = Mark(query.Frame, [], local, start);
        var free = query.Participants.Select(p => Mark(p.Hours, p.Busy, local, start)).ToArray();
        var found = new List<FoundSlot>();
        for (var i = 0; i + query.DurationMinutes <= minutes && found.Count < limit; i++)
        {
            var minuteOfDay = (local[i].Hour * 60) + local[i].Minute;
            if (minuteOfDay % query.StepMinutes != 0 || !query.IsWorkingDay(DateOnly.FromDateTime(local[i])))
            {
                continue;
            }

            var slot = Enumerable.Range(i, query.DurationMinutes).ToArray();
            if (!slot.All(j => inFrame[j] && local[j].Date == local[i].Date))
            {
                continue;
            }

            var freeIds = query.Participants.Where((_, p) => slot.All(j => free[p][j])).Select(p => p.Id).ToList();
            if (query.Participants.Any(p => (p.Required || query.RequireEveryone) && !freeIds.Contains(p.Id)))
            {
                continue;
            }

            found.Add(new FoundSlot(start.AddMinutes(i), start.AddMinutes(i + query.DurationMinutes), freeIds));
            if (query.NonOverlapping)
            {
                i += query.DurationMinutes - 1;
            }
        }

        return found;
    }

    private static bool[] Mark(WeeklyHours? hours, IReadOnlyList<TimeInterval> busy, DateTime[] local, DateTime start)
    {
        var free = new bool[local.Length];
        for (var i = 0; i < local.Length; i++)
        {
            var minuteOfDay = (local[i].Hour * 60) + local[i].Minute;
            free[i] = hours is null || hours.On(local[i].DayOfWeek).Any(w => w.Start <= minuteOfDay && minuteOfDay < w.End);
        }

        foreach (var interval in busy)
        {
            var first = Math.Max(0, (interval.Start - start).Ticks / TimeSpan.TicksPerMinute);
            var last = Math.Min(local.Length, ((interval.End - start).Ticks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute);
            for (var i = first; i < last; i++)
            {
                free[i] = false;
            }
        }

        return free;
    }
}
