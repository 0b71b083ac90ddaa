using System.Net;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;
using Shouldly;

namespace Perhesilta.IntegrationTests.Deadlines.Clocks;

/// <summary>The guide's clock forms: start by hand, complete, stop, reopen, correct; bad input saves nothing.</summary>
public abstract class ClockFormTests(PerhesiltaApp app)
{
    [Fact]
    public async Task A_client_plan_started_by_hand_and_completed_starts_its_yearly_review()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var started = WorkTestData.HelsinkiNow().AddDays(-2);
        var form = await setup.Browser.GetAsync(ClockTestData.NewClockUrl(setup));
        form.Document.QuerySelector("#responsible option[value='" + setup.Guide.Id + "']").ShouldNotBeNull();
        var fields = ClockTestData.Moment(started);
        (fields["Input.Rule"], fields["Input.Responsible"]) = ("client-plan", setup.Guide.Id);

        var saved = await setup.Browser.SubmitAsync(form, "#clock-form", fields);

        var plan = (await ClockTestData.ClocksOfAsync(app, setup.Contact.Id)).ShouldHaveSingleItem();
        saved.Location.ShouldBe(ClockTestData.ClockUrl(setup, plan.Id));
        (plan.Rule, plan.StartedAt, plan.ResponsibleUserId).ShouldBe((ClockRule.ClientPlan, HelsinkiTime.ToUtc(started), setup.Guide.Id));
        var page = await setup.Browser.GetAsync(saved.Location!);
        page.Text("#notice").ShouldBe("Määräaika käynnistettiin.");
        page.Text(".clock-basis").ShouldBe("SHL 1301/2014 39 §: asiakassuunnitelma laaditaan viipymättä (hyvinvointialueen tavoite 10 arkipäivää)");

        var done = WorkTestData.HelsinkiNow().AddHours(-1);
        (await setup.Browser.SubmitAsync(page, "#complete-form", ClockTestData.Moment(done))).Location.ShouldBe(saved.Location);

