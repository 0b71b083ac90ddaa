using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>The start form as typed.</summary>
public sealed class StartClockInput
{
    public string? Rule { get; set; }

    public string? Date { get; set; }

    public string? Time { get; set; }

    /// <summary>The id of the responsible guide; empty for nobody named (the area's guides are then alerted).</summary>
    public string? Responsible { get; set; }

    public string? Unit { get; set; }
}

public sealed record StartClockResult(ClockChangeOutcome Outcome, WorkFormErrors Errors, Guid? ClockId = null);

/// <summary>
/// A guide starts a clock that no recorded event started, e.g. a client plan when a client relationship starts: which
/// rule, when the matter became pending, and who answers for it. The clocks that start by themselves (the reply to a
/// contact or to a referral) are not started by hand, so that each has one start.
/// </summary>
public sealed class StartClock(PerhesiltaDbContext db, DeadlineClocks clocks, AssignContact assign, IAccessLog log, TimeProvider time)
{
    public static readonly IReadOnlyList<ClockRule> ByHand = ClockRules.All.Where(r => r is not (ClockRule.ReplyToContact or ClockRule.ReplyToReferral or ClockRule.AgreedAction)).ToList();

    /// <summary>Who may be named responsible: the guides who could be assigned the contact.</summary>
    public Task<IReadOnlyList<AssignableGuide>> ResponsibleChoicesAsync(Contact contact, CancellationToken cancellationToken = default) =>
        assign.ChoicesAsync(contact, cancellationToken);

    public async Task<StartClockResult> HandleAsync(Guid contactId, StartClockInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var contact = await ClockAccess.ContactOfGuideAsync(db, contactId, userId, cancellationToken);
        if (contact is null)
        {
            return new StartClockResult(await db.Set<Contact>().AnyAsync(c => c.Id == contactId, cancellationToken) ? ClockChangeOutcome.Forbidden : ClockChangeOutcome.NotFound, errors);
        }

        var rule = ClockRules.FromCode(input.Rule);
        if (string.IsNullOrWhiteSpace(input.Rule))
        {
            errors.Add("rule", "Error.RuleRequired");
        }
        else if (rule is not { } chosen || !ByHand.Contains(chosen))
        {
            errors.Add("rule", rule is null ? "Error.RuleRequired" : "Error.RuleAutomatic");
        }

        var startedAt = WorkFields.HelsinkiMoment(errors, input.Date, input.Time, "start");
        if (startedAt > time.GetUtcNow().UtcDateTime)
        {
            errors.Add("start-date", "Error.InFuture");
        }

        var responsible = string.IsNullOrWhiteSpace(input.Responsible) ? null : input.Responsible.Trim();
        if (responsible is not null && !(await ResponsibleChoicesAsync(contact, cancellationToken)).Any(g => g.Id == responsible))
        {
            errors.Add("responsible", "Error.ResponsibleUnknown");
        }

        var unit = WorkFields.Text(errors, "unit", input.Unit, DeadlineLimits.Unit, null, "Error.UnitTooLong");
        if (errors.Any)
        {
            return new StartClockResult(ClockChangeOutcome.Refused, errors);
        }

        var started = clocks.Start(db, new ClockStart(
            rule!.Value,
            contact.Id,
            contact.FamilyId,
            contact.AreaId,
            startedAt!.Value,
            responsible,
            userId,
            unit,
            Urgent: contact.AssessedUrgency == FeltUrgency.Urgent));
        log.Add(db, AccessAction.Create, "DeadlineClock", started.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new StartClockResult(ClockChangeOutcome.Saved, errors, started.Id);
    }
}
