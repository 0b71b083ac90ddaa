using Perhesilta.Features.Desk;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>
/// A guide records that what the deadline asks for was done (assessment begun, decision made, plan made…), when, and
/// why late if it was. A completed client plan starts its yearly review from the same moment.
/// </summary>
public sealed class CompleteClock(ClockChanges changes, DeadlineClocks clocks)
{
    public Task<ClockChangeResult> HandleAsync(Guid contactId, Guid clockId, ClockEventInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var doneAt = WorkFields.HelsinkiMoment(errors, input.Date, input.Time, "complete");
        var reason = ClockChanges.Reason(errors, "complete-reason", input.Reason, required: false);
        return changes.ApplyAsync(contactId, clockId, input.Version, userId, errors, (clock, contact) =>
        {
            var refusal = changes.Record(errors, "complete", clock, ClockEventKind.Completed, doneAt!.Value, reason, userId);
            if (refusal is null && !errors.Any && clock.Rule == ClockRule.ClientPlan)
            {
                clocks.Start(changes.Db, new ClockStart(ClockRule.ClientPlanReview, contact.Id, contact.FamilyId, contact.AreaId, doneAt.Value, clock.ResponsibleUserId, userId, clock.ResponsibleUnit));
            }

            return refusal;
        }, cancellationToken);
    }
}
