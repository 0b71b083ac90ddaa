using System.Globalization;
using Perhesilta.Features.Deadlines;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;

namespace Perhesilta.UnitTests.Deadlines;

/// <summary>A clock that stands where a test puts it.</summary>
internal sealed class FixedTime(DateTime utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
}

/// <summary>Clocks built in memory, from a start event, as <see cref="DeadlineClocks.Start"/> builds them.</summary>
internal static class Clocks
{
    public static readonly FinnishCalendar WorkingDays = new();
    public static readonly DeadlineOptions Options = new();

    /// <summary>A Finnish local time, e.g. <c>2026-04-02 14:00</c>, as UTC.</summary>
    public static DateTime Helsinki(string local) =>
        HelsinkiTime.ToUtc(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DeadlineClock Started(ClockRule rule, string startedLocal, bool urgent = false)
    {
        var clock = new DeadlineClock { Rule = rule, Urgent = urgent, ContactId = Guid.NewGuid(), AreaId = 1 };
        clock.Events.Add(Event(clock, ClockEventKind.Started, startedLocal));
        ClockDerivation.Apply(clock, WorkingDays, Options);
        return clock;
    }

    public static ClockEvent Event(DeadlineClock clock, ClockEventKind kind, string occurredLocal, string? reason = null, Guid? corrects = null, string? recordedLocal = null)
    {
        var occurred = Helsinki(occurredLocal);
        return new ClockEvent
        {
            ClockId = clock.Id,
            Kind = kind,
            OccurredAt = occurred,
            Reason = reason,
            CorrectsEventId = corrects,
            RecordedAt = recordedLocal is null ? occurred : Helsinki(recordedLocal),
        };
    }

    /// <summary>Adds an event straight to the history (as if loaded from the database) and derives the clock again.</summary>
    public static ClockEvent Add(DeadlineClock clock, ClockEventKind kind, string occurredLocal, string? reason = null, Guid? corrects = null, string? recordedLocal = null)
    {
        var added = Event(clock, kind, occurredLocal, reason, corrects, recordedLocal);
        clock.Events.Add(added);
        ClockDerivation.Apply(clock, WorkingDays, Options);
        return added;
    }

    public static DeadlineClocks At(string nowLocal) =>
        new(WorkingDays, Microsoft.Extensions.Options.Options.Create(Options), new FixedTime(Helsinki(nowLocal)));
}
