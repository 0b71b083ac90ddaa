namespace Perhesilta.Platform.Scheduling;

/// <summary>
/// Finds the earliest slots where every required participant is free: day by day (local Helsinki dates, working days
/// only), the day's instants are narrowed to each required participant's hours and their sorted, merged busy times are
/// cut out; the grid points whose slot fits in what is left are the slots. Interval arithmetic, not a minute scan: the
/// cost grows with the busy times in the range, not with its minutes.
/// </summary>
internal static class SlotFinder
{
    public static IReadOnlyList<FoundSlot> Find(SlotQuery query, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.DurationMinutes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.StepMinutes);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var from = query.From.Ticks;
        var to = query.To.Ticks;
        var found = new List<FoundSlot>();
        if (limit == 0 || to <= from)
        {
            return found;
        }

        var duration = query.DurationMinutes * TimeSpan.TicksPerMinute;
        var step = query.StepMinutes * TimeSpan.TicksPerMinute;
        var participants = query.Participants
            .Select(p => new Prepared(p, p.Required || query.RequireEveryone, BusyList.Of(p.Busy, from, to)))
            .ToArray();
        var free = new List<Span>();
        var windows = new List<Span>();
        var scratch = new List<Span>();
        for (var date = LocalDay.DateOf(from); date <= LocalDay.DateOf(to - 1); date = date.AddDays(1))
        {
            if (!query.IsWorkingDay(date))
            {
                continue;
            }

            var day = LocalDay.Of(date);
            var start = Math.Max(day.Start, from);
            var end = Math.Min(day.End, to);
            if (end - start < duration)
            {
                continue;
            }

            free.Clear();
            free.Add(new Span(start, end));
            if (query.Frame is { } frame)
            {
                day.Windows(frame.On(date.DayOfWeek), windows);
                Intersect(free, windows, scratch);
            }

            foreach (var participant in participants.Where(p => p.Required))
            {
                if (participant.Source.Hours is { } hours)
                {
                    day.Windows(hours.On(date.DayOfWeek), windows);
                    Intersect(free, windows, scratch);
                }

                participant.Busy.CutFrom(free, scratch);
                if (free.Count == 0)
                {
                    break;
                }
            }

            foreach (var span in free)
            {
                for (var slot = day.NextGridPoint(span.Start, step); slot <= span.End - duration;)
                {
                    found.Add(new FoundSlot(
                        new DateTime(slot, DateTimeKind.Utc),
                        new DateTime(slot + duration, DateTimeKind.Utc),
                        FreeAt(participants, day, slot, slot + duration, windows)));
                    if (found.Count == limit)
                    {
                        return found;
                    }

                    slot = day.NextGridPoint(query.NonOverlapping ? slot + duration : slot + 1, step);
                }
            }
        }

        return found;
    }

    /// <summary>The local (Finnish) date of an instant in UTC.</summary>
    public static DateOnly LocalDateOf(DateTime utc) => LocalDay.DateOf(utc.Ticks);

    /// <summary>Local midnight at the start of a date, in UTC.</summary>
    public static DateTime StartOfLocalDay(DateOnly date) => new(LocalDay.Of(date).Start, DateTimeKind.Utc);

    /// <summary>The local (Finnish) time of an instant in UTC, in minutes from midnight.</summary>
    public static int LocalMinuteOf(DateTime utc) => (int)(LocalDay.LocalTicksOf(utc.Ticks) % TimeSpan.TicksPerDay / TimeSpan.TicksPerMinute);

    /// <summary>Whether <c>[start, end)</c> (UTC) lies within one local day and, when hours are given, within one of its windows.</summary>
    public static bool WithinHours(WeeklyHours? hours, DateTime start, DateTime end)
    {
        var day = LocalDay.Of(LocalDateOf(start));
        if (end.Ticks > day.End)
        {
            return false;
        }

        if (hours is null)
        {
            return true;
        }

        var windows = new List<Span>();
        day.Windows(hours.On(day.Date.DayOfWeek), windows);
        return windows.Exists(w => w.Start <= start.Ticks && end.Ticks <= w.End);
    }

    /// <summary>Whether any of the busy times overlaps <c>[start, end)</c>.</summary>
    public static bool Overlaps(IEnumerable<TimeInterval> busy, DateTime start, DateTime end) =>
        busy.Any(b => b.Start < end && start < b.End);

    private static List<Guid> FreeAt(Prepared[] participants, LocalDay day, long start, long end, List<Span> windows)
    {
        var free = new List<Guid>(participants.Length);
        foreach (var participant in participants)
        {
            if (!participant.Required)
            {
                if (participant.Source.Hours is { } hours)
                {
                    day.Windows(hours.On(day.Date.DayOfWeek), windows);
                    if (!windows.Exists(w => w.Start <= start && end <= w.End))
                    {
                        continue;
                    }
                }

                if (participant.Busy.Overlaps(start, end))
                {
                    continue;
                }
            }

            free.Add(participant.Source.Id);
        }

        return free;
    }

    /// <summary>Narrows <paramref name="spans"/> to where <paramref name="windows"/> also are (both sorted, disjoint).</summary>
    private static void Intersect(List<Span> spans, List<Span> windows, List<Span> scratch)
    {
        scratch.Clear();
        for (int i = 0, j = 0; i < spans.Count && j < windows.Count;)
        {
            var start = Math.Max(spans[i].Start, windows[j].Start);
            var end = Math.Min(spans[i].End, windows[j].End);
            if (end > start)
            {
                scratch.Add(new Span(start, end));
            }

            if (spans[i].End < windows[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        spans.Clear();
        spans.AddRange(scratch);
    }

    private sealed record Prepared(SlotParticipant Source, bool Required, BusyList Busy);
}
