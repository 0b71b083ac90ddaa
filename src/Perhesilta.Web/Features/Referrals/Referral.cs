using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Referrals;

/// <summary>
/// Where a referral stands. One to one with HL7 FHIR R4 <c>Task.status</c> (<see cref="ReferralStatuses.FhirCode"/>),
/// so that a national integration later is a mapping, not a redesign.
/// </summary>
public enum ReferralStatus
{
    /// <summary>FHIR <c>requested</c>: sent by the guide, not yet opened by the service.</summary>
    Sent,

    /// <summary>FHIR <c>received</c>: a professional of the service has opened it.</summary>
    Received,

    /// <summary>FHIR <c>accepted</c>: the service takes the family; the first appointment is booked.</summary>
    Accepted,

    /// <summary>FHIR <c>rejected</c>: the service declined, with a reason; the guide must find another route.</summary>
    Declined,

    /// <summary>FHIR <c>in-progress</c>: help has started.</summary>
    InProgress,

    /// <summary>FHIR <c>on-hold</c>: waitlisted or paused, with a reason.</summary>
    OnHold,

    /// <summary>FHIR <c>completed</c>: the loop is closed, with an outcome.</summary>
    Completed,

    /// <summary>FHIR <c>failed</c>: it did not come about (the family could not be reached, not eligible, no capacity, withdrew).</summary>
    Failed,

    /// <summary>FHIR <c>cancelled</c>: the guide revoked it (e.g. the consent was withdrawn).</summary>
    Revoked,
}

/// <summary>What of the contact a referral shares with the receiving service: only these are ever shown to it.</summary>
[Flags]
public enum SharedInformation
{
    None = 0,

    /// <summary>The name of the one who asked.</summary>
    Name = 1,

    /// <summary>Phone and e-mail, and how the family prefers to be contacted.</summary>
    ContactDetails = 2,

    /// <summary>The children's ages.</summary>
    Children = 4,

    /// <summary>The topics of the concern.</summary>
    Topics = 8,

    /// <summary>The asker's own description.</summary>
    Description = 16,

    /// <summary>The guide's situation mapping (corrected description, what has been tried, strengths, concerns).</summary>
    SituationMapping = 32,

    /// <summary>Preferred language and interpreter need.</summary>
    Language = 64,
}

/// <summary>The law that allows sharing without the family's consent; the guide must also say why it applies.</summary>
public enum LegalBasis
{
    /// <summary>SHL 35 § 2 mom.: a notification of the need for social welfare may carry the information needed for it.</summary>
    SocialWelfareNeedNotification,

    /// <summary>LSL 25 §: a child welfare notification, notwithstanding confidentiality.</summary>
    ChildWelfareNotification,

    /// <summary>SHL 41 §: multi-agency cooperation to assess and meet the need of a child who needs special support.</summary>
    MultiAgencyCooperation,
}

/// <summary>
/// ohjaus palveluun: a closed-loop referral of a contact's family to a service of the directory, or to a named
/// professional of it. The receiving service sees only <see cref="Shared"/>, and only while a consent is in force or a
/// <see cref="LegalBasis"/> is recorded. Every change of status is a <see cref="ReferralEvent"/>.
/// </summary>
public sealed class Referral
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ContactId { get; set; }

    /// <summary>The service of the directory the family is referred to.</summary>
    public Guid ServiceId { get; set; }

    /// <summary>A named professional of that service, when the guide chose one; otherwise the service's inbox.</summary>
    public string? ToProfessionalUserId { get; set; }

    /// <summary>The contact's area when sent: whose guides and manager are told when the referral comes back.</summary>
    public int AreaId { get; set; }

    public ReferralStatus Status { get; set; } = ReferralStatus.Sent;

    /// <summary>Why it was declined, put on hold, failed or revoked; the outcome when completed.</summary>
    public string? StatusReason { get; set; }

    public SharedInformation Shared { get; set; }

    /// <summary>The guide's message to the receiving service: what the family needs from it.</summary>
    public required string Message { get; set; }

    /// <summary>Set when the information is shared without consent; <see cref="LegalBasisExplanation"/> says why it applies.</summary>
    public LegalBasis? LegalBasis { get; set; }

    public string? LegalBasisExplanation { get; set; }

    /// <summary>The guide confirmed a referral to a service that does not serve the family's municipality or children's ages.</summary>
    public bool OutsideServiceAreaConfirmed { get; set; }

    public DateTime SentAt { get; set; }

    public required string SentByUserId { get; set; }

    public DateTime? ReceivedAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    /// <summary>The family's first appointment, booked when the service accepts.</summary>
    public DateOnly? FirstAppointmentOn { get; set; }

    /// <summary>When help started: with a first appointment this closes the loop.</summary>
    public DateOnly? HelpStartedOn { get; set; }

    /// <summary>The referral this one was forwarded to by the receiving service.</summary>
    public Guid? ForwardedToReferralId { get; set; }

    /// <summary>The referral that was forwarded to make this one.</summary>
    public Guid? ForwardedFromReferralId { get; set; }

    /// <summary>
    /// Set when the referral came back to the guides' queue: declined, or not accepted within
    /// <c>Referrals:AcceptWithinWorkingDays</c>. Cleared when a guide has dealt with it.
    /// </summary>
    public DateTime? ReturnedToQueueAt { get; set; }

    public ReferralReturn? ReturnReason { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ReferralConsent> Consents { get; } = [];

    public List<ReferralEvent> Events { get; } = [];
}

