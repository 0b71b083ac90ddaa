using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>
/// The clocks that start and end by themselves from what is recorded on a contact: its arrival, a statutory route, a
/// requested network meeting, and the first action that reached the family. Each adds to the caller's unit of work, so
/// the clock is saved with what started it, or not at all.
/// </summary>
public sealed class ContactClocks(DeadlineClocks clocks, IStringLocalizer<ClockText> text)
{
    /// <summary>A contact arrived (any channel): the reply-to-contact promise counts from when it became pending.</summary>
    public void ContactArrived(PerhesiltaDbContext db, Contact contact) =>
        clocks.Start(db, new ClockStart(ClockRule.ReplyToContact, contact.Id, contact.FamilyId, contact.AreaId, contact.InitiatedAt, contact.AssignedToUserId, contact.RecordedByUserId));

    /// <summary>
    /// A request or notification was made: the assessment clocks count from its moment. The receiving unit answers for
    /// them, the contact's guide (else the one who made it) follows them up.
    /// </summary>
    public void RouteMade(PerhesiltaDbContext db, Contact contact, StatutoryRoute route)
    {
        foreach (var rule in RulesOf(route.Kind))
        {
            clocks.Start(db, new ClockStart(
                rule,
                contact.Id,
                contact.FamilyId,
                contact.AreaId,
                route.MadeAt,
                contact.AssignedToUserId ?? route.MadeByUserId,
                route.MadeByUserId,
                route.ToUnit,
                Urgent: contact.AssessedUrgency == FeltUrgency.Urgent,
                StatutoryRouteId: route.Id));
        }
    }

    /// <summary>
    /// The clocks a route starts. A child welfare notification makes the matter pending under both acts (LSL 26 §,
    /// SHL 36 §). An anticipatory notification (LSL 25 c §) concerns a child not yet born: no assessment clock runs.
    /// </summary>
    /// <summary>
    /// The contact was linked to a family, or unlinked: its clocks follow, in the caller's save, so that the family's
    /// clocks are found by their own column as well as through the contact.
    /// </summary>
    public static async Task FamilyChangedAsync(PerhesiltaDbContext db, Contact contact, CancellationToken cancellationToken)
    {
        foreach (var clock in await db.Set<DeadlineClock>().Where(c => c.ContactId == contact.Id).ToListAsync(cancellationToken))
        {
            clock.FamilyId = contact.FamilyId;
        }
    }

    public static IReadOnlyList<ClockRule> RulesOf(StatutoryRouteKind kind) => kind switch
    {
        StatutoryRouteKind.ConsentedAssessmentRequest or StatutoryRouteKind.SocialWelfareNeedNotification => [ClockRule.Shl36Start, ClockRule.Shl36Complete],
        StatutoryRouteKind.ChildWelfareNotification => [ClockRule.Lsl26Decision, ClockRule.Shl36Start, ClockRule.Lsl26Complete],
        _ => [],
    };

    /// <summary>An action was added to the tracked contact: a requested network meeting starts its clock; reaching the family answers the contact.</summary>
    public async Task ActionRecordedAsync(PerhesiltaDbContext db, Contact contact, ContactAction action, CancellationToken cancellationToken)
    {
        if (action.Kind == ActionKind.NetworkMeetingRequested)
        {
            clocks.Start(db, new ClockStart(ClockRule.NetworkMeeting, contact.Id, contact.FamilyId, contact.AreaId, action.PerformedAt, action.PerformedByUserId, action.PerformedByUserId));
        }

        // Only the action that is now the first to reach the family moves the reply; a later one changes nothing.
        if (action.ReachedFamily && contact.FirstReachedAt == action.PerformedAt)
        {
            await RepliedAsync(db, contact.Id, action.PerformedAt, action.PerformedByUserId, "Reason.ReachedLate", cancellationToken);
        }
    }

    /// <summary>Anonymous advice is answered on the status page: the answer is the reply to the contact.</summary>
    public Task AdviceAnsweredAsync(PerhesiltaDbContext db, Contact contact, DateTime answeredAt, string userId, CancellationToken cancellationToken) =>
        RepliedAsync(db, contact.Id, answeredAt, userId, "Reason.AnsweredLate", cancellationToken);

    /// <summary>
    /// Completes the reply-to-contact clock at <paramref name="at"/>; when it was completed later than that (an action
    /// recorded afterwards reached the family earlier), the completion is corrected to the earlier moment. A late
    /// completion says that no reason was given; the guide can correct it with the real reason.
    /// </summary>
    private async Task RepliedAsync(PerhesiltaDbContext db, Guid contactId, DateTime at, string userId, string lateReasonKey, CancellationToken cancellationToken)
    {
        var reply = await db.Set<DeadlineClock>().Include(c => c.Events)
            .Where(c => c.ContactId == contactId && c.Rule == ClockRule.ReplyToContact)
            .OrderBy(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (reply is null)
        {
            return;
        }

        // Work is recorded to the minute, the arrival to the second: work in the minute of arrival answers at arrival.
        var moment = at < reply.StartedAt ? reply.StartedAt : at;
        if (reply.State == ClockState.Running)
        {
            var reason = clocks.Check(reply, ClockEventKind.Completed, moment, null) == ClockEventError.ReasonRequired ? InCountyLanguage(lateReasonKey) : null;
            if (clocks.Check(reply, ClockEventKind.Completed, moment, reason) is null)
            {
                clocks.Record(reply, ClockEventKind.Completed, moment, reason, userId);
            }

            return;
        }

        var completion = ClockDerivation.Effective(reply.Events).LastOrDefault(e => e.Kind == ClockEventKind.Completed);
        if (reply.State is ClockState.Met or ClockState.Missed && completion is not null && moment < completion.OccurredAt)
        {
            var reason = InCountyLanguage("Reason.ReachedEarlier");
            if (clocks.Check(reply, ClockEventKind.Completed, moment, reason, completion.Id) is null)
            {
                clocks.Record(reply, ClockEventKind.Completed, moment, reason, userId, completion.Id);
            }
        }
    }

    /// <summary>A reason the system writes is stored in the county's language, as the reasons guides type are.</summary>
    private string InCountyLanguage(string key) => InCulture.Run("fi-FI", () => text[key].Value);
}
