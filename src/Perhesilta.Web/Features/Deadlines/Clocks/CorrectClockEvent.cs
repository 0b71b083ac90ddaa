using Perhesilta.Features.Desk;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>
/// A guide corrects the moment of a recorded event (a start, completion, stop or reopening), with a reason. The
/// correction is a new event naming the one it replaces; the clock is recalculated and the history keeps both.
/// </summary>
public sealed class CorrectClockEvent(ClockChanges changes)
{
    public Task<ClockChangeResult> HandleAsync(Guid contactId, Guid clockId, ClockEventInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        if (!Guid.TryParse(input.EventId, out var eventId))
        {
            errors.Add("correct-event", "Error.UnknownEvent");
        }

        var correctedAt = WorkFields.HelsinkiMoment(errors, input.Date, input.Time, "correct");
        var reason = ClockChanges.Reason(errors, "correct-reason", input.Reason, required: true);
        return changes.ApplyAsync(contactId, clockId, input.Version, userId, errors, (clock, _) =>
        {
            // The kind is the corrected event's: a correction replaces a start with a start, a stop with a stop.
            var corrected = ClockDerivation.Effective(clock.Events).FirstOrDefault(e => e.Id == eventId);
            if (corrected is null)
            {
                errors.Add("correct-event", "Error.UnknownEvent");
                return null;
            }

            return changes.Record(errors, "correct", clock, corrected.Kind, correctedAt!.Value, reason, userId, corrected.Id);
        }, cancellationToken);
    }
}
