using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Demo;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Invitations;
using Perhesilta.Features.Referrals;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Mail;
using Shouldly;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>The demo's network meetings: a held one whose agreed actions are on the demo professionals' task lists, its follow-up, and one invited.</summary>
public abstract class MeetingDemoTests(PerhesiltaApp app)
{
    [Fact]
    public async Task The_demo_has_a_held_meeting_with_actions_on_the_professionals_task_lists_a_follow_up_in_planning_and_an_invited_one_with_its_invitations_sent()
    {
        var (held, followUp, invited, services) = await app.WithDbAsync(async db =>
        {
            var meetings = await db.Set<Meeting>().AsNoTracking().Include(m => m.Participants).Include(m => m.Actions).AsSplitQuery().ToListAsync();
            var extra = new[] { "kuraattori@perhesilta.example", "perheneuvola@perhesilta.example", "neuvola@perhesilta.example" };
            var linked = await db.Set<ServiceProfessional>().Where(p => db.Users.Any(u => u.Id == p.UserId && extra.Contains(u.Email!))).Select(p => p.ServiceId).Distinct().CountAsync();
            return (meetings.Single(m => m.Status == MeetingStatus.Held), meetings.Single(m => m.FollowUpOfMeetingId != null), meetings.Single(m => m.Status == MeetingStatus.Invited), linked);
        });
        services.ShouldBe(3);
        invited.StartsAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTime.UtcNow);
        invited.Participants.Count(p => p.Response == ParticipantResponse.Accepted).ShouldBe(2);
        var invitations = await app.WithDbAsync(db => db.Set<OutgoingMail>().AsNoTracking().Where(m => m.Purpose == InvitationMail.InvitationPurpose).ToListAsync());
        invitations.Select(m => m.To).ShouldBe(invited.Participants.Select(p => p.Email!), ignoreOrder: true);
        invitations.ShouldAllBe(m => m.CalendarMethod == "REQUEST");
        (await IcalJs.ParseAsync(invitations[0].CalendarBody!)).Events.Single().Uid.ShouldBe(invited.CalendarUid);
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
