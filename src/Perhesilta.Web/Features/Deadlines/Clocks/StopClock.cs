using Perhesilta.Features.Desk;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>A guide stops a clock that no longer applies, e.g. "assessment clearly unnecessary": always with a reason.</summary>
public sealed class StopClock(ClockChanges changes)
{
    public Task<ClockChangeResult> HandleAsync(Guid contactId, Guid clockId, ClockEventInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var stoppedAt = WorkFields.HelsinkiMoment(errors, input.Date, input.Time, "stop");
        var reason = ClockChanges.Reason(errors, "stop-reason", input.Reason, required: true);
        return changes.ApplyAsync(contactId, clockId, input.Version, userId, errors, (clock, _) =>
            changes.Record(errors, "stop", clock, ClockEventKind.Stopped, stoppedAt!.Value, reason, userId), cancellationToken);
    }
}
