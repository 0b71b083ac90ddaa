namespace Perhesilta.Features.HelpRequests;

/// <summary>How the contact reached the service.</summary>
public enum ContactChannel
{
    WebForm,
    Phone,
    Email,
    WalkIn,

    /// <summary>Handed over by another system through <c>POST /api/v1/help-requests</c>, e.g. a national chat.</summary>
    Api,
}

/// <summary>
/// What kind of contact this is. The legal routes of professionals are kept apart (DOMAIN.md, "The flow"):
/// consultation, a contact with the family's consent, and notifications without consent.
/// </summary>
public enum ContactKind
{
    /// <summary>A family member asks for help and can be contacted.</summary>
    FamilyRequest,

    /// <summary>Anonymous advice only: no contact details; the answer is shown on the status page.</summary>
    AnonymousAdvice,

    /// <summary>A professional asks for advice about a situation without identifying the family.</summary>
    ProfessionalConsultation,

    /// <summary>yhteydenotto: with the family's consent, so that its need for support is assessed (SHL 35 §, LSL 25 a §).</summary>
    ConsentedAssessmentRequest,

    /// <summary>ilmoitus sosiaalihuollon tarpeesta: without consent (SHL 35 § 2 mom.).</summary>
    SocialWelfareNeedNotification,

    /// <summary>lastensuojeluilmoitus (LSL 25 §).</summary>
    ChildWelfareNotification,

    /// <summary>ennakollinen lastensuojeluilmoitus, before a birth (LSL 25 c §).</summary>
    AnticipatoryChildWelfareNotification,
}

/// <summary>Who is asking; not always who needs help.</summary>
public enum RequesterRole
{
    Parent,
    YoungPerson,
    Relative,
    Professional,
}

/// <summary>How urgent the matter feels to the one asking.</summary>
public enum FeltUrgency
{
    CanWait,
    Soon,
    Urgent,
}

public enum PreferredContactMethod
{
    /// <summary>A call-back, on <see cref="Contact.CallbackDate"/> between the given times when the asker chose them.</summary>
    Phone,
    Email,
    Visit,

    /// <summary>Anonymous advice: the answer is read on the status page.</summary>
    StatusPage,
}

public enum ConsentMethod
{
    Verbal,
    Written,
    Electronic,
}

/// <summary>What the one asking sees on the status page; never anything personal.</summary>
public enum ContactStatus
{
    Received,
    InProgress,
    Contacted,
    Closed,
}

