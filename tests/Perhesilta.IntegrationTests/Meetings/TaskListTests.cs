using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Meetings;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Shouldly;
using static Perhesilta.IntegrationTests.Meetings.MeetingRecordTestData;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>The professional's task list: their own agreed actions, marked done on time or late with a reason, and their meetings.</summary>
public abstract class TaskListTests(PerhesiltaApp app)
{
    [Fact]
    public async Task An_action_done_on_time_completes_its_clock_and_a_late_one_asks_why()
    {
        using var m = await MeetingAsync(app, requestedDaysAgo: 6, startsInHours: -72);
        var onTime = await ActionAsync(app, m, "Varaa ensikäynti", Today.AddDays(3));
        var late = await ActionAsync(app, m, "Lähetä yhteenveto koululle", Today.AddDays(-1));
        using var browser = await StaffTestData.SignedInAsync(app, m.Professional);
        var tasks = await browser.GetAsync("/tasks");
        tasks.Document.QuerySelector($"li[data-clock='{late}'] .task-state .badge--alert").ShouldNotBeNull();
        tasks.Document.QuerySelector($"#done-{onTime} textarea").ShouldBeNull();
        var viewed = await LogOfAsync(app, m.MeetingId);
        viewed.ShouldContain(e => e.Action == AccessAction.View && e.ActorUserId == m.Professional.Id, "the actions' texts were written about the family: listing them is a view of the meeting");

        var done = await browser.SubmitAsync(tasks, $"#done-{onTime}");
        done.Location.ShouldBe("/tasks");
        (await ClockAsync(app, onTime)).State.ShouldBe(ClockState.Met);
        var after = await browser.GetAsync("/tasks");
        after.Text("#notice").ShouldBe("Tehtävä on merkitty tehdyksi.");
        after.Document.QuerySelector($"#done-{onTime}").ShouldBeNull();
        after.Document.QuerySelector($"li[data-clock='{onTime}']")!.GetAttribute("data-state").ShouldBe("Met");

        var refused = await browser.SubmitAsync(after, $"#done-{late}");
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text($"#reason-{late}-error").ShouldStartWith("Määräpäivä ");
        (await ClockAsync(app, late)).State.ShouldBe(ClockState.Running);

        var lateDone = await browser.SubmitAsync(refused, $"#done-{late}", new Dictionary<string, string> { ["reason"] = "Koulun yhteystieto puuttui." });
        lateDone.Location.ShouldBe("/tasks");
        var clock = await ClockAsync(app, late);
        (clock.State, clock.Events.Single(e => e.Kind == ClockEventKind.Completed).Reason).ShouldBe((ClockState.Missed, "Koulun yhteystieto puuttui."));

        var contact = await m.Guide.GetAsync(m.Work.ContactUrl);
        contact.Document.QuerySelectorAll($"#meetings li[data-meeting='{m.MeetingId}'] .agreed-actions li").Select(li => li.GetAttribute("data-state")).ShouldBe(["DoneLate", "Done"]);
    }

    [Fact]
    public async Task Only_ones_own_tasks_are_listed_and_only_they_can_be_marked_done()
    {
        using var m = await MeetingAsync(app, startsInHours: -24);
        var clockId = await ActionAsync(app, m, "Varaa ensikäynti", Today.AddDays(3));
        var version = (await ClockAsync(app, clockId)).Version;
        var other = await app.CreateStaffAsync(StaffRoles.Professional);
        using var browser = await StaffTestData.SignedInAsync(app, other);
        var tasks = await browser.GetAsync("/tasks");
        tasks.Status.ShouldBe(HttpStatusCode.OK);
        tasks.Text("#tasks-none").ShouldBe("Sinulla ei ole avoimia tehtäviä.");
        tasks.Text("#my-meetings-none").ShouldBe("Sinua ei ole kutsuttu tuleviin palavereihin.");

        var token = await StaffTestData.AntiforgeryTokenAsync(browser);
        var post = await browser.PostAsync("/tasks?handler=Done", [new("__RequestVerificationToken", token), new("clockId", clockId.ToString()), new("version", version.ToString())]);
        post.Status.ShouldBe(HttpStatusCode.NotFound);
        (await ClockAsync(app, clockId)).State.ShouldBe(ClockState.Running);

        using var anonymous = app.NewBrowser();
        (await anonymous.GetAsync("/tasks")).ShouldAskToSignIn("/tasks");
        using var manager = await StaffTestData.SignedInAsync(app, await app.CreateStaffAsync(StaffRoles.Manager, [m.Work.Area.Code]));
        (await manager.GetAsync("/tasks")).ShouldBeForbidden("/tasks");
    }

    [Fact]
    public async Task The_meetings_one_is_invited_to_are_listed_with_ones_answer_and_the_task_list_is_in_the_menu()
    {
        using var m = await MeetingAsync(app, startsInHours: 48);
        using var browser = await StaffTestData.SignedInAsync(app, m.Professional);
        var tasks = await browser.GetAsync("/tasks");
        var row = tasks.Document.QuerySelector($"#my-meetings li[data-meeting='{m.MeetingId}']")!;
        row.QuerySelector(".my-answer")!.TextContent.ShouldBe("hyväksyi kutsun");
        row.TextContent.ShouldContain("etäyhteydellä");
        tasks.Document.QuerySelector("a[href='/tasks']").ShouldNotBeNull();
        tasks.Body.ShouldNotContain(Desk.DeskTestData.ContactName);
    }

    /// <summary>An agreed action of the professional on the meeting, as a record would make it, with its clock.</summary>
    private static async Task<Guid> ActionAsync(PerhesiltaApp app, HeldMeeting m, string description, DateOnly due)
    {
        var clockId = Guid.Empty;
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PerhesiltaDbContext>();
            var meeting = await db.Set<Meeting>().FindAsync(m.MeetingId);
            var action = new MeetingAction { MeetingId = m.MeetingId, Description = description, ResponsibleParticipantId = m.ProfessionalId, ResponsibleUserId = m.Professional.Id, ResponsibleName = "Pekka Perhetyö", DueOn = due, CreatedAt = DateTime.UtcNow };
            db.Add(action);
            var clock = services.GetRequiredService<DeadlineClocks>().Start(db, new ClockStart(
                ClockRule.AgreedAction, m.Work.Contact.Id, null, m.Work.Contact.AreaId, meeting!.StartsAt!.Value, m.Professional.Id, m.Work.Guide.Id, MeetingActionId: action.Id, FixedDueOn: due));
            await db.SaveChangesAsync();
            action.ClockId = clock.Id;
            meeting.Status = MeetingStatus.Held;
            await db.SaveChangesAsync();
            clockId = clock.Id;
        });
        return clockId;
    }

    public sealed class OnSqlite(SqliteApp app) : TaskListTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : TaskListTests(app), IClassFixture<PostgresApp>;
}