        var clocks = await ClockTestData.ClocksOfAsync(app, setup.Contact.Id);
        (clocks[0].State, clocks[0].EndedOn).ShouldBe((ClockState.Met, DateOnly.FromDateTime(done)));
        var review = clocks.Single(c => c.Rule == ClockRule.ClientPlanReview);
        (review.StartedAt, review.DueOn, review.ResponsibleUserId).ShouldBe((HelsinkiTime.ToUtc(done), DateOnly.FromDateTime(done).AddMonths(12), setup.Guide.Id));
        var logged = await app.WithDbAsync(db => db.Set<AccessLogEntry>().AsNoTracking().Where(e => e.RecordType == "DeadlineClock" && e.RecordId == plan.Id.ToString()).Select(e => e.Action).ToListAsync());
        logged.ShouldBe([AccessAction.Create, AccessAction.Change], ignoreOrder: true);
    }

    [Fact]
    public async Task A_stopped_clock_shows_its_reason_and_reopens_with_its_history_kept()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var clock = await ClockTestData.StartAsync(app, setup.Contact, ClockRule.Lsl26Decision, daysAgo: 2);
        var url = ClockTestData.ClockUrl(setup, clock.Id);

        var stopped = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(url), "#stop-form", ClockTestData.Moment(WorkTestData.HelsinkiNow(), "Selvitys on ilmeisen tarpeeton."));
        stopped.Location.ShouldBe(url);
        var page = await setup.Browser.GetAsync(url);
        page.Text(".clock-state").ShouldBe("pysäytetty: Selvitys on ilmeisen tarpeeton.");
        page.Document.QuerySelector("#complete-form").ShouldBeNull();

        (await setup.Browser.SubmitAsync(page, "#reopen-form", new Dictionary<string, string> { ["Input.Reason"] = "Pysäytetty väärästä määräajasta." })).Location.ShouldBe(url);

        var reopened = await ClockTestData.ClockAsync(app, clock.Id);
        (reopened.State, reopened.StopReason).ShouldBe((ClockState.Running, null));
        reopened.Events.Select(e => e.Kind).OrderBy(k => k).ShouldBe([ClockEventKind.Started, ClockEventKind.Stopped, ClockEventKind.Reopened]);
    }

    [Fact]
    public async Task Correcting_the_start_recalculates_the_due_date_and_keeps_the_corrected_event()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var clock = await ClockTestData.StartAsync(app, setup.Contact, ClockRule.Shl36Complete, daysAgo: 1);
        var url = ClockTestData.ClockUrl(setup, clock.Id);
        var earlier = HelsinkiTime.ToLocal(DateTime.UtcNow.AddDays(-40));
        var fields = ClockTestData.Moment(earlier, "Ilmoitus saapui jo aiemmin postitse.");
        fields["Input.EventId"] = clock.Events[0].Id.ToString();

        (await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(url), "#correct-form", fields)).Location.ShouldBe(url);

        var corrected = await ClockTestData.ClockAsync(app, clock.Id);
        corrected.StartDate.ShouldBe(DateOnly.FromDateTime(earlier));
        corrected.DueOn.ShouldBe(FinnishCalendar.AddMonths(DateOnly.FromDateTime(earlier), 3));
        corrected.Events.Count.ShouldBe(2);
        corrected.Events.Single(e => e.CorrectsEventId == clock.Events[0].Id).Reason.ShouldBe("Ilmoitus saapui jo aiemmin postitse.");
        (await setup.Browser.GetAsync(url)).Text(".clock-history").ShouldContain("Ilmoitus saapui jo aiemmin postitse.");
    }

    public static TheoryData<string, string, string, string> BadEvents => new()
    {
        { "#complete-form", "complete-date", "before-start", "Ajankohta on ennen määräajan alkua" },
        { "#complete-form", "complete-date", "future", "Ajankohta on tulevaisuudessa. Kirjaa vain jo tapahtunut." },
        { "#complete-form", "complete-date", "no-date", "" },
        { "#complete-form", "complete-reason", "late", "Määräpäivä oli " },
        { "#stop-form", "stop-reason", "no-reason", "Kirjoita syy." },
        { "#correct-form", "correct-reason", "no-reason", "Kirjoita syy." },
        { "#correct-form", "correct-event", "no-event", "Valitse korjattava tapahtuma listalta." },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task A_bad_event_is_refused_at_its_field_with_what_was_typed_kept_and_nothing_saved(string form, string field, string fault, string message)
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app, c => c.InitiatedAt = DateTime.UtcNow.AddDays(-40));
        var clock = await ClockTestData.StartAsync(app, setup.Contact, ClockRule.ReplyToContact, daysAgo: fault == "late" ? 30 : 1);
        var url = ClockTestData.ClockUrl(setup, clock.Id);
        var now = WorkTestData.HelsinkiNow();
        var fields = ClockTestData.Moment(now, fault is "no-reason" or "late" ? "" : "Kirjoitettu syy");
        fields["Input.EventId"] = clock.Events[0].Id.ToString();
        switch (fault)
        {
            case "before-start": fields["Input.Date"] = WorkTestData.Date(now.AddDays(-3)); break;
            case "future": fields["Input.Date"] = WorkTestData.Date(now.AddDays(2)); break;
            case "no-date": fields["Input.Date"] = ""; break;
            case "no-event": fields["Input.EventId"] = Guid.NewGuid().ToString(); break;
        }

        var page = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(url), form, fields);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text($"#{field}-error").ShouldStartWith(message);
        page.Text($"#{field}-error").ShouldNotBeEmpty();
        page.Document.QuerySelector($"#error-summary a[href='#{field}']").ShouldNotBeNull();
        if (fault is not ("no-reason" or "late"))
        {
            page.Document.QuerySelector(form + " textarea")!.TextContent.ShouldBe("Kirjoitettu syy");
        }

        var unchanged = await ClockTestData.ClockAsync(app, clock.Id);
        (unchanged.Version, unchanged.Events.Count, unchanged.State).ShouldBe((clock.Version, 1, ClockState.Running));
    }

    [Fact]
    public async Task A_completion_sent_on_a_clock_that_changed_meanwhile_is_refused_and_nothing_is_saved()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var clock = await ClockTestData.StartAsync(app, setup.Contact, ClockRule.NetworkMeeting, daysAgo: 1);
        var url = ClockTestData.ClockUrl(setup, clock.Id);
        var form = await setup.Browser.GetAsync(url);
        (await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(url), "#stop-form", ClockTestData.Moment(WorkTestData.HelsinkiNow(), "Perhe ei halunnut palaveria."))).Location.ShouldBe(url);
        var afterStop = await ClockTestData.ClockAsync(app, clock.Id);

        var page = await setup.Browser.SubmitAsync(form, "#complete-form", ClockTestData.Moment(WorkTestData.HelsinkiNow()));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#form-message").ShouldBe("Määräaikaan kirjattiin sillä välin muuta. Tarkista tilanne alta; mitään ei tallennettu.");
        (await ClockTestData.ClockAsync(app, clock.Id)).Version.ShouldBe(afterStop.Version);
        (await ClockTestData.ClockAsync(app, clock.Id)).Events.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_clock_that_starts_by_itself_is_not_started_by_hand_nor_one_in_the_future()
    {
        using var setup = await WorkTestData.GuideWithContactAsync(app);
        var fields = ClockTestData.Moment(WorkTestData.HelsinkiNow().AddDays(3));
        fields["Input.Rule"] = "reply-to-contact";

        var page = await setup.Browser.SubmitAsync(await setup.Browser.GetAsync(ClockTestData.NewClockUrl(setup)), "#clock-form", fields);

        page.Text("#rule-error").ShouldBe("Tämä määräaika käynnistyy itsestään kirjatusta tapahtumasta, joten sitä ei käynnistetä käsin.");
        page.Text("#start-date-error").ShouldBe("Ajankohta on tulevaisuudessa. Kirjaa vain jo tapahtunut.");
        (await ClockTestData.ClocksOfAsync(app, setup.Contact.Id)).ShouldBeEmpty();
    }

    public sealed class OnSqlite(SqliteApp app) : ClockFormTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ClockFormTests(app), IClassFixture<PostgresApp>;
}
