using System.Globalization;
using Perhesilta.Features.Reference;

namespace Perhesilta.Features.HelpRequests;

/// <summary>
/// The rules of a help request as a whole: what each route requires, codes the service knows, and what is dropped
/// (contact details of anonymous advice). The rules of single fields are in <see cref="FieldRules"/>.
/// </summary>
internal static class HelpRequestValidation
{
    public const int MaxTopics = 30;

    /// <summary>The languages offered for service, by ISO 639-1 code; an interpreter is booked for any of them.</summary>
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en", "ru", "uk", "et", "ar", "so", "fa", "ku", "sq", "vi", "th", "tr", "es", "fr", "de", "zh"];

    public static readonly IReadOnlySet<ContactKind> FamilyKinds = new HashSet<ContactKind> { ContactKind.FamilyRequest, ContactKind.AnonymousAdvice };

    public static readonly IReadOnlySet<ContactKind> ProfessionalKinds = new HashSet<ContactKind>
    {
        ContactKind.ProfessionalConsultation,
        ContactKind.ConsentedAssessmentRequest,
        ContactKind.SocialWelfareNeedNotification,
        ContactKind.ChildWelfareNotification,
        ContactKind.AnticipatoryChildWelfareNotification,
    };

    public static readonly IReadOnlySet<ContactKind> AllKinds = new HashSet<ContactKind>(Enum.GetValues<ContactKind>());

    public static ValidatedHelpRequest? Validate(HelpRequestInput input, SubmissionContext context, ReferenceSnapshot reference, FormErrors errors)
    {
        var kind = input.Kind;
        if (kind is null)
        {
            errors.Add("kind", "Error.Kind.Required");
        }
        else if (!context.AllowedKinds.Contains(kind.Value))
        {
            errors.Add("kind", "Error.Value.Unknown");
        }

        var professional = kind is { } k && ProfessionalKinds.Contains(k);
        var requester = professional ? RequesterRole.Professional : input.Requester;
        if (requester is null)
        {
            errors.Add("requester", "Error.Requester.Required");
        }
        else if (!professional && requester == RequesterRole.Professional)
        {
            errors.Add("requester", "Error.Requester.UseProfessionalForm");
        }

        if (professional)
        {
            var identified = kind != ContactKind.ProfessionalConsultation;
            input.ProfessionalName = FieldRules.Text(errors, "professionalName", input.ProfessionalName, ContactLimits.Name, identified);
            input.ProfessionalOrganisation = FieldRules.Text(errors, "professionalOrganisation", input.ProfessionalOrganisation, ContactLimits.ShortText, identified);
            input.ProfessionalRole = FieldRules.Text(errors, "professionalRole", input.ProfessionalRole, ContactLimits.ShortText, identified);
            input.ProfessionalPhone = FieldRules.PhoneNumber(errors, "professionalPhone", input.ProfessionalPhone);
            input.ProfessionalEmail = FieldRules.EmailAddress(errors, "professionalEmail", input.ProfessionalEmail);
            if (identified && input.ProfessionalPhone is null && input.ProfessionalEmail is null && errors.For("professionalPhone") is null && errors.For("professionalEmail") is null)
            {
                errors.Add("professionalPhone", "Error.ProfessionalContact.Required");
            }
        }
        else
        {
            input.ProfessionalName = input.ProfessionalOrganisation = input.ProfessionalRole = input.ProfessionalPhone = input.ProfessionalEmail = null;
        }

        var code = input.MunicipalityCode?.Trim();
        MunicipalityRoute? municipality = null;
        if (string.IsNullOrEmpty(code))
        {
            errors.Add("municipalityCode", "Error.Municipality.Required");
        }
        else
        {
            municipality = reference.Municipality(code);
            if (municipality is null)
            {
                errors.Add("municipalityCode", "Error.Municipality.Unknown");
            }
        }

        input.MunicipalityCode = code;
        input.SourceSite = FieldRules.SourceSite(errors, input.SourceSite);
        var ages = ChildAges(errors, input, kind);
        var topics = Topics(errors, input.Topics, reference);
        input.Description = FieldRules.Text(errors, "description", input.Description, ContactLimits.Description, required: true);
        if (input.Urgency is null)
        {
            errors.Add("urgency", "Error.Urgency.Required");
        }

        ContactDetails(errors, input, kind);
        PreferredLanguage(errors, input);
        if (kind is ContactKind.FamilyRequest && input.ConsentToContactProfessionals is null)
        {
            errors.Add("consentToContactProfessionals", "Error.Consent.Required");
        }

        Consent(errors, input, kind);
        if (errors.Any || municipality is null)
        {
            return null;
        }

        return new ValidatedHelpRequest(input, kind!.Value, requester!.Value, municipality, ages, topics);
    }

    public static PreferredContactMethod ContactMethodOf(ContactKind kind, HelpRequestInput input) => kind switch
    {
        ContactKind.FamilyRequest => input.ContactMethod ?? PreferredContactMethod.Phone,
        ContactKind.AnonymousAdvice => PreferredContactMethod.StatusPage,
        ContactKind.ProfessionalConsultation => input.ProfessionalPhone is not null ? PreferredContactMethod.Phone
            : input.ProfessionalEmail is not null ? PreferredContactMethod.Email : PreferredContactMethod.StatusPage,
        _ => input.ContactMethod ?? (input.Phone is not null || input.ProfessionalPhone is not null ? PreferredContactMethod.Phone : PreferredContactMethod.Email),
    };

