using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Meetings;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.Referrals;
using Perhesilta.IntegrationTests.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;
using Shouldly;
using static Perhesilta.IntegrationTests.Meetings.MeetingRecordTestData;

namespace Perhesilta.IntegrationTests.Meetings;

/// <summary>The guide records a meeting after it began: attendance, summary, the measure, the clocks and the agreed actions.</summary>
public abstract class MeetingRecordTests(PerhesiltaApp app)
{
    [Fact]
    public async Task Recording_a_meeting_saves_who_came_and_the_measure_completes_its_clock_and_puts_each_action_on_its_clock()
    {
        using var m = await MeetingAsync(app);
        var page = await m.Guide.GetAsync(m.RecordUrl);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelectorAll("#actions .action-row").Length.ShouldBe(3);

        var saved = await ReferralTestData.PostFormAsync(m.Guide, page, "#record-form", Record(
            [m.MotherId, m.ProfessionalId],
            "Sovittiin perhetyön aloittamisesta ja koulun tuesta.",
            ("Varaa perheelle ensikäynti", Participant(m.ProfessionalId), Day(Today.AddDays(7))),
            ("Kutsu oppilashuoltoryhmä koolle", Participant(m.OutsiderId), Day(Today.AddDays(14)))));

        saved.Location.ShouldBe(m.RecordUrl, saved.Text("#error-summary") + saved.Text("#form-message"));
        (await m.Guide.GetAsync(m.RecordUrl)).Text("#notice").ShouldStartWith("Muistio on tallennettu.");
        var meeting = await FindAsync(app, m.MeetingId);
        meeting.Status.ShouldBe(MeetingStatus.Held);
        meeting.Summary.ShouldBe("Sovittiin perhetyön aloittamisesta ja koulun tuesta.");
        meeting.RecordedByUserId.ShouldBe(m.Work.Guide.Id);
        meeting.Participants.Where(p => p.Attended == true).Select(p => p.Id).ShouldBe([m.MotherId, m.ProfessionalId], ignoreOrder: true);
        meeting.Participants.Count(p => p.Attended == false).ShouldBe(2);
        var expectedDays = 0;
        await app.WithServicesAsync(services =>
        {
            expectedDays = services.GetRequiredService<FinnishCalendar>().WorkingDaysBetween(
                DateOnly.FromDateTime(HelsinkiTime.ToLocal(meeting.RequestedAt)), DateOnly.FromDateTime(HelsinkiTime.ToLocal(meeting.StartsAt!.Value)));
            return Task.CompletedTask;
        });
        meeting.WorkingDaysToMeeting.ShouldBe(expectedDays);

        var meetingClock = await ClockAsync(app, m.ClockId);
        meetingClock.State.ShouldBe(ClockState.Met);
        meetingClock.Events.Single(e => e.Kind == ClockEventKind.Completed).OccurredAt.ShouldBe(meeting.StartsAt!.Value, TimeSpan.FromSeconds(1));

        var actions = meeting.Actions.OrderBy(a => a.DueOn).ToList();
        actions.Count.ShouldBe(2);
        var first = await ClockAsync(app, actions[0].ClockId!.Value);
        (first.Rule, first.DueOn, first.ResponsibleUserId, first.MeetingActionId, first.State).ShouldBe((ClockRule.AgreedAction, Today.AddDays(7), m.Professional.Id, actions[0].Id, ClockState.Running));
        actions[0].ResponsibleUserId.ShouldBe(m.Professional.Id);
        var second = await ClockAsync(app, actions[1].ClockId!.Value);
        (second.DueOn, second.ResponsibleUserId, second.ResponsibleUnit).ShouldBe((Today.AddDays(14), (string?)null, Outsider));
        actions[1].ResponsibleName.ShouldBe(Outsider);

        (await LogOfAsync(app, m.MeetingId)).Select(e => e.Action).ShouldContain(AccessAction.Change);

        using var professional = await StaffTestData.SignedInAsync(app, m.Professional);
        var tasks = await professional.GetAsync("/tasks");
        tasks.Document.QuerySelector($"li[data-clock='{first.Id}']")!.TextContent.ShouldContain("Varaa perheelle ensikäynti");
        tasks.Document.QuerySelector($"li[data-clock='{second.Id}']").ShouldBeNull();
        tasks.Body.ShouldNotContain(Desk.DeskTestData.ContactName);
        tasks.Body.ShouldNotContain("Sovittiin perhetyön");

        var contact = await m.Guide.GetAsync(m.Work.ContactUrl);
        var row = contact.Document.QuerySelector($"#meetings li[data-meeting='{m.MeetingId}']")!;
        row.QuerySelector(".meeting-status")!.TextContent.ShouldContain("Pidetty");
        row.QuerySelector(".meeting-measure")!.TextContent.Trim().ShouldBe(expectedDays == 1 ? "1 arkipäivä" : $"{expectedDays} arkipäivää");
        row.QuerySelectorAll(".agreed-actions li").Select(li => li.GetAttribute("data-state")).ShouldBe(["Due", "Due"]);
    }

