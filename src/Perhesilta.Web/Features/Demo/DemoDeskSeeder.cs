using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Families;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Demo;

/// <summary>
/// The desk's work on the demo contacts, so that the demo shows a desk in use: contacts taken by the demo guide, work
/// recorded, one waiting for the family, closed contacts with their outcomes, a notification made, and a family that
/// has contacted before. Created once, after the demo contacts, while no work is recorded yet.
/// </summary>
internal sealed class DemoDeskSeeder(FinnishCalendar calendar, TimeProvider clock) : IDataSeeder
{
    public int Order => 120;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<ContactAction>().AnyAsync(cancellationToken)
            || await db.Set<Contact>().Include(c => c.Topics).SingleOrDefaultAsync(c => c.ReferenceCode == "DEMO-0001", cancellationToken) is not { } first)
        {
            return;
        }

        var guide = await db.Users.SingleAsync(u => u.Email == DemoData.Accounts[0].Email, cancellationToken);
        var raaheGuide = await db.Users.SingleAsync(u => u.Email == DemoData.Accounts[1].Email, cancellationToken);
        var areas = await db.Set<Municipality>().ToDictionaryAsync(m => m.Code, m => m.AreaId, cancellationToken);
        var units = await db.Set<Area>().ToDictionaryAsync(a => a.Id, a => a.NotificationReceivingUnit, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        // DEMO-0001: the guide called the parents after one unanswered try and mapped the situation.
        Take(first, guide, first.InitiatedAt.AddHours(2));
        AddAction(db, first, ActionKind.ContactAttempt, guide, first.InitiatedAt.AddHours(3), 2, "Ei vastausta, jätetty viesti.");
        AddAction(db, first, ActionKind.PhoneGuidance, guide, first.InitiatedAt.AddDays(1).AddHours(1), 35,
            "Keskusteltu äidin kanssa koulupoissaoloista. Sovittu ohjauskäynti perhekeskukseen ja yhteys koulukuraattoriin perheen luvalla.");
        first.AssessedUrgency = FeltUrgency.Soon;
        var mapping = new SituationMapping
        {
            ContactId = first.Id,
            TriedAlready = "Keskustelu opettajan kanssa; aamurutiinien muuttaminen.",
            ServicesInUse = "Kouluterveydenhoitaja",
            Strengths = "Vanhemmat ovat yhtä mieltä ja valmiita yhteistyöhön.",
            Concerns = "Poissaolot pitkittyvät, vatsakivut aamuisin.",
            UpdatedByUserId = guide.Id,
            UpdatedAt = first.InitiatedAt.AddDays(1).AddHours(2),
        };
        mapping.Topics.AddRange(first.Topics.Select(t => new SituationTopic { TopicCode = t.TopicCode }));
        mapping.Members.Add(new SituationMember { Role = FamilyRole.Adult, Description = "äiti" });
        mapping.Members.Add(new SituationMember { Role = FamilyRole.Adult, Description = "isä" });
        mapping.Members.Add(new SituationMember { Role = FamilyRole.Child, Age = 9 });
        db.Add(mapping);

        // DEMO-0002: taken, waiting for the mother to call back at the time she chose.
        if (await FindAsync(db, "DEMO-0002", cancellationToken) is { } second)
        {
            Take(second, guide, second.InitiatedAt.AddMinutes(40));
            AddAction(db, second, ActionKind.ContactAttempt, guide, second.InitiatedAt.AddHours(1), 1, "Ei vastausta.");
            second.WaitingFor = "Äidin soittoa takaisin iltapäivällä";
            second.WaitingSince = second.InitiatedAt.AddHours(1);
        }

        // Closed contacts of the past weeks, with their outcomes; the first of them is the same family as DEMO-0001.
        var family = new Family
        {
            AreaId = first.AreaId,
            MunicipalityCode = first.MunicipalityCode,
            CreatedByUserId = guide.Id,
            CreatedAt = now.AddDays(-40),
            UpdatedAt = now.AddDays(-40),
        };
        family.Members.Add(new FamilyMember { Role = FamilyRole.Adult, FirstName = "Demo", LastName = "Asiakas", Relationship = "äiti", Email = first.Email });
        family.Members.Add(new FamilyMember { Role = FamilyRole.Child, FirstName = "Demo", LastName = "Lapsi", Relationship = "poika" });
        db.Add(family);
        first.FamilyId = family.Id;

        var closed = new[]
        {
            new ClosedDemo("564", 40, ["daily-life-baby"], ContactOutcome.GuidedToService, "Perhekeskuksen perhetyö", true, guide, family.Id,
                "Vauvaperheen arki on raskasta, toivoisimme kotiin apua muutamaksi viikoksi."),
            new ClosedDemo("564", 21, ["speech-language"], ContactOutcome.AdviceGiven, null, true, guide, null,
                "Kolmevuotiaan puhe on epäselvää, pitäisikö huolestua?"),
            new ClosedDemo("244", 14, ["parent-coping", "violence-safety"], ContactOutcome.NotificationMade, null, false, guide, null,
                "Naapurina olen huolissani: lapset ovat usein myöhään ulkona yksin ja kotoa kuuluu huutoa."),
            new ClosedDemo("678", 9, ["relationship-divorce"], ContactOutcome.NotReached, null, false, raaheGuide, null,
                "Vill ha hjälp med vårdnadsfrågor efter skilsmässan."),
        };
        for (var i = 0; i < closed.Length; i++)
        {
            var demo = closed[i];
            var initiatedAt = now.AddDays(-demo.DaysAgo).AddHours(-(i + 1));
            var contact = new Contact
            {
                ReferenceCode = $"DEMO-{i + 11:D4}",
                StatusTokenHash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
                InitiatedAt = initiatedAt,
                Channel = i % 2 == 0 ? ContactChannel.WebForm : ContactChannel.Phone,
                Kind = ContactKind.FamilyRequest,
                Requester = RequesterRole.Parent,
                MunicipalityCode = demo.Municipality,
                AreaId = areas[demo.Municipality],
                Description = demo.Description,
                Urgency = FeltUrgency.Soon,
                ContactMethod = PreferredContactMethod.Email,
                ContactName = demo.FamilyId is null ? "Demo-asiakas " + (i + 11) : "Demo Asiakas",
                Email = demo.FamilyId is null ? $"asiakas{i + 11}@perhesilta.example" : first.Email,
                PreferredLanguage = demo.Municipality == "678" ? "sv" : "fi",
                ConsentToContactProfessionals = true,
                Status = ContactStatus.Received,
                RespondBy = calendar.AddWorkingDays(DateOnly.FromDateTime(HelsinkiTime.ToLocal(initiatedAt)), 3),
                ServiceTask = ServiceTasks.FamilyServices,
                UpdatedAt = initiatedAt,
                FamilyId = demo.FamilyId,
            };
            contact.Topics.AddRange(demo.Topics.Select(code => new ContactTopic { TopicCode = code }));
            db.Add(contact);
            Take(contact, demo.Guide, initiatedAt.AddHours(1));
            var closedAt = initiatedAt.AddDays(3);
            if (demo.Outcome == ContactOutcome.NotReached)
            {
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    AddAction(db, contact, ActionKind.ContactAttempt, demo.Guide, initiatedAt.AddHours(2 + (24 * attempt)), 2, "Inget svar.");
                }
            }
            else
            {
                AddAction(db, contact, ActionKind.PhoneGuidance, demo.Guide, initiatedAt.AddHours(4), 25, "Tilanne kartoitettu puhelimessa.");
                if (demo.Outcome == ContactOutcome.GuidedToService)
                {
                    AddAction(db, contact, ActionKind.ReceptionVisit, demo.Guide, initiatedAt.AddDays(2), 60, "Ohjauskäynti perhekeskuksessa.", visitNumber: 1);
                }
            }

            if (demo.Outcome == ContactOutcome.NotificationMade)
            {
                db.Add(new StatutoryRoute
                {
                    ContactId = contact.Id,
                    Kind = StatutoryRouteKind.ChildWelfareNotification,
                    MadeAt = initiatedAt.AddHours(5),
                    MadeByUserId = demo.Guide.Id,
                    ToUnit = units[contact.AreaId] ?? "Lastensuojelun vastaanotto",
                    Basis = "Ilmoittajan kertoma huoli lasten turvallisuudesta; perhettä ei tavoitettu keskustelemaan.",
                    RecordedAt = initiatedAt.AddHours(5),
                });
            }

            contact.Status = ContactStatus.Closed;
            contact.ClosedAt = closedAt;
            contact.ClosedByUserId = demo.Guide.Id;
            contact.Outcome = demo.Outcome;
            contact.OutcomeService = demo.Service;
            contact.HelpedWithOneContact = demo.HelpedWithOneContact;
            contact.UpdatedAt = closedAt;
            contact.UpdatedByUserId = demo.Guide.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Task<Contact?> FindAsync(PerhesiltaDbContext db, string referenceCode, CancellationToken cancellationToken) =>
        db.Set<Contact>().SingleOrDefaultAsync(c => c.ReferenceCode == referenceCode, cancellationToken);

    private static void Take(Contact contact, StaffUser guide, DateTime at)
    {
        contact.AssignedToUserId = guide.Id;
        contact.AssignedAt = at;
        contact.Status = ContactStatus.InProgress;
        contact.UpdatedAt = at;
        contact.UpdatedByUserId = guide.Id;
    }

    /// <summary>Records the action as a guide would, with what it means for the contact (time to first contact, status).</summary>
    private static void AddAction(PerhesiltaDbContext db, Contact contact, ActionKind kind, StaffUser guide, DateTime at, int minutes, string note, int? visitNumber = null) =>
        db.Add(RecordAction.NewAction(contact, kind, at, minutes, note, guide.Id, at, visitNumber));

    private sealed record ClosedDemo(
        string Municipality,
        int DaysAgo,
        string[] Topics,
        ContactOutcome Outcome,
        string? Service,
        bool HelpedWithOneContact,
        StaffUser Guide,
        Guid? FamilyId,
        string Description);
}
