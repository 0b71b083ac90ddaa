using Perhesilta.Features.Reference;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.HelpRequests;

/// <summary>The input after validation: trimmed text, known codes, the area the municipality belongs to.</summary>
internal sealed record ValidatedHelpRequest(HelpRequestInput Input, ContactKind Kind, RequesterRole Requester, MunicipalityRoute Municipality, IReadOnlyList<int> Ages, IReadOnlyList<string> Topics)
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
            AreaId = Municipality.AreaId,
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