    [Fact]
    public async Task A_record_with_missing_or_wrong_fields_is_refused_at_each_field_keeps_what_was_typed_and_saves_nothing()
    {
        using var m = await MeetingAsync(app);
        var page = await m.Guide.GetAsync(m.RecordUrl);
        var refused = await ReferralTestData.PostFormAsync(m.Guide, page, "#record-form", Record(
            [m.MotherId],
            "   ",
            ("Soita perheelle", "", Day(Today.AddDays(3))),
            ("", Participant(m.ProfessionalId), Day(Today.AddDays(3))),
            ("Tee kotikäynti", Participant(m.ProfessionalId), Day(Today.AddDays(-1))),
            ("Kirjoita suunnitelma", Participant(m.ProfessionalId), "31.2.2026")));

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("#summary-error").ShouldBe("Kirjoita yhteenveto palaverista.");
        refused.Text("#action-0-responsible-error").ShouldBe("Valitse, kuka tehtävästä vastaa.");
        refused.Text("#action-1-description-error").ShouldBe("Kirjoita, mitä tehdään.");
        refused.Text("#action-2-due-error").ShouldBe("Päivä on jo mennyt: valitse tämä päivä tai myöhempi.");
        refused.Text("#action-3-due-error").ShouldStartWith("Päivämäärä ei kelpaa.");
        refused.Document.QuerySelectorAll("#error-summary li").Length.ShouldBe(5);
        refused.Document.QuerySelector("#action-2-description")!.GetAttribute("value").ShouldBe("Tee kotikäynti");
        refused.Document.QuerySelector($"#attended-{m.MotherId}")!.HasAttribute("checked").ShouldBeTrue();
        refused.Document.QuerySelector($"#attended-{m.ProfessionalId}")!.HasAttribute("checked").ShouldBeFalse();

        var meeting = await FindAsync(app, m.MeetingId);
        (meeting.Status, meeting.Summary, meeting.Actions.Count, meeting.Participants.All(p => p.Attended is null)).ShouldBe((MeetingStatus.Invited, (string?)null, 0, true));
        (await ClockAsync(app, m.ClockId)).State.ShouldBe(ClockState.Running);
        (await app.WithDbAsync(db => db.Set<DeadlineClock>().CountAsync(c => c.ContactId == m.Work.Contact.Id && c.Rule == ClockRule.AgreedAction))).ShouldBe(0);
    }

    [Fact]
    public async Task A_meeting_is_not_recorded_before_it_begins()
    {
        using var m = await MeetingAsync(app, startsInHours: 3);
        var page = await m.Guide.GetAsync(m.RecordUrl);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#form-message").ShouldStartWith("Palaveri alkaa ");
        page.Document.QuerySelector("#record-form").ShouldBeNull();

        var version = (await FindAsync(app, m.MeetingId)).Version;
        var token = await StaffTestData.AntiforgeryTokenAsync(m.Guide);
        var post = await m.Guide.PostAsync(m.RecordUrl, [new("__RequestVerificationToken", token), new("Input.Version", version.ToString()), .. Record([m.MotherId], "Yhteenveto")]);
        post.Text("#form-message").ShouldEndWith("Muistion voi kirjata vasta palaverin alettua.");
        (await FindAsync(app, m.MeetingId)).Status.ShouldBe(MeetingStatus.Invited);
    }