    private static void ContactDetails(FormErrors errors, HelpRequestInput input, ContactKind? kind)
    {
        if (kind is ContactKind.AnonymousAdvice or ContactKind.ProfessionalConsultation)
        {
            // Nothing that identifies the family is kept for anonymous advice, even if it was typed.
            input.ContactName = input.Phone = input.Email = null;
            input.CallbackDate = null;
            input.CallbackFrom = input.CallbackTo = null;
            input.ContactMethod = null;
            return;
        }

        input.ContactName = FieldRules.Text(errors, "contactName", input.ContactName, ContactLimits.Name, required: kind is ContactKind.FamilyRequest or ContactKind.ConsentedAssessmentRequest);
        input.Phone = FieldRules.PhoneNumber(errors, "phone", input.Phone);
        input.Email = FieldRules.EmailAddress(errors, "email", input.Email);
        if (kind is ContactKind.FamilyRequest)
        {
            switch (input.ContactMethod)
            {
                case null:
                    errors.Add("contactMethod", "Error.ContactMethod.Required");
                    break;
                case PreferredContactMethod.Phone when input.Phone is null:
                    errors.Add("phone", "Error.Phone.RequiredForCallback");
                    break;
                case PreferredContactMethod.Email when input.Email is null:
                    errors.Add("email", "Error.Email.RequiredForEmail");
                    break;
                case PreferredContactMethod.Visit when input.Phone is null && input.Email is null:
                    errors.Add("phone", "Error.Phone.RequiredForVisit");
                    break;
                case PreferredContactMethod.StatusPage:
                    errors.Add("contactMethod", "Error.Value.Unknown");
                    break;
            }
        }
        else if (kind is ContactKind.ConsentedAssessmentRequest && input.Phone is null && input.Email is null && errors.For("phone") is null && errors.For("email") is null)
        {
            errors.Add("phone", "Error.FamilyContact.Required");
        }

        if (!string.IsNullOrWhiteSpace(input.CallbackWindow))
        {
            var window = HelpRequestWindows.All.Where(w => HelpRequestWindows.Value(w.From, w.To) == input.CallbackWindow.Trim()).ToList();
            if (window.Count == 0)
            {
                errors.Add("callbackWindow", "Error.Value.Unknown");
            }
            else
            {
                (input.CallbackFrom, input.CallbackTo) = window[0];
            }
        }

        // The form offers windows; the API takes the two times.
        var windowField = input.CallbackWindow is null ? "callbackFrom" : "callbackWindow";
        if (input.CallbackFrom is { } from && input.CallbackTo is { } to && from >= to)
        {
            errors.Add(windowField, "Error.CallbackWindow.Order");
        }
        else if (input.CallbackFrom is null != input.CallbackTo is null)
        {
            errors.Add(windowField, "Error.CallbackWindow.Incomplete");
        }
    }

    private static void PreferredLanguage(FormErrors errors, HelpRequestInput input)
    {
        var language = input.PreferredLanguage?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(language))
        {
            input.PreferredLanguage = null;
        }
        else if (!Languages.Contains(language))
        {
            errors.Add("preferredLanguage", "Error.Value.Unknown");
        }
        else
        {
            input.PreferredLanguage = language;
        }
    }

    private static void Consent(FormErrors errors, HelpRequestInput input, ContactKind? kind)
    {
        if (kind != ContactKind.ConsentedAssessmentRequest)
        {
            input.ConsentGivenBy = null;
            input.ConsentMethod = null;
            input.ConsentGivenOn = null;
            return;
        }

        input.ConsentGivenBy = FieldRules.Text(errors, "consentGivenBy", input.ConsentGivenBy, ContactLimits.ShortText, required: true);
        if (input.ConsentMethod is null)
        {
            errors.Add("consentMethod", "Error.ConsentMethod.Required");
        }

        if (input.ConsentGivenOn is null)
        {
            errors.Add("consentGivenOn", "Error.ConsentGivenOn.Required");
        }
    }

    private static List<int> ChildAges(FormErrors errors, HelpRequestInput input, ContactKind? kind)
    {
        var ages = input.ChildAges;
        if (input.ChildAgesText is { } text)
        {
            ages = [];
            foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var age))
                {
                    errors.Add("childAges", "Error.ChildAges.NotNumbers");
                    return [];
                }

                ages.Add(age);
            }
        }

        if (ages.Any(a => a is < 0 or > 25))
        {
            errors.Add("childAges", "Error.ChildAges.Range");
        }
        else if (ages.Count + (input.ExpectingBaby ? 1 : 0) > ContactLimits.MaxChildren)
        {
            errors.Add("childAges", "Error.ChildAges.TooMany", ContactLimits.MaxChildren);
        }
        else if (ages.Count == 0 && !input.ExpectingBaby)
        {
            errors.Add("childAges", "Error.ChildAges.Required");
        }
        else if (kind == ContactKind.AnticipatoryChildWelfareNotification && !input.ExpectingBaby)
        {
            errors.Add("expectingBaby", "Error.ExpectingBaby.Required");
        }

        return ages;
    }

    private static List<string> Topics(FormErrors errors, List<string> topics, ReferenceSnapshot reference)
    {
        var codes = topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count > MaxTopics || codes.Any(c => c.Length > 64))
        {
            errors.Add("topics", "Error.Topics.Unknown");
            return [];
        }

        if (!codes.TrueForAll(reference.IsTopic))
        {
            errors.Add("topics", "Error.Topics.Unknown");
        }

        return codes;
    }
}
