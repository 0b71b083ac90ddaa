using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Referrals;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Demo;

/// <summary>
/// The demo professional works in the family work and home help of Oulu, and the demo guide has referred Oulu families
/// there: one accepted with its first appointment booked, one just sent, one declined and back in the queue, and one
/// completed after help started. Created once, after the desk's work, with clocks kept by <see cref="DeadlineClocks"/>.
/// </summary>
internal sealed class DemoReferralsSeeder(DeadlineClocks clocks, TimeProvider clock) : IDataSeeder
{
    private readonly Dictionary<Guid, DeadlineClock> _clocks = [];

    public int Order => 130;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<Referral>().AnyAsync(cancellationToken) || await db.Set<ServiceProfessional>().AnyAsync(cancellationToken))
        {
            return;
        }

        var professional = await db.Users.SingleOrDefaultAsync(u => u.Email == DemoData.Accounts[2].Email, cancellationToken);
        var guide = await db.Users.SingleOrDefaultAsync(u => u.Email == DemoData.Accounts[0].Email, cancellationToken);
        var services = await db.Set<DirectoryService>()
            .Where(s => s.Status == ServiceStatus.Active && s.Municipalities.Any(m => m.MunicipalityCode == "564")
                && s.ServiceTypes.Any(t => t.ServiceTypeCode == "family-work" || t.ServiceTypeCode == "home-help"))
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var ouluArea = await db.Set<Municipality>().Where(m => m.Code == "564").Select(m => m.AreaId).SingleAsync(cancellationToken);
        var contacts = await db.Set<Contact>()
            .Where(c => c.AreaId == ouluArea && c.ReferenceCode.StartsWith("DEMO-") && c.ContactName != null
                && (c.Kind == ContactKind.FamilyRequest || c.Kind == ContactKind.ConsentedAssessmentRequest))
            .OrderBy(c => c.ReferenceCode).ToListAsync(cancellationToken);
        var open = contacts.Where(c => c.Status != ContactStatus.Closed).ToList();
        var closed = contacts.Where(c => c.Status == ContactStatus.Closed).ToList();
        if (professional is null || guide is null || services.Count == 0)
        {
            return;
        }

        db.AddRange(services.Select(s => new ServiceProfessional { UserId = professional.Id, ServiceId = s.Id }));
        var familyWork = services[0];
        var homeHelp = services[^1];
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        if (open.Count > 0)
        {
            var accepted = Refer(db, open[0], familyWork, guide.Id, now.AddDays(-2), SharedInformation.Name | SharedInformation.ContactDetails | SharedInformation.Children | SharedInformation.SituationMapping,
                "Perhe toivoo perhetyötä aamurutiinien ja koulupoissaolojen tueksi. Äiti toivoo yhteydenottoa puhelimitse iltapäivisin.");
            Move(accepted, ReferralStatus.Received, null, professional.Id, now.AddDays(-2).AddHours(3));
            Move(accepted, ReferralStatus.Accepted, null, professional.Id, now.AddDays(-1));
            accepted.ReceivedAt = now.AddDays(-2).AddHours(3);
            accepted.AcceptedAt = now.AddDays(-1);
            accepted.FirstAppointmentOn = today.AddDays(3);
            Complete(accepted, now.AddDays(-1), professional.Id);
        }

        if (open.Count > 1)
        {
            Refer(db, open[1], homeHelp, guide.Id, now.AddHours(-3), SharedInformation.Name | SharedInformation.ContactDetails | SharedInformation.Topics,
                "Vauvaperhe tarvitsee kotipalvelua arjen tueksi muutaman viikon ajan.");
        }

        if (open.Count > 2)
        {
            // Sent after the contact arrived, declined halfway between then and now.
            var sent = open[2].InitiatedAt.AddHours(1) > now.AddDays(-3) ? open[2].InitiatedAt.AddHours(1) : now.AddDays(-3);
            var answered = sent + ((now - sent) / 2);
            var declined = Refer(db, open[2], familyWork, guide.Id, sent, SharedInformation.Name | SharedInformation.ContactDetails | SharedInformation.Description,
                "Perhe tarvitsee tukea vanhemmuuteen.");
            Move(declined, ReferralStatus.Declined, "Perhetyön jono on täynnä tässä kuussa; perheneuvola sopisi paremmin.", professional.Id, answered);
            declined.ReceivedAt = answered;
            declined.ReturnedToQueueAt = answered;
            declined.ReturnReason = ReferralReturn.Declined;
            Complete(declined, answered, professional.Id);
        }

        if (closed.Count > 0)
        {
            var sentAt = closed[0].InitiatedAt.AddDays(1);
            var completed = Refer(db, closed[0], familyWork, guide.Id, sentAt, SharedInformation.Name | SharedInformation.ContactDetails | SharedInformation.Children, "Vauvaperheen arjen tuki.");
            Move(completed, ReferralStatus.Accepted, null, professional.Id, sentAt.AddDays(1));
            Move(completed, ReferralStatus.InProgress, null, professional.Id, sentAt.AddDays(6));
            Move(completed, ReferralStatus.Completed, "Perhetyön jakso päättyi; arki sujuu, perhe jatkaa perhekahvilassa.", professional.Id, sentAt.AddDays(30));
            completed.ReceivedAt = completed.AcceptedAt = sentAt.AddDays(1);
            completed.FirstAppointmentOn = DateOnly.FromDateTime(sentAt.AddDays(6));
            completed.HelpStartedOn = DateOnly.FromDateTime(sentAt.AddDays(6));
            Complete(completed, sentAt.AddDays(1), professional.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Referral Refer(PerhesiltaDbContext db, Contact contact, DirectoryService service, string guideId, DateTime sentAt, SharedInformation shared, string message)
    {
        var referral = new Referral
        {
            ContactId = contact.Id,
            ServiceId = service.Id,
            AreaId = contact.AreaId,
            Shared = shared,
            Message = message,
            SentAt = sentAt,
            SentByUserId = guideId,
            UpdatedAt = sentAt,
        };
        referral.Consents.Add(new ReferralConsent
        {
            ReferralId = referral.Id,
            GivenBy = "äiti",
            Purpose = "Yhteystietojen ja tilanteen kuvauksen antaminen palvelulle, jotta se voi tarjota perheelle apua.",
            GivenTo = service.Name.In("fi"),
            Method = ConsentMethod.Verbal,
            GivenAt = sentAt.AddMinutes(-20),
            RecordedByUserId = guideId,
            RecordedAt = sentAt,
        });
        referral.Events.Add(new ReferralEvent { ReferralId = referral.Id, Status = ReferralStatus.Sent, ByUserId = guideId, At = sentAt });
        db.Add(referral);
        var action = RecordAction.NewAction(contact, ActionKind.ReferralMade, sentAt, null, null, guideId, sentAt, null);
        action.ServiceId = service.Id;
        db.Add(action);
        _clocks[referral.Id] = clocks.Start(db, new ClockStart(ClockRule.ReplyToReferral, contact.Id, contact.FamilyId, contact.AreaId, sentAt, null, guideId, service.Name.In("fi"), ReferralId: referral.Id));
        return referral;
    }

    private void Complete(Referral referral, DateTime at, string userId)
    {
        var deadline = _clocks[referral.Id];
        var reason = clocks.Check(deadline, ClockEventKind.Completed, at, null) == ClockEventError.ReasonRequired ? "Jono; vastaus viivästyi." : null;
        clocks.Record(deadline, ClockEventKind.Completed, at, reason, userId);
    }

    private static void Move(Referral referral, ReferralStatus status, string? reason, string userId, DateTime at)
    {
        referral.Status = status;
        referral.StatusReason = reason ?? referral.StatusReason;
        referral.Events.Add(new ReferralEvent { ReferralId = referral.Id, Status = status, Reason = reason, ByUserId = userId, At = at });
    }
}
