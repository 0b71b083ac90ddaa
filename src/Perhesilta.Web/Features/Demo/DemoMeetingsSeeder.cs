using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.Features.Meetings.Records;
using Perhesilta.Features.Referrals;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Demo;

/// <summary>
/// Network meetings of Oulu families: one held, with its record and agreed actions on the task lists of Pia Perhetyö
/// and Kaija Kuraattori (one of them late, one done), and its follow-up in planning; another invited, its invitations
/// (with their iCalendar part) in the outbox and so on the sent-mail page, Pia having accepted. The school social worker, the
/// family counselling psychologist and the child health nurse of Oulu work in their services. Created once, after the
/// referrals and clocks, with clocks kept by <see cref="DeadlineClocks"/>.
/// </summary>
internal sealed class DemoMeetingsSeeder(DeadlineClocks clocks, FinnishCalendar calendar, InvitationMail mail, TimeProvider clock) : IDataSeeder
{
    /// <summary>The demo professionals (by their account's e-mail), the type of the Oulu service each works in, and their part in a meeting.</summary>
    private static readonly (string Email, string ServiceType, string Role, bool Required)[] Professionals =
    [
        (DemoData.Accounts[2].Email, "family-work", "perhetyöntekijä", true),
        ("kuraattori@perhesilta.example", "school-social-worker", "koulukuraattori", true),
        ("perheneuvola@perhesilta.example", "family-counselling-clinic", "perheneuvolan psykologi", false),
        ("neuvola@perhesilta.example", "child-health-clinic", "terveydenhoitaja", true),
    ];

    public int Order => 150;

