using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Demo;

/// <summary>
/// Fictional contacts for the demo, so that the guides' inbox shows something true to life: the kinds of contact,
/// channels, languages and areas that service guidance meets. Created once, when the demo has no contacts yet.
/// </summary>
internal sealed class DemoContactsSeeder(FinnishCalendar calendar, TimeProvider clock) : IDataSeeder
{
    private static readonly DemoContact[] Contacts =
    [
        new(ContactKind.FamilyRequest, ContactChannel.WebForm, RequesterRole.Parent, "564", [9], ["school-bullying", "mood-anxiety"], FeltUrgency.Soon, "fi", 3,
            "Yhdeksänvuotias poikamme ei ole halunnut mennä kouluun kahteen viikkoon. Aamuisin on vatsakipuja ja itkua. Koulussa sanotaan, että kaikki on hyvin. Mistä saisimme apua?"),
        new(ContactKind.FamilyRequest, ContactChannel.Phone, RequesterRole.Parent, "564", [0, 3], ["daily-life-baby", "parent-coping"], FeltUrgency.Urgent, "fi", 1,
            "Äiti soitti: vauva herää tunnin välein, isompi lapsi uhmaa. Äiti kertoo olevansa todella väsynyt ja yksin arjen kanssa. Toivoo soittoa iltapäivällä."),
        new(ContactKind.AnonymousAdvice, ContactChannel.WebForm, RequesterRole.YoungPerson, "244", [15], ["mood-anxiety"], FeltUrgency.CanWait, "fi", 2,
            "Mua ahdistaa tosi paljon koulussa enkä oo kertonu kellekään. Voiko jonnekin mennä juttelemaan ilman että vanhemmat tietää?"),
        new(ContactKind.FamilyRequest, ContactChannel.WebForm, RequesterRole.Parent, "678", [6, 11], ["relationship-divorce"], FeltUrgency.Soon, "sv", 0,
            "Vi ska skiljas och vill komma överens om barnens boende utan att det blir bråk. Var kan vi få hjälp att göra ett avtal?"),
        new(ContactKind.ProfessionalConsultation, ContactChannel.Email, RequesterRole.Professional, "494", [7], ["development-learning", "behaviour-parenting"], FeltUrgency.CanWait, "fi", 4,
            "Varhaiskasvatuksen opettaja kysyy neuvoa: esikoululaisella on vaikeuksia keskittyä ja raivokohtauksia ryhmässä. Vanhemmat ovat huolissaan mutta eivät tiedä, mihin ottaa yhteyttä."),
        new(ContactKind.FamilyRequest, ContactChannel.WebForm, RequesterRole.Parent, "859", [13], ["substance-use", "immigration-language"], FeltUrgency.Soon, "en", 1,
            "We moved to Finland last year. Our 13-year-old has started to stay out late and we found vapes in his room. We don't know the services here."),
        new(ContactKind.FamilyRequest, ContactChannel.WalkIn, RequesterRole.Relative, "305", [4], ["parent-coping"], FeltUrgency.Soon, "fi", 2,
            "Isoäiti kävi perhekeskuksessa: tyttären jaksaminen huolettaa, nelivuotias lapsenlapsi on paljon hänen hoidossaan. Tytär on antanut luvan ottaa yhteyttä."),
        new(ContactKind.ConsentedAssessmentRequest, ContactChannel.WebForm, RequesterRole.Professional, "139", [10], ["school-bullying", "violence-safety"], FeltUrgency.Soon, "fi", 0,
            "Koulukuraattori: oppilas kertoo riidoista kotona ja väsymyksestä. Huoltaja on suostunut siihen, että perheen tuen tarve arvioidaan."),
        new(ContactKind.FamilyRequest, ContactChannel.WebForm, RequesterRole.Parent, "436", [2], ["speech-language"], FeltUrgency.CanWait, "fi", 5,
            "Kaksivuotias puhuu vain muutaman sanan. Neuvolassa sanottiin, että odotellaan, mutta meitä mietityttää."),
        new(ContactKind.FamilyRequest, ContactChannel.Phone, RequesterRole.Parent, "071", [8, 12, 16], ["money-housing"], FeltUrgency.Urgent, "fi", 0,
            "Isä soitti: vuokra-asunto irtisanottu, kolme lasta. Tarvitsee neuvoa asumiseen ja toimeentuloon nopeasti."),
    ];

    public int Order => 110;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<Contact>().AnyAsync(cancellationToken))
        {
            return;
        }

        var areas = await db.Set<Municipality>().ToDictionaryAsync(m => m.Code, m => m.AreaId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < Contacts.Length; i++)
        {
            var demo = Contacts[i];
            var initiatedAt = now.AddDays(-demo.DaysAgo).AddHours(-(i % 5)).AddMinutes(-7 * i);
            var anonymous = demo.Kind is ContactKind.AnonymousAdvice or ContactKind.ProfessionalConsultation;
            var contact = new Contact
            {
                ReferenceCode = $"DEMO-{i + 1:D4}",
                StatusTokenHash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
                InitiatedAt = initiatedAt,
                Channel = demo.Channel,
                Kind = demo.Kind,
                Requester = demo.Requester,
                MunicipalityCode = demo.Municipality,
                AreaId = areas[demo.Municipality],
                Description = demo.Description,
                Urgency = demo.Urgency,
                ContactMethod = anonymous ? PreferredContactMethod.StatusPage : PreferredContactMethod.Email,
                ContactName = anonymous ? null : "Demo-asiakas " + (i + 1),
                Email = anonymous ? null : $"asiakas{i + 1}@perhesilta.example",
                PreferredLanguage = demo.Language,
                ConsentToContactProfessionals = anonymous ? null : true,
                ProfessionalName = demo.Requester == RequesterRole.Professional ? "Demo-ammattilainen" : null,
                ProfessionalOrganisation = demo.Requester == RequesterRole.Professional ? "Kuvitteellinen koulu" : null,
                ProfessionalRole = demo.Requester == RequesterRole.Professional ? "koulukuraattori" : null,
                ProfessionalEmail = demo.Requester == RequesterRole.Professional ? "ammattilainen.demo@perhesilta.example" : null,
                ConsentGivenBy = demo.Kind == ContactKind.ConsentedAssessmentRequest ? "huoltaja" : null,
                ConsentMethod = demo.Kind == ContactKind.ConsentedAssessmentRequest ? ConsentMethod.Verbal : null,
                ConsentGivenAt = demo.Kind == ContactKind.ConsentedAssessmentRequest ? initiatedAt.AddHours(-2) : null,
                Status = ContactStatus.Received,
                RespondBy = calendar.AddWorkingDays(DateOnly.FromDateTime(HelsinkiTime.ToLocal(initiatedAt)), 3),
                ServiceTask = ServiceTasks.FamilyServices,
                UpdatedAt = initiatedAt,
            };
            contact.Children.AddRange(demo.Ages.Select(age => new ContactChild { Age = age }));
            contact.Topics.AddRange(demo.Topics.Select(code => new ContactTopic { TopicCode = code }));
            db.Add(contact);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record DemoContact(
        ContactKind Kind,
        ContactChannel Channel,
        RequesterRole Requester,
        string Municipality,
        int[] Ages,
        string[] Topics,
        FeltUrgency Urgency,
        string Language,
        int DaysAgo,
        string Description);
}
