using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Meetings;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Referrals;
using Perhesilta.Platform.AccessLog;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>A guide requests a network meeting from a contact (issue 7): what is saved, and what is refused.</summary>
public abstract class MeetingRequestTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Requesting_a_meeting_saves_its_participants_and_consent_and_starts_the_network_meeting_clock()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var contact = await setup.Guide.GetAsync($"/desk/contacts/{setup.ContactId}");
        contact.Document.QuerySelector("#new-meeting-link")!.GetAttribute("href").ShouldBe(setup.NewUrl);

        var id = await PlanningTestData.RequestAsync(app, setup);

        var meeting = await PlanningTestData.FindAsync(app, id);
        meeting.Status.ShouldBe(MeetingStatus.Planning);
        meeting.Mode.ShouldBe(MeetingMode.Remote);
        meeting.RemoteLink.ShouldBe("https://teams.perhesilta.example/palaveri/123");
        meeting.DurationMinutes.ShouldBe(60);
        meeting.TargetWorkingDays.ShouldBe(10);
        meeting.OrganizerUserId.ShouldBe(setup.GuideStaff.Id);
        meeting.Participants.Select(p => (p.Kind, p.Required)).OrderBy(p => p.Kind).ShouldBe(
            [(ParticipantKind.FamilyMember, true), (ParticipantKind.Professional, true), (ParticipantKind.Guide, true)]);
        var mother = meeting.Participants.Single(p => p.Kind == ParticipantKind.FamilyMember);
        (mother.Name, mother.Language, mother.Email, mother.Response).ShouldBe(("Maija Meikäläinen", "sv", setup.MotherEmail, ParticipantResponse.NotInvited));
        var professional = meeting.Participants.Single(p => p.Kind == ParticipantKind.Professional);
        (professional.UserId, professional.ServiceId).ShouldBe((setup.Referral.Professional.Id, setup.Referral.Service.Id));
        meeting.Consents.Single().GivenBy.ShouldBe("äiti");

        var action = (await WorkTestData.ActionsOfAsync(app, setup.ContactId)).Single();
        action.Kind.ShouldBe(ActionKind.NetworkMeetingRequested);
        var clock = await app.WithDbAsync(db => db.Set<DeadlineClock>().AsNoTracking().SingleAsync(c => c.Id == meeting.ClockId));
        (clock.Rule, clock.ContactId).ShouldBe((ClockRule.NetworkMeeting, setup.ContactId));
        var log = await app.WithDbAsync(db => db.Set<AccessLogEntry>().AsNoTracking().Where(e => e.RecordType == "Meeting" && e.RecordId == id.ToString()).ToListAsync());
        log.ShouldContain(e => e.Action == AccessAction.Create);

        var page = await setup.Guide.GetAsync($"/desk/meetings/{id}");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#participants").ShouldContain("Maija Meikäläinen");
        page.Text("#participants").ShouldContain("perhetyöntekijä");
        page.Text("#meeting-status").ShouldBe("suunnitteilla");
    }

    public static TheoryData<string, string, string, string> BadInput() => new()
    {
        { "Input.Duration", "0", "duration", "vähintään 1 minuutti" },
        { "Input.Duration", "481", "duration", "enintään 480 minuuttia" },
        { "Input.TargetWorkingDays", "0", "target", "1–250 arkipäivää" },
        { "Input.RemoteLink", "http://teams.perhesilta.example/x", "remote-link", "https-osoite" },
        { "Input.Mode", nameof(MeetingMode.AtLocation), "location", "Valitse toimipaikka" },
        { "Input.Professionals[0].Choice", "", "professional-0-email", "Perhesillan ulkopuolisen ammattilaisen sähköposti" },
        { "Input.Consents[0].GivenBy", "", "consent-0-given-by", "Kirjoita, kuka suostumuksen antoi" },
        { "Input.Purpose", "", "purpose", "Kirjoita tapaamisen tarkoitus" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_a_message_at_the_field_keeping_what_was_typed_and_saving_nothing(string field, string value, string fieldId, string message)
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var fields = PlanningTestData.Fields(setup);
        fields[field] = value;
        if (field == "Input.Professionals[0].Choice")
        {
            fields["Input.Professionals[0].Name"] = "Kalle Kuraattori";
        }

        var page = await setup.Guide.SubmitAsync(await setup.Guide.GetAsync(setup.NewUrl), "#meeting-form", fields);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#{fieldId}-error").ShouldContain(message);
        page.Document.QuerySelector($"#error-summary a[href='#{fieldId}']").ShouldNotBeNull();
        page.Document.QuerySelector("#family-0-name")!.GetAttribute("value").ShouldBe("Maija Meikäläinen");
        (await PlanningTestData.MeetingsOfAsync(app, setup.ContactId)).ShouldBeEmpty();
        (await WorkTestData.ActionsOfAsync(app, setup.ContactId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_meeting_without_a_required_participant_is_refused()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var fields = PlanningTestData.Fields(setup);
        fields.Remove("Input.Family[0].Required");
        fields.Remove("Input.Professionals[0].Required");
        var form = await setup.Guide.GetAsync(setup.NewUrl);

        // The browser sends only ticked boxes: the form's own ticked "required" boxes are left out.
        var page = await ReferralTestData.PostFormAsync(setup.Guide, form, "#meeting-form", fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

        page.Text("#participants-error").ShouldContain("ainakin yksi");
        (await PlanningTestData.MeetingsOfAsync(app, setup.ContactId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_referral_consent_in_force_for_the_professionals_service_is_enough_and_a_withdrawn_one_is_not()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var fields = PlanningTestData.Fields(setup);
        foreach (var key in fields.Keys.Where(k => k.StartsWith("Input.Consents", StringComparison.Ordinal)).ToList())
        {
            fields[key] = "";
        }

        var referralId = await ReferralTestData.CreateDirectAsync(app, setup.Referral.Contact, setup.Referral.Service.Id, setup.GuideStaff.Id);
        await app.WithDbAsync(async db =>
        {
            var consent = await db.Set<Features.Referrals.ReferralConsent>().SingleAsync(c => c.ReferralId == referralId);
            consent.WithdrawnAt = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });
        var refused = await setup.Guide.SubmitAsync(await setup.Guide.GetAsync(setup.NewUrl), "#meeting-form", fields);
        refused.Text("#consent-0-given-by-error").ShouldContain("suostumus");

        await ReferralTestData.CreateDirectAsync(app, setup.Referral.Contact, setup.Referral.Service.Id, setup.GuideStaff.Id);
        var id = await PlanningTestData.RequestAsync(app, setup, fields);

        (await PlanningTestData.FindAsync(app, id)).Consents.ShouldBeEmpty();
    }

    public sealed class OnSqlite(SqliteApp app) : MeetingRequestTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : MeetingRequestTests(app), IClassFixture<PostgresApp>;
}