    [Fact]
    public async Task A_meeting_recorded_as_held_before_it_was_requested_counts_as_held_at_its_request()
    {
        // Its time says it began two days before the request reached Perhesilta (a time written down late, or
        // clocks that disagree): it is never measured as negative working days, and its clock is met at the request.
        using var m = await MeetingAsync(app, requestedDaysAgo: 1 / 24.0, startsInHours: -49);
        var page = await m.Guide.GetAsync(m.RecordUrl);
        var saved = await ReferralTestData.PostFormAsync(m.Guide, page, "#record-form", Record([m.MotherId], "Palaveri pidettiin jo ennen pyyntöä."));

        saved.Location.ShouldBe(m.RecordUrl, saved.Text("#error-summary") + saved.Text("#form-message"));
        var meeting = await FindAsync(app, m.MeetingId);
        (meeting.Status, meeting.WorkingDaysToMeeting).ShouldBe((MeetingStatus.Held, (int?)0));
        var clock = await ClockAsync(app, m.ClockId);
        clock.State.ShouldBe(ClockState.Met);
        clock.Events.Single(e => e.Kind == ClockEventKind.Completed).OccurredAt.ShouldBe(meeting.RequestedAt, TimeSpan.FromSeconds(1));
        var contact = await m.Guide.GetAsync(m.Work.ContactUrl);
        contact.Document.QuerySelector($"#meetings li[data-meeting='{m.MeetingId}'] .meeting-measure")!.TextContent.Trim().ShouldBe("0 arkipäivää");
    }

    [Fact]
    public async Task A_meeting_held_after_its_target_asks_why_and_its_clock_is_missed_with_that_reason()
    {
        using var m = await MeetingAsync(app, requestedDaysAgo: 30);
        var page = await m.Guide.GetAsync(m.RecordUrl);
        page.Document.QuerySelector("#late-reason").ShouldNotBeNull();

        var refused = await ReferralTestData.PostFormAsync(m.Guide, page, "#record-form", Record([m.MotherId], "Yhteenveto"));
        refused.Text("#late-reason-error").ShouldStartWith("Palaveri pidettiin tavoitepäivän");
        (await ClockAsync(app, m.ClockId)).State.ShouldBe(ClockState.Running);

        var saved = await ReferralTestData.PostFormAsync(m.Guide, refused, "#record-form", [.. Record([m.MotherId], "Yhteenveto"), new("Input.LateReason", "Koulun loma-aika siirsi palaveria.")]);
        saved.Location.ShouldBe(m.RecordUrl);
        var clock = await ClockAsync(app, m.ClockId);
        clock.State.ShouldBe(ClockState.Missed);
        clock.Events.Single(e => e.Kind == ClockEventKind.Completed).Reason.ShouldBe("Koulun loma-aika siirsi palaveria.");
    }

    [Fact]
    public async Task More_action_rows_come_by_a_normal_post_that_keeps_what_was_typed_and_saves_nothing()
    {
        using var m = await MeetingAsync(app);
        var page = await m.Guide.GetAsync(m.RecordUrl);
        page.Document.QuerySelector("#add-rows")!.GetAttribute("formaction")!.ShouldContain("handler=AddRows");
        var rows = await m.Guide.PostAsync($"{m.RecordUrl}?handler=AddRows", [
            new("__RequestVerificationToken", page.Document.QuerySelector("#record-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!),
            new("Input.Version", (await FindAsync(app, m.MeetingId)).Version.ToString()),
            .. Record([m.MotherId], "Kesken", ("Soita kouluun", Participant(m.ProfessionalId), Day(Today.AddDays(2))), ("a", "", ""), ("b", "", ""))]);
        rows.Status.ShouldBe(HttpStatusCode.OK);
        rows.Document.QuerySelectorAll("#actions .action-row").Length.ShouldBe(6);
        rows.Document.QuerySelector("#action-0-description")!.GetAttribute("value").ShouldBe("Soita kouluun");
        rows.Text("#summary").ShouldBe("Kesken");
        rows.Document.QuerySelector("#error-summary").ShouldBeNull();
        (await FindAsync(app, m.MeetingId)).Status.ShouldBe(MeetingStatus.Invited);
    }

    public sealed class OnSqlite(SqliteApp app) : MeetingRecordTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : MeetingRecordTests(app), IClassFixture<PostgresApp>;
}
