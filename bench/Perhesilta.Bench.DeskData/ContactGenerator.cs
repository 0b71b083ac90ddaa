using System.Security.Cryptography;
using System.Text;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Families;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Bench.DeskData;

/// <summary>
/// Makes contacts one at a time in the order they arrived, each with what the desk would have recorded about it by
/// now. Seeded: the same arguments give the same data, up to the moment of generation (the newest contacts are placed
/// before "now").
/// </summary>
internal sealed class ContactGenerator(Plan plan, IReadOnlyDictionary<string, int> areaOf, IReadOnlyDictionary<int, AreaGuides> guides, string[] topicCodes)
{
    private const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static readonly long CodeSpace = (long)Math.Pow(CodeAlphabet.Length, 8);

    private readonly Random _random = new(plan.Seed);
    private readonly FinnishCalendar _calendar = new();
    private readonly int _weightTotal = Fictional.Municipalities.Sum(m => m.Weight);
    private readonly List<(Guid Id, string Municipality, string LastName)> _families = [];
    private readonly DeskOptions _desk = new();

    public int Families => _families.Count;

    public Generated Next(int index)
    {
        var open = index >= plan.Closed;
        var initiatedAt = ArrivalOf(index, open);
        var kind = Pick(_random.NextDouble(), (0.70, ContactKind.FamilyRequest), (0.08, ContactKind.AnonymousAdvice), (0.08, ContactKind.ProfessionalConsultation),
            (0.08, ContactKind.ConsentedAssessmentRequest), (0.03, ContactKind.SocialWelfareNeedNotification), (0.025, ContactKind.ChildWelfareNotification),
            (0.005, ContactKind.AnticipatoryChildWelfareNotification));
        var anonymous = kind is ContactKind.AnonymousAdvice or ContactKind.ProfessionalConsultation;
        var professional = kind is not (ContactKind.FamilyRequest or ContactKind.AnonymousAdvice);
        var notification = kind is ContactKind.SocialWelfareNeedNotification or ContactKind.ChildWelfareNotification or ContactKind.AnticipatoryChildWelfareNotification;
        var status = open
            ? Pick(_random.NextDouble(), (0.40, ContactStatus.Received), (0.35, ContactStatus.InProgress), (0.25, ContactStatus.Contacted))
            : ContactStatus.Closed;

        // A family's repeat contact comes from where the family lives.
        (Guid Id, string Municipality, string LastName)? knownFamily = null;
        var linked = !anonymous && status != ContactStatus.Received && _random.NextDouble() < Plan.LinkedToFamily;
        if (linked && _families.Count > 0 && _random.NextDouble() < Plan.RepeatOfKnownFamily)
        {
            knownFamily = _families[_random.Next(_families.Count)];
        }

        var municipality = knownFamily?.Municipality ?? PickMunicipality();
        var areaId = areaOf[municipality];
        var areaGuides = guides[areaId];
        var guide = areaGuides.GuideIds[_random.Next(areaGuides.GuideIds.Length)];
        var lastName = knownFamily?.LastName ?? Fictional.LastNames[_random.Next(Fictional.LastNames.Length)];
        var requester = professional ? RequesterRole.Professional
            : Pick(_random.NextDouble(), (0.82, RequesterRole.Parent), (0.10, RequesterRole.YoungPerson), (0.08, RequesterRole.Relative));
        var channel = Pick(_random.NextDouble(), (0.50, ContactChannel.WebForm), (0.30, ContactChannel.Phone), (0.08, ContactChannel.Email),
            (0.07, ContactChannel.WalkIn), (0.05, ContactChannel.Api));
        var language = Pick(_random.NextDouble(), (0.90, "fi"), (0.04, "sv"), (0.03, "en"), (0.03, "other"));
        if (language == "other")
        {
            language = Fictional.OtherLanguages[_random.Next(Fictional.OtherLanguages.Length)];
        }

        var contactMethod = anonymous ? PreferredContactMethod.StatusPage
            : Pick(_random.NextDouble(), (0.55, PreferredContactMethod.Phone), (0.38, PreferredContactMethod.Email), (0.07, PreferredContactMethod.Visit));
        var assessed = status is ContactStatus.InProgress or ContactStatus.Contacted or ContactStatus.Closed && _random.NextDouble() < 0.6;
        var contact = new Contact
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(initiatedAt)),
            ReferenceCode = ReferenceCode(index),
            StatusTokenHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"desk-bench-{plan.Seed}-{index}"))),
            InitiatedAt = initiatedAt,
            Channel = channel,
            Kind = kind,
            Requester = requester,
            MunicipalityCode = municipality,
            AreaId = areaId,
            Description = Fictional.Descriptions[_random.Next(Fictional.Descriptions.Length)],
            Urgency = Pick(_random.NextDouble(), (0.35, FeltUrgency.CanWait), (0.50, FeltUrgency.Soon), (0.15, FeltUrgency.Urgent)),
            AssessedUrgency = assessed ? Pick(_random.NextDouble(), (0.4, FeltUrgency.CanWait), (0.45, FeltUrgency.Soon), (0.15, FeltUrgency.Urgent)) : null,
            RoutedToUnit = notification ? areaGuides.RoutedToUnit : null,
            ContactName = anonymous ? null : $"{Fictional.AdultFirstNames[_random.Next(Fictional.AdultFirstNames.Length)]} {lastName}",
            Phone = anonymous ? null : Fictional.PhoneNumber(index),
            Email = anonymous || contactMethod == PreferredContactMethod.Phone ? null : $"testi.{index}@perhesilta.example",
            ContactMethod = contactMethod,
            PreferredLanguage = language,
            InterpreterNeeded = language is not ("fi" or "sv" or "en") && _random.NextDouble() < 0.6,
            ConsentToContactProfessionals = anonymous ? null : _random.NextDouble() < 0.8,
            ProfessionalName = professional ? "Testi Ammattilainen" : null,
            ProfessionalOrganisation = professional ? "Kuvitteellinen koulu" : null,
            ProfessionalRole = professional ? "koulukuraattori" : null,
            ProfessionalEmail = professional ? "ammattilainen.testi@perhesilta.example" : null,
            ConsentGivenBy = kind == ContactKind.ConsentedAssessmentRequest ? "huoltaja" : null,
            ConsentMethod = kind == ContactKind.ConsentedAssessmentRequest ? ConsentMethod.Verbal : null,
            ConsentGivenAt = kind == ContactKind.ConsentedAssessmentRequest ? initiatedAt.AddHours(-2) : null,
            Status = status,
            RespondBy = _calendar.AddWorkingDays(DateOnly.FromDateTime(HelsinkiTime.ToLocal(initiatedAt)), 3),
            RecordedByUserId = channel is ContactChannel.Phone or ContactChannel.Email or ContactChannel.WalkIn ? guide : null,
            ServiceTask = kind is ContactKind.ChildWelfareNotification or ContactKind.AnticipatoryChildWelfareNotification ? ServiceTasks.ChildWelfare : ServiceTasks.FamilyServices,
            UpdatedAt = initiatedAt,
            Version = new Guid(RandomBytes(16)),
        };

        // A notification waits at the top of the queue until a guide has assessed its urgency.
        contact.NeedsImmediateUrgencyAssessment = notification && contact.AssessedUrgency is null && status != ContactStatus.Closed;
        contact.InterpreterLanguage = contact.InterpreterNeeded ? language : null;
        if (contactMethod == PreferredContactMethod.Phone && _random.NextDouble() < 0.3)
        {
            contact.CallbackDate = contact.RespondBy;
            contact.CallbackFrom = new TimeOnly(9 + _random.Next(6), 0);
            contact.CallbackTo = contact.CallbackFrom.Value.AddHours(2);
        }

        AddChildrenAndTopics(contact);
        var generated = new Generated(contact);
        if (status != ContactStatus.Received || _random.NextDouble() < 0.1)
        {
            contact.AssignedToUserId = guide;
            contact.AssignedAt = initiatedAt.AddMinutes(5 + _random.Next(600));
            contact.UpdatedByUserId = guide;
            contact.UpdatedAt = contact.AssignedAt.Value;
        }

        if (status != ContactStatus.Received)
        {
            new DeskWork(_random, _desk, plan.Now).Record(generated, guide, areaGuides.RoutedToUnit, topicCodes);
        }

        if (linked)
        {
            LinkFamily(generated, knownFamily, lastName, guide);
        }

        return generated;
    }

    private DateTime ArrivalOf(int index, bool open)
    {
        var (start, span, position, count) = open
            ? (plan.Now.AddDays(-Plan.OpenWithinDays), TimeSpan.FromDays(Plan.OpenWithinDays), index - plan.Closed, plan.Open)
            : (plan.Now.AddDays(-365.25 * plan.Years), TimeSpan.FromDays(365.25 * plan.Years) - TimeSpan.FromDays(1), index, plan.Closed);
        var moment = start + span * ((position + _random.NextDouble()) / count);

        // Most contacts come in the daytime; the position keeps the day, the hour is spread over 6–21 (UTC+2).
        var day = moment.Date.AddHours(4 + (_random.NextDouble() * 15));
        return DateTime.SpecifyKind(day < plan.Now ? day : plan.Now.AddMinutes(-1 - _random.Next(30)), DateTimeKind.Utc);
    }

    private void AddChildrenAndTopics(Contact contact)
    {
        if (_random.NextDouble() < 0.03)
        {
            contact.Children.Add(new ContactChild { Unborn = true });
        }

        var count = contact.Requester == RequesterRole.YoungPerson ? 1 : Pick(_random.NextDouble(), (0.55, 1), (0.30, 2), (0.12, 3), (0.03, 4));
        for (var i = 0; i < count; i++)
        {
            contact.Children.Add(new ContactChild { Age = contact.Requester == RequesterRole.YoungPerson ? 12 + _random.Next(6) : _random.Next(18) });
        }

        foreach (var code in topicCodes.OrderBy(_ => _random.Next()).Take(1 + _random.Next(3)))
        {
            contact.Topics.Add(new ContactTopic { ContactId = contact.Id, TopicCode = code });
        }
    }

    private void LinkFamily(Generated generated, (Guid Id, string Municipality, string LastName)? known, string lastName, string guide)
    {
        var contact = generated.Contact;
        if (known is { } family)
        {
            contact.FamilyId = family.Id;
            return;
        }

        var createdAt = contact.AssignedAt ?? contact.InitiatedAt;
        var created = new Family
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(createdAt)),
            AreaId = contact.AreaId,
            MunicipalityCode = contact.MunicipalityCode,
            CreatedByUserId = guide,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            Version = new Guid(RandomBytes(16)),
        };
        var adults = 1 + _random.Next(2);
        for (var i = 0; i < adults; i++)
        {
            var birth = DateOnly.FromDateTime(contact.InitiatedAt).AddYears(-(25 + _random.Next(25))).AddDays(-_random.Next(365));
            created.Members.Add(new FamilyMember
            {
                FamilyId = created.Id,
                Role = FamilyRole.Adult,
                FirstName = Fictional.AdultFirstNames[_random.Next(Fictional.AdultFirstNames.Length)],
                LastName = lastName,
                Relationship = i == 0 ? "huoltaja" : "toinen huoltaja",
                BirthDate = birth,
                PersonalIdentityCode = _random.NextDouble() < 0.5 ? Fictional.IdentityCode(birth, _random.Next(100)) : null,
                Phone = i == 0 ? contact.Phone : null,
                Email = i == 0 ? contact.Email : null,
            });
        }

        foreach (var child in contact.Children.Where(c => c.Age is not null))
        {
            var birth = DateOnly.FromDateTime(contact.InitiatedAt).AddYears(-child.Age!.Value).AddDays(-_random.Next(365));
            created.Members.Add(new FamilyMember
            {
                FamilyId = created.Id,
                Role = FamilyRole.Child,
                FirstName = Fictional.ChildFirstNames[_random.Next(Fictional.ChildFirstNames.Length)],
                LastName = lastName,
                Relationship = "lapsi",
                BirthDate = birth,
                PersonalIdentityCode = _random.NextDouble() < 0.5 ? Fictional.IdentityCode(birth, _random.Next(100)) : null,
            });
        }

        contact.FamilyId = created.Id;
        generated.NewFamily = created;
        _families.Add((created.Id, created.MunicipalityCode, lastName));
    }

    private string PickMunicipality()
    {
        var n = _random.Next(_weightTotal);
        foreach (var (code, weight) in Fictional.Municipalities)
        {
            if ((n -= weight) < 0)
            {
                return code;
            }
        }

        return Fictional.Municipalities[^1].Code;
    }

    /// <summary>A code of the product's shape (PS-XXXX-XXXX); the index is scrambled one-to-one, so codes never repeat.</summary>
    private static string ReferenceCode(int index)
    {
        var value = (index * 1_000_003L + 7_777_777L) % CodeSpace;
        var chars = new char[8];
        for (var i = 7; i >= 0; i--)
        {
            chars[i] = CodeAlphabet[(int)(value % CodeAlphabet.Length)];
            value /= CodeAlphabet.Length;
        }

        return $"PS-{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    internal static T Pick<T>(double roll, params (double Share, T Value)[] choices)
    {
        foreach (var (share, value) in choices)
        {
            if ((roll -= share) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }
}
