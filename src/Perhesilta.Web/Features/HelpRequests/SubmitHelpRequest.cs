using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

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

/// <summary>Where a submission came from: the channel, the kinds that way in allows, and who recorded it.</summary>
public sealed record SubmissionContext(
    ContactChannel Channel,
    IReadOnlySet<ContactKind> AllowedKinds,
    string IdempotencyKey,
    string? RecordedByUserId = null);

/// <summary>The saved (or earlier saved) contact with its status token; or the errors when nothing was saved.</summary>
public sealed record SubmitHelpRequestResult(FormErrors Errors, Contact? Contact = null, string? StatusToken = null, bool Replayed = false);

/// <summary>
/// A family, a young person, a professional, another system or a guide on their behalf asks for help. The contact is
/// written once, with its e-mail confirmation in the same transaction; a resent submission with the same idempotency
/// key gets the contact saved the first time.
/// </summary>
public sealed class SubmitHelpRequest(
    PerhesiltaDbContext db,
    TimeProvider clock,
    FinnishCalendar calendar,
    IOptions<HelpRequestOptions> options,
    IDataProtectionProvider protection,
    HelpRequestMail mail,
    IAccessLog accessLog)
{
    private readonly IDataProtector _tokenProtector = protection.CreateProtector("Perhesilta.HelpRequests.StatusToken");

    /// <param name="errors">Errors found before the input reached here (e.g. a value a form could not bind); nothing is saved if there are any.</param>
    public async Task<SubmitHelpRequestResult> HandleAsync(HelpRequestInput input, SubmissionContext context, FormErrors? errors = null, CancellationToken cancellationToken = default)
    {
        if (await FindReplayAsync(context.IdempotencyKey, cancellationToken) is { } replay)
        {
            return replay;
        }

        errors ??= new FormErrors();
        var validated = await HelpRequestValidation.ValidateAsync(input, context, db, errors, cancellationToken);
        if (validated is null || errors.Any)
        {
            return new SubmitHelpRequestResult(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
        var token = ContactCodes.NewStatusToken();
        var contact = validated.ToContact(context, now);
        contact.ReferenceCode = ContactCodes.NewReferenceCode();
        contact.StatusTokenHash = ContactCodes.HashStatusToken(token);
        contact.StatusTokenProtected = _tokenProtector.Protect(token);
        contact.RespondBy = calendar.AddWorkingDays(today, options.Value.ResponseTargetWorkingDays);
        contact.RoutedToUnit = contact.NeedsImmediateUrgencyAssessment ? validated.Area.NotificationReceivingUnit : null;
        db.Add(contact);
        mail.EnqueueConfirmation(db, contact, token);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // Two requests with the same key raced; the one that committed first is the answer to both.
            db.ChangeTracker.Clear();
            return await FindReplayAsync(context.IdempotencyKey, cancellationToken) ?? throw ex.InnerException ?? ex;
        }

        if (context.RecordedByUserId is not null)
        {
            await accessLog.RecordAsync(AccessAction.Create, "Contact", contact.Id.ToString(), cancellationToken: cancellationToken);
        }

        return new SubmitHelpRequestResult(errors, contact, token);
    }

    private async Task<SubmitHelpRequestResult?> FindReplayAsync(string key, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.IdempotencyKey == key, cancellationToken);
        if (existing?.StatusTokenProtected is null)
        {
            return null;
        }

        return new SubmitHelpRequestResult(new FormErrors(), existing, _tokenProtector.Unprotect(existing.StatusTokenProtected), Replayed: true);
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        _ => false,
    };
}

/// <summary>The input after validation: trimmed text, known codes, the area the municipality belongs to.</summary>
internal sealed record ValidatedHelpRequest(HelpRequestInput Input, ContactKind Kind, RequesterRole Requester, Area Area, IReadOnlyList<int> Ages, IReadOnlyList<string> Topics)
{
    public Contact ToContact(SubmissionContext context, DateTime now)
    {
        var input = Input;
        var anonymous = Kind is ContactKind.AnonymousAdvice or ContactKind.ProfessionalConsultation;
        var notification = Kind is ContactKind.SocialWelfareNeedNotification or ContactKind.ChildWelfareNotification or ContactKind.AnticipatoryChildWelfareNotification;
        var contact = new Contact
        {
            ReferenceCode = "",
            StatusTokenHash = "",
            InitiatedAt = now,
            UpdatedAt = now,
            Channel = context.Channel,
            Kind = Kind,
            Requester = Requester,
            MunicipalityCode = input.MunicipalityCode!,
            AreaId = Area.Id,
            SourceSite = input.SourceSite,
            Description = input.Description!,
            Urgency = input.Urgency ?? FeltUrgency.Soon,
            NeedsImmediateUrgencyAssessment = notification,
            ContactName = Kind == ContactKind.AnonymousAdvice ? null : input.ContactName,
            Phone = Kind == ContactKind.AnonymousAdvice ? null : input.Phone,
            Email = Kind == ContactKind.AnonymousAdvice ? null : input.Email,
            ContactMethod = HelpRequestValidation.ContactMethodOf(Kind, input),
            CallbackDate = input.CallbackDate,
            CallbackFrom = input.CallbackFrom,
            CallbackTo = input.CallbackTo,
            PreferredLanguage = input.PreferredLanguage ?? LocalizationServices.Current.Code,
            InterpreterNeeded = input.InterpreterNeeded,
            InterpreterLanguage = input.InterpreterNeeded ? input.PreferredLanguage : null,
            ConsentToContactProfessionals = anonymous ? null : input.ConsentToContactProfessionals,
            ProfessionalName = input.ProfessionalName,
            ProfessionalOrganisation = input.ProfessionalOrganisation,
            ProfessionalRole = input.ProfessionalRole,
            ProfessionalPhone = input.ProfessionalPhone,
            ProfessionalEmail = input.ProfessionalEmail,
            ConsentGivenBy = Kind == ContactKind.ConsentedAssessmentRequest ? input.ConsentGivenBy : null,
            ConsentMethod = Kind == ContactKind.ConsentedAssessmentRequest ? input.ConsentMethod : null,
            ConsentGivenAt = Kind == ContactKind.ConsentedAssessmentRequest && input.ConsentGivenOn is { } on
                ? HelsinkiTime.ToUtc(on.ToDateTime(TimeOnly.MinValue))
                : null,
            IdempotencyKey = context.IdempotencyKey,
            Status = ContactStatus.Received,
            RecordedByUserId = context.RecordedByUserId,
            ServiceTask = Kind is ContactKind.ChildWelfareNotification or ContactKind.AnticipatoryChildWelfareNotification
                ? ServiceTasks.ChildWelfare
                : ServiceTasks.FamilyServices,
        };
        contact.Children.AddRange(Ages.Select(age => new ContactChild { Age = age }));
        if (input.ExpectingBaby)
        {
            contact.Children.Add(new ContactChild { Unborn = true });
        }

        contact.Topics.AddRange(Topics.Select(code => new ContactTopic { TopicCode = code }));
        return contact;
    }
}
