using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Deadlines;

/// <summary>
/// Derives a clock's start, due date, state and days taken from its events. Events that a later event corrects do not
/// count; of the rest, the latest start counts, and the latest completion, stop or reopening after it decides the state.
/// </summary>
public static class ClockDerivation
{
    /// <summary>The events that count: those no later event corrects, in the order they happened (then were recorded).</summary>
    public static IReadOnlyList<ClockEvent> Effective(IEnumerable<ClockEvent> events)
    {
        var all = events.ToList();
        var corrected = all.Where(e => e.CorrectsEventId is not null).Select(e => e.CorrectsEventId!.Value).ToHashSet();
        return all.Where(e => !corrected.Contains(e.Id))
            .OrderBy(e => e.OccurredAt)
            .ThenBy(e => e.RecordedAt)
            .ToList();
    }

    /// <summary>Sets the derived fields of <paramref name="clock"/> from <paramref name="clock"/>.Events.</summary>
    /// <exception cref="InvalidOperationException">No start event counts: a clock always has one.</exception>
    public static void Apply(DeadlineClock clock, FinnishCalendar calendar, DeadlineOptions options)
    {
        var effective = Effective(clock.Events);
        var start = effective.LastOrDefault(e => e.Kind == ClockEventKind.Started)
            ?? throw new InvalidOperationException($"Clock {clock.Id} has no start event.");
        clock.StartedAt = start.OccurredAt;
        clock.StartDate = DateOnly.FromDateTime(HelsinkiTime.ToLocal(start.OccurredAt));
        clock.DueOn = clock.FixedDueOn ?? ClockRules.Due(clock.Rule, clock.StartDate, calendar, options, clock.Urgent);

        var end = effective.SkipWhile(e => e != start).Skip(1).LastOrDefault(e => e.Kind != ClockEventKind.Started);
        clock.State = ClockState.Running;
        clock.EndedOn = null;
        clock.StopReason = null;
        clock.DaysTaken = null;
        clock.DaysLate = null;
        switch (end?.Kind)
        {
            case ClockEventKind.Completed:
                var endedOn = DateOnly.FromDateTime(HelsinkiTime.ToLocal(end.OccurredAt));
                clock.EndedOn = endedOn;
                clock.DaysTaken = Math.Max(0, ClockRules.DaysBetween(clock.Rule, clock.StartDate, endedOn, calendar));
                clock.State = endedOn <= clock.DueOn ? ClockState.Met : ClockState.Missed;
                // Done on the Saturday after a Friday due date is late by no working day, yet late: at least one.
                clock.DaysLate = clock.State == ClockState.Missed ? Math.Max(1, ClockRules.DaysBetween(clock.Rule, clock.DueOn, endedOn, calendar)) : null;
                break;
            case ClockEventKind.Stopped:
                clock.EndedOn = DateOnly.FromDateTime(HelsinkiTime.ToLocal(end.OccurredAt));
                clock.StopReason = end.Reason;
                clock.State = ClockState.Stopped;
                break;
        }
    }
}