    public async Task SeedAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<Meeting>().AnyAsync(cancellationToken))
        {
            return;
        }

        var guide = await db.Users.SingleOrDefaultAsync(u => u.Email == DemoData.Accounts[0].Email, cancellationToken);
        var contacts = await db.Set<Contact>()
            .Where(c => c.MunicipalityCode == "564" && c.ReferenceCode.StartsWith("DEMO-") && c.ContactName != null && c.Status != ContactStatus.Closed
                && (c.Kind == ContactKind.FamilyRequest || c.Kind == ContactKind.ConsentedAssessmentRequest))
            .OrderBy(c => c.InitiatedAt).ToListAsync(cancellationToken);
        if (guide is null || contacts.Count == 0)
        {
            return;
        }

        var staff = new List<DemoProfessional>();
        foreach (var (email, type, role, required) in Professionals)
        {
            var user = await db.Users.SingleOrDefaultAsync(u => u.Email == email, cancellationToken);
            var service = await db.Set<DirectoryService>()
                .Where(s => s.Status == ServiceStatus.Active && s.Municipalities.Any(m => m.MunicipalityCode == "564") && s.ServiceTypes.Any(t => t.ServiceTypeCode == type))
                .OrderBy(s => s.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (user is null)
            {
                return;
            }

            if (service is { } serviceId && !await db.Set<ServiceProfessional>().AnyAsync(p => p.UserId == user.Id && p.ServiceId == serviceId, cancellationToken))
            {
                db.Add(new ServiceProfessional { UserId = user.Id, ServiceId = serviceId });
            }

            staff.Add(new DemoProfessional(user, service, role, required));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (held, heldClock) = Request(db, contacts[0], guide.Id, contacts[0].InitiatedAt.AddHours(1), "Koulupoissaolojen syyt ja yhteinen suunnitelma koulunkäynnin tueksi");
        AddParticipants(held, staff[..3], guide);
        await HoldAsync(db, held, heldClock, now, cancellationToken);
        var invitedRequest = now.AddHours(-3) > contacts[^1].InitiatedAt ? now.AddHours(-3) : contacts[^1].InitiatedAt.AddMinutes(5);
        var (invited, _) = Request(db, contacts[^1], guide.Id, invitedRequest, "Vauvaperheen arjen tuki: kotipalvelu, neuvola ja perhetyö yhdessä");
        AddParticipants(invited, [staff[0], staff[3]], guide);
        await InviteAsync(db, invited, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A meeting requested by the guide from a contact, with the request action and the network-meeting clock it starts.</summary>
    private (Meeting Meeting, DeadlineClock Clock) Request(PerhesiltaDbContext db, Contact contact, string guideId, DateTime requestedAt, string purpose)
    {
        var requested = RecordAction.NewAction(contact, ActionKind.NetworkMeetingRequested, requestedAt, null, null, guideId, requestedAt, null);
        db.Add(requested);
        var meetingClock = clocks.Start(db, new ClockStart(ClockRule.NetworkMeeting, contact.Id, contact.FamilyId, contact.AreaId, requestedAt, guideId, guideId));
        var meeting = new Meeting
        {
            ContactId = contact.Id,
            FamilyId = contact.FamilyId,
            AreaId = contact.AreaId,
            OrganizerUserId = guideId,
            Purpose = purpose,
            RequestedAt = requestedAt,
            TargetWorkingDays = clocks.Options.NetworkMeetingWorkingDays,
            TargetOn = meetingClock.DueOn,
            ClockId = meetingClock.Id,
            Mode = MeetingMode.Remote,
            RemoteLink = "https://video.perhesilta.example/verkostopalaveri",
            DurationMinutes = 60,
            FamilyDayParts = DayParts.Afternoon,
            FamilyWeekdays = Weekdays.All & ~Weekdays.Friday,
            FamilyWishNote = "Iltapäivät sopivat parhaiten, ei perjantaisin.",
            Shared = SharedInformation.Name | SharedInformation.Children | SharedInformation.Topics,
            CreatedAt = requestedAt,
            UpdatedAt = requestedAt,
        };
        meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.FamilyMember, Name = contact.ContactName!, Role = "äiti", Email = "perhe.demo@perhesilta.example", Required = true });
        meeting.Consents.Add(new MeetingConsent
        {
            MeetingId = meeting.Id,
            GivenBy = "äiti",
            Purpose = "Perheen tilanteen käsittely verkostopalaverissa ja yhteisen suunnitelman tekeminen.",
            GivenTo = "Verkostopalaverin osallistujat",
            Method = ConsentMethod.Verbal,
            GivenAt = requestedAt,
            RecordedByUserId = guideId,
            RecordedAt = requestedAt,
        });
        db.Add(meeting);
        return (meeting, meetingClock);
    }

    private static void AddParticipants(Meeting meeting, IEnumerable<DemoProfessional> professionals, StaffUser guide)
    {
        foreach (var p in professionals)
        {
            meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.Professional, Name = p.User.DisplayName, Email = p.User.Email, UserId = p.User.Id, ServiceId = p.ServiceId, Role = p.Role, Required = p.Required });
        }

        meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Kind = ParticipantKind.Guide, Name = guide.DisplayName, Email = guide.Email, UserId = guide.Id, Role = "palveluohjaaja", Required = true });
    }

    /// <summary>
    /// Holds the meeting on the last working day before today (or the day it was requested) and writes its record as a
    /// guide would: agreed actions with their clocks (one late, one done), and a follow-up in planning.
    /// </summary>
    private async Task HoldAsync(PerhesiltaDbContext db, Meeting meeting, DeadlineClock meetingClock, DateTime now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
        var day = today.AddDays(-1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        var startsAt = HelsinkiTime.ToUtc(day.ToDateTime(new TimeOnly(14, 0)));
        startsAt = startsAt < meeting.RequestedAt.AddHours(2) ? meeting.RequestedAt.AddHours(2) : startsAt;
        meeting.Status = MeetingStatus.Held;
        meeting.StartsAt = startsAt;
        meeting.EndsAt = startsAt.AddMinutes(meeting.DurationMinutes);
        meeting.Summary = "Käytiin läpi koulupoissaolot ja aamujen vaikeudet. Koulu joustaa koulupäivän alusta, perhetyö tukee aamuja kotona ja perheneuvolan arviota haetaan. Äiti pitää kirjaa aamuista.";
        meeting.RecordedAt = meeting.EndsAt;
        meeting.RecordedByUserId = meeting.OrganizerUserId;
        meeting.WorkingDaysToMeeting = calendar.WorkingDaysBetween(DateOnly.FromDateTime(HelsinkiTime.ToLocal(meeting.RequestedAt)), DateOnly.FromDateTime(HelsinkiTime.ToLocal(startsAt)));
        foreach (var participant in meeting.Participants)
        {
            participant.Response = participant.Required ? ParticipantResponse.Accepted : ParticipantResponse.Declined;
            participant.Attended = participant.Required;
        }

        var late = clocks.Check(meetingClock, ClockEventKind.Completed, startsAt, null) == ClockEventError.ReasonRequired ? "Koulun lomaviikko siirsi palaveria." : null;
        if (clocks.Check(meetingClock, ClockEventKind.Completed, startsAt, late) is null)
        {
            clocks.Record(meetingClock, ClockEventKind.Completed, startsAt, late, meeting.OrganizerUserId);
        }

        ResponsibleChoice Of(int index) => new(ResponsibleChoice.OfParticipant(meeting.Participants[index].Id), meeting.Participants[index].Name, meeting.Participants[index].UserId, meeting.Participants[index].Id);
        var guideIndex = meeting.Participants.Count - 1;
        CheckedAction[] rows =
        [
            new(null, "Aloittaa perhetyön kotikäynnit aamurutiinien tueksi", Of(1), calendar.AddWorkingDays(today, 4), false),
            new(null, "Sopii koulun kanssa joustavasta koulupäivän alusta ja kertoo siitä perheelle", Of(2), day, false),
            new(null, "Ohjaa perheen perheneuvolan arvioon", Of(guideIndex), calendar.AddWorkingDays(today, 2), false),
            new(null, "Pitää kirjaa aamujen sujumisesta seuraavaan palaveriin asti", Of(0), calendar.AddWorkingDays(today, 10), false),
        ];
        var started = AgreedActionRows.Apply(db, clocks, rows, meeting, meeting.FamilyId, new Dictionary<Guid, DeadlineClock>(), null, meeting.OrganizerUserId, startsAt);
        var done = started[2].Clock;
        var doneAt = now.AddHours(-1) > startsAt ? now.AddHours(-1) : startsAt;
        var doneLate = clocks.Check(done, ClockEventKind.Completed, doneAt, null) == ClockEventError.ReasonRequired ? "Ajanvaraus viivästyi." : null;
        if (clocks.Check(done, ClockEventKind.Completed, doneAt, doneLate) is null)
        {
            clocks.Record(done, ClockEventKind.Completed, doneAt, doneLate, meeting.OrganizerUserId);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (action, actionClock) in started)
        {
            action.ClockId = actionClock.Id;
        }

        FollowUpMeeting.Create(db, meeting, new CheckedFollowUp("Miten koulun joustot ja perhetyö ovat auttaneet? Suunnitelman tarkistus.", calendar.AddWorkingDays(today, 20)), startsAt, 20);
    }

    /// <summary>Invites everyone to an afternoon three working days ahead, as choosing the time does; the professional answers yes.</summary>
    private async Task InviteAsync(PerhesiltaDbContext db, Meeting meeting, DateTime now, CancellationToken cancellationToken)
    {
        var day = calendar.AddWorkingDays(DateOnly.FromDateTime(HelsinkiTime.ToLocal(now)), 3);
        meeting.Status = MeetingStatus.Invited;
        meeting.Sequence = 0;
        meeting.StartsAt = HelsinkiTime.ToUtc(day.ToDateTime(new TimeOnly(13, 0)));
        meeting.EndsAt = meeting.StartsAt.Value.AddMinutes(meeting.DurationMinutes);
        foreach (var participant in meeting.Participants)
        {
            participant.Response = participant.UserId == meeting.OrganizerUserId ? ParticipantResponse.Accepted : ParticipantResponse.Pending;
            participant.InvitedSequence = 0;
            participant.InvitedAt = now;
            participant.AnswerTokenId = Guid.NewGuid();
        }

        await mail.InviteAsync(db, meeting, update: false, now, cancellationToken);
        var professional = meeting.Participants.First(p => p.Kind == ParticipantKind.Professional);
        (professional.Response, professional.RespondedAt, professional.AnswerTokenUsedAt) = (ParticipantResponse.Accepted, now, now);
    }

    private sealed record DemoProfessional(StaffUser User, Guid? ServiceId, string Role, bool Required);
}
