using System.Globalization;
using System.Net;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Localization;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>The guide chooses a meeting's time (issue 7): from the proposals, or typed by hand with its conflicts shown first.</summary>
public abstract class ChooseTimeTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Choosing_the_earliest_proposal_sends_the_invitations()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var id = await PlanningTestData.RequestAsync(app, setup);

        var page = await setup.Guide.GetAsync($"/desk/meetings/{id}/time");
        page.Status.ShouldBe(HttpStatusCode.OK);
        var first = page.Document.QuerySelector("#earliest-0 input[name=StartsAt]")!.GetAttribute("value")!;
        var startsAt = DateTime.Parse(first, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        startsAt.ShouldBeGreaterThan(DateTime.UtcNow);

        var chosen = await setup.Guide.SubmitAsync(page, "#earliest-0 form");
        chosen.Location.ShouldBe($"/desk/meetings/{id}");
        var meeting = await PlanningTestData.FindAsync(app, id);
        (meeting.Status, meeting.StartsAt, meeting.Sequence).ShouldBe((MeetingStatus.Invited, startsAt, 0));
        meeting.Participants.Where(p => p.UserId != setup.GuideStaff.Id).ShouldAllBe(p => p.Response == ParticipantResponse.Pending);
        (await PlanningTestData.MailOfAsync(app, setup.MotherEmail, InvitationMail.InvitationPurpose)).Count.ShouldBe(1);
        var shown = await setup.Guide.GetAsync(chosen.Location!);
        shown.Text("#notice").ShouldContain("kutsut lähetetty");
    }

    [Fact]
    public async Task A_typed_time_shows_its_conflicts_and_is_chosen_only_when_they_are_accepted()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var id = await PlanningTestData.RequestAsync(app, setup);
        var saturday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14));
        while (saturday.DayOfWeek != DayOfWeek.Saturday)
        {
            saturday = saturday.AddDays(1);
        }

        var page = await setup.Guide.GetAsync($"/desk/meetings/{id}/time");
        var typed = new Dictionary<string, string> { ["Date"] = saturday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Time"] = "10:00" };
        var conflicts = await setup.Guide.SubmitAsync(page, "#typed-form", typed);

        conflicts.Status.ShouldBe(HttpStatusCode.OK);
        conflicts.Text("#conflicts").ShouldContain("ei ole arkipäivä");
        conflicts.Text("#accept-conflicts-error").ShouldContain("ristiriitoja");
        conflicts.Document.QuerySelector("#time-date")!.GetAttribute("value").ShouldBe(typed["Date"]);
        (await PlanningTestData.FindAsync(app, id)).Status.ShouldBe(MeetingStatus.Planning);

        var accepted = await setup.Guide.SubmitAsync(conflicts, "#typed-form", new Dictionary<string, string> { ["AcceptConflicts"] = "true" });
        accepted.Location.ShouldBe($"/desk/meetings/{id}");
        var meeting = await PlanningTestData.FindAsync(app, id);
        meeting.Status.ShouldBe(MeetingStatus.Invited);
        meeting.StartsAt.ShouldBe(HelsinkiTime.ToUtc(saturday.ToDateTime(new TimeOnly(10, 0))));
    }

    [Fact]
    public async Task A_typed_time_in_the_past_is_refused_and_nothing_is_sent()
    {
        using var setup = await PlanningTestData.SetupAsync(app);
        var id = await PlanningTestData.RequestAsync(app, setup);
        var yesterday = HelsinkiTime.ToLocal(DateTime.UtcNow).AddDays(-1);

        var page = await setup.Guide.GetAsync($"/desk/meetings/{id}/time");
        var refused = await setup.Guide.SubmitAsync(page, "#typed-form", new Dictionary<string, string>
        {
            ["Date"] = yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Time"] = "10:00",
            ["AcceptConflicts"] = "true",
        });

        refused.Text("#time-date-error").ShouldContain("Aika on jo mennyt");
        (await PlanningTestData.FindAsync(app, id)).Status.ShouldBe(MeetingStatus.Planning);
        (await PlanningTestData.MailOfAsync(app, setup.MotherEmail, InvitationMail.InvitationPurpose)).ShouldBeEmpty();
    }

    public sealed class OnSqlite(SqliteApp app) : ChooseTimeTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ChooseTimeTests(app), IClassFixture<PostgresApp>;
}
