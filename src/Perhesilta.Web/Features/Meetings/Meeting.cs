using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Referrals;

namespace Perhesilta.Features.Meetings;

/// <summary>How a network meeting is held.</summary>
public enum MeetingMode
{
    /// <summary>At a location of the service directory (<see cref="Meeting.LocationId"/>).</summary>
    AtLocation,

    /// <summary>At the family's home (<see cref="Meeting.Place"/> holds the address, shown only to those invited).</summary>
    AtHome,

    /// <summary>Remotely, with a link (<see cref="Meeting.RemoteLink"/>).</summary>
    Remote,
}

public enum MeetingStatus
{
    /// <summary>Requested: participants and wishes are being gathered and a time is being looked for.</summary>
    Planning,

    /// <summary>A time is chosen and the invitations are sent.</summary>
    Invited,

    /// <summary>Held: its record (attendance, summary, agreed actions) is written.</summary>
    Held,

    /// <summary>Cancelled with a reason; those invited received a METHOD:CANCEL.</summary>
    Cancelled,
}

/// <summary>The weekdays the family says suit them.</summary>
[Flags]
public enum Weekdays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    All = Monday | Tuesday | Wednesday | Thursday | Friday,
}

/// <summary>The parts of the working day the family says suit them.</summary>
[Flags]
public enum DayParts
{
    None = 0,

    /// <summary>Before noon (Finnish time).</summary>
    Morning = 1,

    /// <summary>From noon on.</summary>
    Afternoon = 2,

    All = Morning | Afternoon,
}

/// <summary>
/// verkostopalaveri: a meeting of the family and the professionals of several services, requested from a contact. It
/// is planned (participants, the family's wishes, a time), the participants are invited with an iCalendar invitation,
/// and after it is held its record says who came, what was discussed and what was agreed.
/// </summary>
public sealed class Meeting
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ContactId { get; set; }

    public Guid? FamilyId { get; set; }

    /// <summary>The contact's area: its guidance team sees the meeting.</summary>
    public int AreaId { get; set; }

    /// <summary>The guide who requested the meeting and organises it (ORGANIZER of the invitations).</summary>
    public required string OrganizerUserId { get; set; }

    public required string Purpose { get; set; }

    /// <summary>When it was requested (UTC): the day from which the working days to the meeting are counted.</summary>
    public DateTime RequestedAt { get; set; }

    /// <summary>The urgency: the meeting should be held within this many working days of the request.</summary>
    public int TargetWorkingDays { get; set; }

    /// <summary>The last day the meeting should be held on (from <see cref="TargetWorkingDays"/>).</summary>
    public DateOnly TargetOn { get; set; }

    /// <summary>The network-meeting clock its request started; the meeting held completes it.</summary>
    public Guid? ClockId { get; set; }

    public MeetingMode Mode { get; set; }

    public Guid? LocationId { get; set; }

    /// <summary>The address at home, or a note on the place (e.g. "meeting room 2, second floor").</summary>
    public string? Place { get; set; }

    public string? RemoteLink { get; set; }

    public int DurationMinutes { get; set; }

    public MeetingStatus Status { get; set; } = MeetingStatus.Planning;

    /// <summary>The chosen start (UTC); none while planning.</summary>
    public DateTime? StartsAt { get; set; }

    public DateTime? EndsAt { get; set; }

    /// <summary>The iCalendar SEQUENCE of the last invitation sent: 0 for the first, one more for each update or cancellation.</summary>
    public int Sequence { get; set; }

    /// <summary>The days that suit the family.</summary>
    public Weekdays FamilyWeekdays { get; set; } = Weekdays.All;

    public DayParts FamilyDayParts { get; set; } = DayParts.All;

    /// <summary>The family's own words on what suits them, e.g. "not during the school run".</summary>
    public string? FamilyWishNote { get; set; }

    /// <summary>What the invited professionals may see of the contact, within what the family consented to.</summary>
    public SharedInformation Shared { get; set; }

    public string? Summary { get; set; }

    public DateTime? RecordedAt { get; set; }

    public string? RecordedByUserId { get; set; }

    /// <summary>The measure: working days from the request to the meeting held, recorded with the meeting's record.</summary>
    public int? WorkingDaysToMeeting { get; set; }

    /// <summary>The meeting whose record agreed on this one as its follow-up.</summary>
    public Guid? FollowUpOfMeetingId { get; set; }

    public DateTime? CancelledAt { get; set; }

    public string? CancelReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<MeetingParticipant> Participants { get; } = [];

    public List<MeetingConsent> Consents { get; } = [];

    public List<MeetingAction> Actions { get; } = [];

    /// <summary>The iCalendar UID: the same in every invitation, update and cancellation of this meeting.</summary>
    public string CalendarUid => $"{Id:D}@perhesilta";
}

