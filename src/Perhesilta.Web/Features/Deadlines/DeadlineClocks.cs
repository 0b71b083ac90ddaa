using Microsoft.Extensions.Options;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Deadlines;

/// <summary>What starts a clock: what it is about, when the matter became pending, and who answers for it.</summary>
public sealed record ClockStart(
    ClockRule Rule,
    Guid ContactId,
    Guid? FamilyId,
    int AreaId,
    DateTime StartedAt,
    string? ResponsibleUserId,
    string? RecordedByUserId,
    string? ResponsibleUnit = null,
    bool Urgent = false,
    Guid? StatutoryRouteId = null,
    Guid? ReferralId = null,
    Guid? MeetingActionId = null,
    DateOnly? FixedDueOn = null);

/// <summary>Why an event cannot be recorded on a clock; the use case turns it into a message in the user's language.</summary>
public enum ClockEventError
{
    /// <summary>A completion, stop or reopening dated before the clock's start.</summary>
    BeforeStart,

    /// <summary>An event dated in the future.</summary>
    InFuture,

    /// <summary>A stop, reopening or correction, or a completion after the due date, needs a reason.</summary>
    ReasonRequired,

    /// <summary>Completing or stopping a clock that is not running.</summary>
    NotRunning,

    /// <summary>Reopening a clock that is running.</summary>
    NotEnded,

    /// <summary>The corrected event is not one of this clock's events that still counts.</summary>
    UnknownEvent,
}

/// <summary>
/// Starts clocks and records their events: the one way a clock changes, so its derived state always follows its
/// events. Adds to the caller's unit of work; the caller saves.
/// </summary>
public sealed class DeadlineClocks(FinnishCalendar calendar, IOptions<DeadlineOptions> options, TimeProvider clock)
{
    public DeadlineOptions Options => options.Value;

    public DeadlineClock Start(PerhesiltaDbContext db, ClockStart start)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var deadline = new DeadlineClock
        {
            Rule = start.Rule,
            ContactId = start.ContactId,
            FamilyId = start.FamilyId,
            AreaId = start.AreaId,
            ResponsibleUserId = start.ResponsibleUserId,
            ResponsibleUnit = start.ResponsibleUnit,
            Urgent = start.Urgent,
            StatutoryRouteId = start.StatutoryRouteId,
            ReferralId = start.ReferralId,
            MeetingActionId = start.MeetingActionId,
            FixedDueOn = start.FixedDueOn,
            CreatedAt = now,
            UpdatedAt = now,
        };
        deadline.Events.Add(new ClockEvent
        {
            ClockId = deadline.Id,
            Kind = ClockEventKind.Started,
            OccurredAt = start.StartedAt,
            RecordedByUserId = start.RecordedByUserId,
            RecordedAt = now,
        });
        ClockDerivation.Apply(deadline, calendar, options.Value);
        db.Add(deadline);
        return deadline;
    }

    /// <summary>Whether the event may be recorded; nothing when it may. The clock's events must be loaded.</summary>
    public ClockEventError? Check(DeadlineClock deadline, ClockEventKind kind, DateTime occurredAt, string? reason, Guid? corrects = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (occurredAt > now)
        {
            return ClockEventError.InFuture;
        }

        var hasReason = !string.IsNullOrWhiteSpace(reason);
        if (corrects is { } correctedId)
        {
            var corrected = ClockDerivation.Effective(deadline.Events).FirstOrDefault(e => e.Id == correctedId);
            if (corrected is null || corrected.Kind != kind)
            {
                return ClockEventError.UnknownEvent;
            }

            if (!hasReason)
            {
                return ClockEventError.ReasonRequired;
            }

            // A corrected start moves the clock; a corrected completion or stop must still come after the start.
            return kind != ClockEventKind.Started && occurredAt < deadline.StartedAt ? ClockEventError.BeforeStart : null;
        }

        switch (kind)
        {
            case ClockEventKind.Started:
                return ClockEventError.UnknownEvent;
            case ClockEventKind.Completed or ClockEventKind.Stopped when deadline.State != ClockState.Running:
                return ClockEventError.NotRunning;
            case ClockEventKind.Reopened when deadline.State == ClockState.Running:
                return ClockEventError.NotEnded;
        }

        if (occurredAt < deadline.StartedAt)
        {
            return ClockEventError.BeforeStart;
        }

        var late = kind == ClockEventKind.Completed && DateOnlyOf(occurredAt) > deadline.DueOn;
        return (kind is ClockEventKind.Stopped or ClockEventKind.Reopened || late) && !hasReason ? ClockEventError.ReasonRequired : null;
    }

    /// <summary>
    /// Records an event and recalculates the clock. Call <see cref="Check"/> first: an event it refuses throws here.
    /// A correction (<paramref name="corrects"/>) replaces an earlier event of the same kind; the earlier one stays in
    /// the history.
    /// </summary>
    public ClockEvent Record(DeadlineClock deadline, ClockEventKind kind, DateTime occurredAt, string? reason, string? userId, Guid? corrects = null)
    {
        if (Check(deadline, kind, occurredAt, reason, corrects) is { } error)
        {
            throw new InvalidOperationException($"Clock {deadline.Id}: {kind} refused ({error}).");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var recorded = new ClockEvent
        {
            ClockId = deadline.Id,
            Kind = kind,
            OccurredAt = occurredAt,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            CorrectsEventId = corrects,
            RecordedByUserId = userId,
            RecordedAt = now,
        };
        deadline.Events.Add(recorded);
        ClockDerivation.Apply(deadline, calendar, options.Value);
        deadline.UpdatedAt = now;
        deadline.Version = Guid.NewGuid();
        return recorded;
    }

    /// <summary>Recalculates the clock from its events, e.g. after the county's closures or settings changed.</summary>
    public void Recalculate(DeadlineClock deadline) => ClockDerivation.Apply(deadline, calendar, options.Value);

    private static DateOnly DateOnlyOf(DateTime utc) => DateOnly.FromDateTime(HelsinkiTime.ToLocal(utc));
}