/// <summary>Why a referral came back to the service guides' queue.</summary>
public enum ReferralReturn
{
    Declined,
    NotAcceptedInTime,
    Failed,
    ConsentWithdrawn,
}

/// <summary>
/// suostumus: one person's consent to the sharing of a referral — who, to what, to whom, how and when. A consent is
/// never changed; a withdrawal is recorded on it and stops further sharing.
/// </summary>
public sealed class ReferralConsent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReferralId { get; set; }

    /// <summary>Who consented, e.g. "the mother" or "the young person (15)": a child who understands the matter consents personally.</summary>
    public required string GivenBy { get; set; }

    /// <summary>To what: the purpose and the information, in the guide's words.</summary>
    public required string Purpose { get; set; }

    /// <summary>To whom the information may be given (the service, or a named professional).</summary>
    public required string GivenTo { get; set; }

    public ConsentMethod Method { get; set; }

    public DateTime GivenAt { get; set; }

    public required string RecordedByUserId { get; set; }

    public DateTime RecordedAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    public string? WithdrawalRecordedByUserId { get; set; }

    public string? WithdrawalNote { get; set; }
}

/// <summary>One step in a referral's life: the FHIR Task history, never changed once written.</summary>
public sealed class ReferralEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReferralId { get; set; }

    /// <summary>The status the referral moved to.</summary>
    public ReferralStatus Status { get; set; }

    public string? Reason { get; set; }

    /// <summary>Who did it; none when the system returned the referral to the queue by itself.</summary>
    public string? ByUserId { get; set; }

    public DateTime At { get; set; }
}

/// <summary>A professional who works in a service of the directory and sees its referral inbox.</summary>
public sealed class ServiceProfessional
{
    public required string UserId { get; set; }

    public Guid ServiceId { get; set; }
}

public static class ReferralStatuses
{
    /// <summary>The HL7 FHIR R4 Task.status code.</summary>
    public static string FhirCode(ReferralStatus status) => status switch
    {
        ReferralStatus.Sent => "requested",
        ReferralStatus.Received => "received",
        ReferralStatus.Accepted => "accepted",
        ReferralStatus.Declined => "rejected",
        ReferralStatus.InProgress => "in-progress",
        ReferralStatus.OnHold => "on-hold",
        ReferralStatus.Completed => "completed",
        ReferralStatus.Failed => "failed",
        ReferralStatus.Revoked => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Still waiting for the service or with it: the loop is not closed.</summary>
    public static bool IsOpen(ReferralStatus status) =>
        status is ReferralStatus.Sent or ReferralStatus.Received or ReferralStatus.Accepted or ReferralStatus.InProgress or ReferralStatus.OnHold;

    /// <summary>The statuses a referral may move to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<ReferralStatus> Next(ReferralStatus from) => from switch
    {
        ReferralStatus.Sent => [ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Revoked],
        ReferralStatus.Received => [ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.OnHold, ReferralStatus.Revoked],
        ReferralStatus.Accepted => [ReferralStatus.InProgress, ReferralStatus.OnHold, ReferralStatus.Completed, ReferralStatus.Failed, ReferralStatus.Revoked],
        ReferralStatus.InProgress => [ReferralStatus.OnHold, ReferralStatus.Completed, ReferralStatus.Failed, ReferralStatus.Revoked],
        ReferralStatus.OnHold => [ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Declined, ReferralStatus.Failed, ReferralStatus.Revoked],
        _ => [],
    };

    /// <summary>A reason (or outcome) must be given when moving to these.</summary>
    public static bool NeedsReason(ReferralStatus status) =>
        status is ReferralStatus.Declined or ReferralStatus.OnHold or ReferralStatus.Completed or ReferralStatus.Failed or ReferralStatus.Revoked;
}