public enum ParticipantKind
{
    /// <summary>A parent, child or other family member; invited by e-mail, answers from a signed link.</summary>
    FamilyMember,

    /// <summary>A professional of a service: a Perhesilta user, or someone outside it known by name and e-mail.</summary>
    Professional,

    /// <summary>A service guide of the guidance team.</summary>
    Guide,
}

public enum ParticipantResponse
{
    /// <summary>No invitation sent yet (planning, or added after the invitations went out).</summary>
    NotInvited,

    /// <summary>Invited; no answer yet (iCalendar NEEDS-ACTION).</summary>
    Pending,

    Accepted,

    Declined,
}

/// <summary>One who is asked to the meeting.</summary>
public sealed class MeetingParticipant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public ParticipantKind Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>Where the invitation goes; a family member without one is invited by the guide by phone.</summary>
    public string? Email { get; set; }

    /// <summary>A Perhesilta user (a professional or a guide): their working hours and busy times count.</summary>
    public string? UserId { get; set; }

    /// <summary>The directory service the professional was chosen by ("the school social worker of Kempele").</summary>
    public Guid? ServiceId { get; set; }

    /// <summary>Their role in the meeting, e.g. "school social worker" or "mother".</summary>
    public string? Role { get; set; }

    /// <summary>A required participant must be free at the chosen time; an optional one's availability is shown.</summary>
    public bool Required { get; set; }

    /// <summary>The language of the family member's messages (fi, sv or en).</summary>
    public string Language { get; set; } = "fi";

    public ParticipantResponse Response { get; set; } = ParticipantResponse.NotInvited;

    public DateTime? RespondedAt { get; set; }

    public string? ResponseNote { get; set; }

    /// <summary>The SEQUENCE of the last invitation sent to them; none when never invited.</summary>
    public int? InvitedSequence { get; set; }

    public DateTime? InvitedAt { get; set; }

    /// <summary>The id inside their current answer link; a new invitation makes a new one, so older links stop working.</summary>
    public Guid? AnswerTokenId { get; set; }

    /// <summary>When the current answer link was used: a link answers once.</summary>
    public DateTime? AnswerTokenUsedAt { get; set; }

    /// <summary>
    /// The staff member who recorded the answer by hand (it came by phone, in person or in a message to the guide);
    /// none when the participant answered from their link.
    /// </summary>
    public string? AnswerRecordedByUserId { get; set; }

    /// <summary>Recorded with the meeting's record.</summary>
    public bool? Attended { get; set; }
}

/// <summary>
/// The family's consent to share information with the meeting's participants from outside the guidance team: the same
/// fields as a referral's consent (<see cref="ReferralConsent"/>). Withdrawable; never changed otherwise.
/// </summary>
public sealed class MeetingConsent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    /// <summary>Who gave it (e.g. "the mother").</summary>
    public required string GivenBy { get; set; }

    public required string Purpose { get; set; }

    /// <summary>To whom the information may go (e.g. "the participants of the network meeting").</summary>
    public required string GivenTo { get; set; }

    public ConsentMethod Method { get; set; }

    public DateTime GivenAt { get; set; }

    public required string RecordedByUserId { get; set; }

    public DateTime RecordedAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    public string? WithdrawalRecordedByUserId { get; set; }

    public string? WithdrawalNote { get; set; }
}

/// <summary>An action agreed in the meeting: who does what by when. A <c>AgreedAction</c> clock follows it.</summary>
public sealed class MeetingAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public required string Description { get; set; }

    /// <summary>The participant responsible, when one of them is.</summary>
    public Guid? ResponsibleParticipantId { get; set; }

    /// <summary>The Perhesilta user responsible: the action is on their task list.</summary>
    public string? ResponsibleUserId { get; set; }

    /// <summary>Who is responsible, in words (a family member, or someone not using Perhesilta).</summary>
    public required string ResponsibleName { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The clock that follows the action; its events say when it was done.</summary>
    public Guid? ClockId { get; set; }

    public DateTime CreatedAt { get; set; }
}
