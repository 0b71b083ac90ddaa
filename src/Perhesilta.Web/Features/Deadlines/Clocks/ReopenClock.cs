using Perhesilta.Features.Desk;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>
/// A guide sets a completed or stopped clock running again, now and with a reason (e.g. the completion was recorded on
/// the wrong clock). The earlier completion or stop stays in the history.
/// </summary>
public sealed class ReopenClock(ClockChanges changes, TimeProvider time)
{
    public Task<ClockChangeResult> HandleAsync(Guid contactId, Guid clockId, ClockEventInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var reason = ClockChanges.Reason(errors, "reopen-reason", input.Reason, required: true);
        return changes.ApplyAsync(contactId, clockId, input.Version, userId, errors, (clock, _) =>
            changes.Record(errors, "reopen", clock, ClockEventKind.Reopened, time.GetUtcNow().UtcDateTime, reason, userId), cancellationToken);
    }
}
