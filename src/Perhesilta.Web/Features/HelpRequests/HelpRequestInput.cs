using System.Text.Json.Serialization;

namespace Perhesilta.Features.HelpRequests;

/// <summary>What the asker tells, the same on the public forms, the staff form and the JSON API.</summary>
public sealed class HelpRequestInput
{
    public ContactKind? Kind { get; set; }

    public RequesterRole? Requester { get; set; }

    public string? MunicipalityCode { get; set; }

    /// <summary>The host name of the municipality site whose embedded button opened the form.</summary>
    public string? SourceSite { get; set; }

    public List<int> ChildAges { get; set; } = [];

    /// <summary>The form's one text box for the ages ("3, 7"); read into <see cref="ChildAges"/>.</summary>
    [JsonIgnore]
    public string? ChildAgesText { get; set; }

    public bool ExpectingBaby { get; set; }

    public List<string> Topics { get; set; } = [];

    public string? Description { get; set; }

    public FeltUrgency? Urgency { get; set; }

    public PreferredContactMethod? ContactMethod { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public DateOnly? CallbackDate { get; set; }

    public TimeOnly? CallbackFrom { get; set; }

    public TimeOnly? CallbackTo { get; set; }

    /// <summary>The form's choice of a call-back window, e.g. <c>08:00-10:00</c>; read into the two times.</summary>
    [JsonIgnore]
    public string? CallbackWindow { get; set; }

    public string? PreferredLanguage { get; set; }

    public bool InterpreterNeeded { get; set; }

    public bool? ConsentToContactProfessionals { get; set; }

    public string? ProfessionalName { get; set; }

    public string? ProfessionalOrganisation { get; set; }

    public string? ProfessionalRole { get; set; }

    public string? ProfessionalPhone { get; set; }

    public string? ProfessionalEmail { get; set; }

    public string? ConsentGivenBy { get; set; }

    public ConsentMethod? ConsentMethod { get; set; }

    public DateOnly? ConsentGivenOn { get; set; }

    /// <summary>The form's hidden idempotency key, made when the form was shown; the API takes it from a header.</summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; set; }
}
