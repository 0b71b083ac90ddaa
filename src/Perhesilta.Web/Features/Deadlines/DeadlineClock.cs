namespace Perhesilta.Features.Deadlines;

/// <summary>A kind of deadline. Its code (<see cref="ClockRules.Code"/>) is what the calendar API and reports use.</summary>
public enum ClockRule
{
    /// <summary>SHL 36 §: the service-need assessment begins by the 7th working day (immediately when urgent).</summary>
    Shl36Start,

    /// <summary>SHL 36 §: the service-need assessment is completed within three months.</summary>
    Shl36Complete,

    /// <summary>LSL 26 §: by the 7th working day the social worker decides whether a child welfare assessment is needed.</summary>
    Lsl26Decision,

    /// <summary>LSL 26 §: the child welfare assessment is completed within three months.</summary>
    Lsl26Complete,

    /// <summary>SHL 39 §: a client plan is made without delay once a client relationship starts (the county's promise in working days).</summary>
    ClientPlan,

    /// <summary>The client plan is reviewed at least once a year.</summary>
    ClientPlanReview,

    /// <summary>The county's promise: a contact is answered within N working days.</summary>
    ReplyToContact,

    /// <summary>The county's promise: a referral is answered (accepted or declined) within N working days.</summary>
    ReplyToReferral,

    /// <summary>The county's promise: a network meeting within N working days of its request.</summary>
    NetworkMeeting,

    /// <summary>An action agreed in a network meeting: who does what by a date the meeting agreed (<see cref="DeadlineClock.FixedDueOn"/>).</summary>
    AgreedAction,
}

/// <summary>A clock's state, derived from its events (<see cref="ClockDerivation"/>); never typed in.</summary>
public enum ClockState
{
    /// <summary>Started and not yet completed or stopped; overdue when its due date has passed.</summary>
    Running,

    /// <summary>Completed on or before its due date.</summary>
    Met,

    /// <summary>Completed after its due date.</summary>
    Missed,

    /// <summary>Stopped with a reason, e.g. "assessment clearly unnecessary".</summary>
    Stopped,
}

/// <summary>
/// määräaika: one statutory deadline or county promise running for a contact (and its family). What it is about is
/// fixed when it starts; its start, due date, state and days taken are derived from its <see cref="ClockEvent"/>s
/// and recalculated whenever one is recorded or corrected.
/// </summary>
public sealed class DeadlineClock
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ClockRule Rule { get; set; }

    public Guid ContactId { get; set; }

    /// <summary>The contact's family when it has one, so the family page shows the clocks of all its contacts.</summary>
    public Guid? FamilyId { get; set; }

    /// <summary>The statutory route whose making started the clock (the immutable moment the matter became pending).</summary>
    public Guid? StatutoryRouteId { get; set; }

    /// <summary>The referral whose sending started a <see cref="ClockRule.ReplyToReferral"/> clock.</summary>
    public Guid? ReferralId { get; set; }

    /// <summary>The agreed action of a network meeting that a <see cref="ClockRule.AgreedAction"/> clock follows.</summary>
    public Guid? MeetingActionId { get; set; }

    /// <summary>
    /// A due date agreed rather than computed from a rule (an agreed action's "by when"); when set, it is the clock's
    /// due date whatever its start.
    /// </summary>
    public DateOnly? FixedDueOn { get; set; }

    /// <summary>The contact's area: the team whose list shows the clock, and the manager's report.</summary>
    public int AreaId { get; set; }

    /// <summary>Who must act by the due date; alerts go to them (and, when nobody is named, to the area's guides).</summary>
    public string? ResponsibleUserId { get; set; }

    /// <summary>The unit responsible, when it is not someone using Perhesilta (e.g. the area's child welfare intake).</summary>
    public string? ResponsibleUnit { get; set; }

    /// <summary>An urgent need for help is assessed immediately: an urgent <see cref="ClockRule.Shl36Start"/> is due the day it starts.</summary>
    public bool Urgent { get; set; }

    // Derived from the events by ClockDerivation; stored so that lists and reports can query them.

    /// <summary>The moment the matter became pending (UTC), from the effective start event.</summary>
    public DateTime StartedAt { get; set; }

    /// <summary>The Finnish date of <see cref="StartedAt"/>: the day not counted.</summary>
    public DateOnly StartDate { get; set; }

    public DateOnly DueOn { get; set; }

    public ClockState State { get; set; }

    /// <summary>When it was completed or stopped (Finnish date).</summary>
    public DateOnly? EndedOn { get; set; }

    public string? StopReason { get; set; }

    /// <summary>From start to completion, in the rule's unit (<see cref="ClockRules.CountsWorkingDays"/>).</summary>
    public int? DaysTaken { get; set; }

    /// <summary>For a missed clock: how late, in the rule's unit.</summary>
    public int? DaysLate { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ClockEvent> Events { get; } = [];
}

public enum ClockEventKind
{
    /// <summary>The matter became pending: the clock runs from here.</summary>
    Started,

    /// <summary>What the deadline asks for was done (assessment begun, decision made, plan made, reply given…).</summary>
    Completed,

    /// <summary>The clock no longer applies, with a reason.</summary>
    Stopped,

    /// <summary>A completed or stopped clock runs again (e.g. the completion was recorded on the wrong clock).</summary>
    Reopened,
}

/// <summary>
/// One recorded event of a clock. Events are never changed or deleted: a correction is a new event that names the one
/// it replaces (<see cref="CorrectsEventId"/>), so the history of what was recorded, when and by whom stays.
/// </summary>
public sealed class ClockEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClockId { get; set; }

    public ClockEventKind Kind { get; set; }

    /// <summary>When it happened (UTC); may be earlier than when it was recorded.</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>Why: required for a stop, a reopening and a correction.</summary>
    public string? Reason { get; set; }

    /// <summary>The earlier event this one corrects; that one no longer counts.</summary>
    public Guid? CorrectsEventId { get; set; }

    /// <summary>Who recorded it; none when the system did (a statutory route, a referral's reply).</summary>
    public string? RecordedByUserId { get; set; }

    public DateTime RecordedAt { get; set; }
}

public enum ClockAlertKind
{
    /// <summary>Due within <c>Deadlines:AlertWithinWorkingDays</c> working days.</summary>
    DueSoon,

    Overdue,
}

/// <summary>
/// That an alert of a clock was sent to someone for a due date. The unique key (clock, kind, due date, recipient) is
/// what makes it once only: of two instances that find the same clock, only one can insert the row, and the e-mail
/// goes into the outbox in the same transaction.
/// </summary>
public sealed class ClockAlert
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClockId { get; set; }

    public ClockAlertKind Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public required string RecipientUserId { get; set; }

    public DateTime CreatedAt { get; set; }
}
