using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Demo;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Referrals;
using Perhesilta.IntegrationTests.Infrastructure;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>The demo's network meetings: a held one whose agreed actions are on the demo professionals' task lists, and its follow-up.</summary>
public abstract class MeetingDemoTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_demo_has_a_held_meeting_with_actions_on_the_professionals_task_lists_and_a_follow_up_in_planning()
    {
        var (held, followUp, services) = await app.WithDbAsync(async db =>
        {
            var meetings = await db.Set<Meeting>().AsNoTracking().Include(m => m.Participants).Include(m => m.Actions).AsSplitQuery().ToListAsync();
            var extra = new[] { "kuraattori@perhesilta.example", "perheneuvola@perhesilta.example", "neuvola@perhesilta.example" };
            var linked = await db.Set<ServiceProfessional>().Where(p => db.Users.Any(u => u.Id == p.UserId && extra.Contains(u.Email!))).Select(p => p.ServiceId).Distinct().CountAsync();
            return (meetings.Single(m => m.Status == MeetingStatus.Held), meetings.Single(m => m.FollowUpOfMeetingId != null), linked);
        });
        services.ShouldBe(3);
        held.Actions.Count.ShouldBe(4);
        held.WorkingDaysToMeeting.ShouldNotBeNull();
        (followUp.Status, followUp.FollowUpOfMeetingId, followUp.Participants.Count).ShouldBe((MeetingStatus.Planning, held.Id, held.Participants.Count));

        var kaija = DemoData.Accounts.Single(a => a.Email == "kuraattori@perhesilta.example");
        using var browser = app.NewBrowser();
        (await browser.SignInAsync(kaija.Email, DemoData.Password, DemoData.TotpSecret)).Location.ShouldBe("/staff");
        var tasks = await browser.GetAsync("/tasks");
        var late = tasks.Document.QuerySelectorAll("#tasks li").Single();
        late.QuerySelector(".task-state .badge--alert").ShouldNotBeNull();
        late.TextContent.ShouldContain("Sopii koulun kanssa joustavasta koulupäivän alusta");

        using var guide = app.NewBrowser();
        (await guide.SignInAsync(DemoData.Accounts[0].Email, DemoData.Password, DemoData.TotpSecret)).Location.ShouldBe("/staff");
        var contact = await guide.GetAsync($"/desk/contacts/{held.ContactId}");
        var row = contact.Document.QuerySelector($"#meetings li[data-meeting='{held.Id}']")!;
        row.QuerySelector(".meeting-late-actions")!.TextContent.ShouldBe("Myöhässä olevia tehtäviä: 1");
        row.QuerySelectorAll(".agreed-actions li").Select(li => li.GetAttribute("data-state")).ShouldBe(["Late", "Done", "Due", "Due"]);
        contact.Document.QuerySelector($"#meetings li[data-meeting='{followUp.Id}'] .meeting-status")!.TextContent.ShouldContain("Suunnitteilla");
    }

    public sealed class OnSqlite(SqliteApp app) : MeetingDemoTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : MeetingDemoTests(app), IClassFixture<PostgresApp>;
}
