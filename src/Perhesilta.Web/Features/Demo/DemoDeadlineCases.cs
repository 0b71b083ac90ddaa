using System.Security.Cryptography;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Demo;

/// <summary>
/// The earlier, closed demo contacts that the demo clocks run on: a child welfare notification (kind 0), a request
/// with consent for an assessment (kind 1) or a family's own request (kind 2), with the statutory route made.
/// </summary>
internal static class DemoDeadlineCases
{
    public static Contact AddContact(PerhesiltaDbContext db, string code, Area area, int kind, DateTime at, string? guideId)
    {
        var contact = new Contact
        {
            ReferenceCode = code,
            StatusTokenHash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            InitiatedAt = at,
            Channel = kind == 2 ? ContactChannel.WebForm : ContactChannel.Phone,
            Kind = kind switch { 0 => ContactKind.ChildWelfareNotification, 1 => ContactKind.ConsentedAssessmentRequest, _ => ContactKind.FamilyRequest },
            Requester = kind == 2 ? RequesterRole.Parent : RequesterRole.Professional,
            MunicipalityCode = area.Municipalities.OrderBy(m => m.Code).First().Code,
            AreaId = area.Id,
            Description = kind == 2 ? "Demo: vanhempi toivoo tukea arkeen ja verkostopalaveria." : "Demo: ammattilaisen yhteydenotto lapsen tuen tarpeen arvioimiseksi.",
            Urgency = FeltUrgency.Soon,
            ContactMethod = PreferredContactMethod.Phone,
            PreferredLanguage = "fi",
            Status = ContactStatus.Closed,
            RespondBy = DateOnly.FromDateTime(HelsinkiTime.ToLocal(at)).AddDays(3),
            ServiceTask = ServiceTasks.FamilyServices,
            AssignedToUserId = guideId,
            ClosedAt = at.AddDays(2),
            ClosedByUserId = guideId,
            Outcome = kind == 2 ? ContactOutcome.GuidedToService : ContactOutcome.NotificationMade,
            UpdatedAt = at.AddDays(2),
        };
        db.Add(contact);
        return contact;
    }

    public static StatutoryRoute AddRoute(PerhesiltaDbContext db, Contact contact, int kind, DateTime at, string madeBy, Area area)
    {
        var route = new StatutoryRoute
        {
            ContactId = contact.Id,
            Kind = kind == 0 ? StatutoryRouteKind.ChildWelfareNotification : StatutoryRouteKind.ConsentedAssessmentRequest,
            MadeAt = at,
            MadeByUserId = madeBy,
            ToUnit = area.NotificationReceivingUnit ?? "Perhesosiaalityön alkuarvio",
            Basis = "Demo: ammattilaisen kertoma huoli lapsen tilanteesta.",
            ConsentGivenBy = kind == 1 ? "huoltaja" : null,
            ConsentMethod = kind == 1 ? ConsentMethod.Verbal : null,
            RecordedAt = at,
        };
        db.Add(route);
        return route;
    }
}
