using System.Net;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>
/// A participant answers by phone or in person, and the guide records the answer on the meeting page: a family member
/// without an e-mail address gets no link to answer with at all.
/// </summary>
public abstract class AnswerByHandTests(PerhesiltaApp app)
{
    /// <summary>A meeting with the mother (no e-mail) and the professional (with e-mail), invited to a time a week ahead.</summary>
    private async Task<(MeetingSetup Setup, Guid Id, Meeting Meeting)> InvitedAsync()
    {
        var setup = await PlanningTestData.SetupAsync(app);
        var fields = PlanningTestData.Fields(setup);
        fields["Input.Family[0].Email"] = "";
        fields["Input.Family[0].Language"] = "fi";
        var id = await PlanningTestData.RequestAsync(app, setup, fields);
        (await PlanningTestData.InviteAsync(app, setup, id, DateTime.UtcNow.AddDays(7))).Outcome.ShouldBe(MeetingChangeOutcome.Saved);
        return (setup, id, await PlanningTestData.FindAsync(app, id));
    }

    private static MeetingParticipant Mother(Meeting meeting) => meeting.Participants.Single(p => p.Kind == ParticipantKind.FamilyMember);

    private static MeetingParticipant Professional(Meeting meeting) => meeting.Participants.Single(p => p.Kind == ParticipantKind.Professional);

