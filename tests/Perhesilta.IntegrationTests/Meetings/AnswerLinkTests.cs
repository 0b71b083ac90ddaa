using System.Net;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.IntegrationTests.Account;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>
/// Answering an invitation from its link without signing in (issue 7): opening never answers, an answer is recorded
/// once, and forged, expired and replaced links say so in the link's language and change nothing.
/// </summary>
public abstract class AnswerLinkTests(CustomApp custom)
{
    private readonly PerhesiltaApp _app = custom.App;

    private async Task<(MeetingSetup Setup, Guid Id)> InvitedAsync()
    {
        custom.Clock.Reset();
        var setup = await PlanningTestData.SetupAsync(_app);
        var id = await PlanningTestData.RequestAsync(_app, setup);
        (await PlanningTestData.InviteAsync(_app, setup, id, DateTime.UtcNow.AddDays(7))).Outcome.ShouldBe(MeetingChangeOutcome.Saved);
        return (setup, id);
    }

    private async Task<string> LinkOfAsync(string email) =>
        PlanningTestData.AnswerPath((await PlanningTestData.MailOfAsync(_app, email, InvitationMail.InvitationPurpose))[^1]);

    [Fact]
    public async Task Opening_the_link_changes_nothing_and_the_answer_is_recorded_once()
    {
        var (setup, id) = await InvitedAsync();
        using var _ = setup;
        using var family = _app.NewBrowser();
        var link = await LinkOfAsync(setup.MotherEmail);

        var page = await family.GetAsync(link + "?answer=yes");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("h1").ShouldBe("Inbjudan till nätverksmöte");
        page.Document.QuerySelector("#choice")!.HasAttribute("checked").ShouldBeTrue();
        page.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await PlanningTestData.FindAsync(_app, id)).Participants.Single(p => p.Email == setup.MotherEmail).Response.ShouldBe(ParticipantResponse.Pending);

        var answered = await family.SubmitAsync(page, "#answer-form", new Dictionary<string, string> { ["Note"] = "Tulen bussilla." });
        answered.Text("#answer-recorded").ShouldContain("du deltar");
        var mother = (await PlanningTestData.FindAsync(_app, id)).Participants.Single(p => p.Email == setup.MotherEmail);
        (mother.Response, mother.ResponseNote).ShouldBe((ParticipantResponse.Accepted, "Tulen bussilla."));
        mother.AnswerTokenUsedAt.ShouldNotBeNull();

        var again = await family.SubmitAsync(page, "#answer-form", new Dictionary<string, string> { ["Choice"] = "decline" });
        again.Text("#answer-state").ShouldContain("redan svarat");
        (await PlanningTestData.FindAsync(_app, id)).Participants.Single(p => p.Email == setup.MotherEmail).Response.ShouldBe(ParticipantResponse.Accepted);

        var guidePage = await setup.Guide.GetAsync($"/desk/meetings/{id}");
        guidePage.Text($"tr[data-participant='{mother.Id}'] .answer").ShouldContain("osallistuu");
    }

    [Fact]
    public async Task Two_answers_sent_at_once_record_one()
    {
        var (setup, id) = await InvitedAsync();
        using var _ = setup;
        using var first = _app.NewBrowser();
        using var second = _app.NewBrowser();
        var link = await LinkOfAsync(setup.MotherEmail);
        var (a, b) = (await first.GetAsync(link), await second.GetAsync(link));

        var answers = await Task.WhenAll(
            first.SubmitAsync(a, "#answer-form", new Dictionary<string, string> { ["Choice"] = "accept" }),
            second.SubmitAsync(b, "#answer-form", new Dictionary<string, string> { ["Choice"] = "decline" }));

        answers.Count(p => p.Document.QuerySelector("#answer-recorded") is not null).ShouldBe(1);
        answers.Count(p => p.Text("#answer-state").Contains("redan svarat", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_required_participants_decline_asks_for_a_new_time_and_tells_the_organiser_once()
    {
        var (setup, id) = await InvitedAsync();
        using var _ = setup;
        using var professional = _app.NewBrowser();
        var page = await professional.GetAsync(await LinkOfAsync(setup.Referral.Professional.Email));
        page.Text("h1").ShouldBe("Kutsu verkostopalaveriin");

        var declined = await professional.SubmitAsync(page, "#answer-form", new Dictionary<string, string> { ["Choice"] = "decline", ["Note"] = "Olen koulutuksessa." });
        declined.Text("#answer-recorded").ShouldContain("et pääse");
        using var family = _app.NewBrowser();
        var motherPage = await family.GetAsync(await LinkOfAsync(setup.MotherEmail));
        await family.SubmitAsync(motherPage, "#answer-form", new Dictionary<string, string> { ["Choice"] = "decline" });

        var meetingPage = await setup.Guide.GetAsync($"/desk/meetings/{id}");
        meetingPage.Text("#needs-new-time").ShouldContain("uusi aika");
        meetingPage.Body.ShouldContain("Olen koulutuksessa.");
        (await PlanningTestData.MailOfAsync(_app, setup.GuideStaff.Email, "meeting-new-time-needed")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Forged_replaced_and_expired_links_say_so_in_their_language_and_change_nothing()
    {
        var (setup, id) = await InvitedAsync();
        using var _ = setup;
        using var family = _app.NewBrowser();
        var link = await LinkOfAsync(setup.MotherEmail);
        var opened = await family.GetAsync(link);

        (await family.GetAsync("/vastaus/sv.CfDJ8-not-a-real-token")).Text("#answer-state").ShouldContain("Länken är inte giltig");
        var tampered = link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..];
        (await family.GetAsync(tampered)).Text("#answer-state").ShouldContain("Länken är inte giltig");
        (await family.GetAsync("/vastaus/en.x")).Text("#answer-state").ShouldContain("This link is not valid");

        (await PlanningTestData.InviteAsync(_app, setup, id, DateTime.UtcNow.AddDays(8))).Outcome.ShouldBe(MeetingChangeOutcome.Saved);
        (await family.GetAsync(link)).Text("#answer-state").ShouldContain("ersatts av en nyare");
        var late = await family.SubmitAsync(opened, "#answer-form", new Dictionary<string, string> { ["Choice"] = "accept" });
        late.Text("#answer-state").ShouldContain("ersatts av en nyare");

        var newLink = await LinkOfAsync(setup.MotherEmail);
        newLink.ShouldNotBe(link);
        custom.Clock.Advance(TimeSpan.FromDays(31));
        try
        {
            (await family.GetAsync(newLink)).Text("#answer-state").ShouldContain("Länken har gått ut");
        }
        finally
        {
            custom.Clock.Reset();
        }

        var mother = (await PlanningTestData.FindAsync(_app, id)).Participants.Single(p => p.Email == setup.MotherEmail);
        (mother.Response, mother.AnswerTokenUsedAt).ShouldBe((ParticipantResponse.Pending, null));
    }

    public sealed class OnSqlite(DeskClockSqliteApp app) : AnswerLinkTests(app), IClassFixture<DeskClockSqliteApp>;

    public sealed class OnPostgres(DeskClockPostgresApp app) : AnswerLinkTests(app), IClassFixture<DeskClockPostgresApp>;
}