/// <summary>
/// yhteydenotto: one contact from a family, a young person or a professional, by whatever channel. The record of
/// what the asker said stays as it was given; the desk adds its own records beside it.
/// </summary>
public sealed class Contact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The code given to the asker to refer to the matter by phone, e.g. <c>PS-7K3M-Q9XD</c>.</summary>
    public required string ReferenceCode { get; set; }

    /// <summary>SHA-256 of the private status link's token; the token itself is only ever in the link.</summary>
    public required string StatusTokenHash { get; set; }

    /// <summary>
    /// The status token, encrypted with the application's data-protection keys, so that a resent form or API call with
    /// the same idempotency key can be answered with the same status link. Never shown to staff.
    /// </summary>
    public string? StatusTokenProtected { get; set; }

    /// <summary>vireilletulo: when the matter became pending. Statutory clocks count from it; written once, never changed.</summary>
    public DateTime InitiatedAt { get; set; }

    public ContactChannel Channel { get; set; }

    public ContactKind Kind { get; set; }

    public RequesterRole Requester { get; set; }

    public required string MunicipalityCode { get; set; }

    /// <summary>The area of the municipality when the contact arrived; decides which guides see it.</summary>
    public int AreaId { get; set; }

    /// <summary>What the asker wrote, as typed (any script, emoji); always shown encoded.</summary>
    public required string Description { get; set; }

    public FeltUrgency Urgency { get; set; }

    /// <summary>Notifications without consent are assessed for urgency at once (LSL 26 §).</summary>
    public bool NeedsImmediateUrgencyAssessment { get; set; }

    /// <summary>The county's unit a notification was routed to (from the area's settings).</summary>
    public string? RoutedToUnit { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public PreferredContactMethod ContactMethod { get; set; }

    public DateOnly? CallbackDate { get; set; }

    public TimeOnly? CallbackFrom { get; set; }

    public TimeOnly? CallbackTo { get; set; }

    /// <summary>The language the asker wants to be served in: fi, sv, en, or another ISO 639-1 code.</summary>
    public required string PreferredLanguage { get; set; }

    public bool InterpreterNeeded { get; set; }

    public string? InterpreterLanguage { get; set; }

    /// <summary>The asker's answer to "may the guide contact other professionals about this"; null where not asked.</summary>
    public bool? ConsentToContactProfessionals { get; set; }

    public string? ProfessionalName { get; set; }

    public string? ProfessionalOrganisation { get; set; }

    public string? ProfessionalRole { get; set; }

    public string? ProfessionalPhone { get; set; }

    public string? ProfessionalEmail { get; set; }

    /// <summary>For a contact with consent: who of the family consented (e.g. "mother", "the young person").</summary>
    public string? ConsentGivenBy { get; set; }

    public ConsentMethod? ConsentMethod { get; set; }

    public DateTime? ConsentGivenAt { get; set; }

    /// <summary>The municipality web site an embedded "ask for help" button was on.</summary>
    public string? SourceSite { get; set; }

    /// <summary>The key of the submission that created this contact; a resent form or API call finds it instead of adding another.</summary>
    public string? IdempotencyKey { get; set; }

    public ContactStatus Status { get; set; }

    /// <summary>The response target: a guide contacts the asker by this date (working days from <see cref="InitiatedAt"/>).</summary>
    public DateOnly RespondBy { get; set; }

    /// <summary>For anonymous advice: the guide's general answer, shown on the status page.</summary>
    public string? AdviceAnswer { get; set; }

    public DateTime? AdviceAnsweredAt { get; set; }

    /// <summary>The member of staff who recorded a phone, e-mail or walk-in contact.</summary>
    public string? RecordedByUserId { get; set; }

    /// <summary>palvelutehtävä: the service task whose retention rules apply to this record.</summary>
    public required string ServiceTask { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Who last changed the contact at the desk, so a guide whose edit went stale is told who changed it meanwhile.</summary>
    public string? UpdatedByUserId { get; set; }

    /// <summary>Optimistic concurrency: changes when anyone edits the contact.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The service guide responsible for the contact: one who claimed it, or was assigned it.</summary>
    public string? AssignedToUserId { get; set; }

    public DateTime? AssignedAt { get; set; }

    /// <summary>The urgency a guide assessed in triage; the asker's own <see cref="Urgency"/> stays as given.</summary>
    public FeltUrgency? AssessedUrgency { get; set; }

    /// <summary>
    /// The queue's order, highest first: 3 for a notification awaiting its immediate urgency assessment, then 2, 1, 0
    /// for urgent, soon and can-wait (the guide's assessment, else the asker's). Computed, never set; stored so the
    /// queue sorts by an index.
    /// </summary>
    public int Priority
    {
        get => NeedsImmediateUrgencyAssessment ? 3 : (AssessedUrgency ?? Urgency) switch
        {
            FeltUrgency.Urgent => 2,
            FeltUrgency.Soon => 1,
            _ => 0,
        };

        // EF Core writes the computed value and sets it back when reading; the value read is the same one.
        private set => _ = value;
    }

    /// <summary>What the contact is waiting for (e.g. "the family's call back", "a reply from school health care"); null when not waiting.</summary>
    public string? WaitingFor { get; set; }

    public DateTime? WaitingSince { get; set; }

    /// <summary>
    /// When a guide's action first reached the family (or the professional who asked): time to first contact, the
    /// headline figure of service guidance, is this minus <see cref="InitiatedAt"/>. Written once.
    /// </summary>
    public DateTime? FirstReachedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ClosedByUserId { get; set; }

    public ContactOutcome? Outcome { get; set; }

    /// <summary>For <see cref="ContactOutcome.GuidedToService"/>: the service the family was guided to.</summary>
    public string? OutcomeService { get; set; }

    /// <summary>The guide's judgement at closing: did the family get help with this one contact ("yksi yhteydenotto riittää").</summary>
    public bool? HelpedWithOneContact { get; set; }

    public string? ClosingNote { get; set; }

    /// <summary>The family record the guide linked the contact to; never linked automatically.</summary>
    public Guid? FamilyId { get; set; }

    public List<ContactChild> Children { get; } = [];

    public List<ContactTopic> Topics { get; } = [];
}

/// <summary>How a contact ended; recorded when a guide closes it.</summary>
public enum ContactOutcome
{
    /// <summary>Advice was given and there is no further need.</summary>
    AdviceGiven,

    /// <summary>The family was guided to a service (<see cref="Contact.OutcomeService"/>).</summary>
    GuidedToService,

    /// <summary>A referral was made to a service, with consent.</summary>
    Referred,

    NetworkMeetingArranged,

    /// <summary>A notification or a contact with consent was made to social services or child welfare (see the contact's statutory routes).</summary>
    NotificationMade,

    /// <summary>The family could not be reached after the configured number of attempts.</summary>
    NotReached,
}

/// <summary>A child the contact concerns; only the age (0–25) is asked on the form. An unborn child has no age.</summary>
public sealed class ContactChild
{
    public int Id { get; set; }

    public Guid ContactId { get; set; }

    public int? Age { get; set; }

    public bool Unborn { get; set; }
}

/// <summary>A topic of the concern, a code of the fixed vocabulary.</summary>
public sealed class ContactTopic
{
    public Guid ContactId { get; set; }

    public required string TopicCode { get; set; }
}

/// <summary>palvelutehtävä codes that decide retention (DOMAIN.md, "Data protection").</summary>
public static class ServiceTasks
{
    /// <summary>Family services: kept 30 years from closing the matter.</summary>
    public const string FamilyServices = "family-services";

    /// <summary>Child welfare: kept until 2 years after the client's death.</summary>
    public const string ChildWelfare = "child-welfare";
}