    [Fact]
    public async Task The_guide_records_a_phoned_yes_from_the_mother_without_email_and_a_required_professionals_no_shows_a_new_time_is_needed()
    {
        var (setup, id, meeting) = await InvitedAsync();
        using var _ = setup;
        var url = $"/desk/meetings/{id}";
        var mother = Mother(meeting);
        mother.Response.ShouldBe(ParticipantResponse.Pending);
        (await PlanningTestData.MailOfAsync(app, setup.Referral.Professional.Email, InvitationMail.InvitationPurpose)).Count.ShouldBe(1);

        var page = await setup.Guide.GetAsync(url);
        page.Text($"tr[data-participant='{mother.Id}'] .no-email").ShouldContain("kerro aika puhelimitse");
        page.Document.QuerySelector($"tr[data-participant='{mother.Id}'] details.record-answer")!.HasAttribute("open").ShouldBeFalse();
        page.Document.QuerySelector($"tr[data-participant='{meeting.Participants.Single(p => p.UserId == setup.GuideStaff.Id).Id}'] details.record-answer").ShouldBeNull();

        var recorded = await setup.Guide.SubmitAsync(page, $"#answer-{mother.Id}", new Dictionary<string, string>
        {
            ["Answer.Response"] = nameof(ParticipantResponse.Accepted),
            ["Answer.Note"] = "  Soitti aamulla, tulee etäyhteydellä.  ",
        });
        recorded.Location.ShouldBe(url);
        var saved = Mother(await PlanningTestData.FindAsync(app, id));
        (saved.Response, saved.ResponseNote, saved.AnswerRecordedByUserId).ShouldBe((ParticipantResponse.Accepted, "Soitti aamulla, tulee etäyhteydellä.", setup.GuideStaff.Id));
        saved.RespondedAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-1));

        var shown = await setup.Guide.GetAsync(url);
        shown.Text("#notice").ShouldBe("Vastaus on kirjattu.");
        var answer = shown.Text($"tr[data-participant='{mother.Id}'] .answer");
        answer.ShouldContain("osallistuu");
        answer.ShouldContain("Soitti aamulla");
        shown.Text($"tr[data-participant='{mother.Id}'] .answer-recorded-by").ShouldStartWith("Kirjannut ");
        shown.Document.QuerySelector("#needs-new-time").ShouldBeNull();

        // The professional phones: he cannot come after all. He is required, so a new time is needed; his link is spent.
        var professional = Professional(meeting);
        var declined = await setup.Guide.SubmitAsync(shown, $"#answer-{professional.Id}", new Dictionary<string, string> { ["Answer.Response"] = nameof(ParticipantResponse.Declined) });
        declined.Location.ShouldBe(url);
        var after = await setup.Guide.GetAsync(url);
        after.Text("#needs-new-time").ShouldContain("uusi aika");
        var his = Professional(await PlanningTestData.FindAsync(app, id));
        (his.Response, his.ResponseNote, his.AnswerTokenUsedAt is not null).ShouldBe((ParticipantResponse.Declined, (string?)null, true));

        using var link = app.NewBrowser();
        var mail = (await PlanningTestData.MailOfAsync(app, setup.Referral.Professional.Email, InvitationMail.InvitationPurpose))[^1];
        (await link.GetAsync(PlanningTestData.AnswerPath(mail))).Text("#answer-state").ShouldContain("jo vastannut");

        // A new time: everyone answers again, and nothing of the recorded answers stays.
        (await PlanningTestData.InviteAsync(app, setup, id, DateTime.UtcNow.AddDays(9))).Outcome.ShouldBe(MeetingChangeOutcome.Saved);
        var reinvited = Mother(await PlanningTestData.FindAsync(app, id));
        (reinvited.Response, reinvited.ResponseNote, reinvited.AnswerRecordedByUserId).ShouldBe((ParticipantResponse.Pending, (string?)null, (string?)null));
    }

    [Fact]
    public async Task An_answer_without_a_choice_or_with_a_too_long_note_is_refused_at_its_row_keeping_the_note_and_saving_nothing()
    {
        var (setup, id, meeting) = await InvitedAsync();
        using var _ = setup;
        var mother = Mother(meeting);
        var page = await setup.Guide.GetAsync($"/desk/meetings/{id}");

        var unchosen = await setup.Guide.SubmitAsync(page, $"#answer-{mother.Id}", new Dictionary<string, string> { ["Answer.Note"] = "Soitti, ei vielä tiedä" });
        unchosen.Status.ShouldBe(HttpStatusCode.OK);
        unchosen.Text($"#answer-{mother.Id}-error").ShouldBe("Valitse, osallistuuko hän vai ei.");
        unchosen.Document.QuerySelector($"tr[data-participant='{mother.Id}'] details.record-answer")!.HasAttribute("open").ShouldBeTrue();
        unchosen.Document.QuerySelector($"#answer-{mother.Id}-note")!.GetAttribute("value").ShouldBe("Soitti, ei vielä tiedä");
        unchosen.Document.QuerySelector($"#answer-{Professional(meeting).Id}-note")!.GetAttribute("value").ShouldBeNullOrEmpty();

        var invalid = await setup.Guide.SubmitAsync(page, $"#answer-{mother.Id}", new Dictionary<string, string> { ["Answer.Response"] = "Maybe" });
        invalid.Text($"#answer-{mother.Id}-error").ShouldBe("Valitse, osallistuuko hän vai ei.");

        var tooLong = await setup.Guide.SubmitAsync(page, $"#answer-{mother.Id}", new Dictionary<string, string>
        {
            ["Answer.Response"] = nameof(ParticipantResponse.Declined),
            ["Answer.Note"] = new string('x', MeetingLimits.Reason + 1),
        });
        tooLong.Text($"#answer-{mother.Id}-error").ShouldContain("liian pitkä");
        tooLong.Document.QuerySelector($"#answer-{mother.Id}-{nameof(ParticipantResponse.Declined)}")!.HasAttribute("checked").ShouldBeTrue();

        var unchanged = Mother(await PlanningTestData.FindAsync(app, id));
        (unchanged.Response, unchanged.RespondedAt, unchanged.AnswerRecordedByUserId).ShouldBe((ParticipantResponse.Pending, (DateTime?)null, (string?)null));
    }

    [Fact]
    public async Task An_answer_on_a_page_someone_changed_meanwhile_or_before_the_invitations_is_refused_and_an_invited_professional_may_not_record_one()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var id = await PlanningTestData.RequestAsync(app, setup);
        var planning = await setup.Guide.GetAsync($"/desk/meetings/{id}");
        planning.Document.QuerySelector("details.record-answer").ShouldBeNull();
        var mother = (await PlanningTestData.FindAsync(app, id)).Participants.Single(p => p.Email == setup.MotherEmail);
        var token = planning.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = (await PlanningTestData.FindAsync(app, id)).Version.ToString();
        var early = await setup.Guide.PostAsync($"/desk/meetings/{id}?handler=RecordAnswer&participantId={mother.Id}",
            [new("__RequestVerificationToken", token), new("Version", version), new("Answer.Response", nameof(ParticipantResponse.Accepted))]);
        early.Text("#form-message").ShouldContain("kutsut on lähetetty");

        (await PlanningTestData.InviteAsync(app, setup, id, DateTime.UtcNow.AddDays(7))).Outcome.ShouldBe(MeetingChangeOutcome.Saved);
        var stalePage = await setup.Guide.GetAsync($"/desk/meetings/{id}");
        (await PlanningTestData.InviteAsync(app, setup, id, DateTime.UtcNow.AddDays(8))).Outcome.ShouldBe(MeetingChangeOutcome.Saved);
        var stale = await setup.Guide.SubmitAsync(stalePage, $"#answer-{mother.Id}", new Dictionary<string, string> { ["Answer.Response"] = nameof(ParticipantResponse.Accepted) });
        stale.Text("#form-message").ShouldContain("muutti tapaamista sillä välin");
        Mother(await PlanningTestData.FindAsync(app, id)).Response.ShouldBe(ParticipantResponse.Pending);

        using var professional = app.NewBrowser();
        await professional.SignInAsync(setup.Referral.Professional);
        var invitedView = await professional.GetAsync($"/desk/meetings/{id}");
        invitedView.Status.ShouldBe(HttpStatusCode.OK);
        invitedView.Document.QuerySelector("details.record-answer").ShouldBeNull();
        var professionalToken = invitedView.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forbidden = await professional.PostAsync($"/desk/meetings/{id}?handler=RecordAnswer&participantId={mother.Id}",
            [new("__RequestVerificationToken", professionalToken), new("Version", (await PlanningTestData.FindAsync(app, id)).Version.ToString()), new("Answer.Response", nameof(ParticipantResponse.Declined))]);
        forbidden.Status.ShouldBe(HttpStatusCode.Forbidden);
        Mother(await PlanningTestData.FindAsync(app, id)).Response.ShouldBe(ParticipantResponse.Pending);
    }

    public sealed class OnSqlite(SqliteApp app) : AnswerByHandTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AnswerByHandTests(app), IClassFixture<PostgresApp>;
}
